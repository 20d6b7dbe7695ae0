import { plural } from '../../../../shared/domain/labels';
import { FormActions } from '../../ui/FormActions';
import { useEffect, useId, useState } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import type { MergePlan, OnBoth } from '../../db/workbookMerge';
import { Dialog } from '../../ui/Dialog';
import { withProgress } from '../../ui/progressStore';
import { errorText, showInfo } from '../../ui/noticeStore';
import { runDatabaseJobOffThread } from '../../workers/runDatabaseJobOffThread';
import { useImportStore } from './importStore';
import { importAsNewWorkbook, type OpenedWorkbookFile } from './workbookFiles';

/** Where an opened workbook file goes: a workbook of its own, or merged into one that exists. */
export function ImportChoiceDialog({
  file,
  workbooks,
  currentId,
}: {
  file: OpenedWorkbookFile;
  workbooks: Workbook[];
  currentId: string | null;
}) {
  const db = useDatabase();
  const id = useId();
  const setPending = useImportStore((s) => s.setPending);
  const selectWorkbook = useUiStore((s) => s.selectWorkbook);
  const [mode, setMode] = useState<'new' | 'merge'>('new');
  const [targetId, setTargetId] = useState(currentId ?? workbooks[0]?.id ?? '');
  const [onBoth, setOnBoth] = useState<OnBoth>('keep-here');
  const [plan, setPlan] = useState<{ targetId: string; plan: MergePlan } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const incoming = file.summary.name;

  useEffect(() => {
    if (mode !== 'merge' || !targetId) return;
    let live = true;
    const run = runDatabaseJobOffThread(db, { type: 'plan-merge', text: file.text, targetId });
    run.result.then(
      (value) => live && setPlan({ targetId, plan: value }),
      (failure: unknown) => live && setError(errorText(failure)),
    );
    return () => {
      live = false;
      run.cancel();
    };
  }, [db, mode, targetId, file.text]);
  const currentPlan = plan && plan.targetId === targetId ? plan.plan : null;
  const close = () => setPending(null);

  async function run() {
    setBusy(true);
    try {
      if (mode === 'new') {
        const outcome = await importAsNewWorkbook(db, file);
        if (outcome?.ok && outcome.workbook) selectWorkbook(outcome.workbook.id);
        if (outcome) showInfo(outcome.message);
      } else {
        const result = await withProgress(
          `Merging “${incoming}”`,
          (report) =>
            runDatabaseJobOffThread(
              db,
              { type: 'merge-file', text: file.text, targetId, onBoth },
              report,
            ).result,
        );
        const target = workbooks.find((w) => w.id === targetId);
        selectWorkbook(targetId);
        showInfo(
          `Merged ${file.fileName} into “${target?.name ?? 'the workbook'}”: ${plural(result.fresh, 'record', 'records')} added, ${plural(result.both, 'record', 'records')} on both sides ${onBoth === 'keep-here' ? 'kept as they were here' : 'replaced by the file’s version'}.`,
        );
      }
      close();
    } catch (failure) {
      setError(`Nothing was changed: ${errorText(failure)}`);
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Import “${incoming}”`} onClose={close}>
      <p>
        {file.fileName} is a valid workbook file
        {` (${plural(file.summary.journeys, 'journey', 'journeys')}, ${plural(file.summary.slos, 'SLO', 'SLOs')}, ${plural(file.summary.retros, 'retrospective', 'retrospectives')})`}
        . Where should it go?
      </p>
      <fieldset>
        <legend>Import as</legend>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'new'}
            onChange={() => setMode('new')}
          />{' '}
          A new workbook
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />{' '}
          Merged into an existing workbook
        </label>
      </fieldset>
      {mode === 'merge' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-target`}>Merge into</label>
            <select
              id={`${id}-target`}
              value={targetId}
              onChange={(e) => setTargetId(e.target.value)}
            >
              {workbooks.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
          {currentPlan ? (
            <div role="status">
              <p>
                {plural(currentPlan.fresh, 'record is', 'records are')} only in the file and will be
                added. {plural(currentPlan.both, 'record is', 'records are')} both in the file and
                in this workbook
                {currentPlan.bothByKind.length
                  ? ` (${currentPlan.bothByKind.map((k) => `${k.count} ${k.label}`).join(', ')})`
                  : ''}
                .
              </p>
              {currentPlan.both > 0 && (
                <fieldset>
                  <legend>For records on both sides</legend>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-both`}
                      checked={onBoth === 'keep-here'}
                      onChange={() => setOnBoth('keep-here')}
                    />{' '}
                    Keep the version on this computer
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`${id}-both`}
                      checked={onBoth === 'take-file'}
                      onChange={() => setOnBoth('take-file')}
                    />{' '}
                    Take the file’s version
                  </label>
                </fieldset>
              )}
            </div>
          ) : (
            <p>Comparing the file with the workbook…</p>
          )}
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <FormActions
        cancel={{ onCancel: close }}
        disabled={busy || (mode === 'merge' && !currentPlan)}
        onAction={() => void run()}
        label={mode === 'new' ? 'Import as a new workbook' : 'Merge'}
      />
    </Dialog>
  );
}
