import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Account, JourneyStep, PainPoint } from '../../../../shared/domain/journey';
import { emotionLabel } from '../../../../shared/domain/labels';
import { painImpact } from '../../../../shared/journey/priority';
import type { Retro } from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { deletePainPoint, deleteStep, moveStepTo } from '../../db/journeyRepository';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { useEditInPlace } from '../editing/useEditInPlace';
import { errorText, showError } from '../../ui/noticeStore';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { hasDraft } from '../editing/useDraft';
import { useJourneyUi } from './journeyStore';
import { PainPointForm, painDraftKey, painEditDraftKey } from './PainPointForm';
import { PainPointRow } from './PainPointRow';
import { StepFields, type StepForm } from './StepFields';
import { StepRetroLinks } from './StepRetroLinks';
import { stepCardId } from './stepCardId';
import { evidenceChip, feelingChip } from './stepChips';
import './stepCards.css';

const STEP_LABELS = {
  name: 'Step name',
  stage: 'Stage',
  expectation: 'The customer expects',
  emotion: 'Customer feels',
  evidence: 'Backed by',
};

const describeStepField = (field: string, value: unknown) =>
  field === 'emotion' ? emotionLabel(Number(value)) : String(value);

interface StepRowProps {
  step: JourneyStep;
  index: number;
  count: number;
  painPoints: PainPoint[];
  accounts: Account[];
  onDraftSlo: (step: JourneyStep) => void;
  linkedSlos: number;
  /** Retrospectives of incidents that hurt this step. */
  retros: Retro[];
  /** Titles of every incident this journey's pain points may be about. */
  incidentTitles: ReadonlyMap<string, string>;
  /** Where the focus goes once this step is deleted: the step after it, or before it. */
  onDeleted: () => void;
}

/** Pain points listed before "Show all": a step with 50 stays one screen, and fast. */
const PAINS_SHOWN = 8;

/** Drag data type, so dropping anything else (a file, text) on a step does nothing. */
const DRAG_TYPE = 'application/x-slo-workbook-step';

/**
 * A journey step as a card to read: its name, stage, feeling and pain points at a glance. Enter
 * (or Edit) opens its fields in place, saved as they are typed; Escape goes back to reading.
 * On a card, ↑ and ↓ go to the step before and after; Alt+↑ and Alt+↓ move the step.
 */
