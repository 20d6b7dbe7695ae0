import { FormActions } from '../../ui/FormActions';
import { useId, useState } from 'react';
import { firstIssueFor } from '../../../../shared/domain/formatIssues';
import {
  WORKBOOK_DESCRIPTION_MAX,
  WORKBOOK_NAME_MAX,
  workbookDraftSchema,
  type Workbook,
} from '../../../../shared/domain/workbook';
import { Dialog } from '../../ui/Dialog';
import { FIELDS_NEED_ATTENTION, useFormSubmit } from '../../ui/useFormSubmit';
import { FormProblems, type FieldProblem } from '../../ui/FormProblems';

interface WorkbookFormDialogProps {
  mode: 'create' | 'rename';
  workbook?: Workbook;
  onSubmit: (draft: { name: string; description: string }) => Promise<void>;
  onClose: () => void;
}

export function WorkbookFormDialog({ mode, workbook, onSubmit, onClose }: WorkbookFormDialogProps) {
  const [name, setName] = useState(workbook?.name ?? '');
  const [description, setDescription] = useState(workbook?.description ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const ids = {
    name: useId(),
    nameError: useId(),
    description: useId(),
    descriptionError: useId(),
  };

  const parsed = workbookDraftSchema.safeParse({ name, description });
  const nameError = showErrors ? firstIssueFor(parsed.error, 'name') : undefined;
  const descriptionError = showErrors ? firstIssueFor(parsed.error, 'description') : undefined;

  const problems: FieldProblem[] = [
    ...(nameError ? [{ fieldId: ids.name, label: 'Workbook name' }] : []),
    ...(descriptionError ? [{ fieldId: ids.description, label: 'What this workbook is for' }] : []),
  ];

  // The typed text stays in the form when a save fails, so nothing is lost.
  const {
    error: saveError,
    busy: saving,
    onSubmit: submit,
  } = useFormSubmit(async () => {
    setShowErrors(true);
    if (!parsed.success) return FIELDS_NEED_ATTENTION;
    await onSubmit(parsed.data);
    onClose();
  });

  const title = mode === 'create' ? 'New workbook' : `Rename “${workbook?.name ?? ''}”`;
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormProblems problems={problems} />
        <div className="field">
          <label htmlFor={ids.name}>Workbook name</label>
          <input
            id={ids.name}
            value={name}
            maxLength={WORKBOOK_NAME_MAX + 20}
            autoFocus
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? ids.nameError : undefined}
            placeholder="e.g. Acme Corp, or Checkout team"
            onChange={(event) => setName(event.target.value)}
          />
          {nameError && (
            <p id={ids.nameError} className="field-error">
              {nameError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.description}>What this workbook is for (optional)</label>
          <textarea
            id={ids.description}
            value={description}
            rows={3}
            maxLength={WORKBOOK_DESCRIPTION_MAX + 100}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? ids.descriptionError : undefined}
            onChange={(event) => setDescription(event.target.value)}
          />
          {descriptionError && (
            <p id={ids.descriptionError} className="field-error">
              {descriptionError}
            </p>
          )}
        </div>
        {saveError && (
          <p role="alert" className="field-error">
            {saveError}
          </p>
        )}
        <FormActions
          cancel={{ onCancel: onClose }}
          disabled={saving}
          label={mode === 'create' ? 'Create workbook' : 'Save name'}
        />
      </form>
    </Dialog>
  );
}
