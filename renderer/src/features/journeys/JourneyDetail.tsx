import { useFormSubmit } from '../../ui/useFormSubmit';
import { FormActions } from '../../ui/FormActions';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tabs } from '../../ui/Tabs';
import { useDeferredValue, useState } from 'react';
import type { Journey, JourneyStep } from '../../../../shared/domain/journey';
import { filterPainPoints } from '../../../../shared/journey/priority';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import {
  addStep,
  deleteJourney,
  restorePainPoint,
  restoreStep,
  saveJourney,
} from '../../db/journeyRepository';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { useSloUi } from '../slos/sloStore';
import { JourneyMap } from './JourneyMap';
import { readJourneyView } from '../../db/journeyView';
import { useJourneyUi, type JourneyView } from './journeyStore';
import { PainFilterBar } from './PainFilterBar';
import { StepRankingSelect } from './StepRankingSelect';
import { PriorityList } from './PriorityList';
import { StepRow } from './StepRow';
import { NEW_STEP_ID, stepCardId } from './stepCardId';
import { UndoNotice } from '../../ui/UndoNotice';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { hasDraft, useDraft } from '../editing/useDraft';
import { JourneyFields } from './JourneyFields';
import { accountsById, revenueAtRisk } from '../../../../shared/customer/revenueAtRisk';
import { RevenueFigure } from '../../ui/RevenueFigure';

const VIEWS: { id: JourneyView; label: string }[] = [
  { id: 'steps', label: 'Steps and pain points' },
  { id: 'map', label: 'Map' },
  { id: 'priority', label: 'Priority list' },
];