export function StepRow({
  step,
  index,
  count,
  painPoints,
  accounts,
  onDraftSlo,
  linkedSlos,
  retros,
  incidentTitles,
  onDeleted,
}: StepRowProps) {
  const db = useDatabase();
  const setLastDeleted = useJourneyUi((s) => s.setLastDeleted);
  const stored = useMemo(
    () => ({
      name: step.name,
      stage: step.stage,
      expectation: step.expectation,
      emotion: step.emotion,
      evidence: step.evidence,
    }),
    [step.name, step.stage, step.expectation, step.emotion, step.evidence],
  );
  // Mounted while reading too, so typing saved as Escape is pressed is never dropped.
  const { fields, setFields, conflicts, resolve } = useRecordFields<typeof stored, StepForm>({
    target: { kind: 'step', id: step.id },
    stored,
    toForm: (value) => value,
    // Keep the last good name until one is typed.
    toStored: keepLastWhenBlank('name'),
  });
  // A half-typed pain point from before a reload opens its form again, with the typing in it.
  const [adding, setAdding] = useState(() => hasDraft(painDraftKey(step.id)));
  const [showAll, setShowAll] = useState(false);
  // Most customer impact first, then the most recently heard.
  const ordered = useMemo(
    () =>
      [...painPoints].sort(
        (a, b) => painImpact(b).score - painImpact(a).score || b.date.localeCompare(a.date),
      ),
    [painPoints],
  );
  // An edit left unsaved before a reload opens again, with the changes in it.
  const [editingPainId, setEditingPainId] = useState<string | null>(
    () => painPoints.find((pain) => hasDraft(painEditDraftKey(pain.id)))?.id ?? null,
  );
  const cardId = stepCardId(step.id);
  const name = fields.name.trim() === '' ? step.name : fields.name;

  const { editing, startEditing, stopEditing, onCardKeyDown, onFieldsKeyDown } = useEditInPlace(
    cardId,
    `step-name-${step.id}`,
  );
  const move = (to: number) => {
    if (to < 0 || to >= count) return;
    const focused = document.activeElement?.id;
    void moveStepTo(db, step.id, to).then(
      () => focusWhenShown(focused || cardId),
      (error: unknown) => showError(errorText(error)),
    );
  };
  const remove = () =>
    void deleteStep(db, step.id).then(
      (deleted) => {
        if (!deleted) return;
        setLastDeleted({ kind: 'step', deleted });
        onDeleted();
      },
      (error: unknown) => showError(errorText(error)),
    );
  const removePain = (pain: PainPoint) =>
    void deletePainPoint(db, pain.id).then(
      (deleted) => {
        if (!deleted) return;
        setLastDeleted({ kind: 'pain', deleted });
        focusWhenShown(cardId);
      },
      (error: unknown) => showError(errorText(error)),
    );

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index + (event.key === 'ArrowUp' ? -1 : 1));
      return;
    }
    onCardKeyDown(event);
  };

  return (
    <li
      id={cardId}
      className={editing ? 'step-card editing' : 'step-card'}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={`Step ${index + 1}: ${name}`}
      aria-keyshortcuts="Enter ArrowUp ArrowDown Alt+ArrowUp Alt+ArrowDown"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={(event) => {
        const dragged = event.dataTransfer.getData(DRAG_TYPE);
        if (!dragged || dragged === step.id) return;
        event.preventDefault();
        void moveStepTo(db, dragged, index).catch((error: unknown) => showError(errorText(error)));
      }}
    >
      <div className="step-card-head">
        <span
          className="step-number drag-handle"
          draggable
          title="Drag to reorder (or Alt+↑ / Alt+↓ on the step)"
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, step.id);
            event.dataTransfer.effectAllowed = 'move';
          }}
        >
          {index + 1}
        </span>
        <div className="step-card-title">
          <h3 onDoubleClick={startEditing}>{name}</h3>
          <p className="step-card-meta">
            {fields.stage && <span className="stage-chip">{fields.stage}</span>}
            <span className={`feeling-chip feeling-${Math.sign(fields.emotion)}`}>
              {feelingChip(fields.emotion)}
            </span>
            <span>{evidenceChip(fields.evidence)}</span>
            {linkedSlos > 0 && (
              <span>
                measured by {linkedSlos} SLO{linkedSlos > 1 ? 's' : ''}
              </span>
            )}
          </p>
        </div>
        <div className="step-card-actions">
          {!adding && (
            <button
              type="button"
              id={`add-pain-${step.id}`}
              aria-label={`Add a pain point to ${name}`}
              onClick={() => setAdding(true)}
            >
              Add a pain point
            </button>
          )}
          {!editing && (
            <button
              type="button"
              aria-label={`Edit step ${name}`}
              aria-keyshortcuts="Enter"
              title="Edit (Enter on the step)"
              onClick={startEditing}
            >
              Edit
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} earlier`}
            title="Move earlier (Alt+↑)"
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move ${name} later`}
            title="Move later (Alt+↓)"
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          >
            ↓
          </button>
        </div>
      </div>
      <FieldConflicts
        conflicts={conflicts}
        labels={STEP_LABELS}
        onResolve={resolve}
        describe={describeStepField}
      />
      {editing ? (
        <div
          className="step-edit"
          role="group"
          aria-label={`Edit step ${name}`}
          onKeyDown={onFieldsKeyDown}
        >
          <StepFields stepId={step.id} fields={fields} onChange={setFields} />
          <div className="row-edit-actions">
            <span className="field-hint">Saved as you type. Escape goes back to reading.</span>
            <button type="button" className="danger-quiet" onClick={remove}>
              Delete step {name}
            </button>
            <button type="button" className="primary" onClick={stopEditing}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <p className={fields.expectation ? 'step-expects' : 'step-expects empty'}>
          {fields.expectation
            ? `Expects: ${fields.expectation}`
            : 'What the customer expects here is not written yet.'}
        </p>
      )}
      <StepRetroLinks stepName={name} retros={retros} />
      {painPoints.length > 0 && (
        <ul className="pain-rows" aria-label={`Pain points on ${name}`}>
          {(showAll ? ordered : ordered.slice(0, PAINS_SHOWN)).map((pain) =>
            editingPainId === pain.id ? (
              <li key={pain.id}>
                <PainPointForm
                  workbookId={step.workbookId}
                  stepId={step.id}
                  stepName={name}
                  accounts={accounts}
                  existing={pain}
                  onDone={() => {
                    setEditingPainId(null);
                    focusWhenShown(`pain-edit-${pain.id}`);
                  }}
                />
              </li>
            ) : (
              <PainPointRow
                key={pain.id}
                pain={pain}
                accounts={accounts}
                incidentTitles={incidentTitles}
                onEdit={() => setEditingPainId(pain.id)}
                onDelete={() => removePain(pain)}
              />
            ),
          )}
        </ul>
      )}
      {painPoints.length > PAINS_SHOWN && (
        <button type="button" className="link-button" onClick={() => setShowAll((v) => !v)}>
          {showAll
            ? `Show the first ${PAINS_SHOWN} pain points on ${name}`
            : `Show all ${painPoints.length} pain points on ${name}`}
        </button>
      )}
      {adding && (
        <PainPointForm
          workbookId={step.workbookId}
          stepId={step.id}
          stepName={name}
          accounts={accounts}
          onDone={(saved) => {
            setAdding(false);
            focusWhenShown(saved ? `pain-edit-${saved.id}` : `add-pain-${step.id}`);
          }}
        />
      )}
      {!adding && linkedSlos === 0 && painPoints.length > 0 && (
        <div className="toolbar">
          <button type="button" onClick={() => onDraftSlo(step)}>
            Draft an SLO for {name}
          </button>
        </div>
      )}
    </li>
  );
}