export function JourneyDetail({ journey }: { journey: Journey }) {
  const db = useDatabase();
  const { view, setView, filter, setFilter, lastDeleted, setLastDeleted, selectJourney } =
    useJourneyUi();
  const data = useLiveQuery(() => readJourneyView(db, journey), [db, journey]);
  // The tab switches at once; the tab's content is drawn after, without holding up that paint
  // (a 20-step journey's cards took ~120 ms to draw in one go).
  const shownView = useDeferredValue(view);
  const [newStep, setNewStep] = useState({ name: '', stage: '' });
  // Unsaved changes to the journey's name, persona and goal are a draft: the form opens again
  // with them after a reload.
  const [editingHeader, setEditingHeader] = useState(() =>
    hasDraft(journeyHeaderDraftKey(journey.id)),
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const setArea = useUiStore((s) => s.setArea);
  const openSloEditor = useSloUi((s) => s.openEditor);

  const { error: stepError, onSubmit: add } = useFormSubmit(async () => {
    if (newStep.name.trim() === '') return 'Give the step a name, e.g. “Pay”.';
    await addStep(db, journey.id, newStep);
    setNewStep({ name: '', stage: newStep.stage });
  });

  if (!data) return <p>Opening the journey…</p>;
  const { steps, painPoints: allPains, accounts, slos, retros } = data;
  const painPoints = filterPainPoints(allPains, filter);
  const incidentTitles = new Map(retros.map((r) => [r.id, r.title]));
  const journeyRisk = revenueAtRisk(allPains, accountsById(accounts));
  // Filters only when there is something to filter (or a filter still narrows what is shown).
  const filtering = allPains.length > 0 || Object.values(filter).some(Boolean);

  const addStepForm = (
    <form onSubmit={add} aria-label="Add a step" noValidate className="add-step">
      <div className="field-row">
        <TextField
          id={NEW_STEP_ID}
          label="New step"
          value={newStep.name}
          onValue={(name) => setNewStep((s) => ({ ...s, name }))}
          error={stepError ?? undefined}
        />
        <TextField
          label="In stage"
          value={newStep.stage}
          onValue={(stage) => setNewStep((s) => ({ ...s, stage }))}
          placeholder="e.g. Buy"
        />
      </div>
      <button type="submit">Add step</button>
    </form>
  );

  function draftSlo(step: JourneyStep) {
    openSloEditor({
      mode: 'new',
      prefill: { name: `${step.name} works`, journeyId: journey.id, stepId: step.id },
    });
    setArea('slos');
  }

  async function undo() {
    if (!lastDeleted) return;
    try {
      if (lastDeleted.kind === 'step') {
        await restoreStep(db, lastDeleted.deleted);
        // Undo pressed goes away with its notice: the step put back takes the focus instead.
        focusWhenShown(stepCardId(lastDeleted.deleted.step.id));
      } else await restorePainPoint(db, lastDeleted.deleted);
      setLastDeleted(null);
    } catch (error) {
      showError(errorText(error));
    }
  }

  return (
    <article className="journey-detail" aria-labelledby="journey-title">
      <button type="button" className="link-button" onClick={() => selectJourney(null)}>
        ← All journeys
      </button>
      {editingHeader ? (
        <JourneyHeaderForm journey={journey} onDone={() => setEditingHeader(false)} />
      ) : (
        <>
          <h2 id="journey-title">{journey.name}</h2>
          <p className="objective">
            {journey.persona ? `${journey.persona} · ` : ''}
            {journey.goal ? `Goal: ${journey.goal}` : 'No goal written yet.'}
          </p>
          {journeyRisk.accounts > 0 && (
            <RevenueFigure label="Revenue at risk on this journey" risk={journeyRisk} />
          )}
          <div className="toolbar" role="toolbar" aria-label="Journey actions">
            <button type="button" onClick={() => setEditingHeader(true)}>
              Edit journey
            </button>
            <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
              Delete journey
            </button>
          </div>
        </>
      )}
      {lastDeleted && (
        <UndoNotice onUndo={() => void undo()}>
          Deleted{' '}
          {lastDeleted.kind === 'step'
            ? `the step “${lastDeleted.deleted.step.name}”`
            : 'a pain point'}
          .
        </UndoNotice>
      )}
      <Tabs label="Journey views" tabs={VIEWS} selected={view} onSelect={setView} />
      {(filtering || view !== 'steps') && (
        <div className="journey-view-controls">
          {filtering && <PainFilterBar filter={filter} accounts={accounts} onChange={setFilter} />}
          {view !== 'steps' && <StepRankingSelect />}
        </div>
      )}
      {shownView === 'steps' && (
        <>
          {steps.length === 0 && <p>No steps yet. Add them in the order a customer takes them.</p>}
          <ol className="step-list" aria-label="Steps">
            {steps.map((step, index) => (
              <StepRow
                key={step.id}
                step={step}
                index={index}
                count={steps.length}
                painPoints={painPoints.filter((p) => p.stepId === step.id)}
                accounts={accounts}
                onDraftSlo={draftSlo}
                linkedSlos={slos.filter((s) => s.stepId === step.id).length}
                retros={retros.filter((r) => r.stepIds.includes(step.id))}
                incidentTitles={incidentTitles}
                onDeleted={() => {
                  // The focus stays where the step was: on the next step, else the one before;
                  // with none left, the Undo notice takes it.
                  const beside = steps[index + 1] ?? steps[index - 1];
                  if (beside) focusWhenShown(stepCardId(beside.id));
                }}
              />
            ))}
          </ol>
          {/* One place for the form: moving it when the first step arrives would drop the focus. */}
          {addStepForm}
        </>
      )}
      {confirmDelete && (
        <Dialog
          title={`Delete the journey “${journey.name}”?`}
          onClose={() => setConfirmDelete(false)}
        >
          <p>
            This removes its {steps.length} steps and {allPains.length} pain points. SLOs that
            measure its steps are kept, no longer linked. It cannot be undone; export the workbook
            first if you may need it.
          </p>
          <FormActions
            cancel={{
              label: 'Keep journey',
              onCancel: () => setConfirmDelete(false),
              autoFocus: true,
            }}
            tone="danger"
            label="Delete journey"
            onAction={() =>
              void deleteJourney(db, journey.id).then(
                () => {
                  selectJourney(null);
                  showInfo(`Deleted the journey “${journey.name}”.`);
                },
                (error: unknown) => showError(errorText(error)),
              )
            }
          />
        </Dialog>
      )}
      {shownView === 'map' && (
        <JourneyMap
          steps={steps}
          painPoints={painPoints}
          accounts={accounts}
          slos={slos}
          retros={retros}
        />
      )}
      {shownView === 'priority' && (
        <PriorityList
          steps={steps}
          painPoints={painPoints}
          accounts={accounts}
          slos={slos}
          onDraftSlo={draftSlo}
        />
      )}
    </article>
  );
}

const journeyHeaderDraftKey = (journeyId: string) => `journey-edit:${journeyId}`;

/** The journey's name, persona and goal, edited; Escape or Cancel leaves them as they were. */
function JourneyHeaderForm({ journey, onDone }: { journey: Journey; onDone: () => void }) {
  const db = useDatabase();
  const [header, setHeader, clearDraft] = useDraft(journeyHeaderDraftKey(journey.id), {
    name: journey.name,
    persona: journey.persona,
    goal: journey.goal,
  });
  // The journey as the form opened it: only what is changed here is written over it.
  const [base] = useState(journey);
  const close = () => {
    clearDraft();
    onDone();
  };
  const { error, onSubmit } = useFormSubmit(async () => {
    if (header.name.trim() === '')
      return 'Give the journey a name; the old one is kept until then.';
    await saveJourney(db, journey.workbookId, header, journey.id, base);
    close();
  });
  return (
    <form
      aria-label="Edit journey"
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
      onSubmit={onSubmit}
    >
      <JourneyFields value={header} onChange={setHeader} nameError={error} />
      <FormActions cancel={{ onCancel: close }} label="Save journey" />
    </form>
  );
}
