import { useMemo, useState, type KeyboardEvent } from 'react';
import {
  EVIDENCE_LEVELS,
  type Account,
  type JourneyStep,
  type PainPoint,
} from '../../../../shared/domain/journey';
import { painImpact } from '../../../../shared/journey/priority';
import { useDatabase } from '../../db/DatabaseContext';
import { deletePainPoint, deleteStep, moveStepTo } from '../../db/journeyRepository';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';
import { errorText, showError } from '../../ui/noticeStore';
import { useJourneyUi } from './journeyStore';
import { PainPointForm, painDraftKey, painEditDraftKey } from './PainPointForm';
import { hasDraft } from '../../ui/useDraft';
import { StepRetroLinks } from './StepRetroLinks';
import type { Retro } from '../../../../shared/domain/retro';

export const EMOTIONS: Record<number, string> = {
  [-2]: '−2 angry',
  [-1]: '−1 frustrated',
  0: '0 neutral',
  1: '+1 pleased',
  2: '+2 delighted',
};

const STEP_LABELS = {
  name: 'Step name',
  stage: 'Stage',
  expectation: 'The customer expects',
  emotion: 'Customer feels',
  evidence: 'Backed by',
};

const describeStepField = (field: string, value: unknown) =>
  field === 'emotion' ? (EMOTIONS[Number(value)] ?? String(value)) : String(value);

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
}

/** Pain points listed before "Show all": a step with 50 stays one screen, and fast. */
const PAINS_SHOWN = 8;

/** Drag data type, so dropping anything else (a file, text) on a step does nothing. */
const DRAG_TYPE = 'application/x-slo-workbook-step';

function focusStep(stepId: string) {
  requestAnimationFrame(() => document.getElementById(`step-name-${stepId}`)?.focus());
}

export function StepRow({
  step,
  index,
  count,
  painPoints,
  accounts,
  onDraftSlo,
  linkedSlos,
  retros,
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
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'step', id: step.id },
    stored,
    toForm: (value: typeof stored) => value,
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

  const move = (to: number) => {
    if (to < 0 || to >= count) return;
    void moveStepTo(db, step.id, to).then(
      () => focusStep(step.id),
      (error: unknown) => showError(errorText(error)),
    );
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index + 1);
    }
  };
  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? 'an account';

  return (
    <li
      className="step-row"
      onKeyDown={onKeyDown}
      aria-label={`Step ${index + 1}: ${step.name}`}
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
      <div className="step-head">
        <span
          className="step-number drag-handle"
          draggable
          title="Drag to reorder (or Alt+↑ / Alt+↓ from the step's fields)"
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, step.id);
            event.dataTransfer.effectAllowed = 'move';
          }}
        >
          ⠿ {index + 1}
        </span>
        <div className="field">
          <label htmlFor={`step-name-${step.id}`}>Step name</label>
          <input
            id={`step-name-${step.id}`}
            value={fields.name}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onChange={(e) => setFields((f) => ({ ...f, name: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`step-stage-${step.id}`}>Stage</label>
          <input
            id={`step-stage-${step.id}`}
            value={fields.stage}
            onChange={(e) => setFields((f) => ({ ...f, stage: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`step-emotion-${step.id}`}>Customer feels</label>
          <select
            id={`step-emotion-${step.id}`}
            value={fields.emotion}
            onChange={(e) => setFields((f) => ({ ...f, emotion: Number(e.target.value) }))}
          >
            {[-2, -1, 0, 1, 2].map((v) => (
              <option key={v} value={v}>
                {EMOTIONS[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`step-evidence-${step.id}`}>Backed by</label>
          <select
            id={`step-evidence-${step.id}`}
            value={fields.evidence}
            onChange={(e) =>
              setFields((f) => ({ ...f, evidence: e.target.value as JourneyStep['evidence'] }))
            }
          >
            {EVIDENCE_LEVELS.map((v) => (
              <option key={v}>{v}</option>
            ))}
          </select>
        </div>
        <div className="step-actions">
          <button
            type="button"
            aria-label={`Move ${step.name} earlier`}
            disabled={index === 0}
            onClick={() => move(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${step.name} later`}
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Delete step ${step.name}`}
            onClick={() =>
              void deleteStep(db, step.id).then(
                (deleted) => deleted && setLastDeleted({ kind: 'step', deleted }),
                (error: unknown) => showError(errorText(error)),
              )
            }
          >
            Delete
          </button>
        </div>
      </div>
      <FieldConflicts
        conflicts={conflicts}
        labels={STEP_LABELS}
        onResolve={resolve}
        describe={describeStepField}
      />
      <div className="field">
        <label htmlFor={`step-expect-${step.id}`}>The customer expects</label>
        <input
          id={`step-expect-${step.id}`}
          value={fields.expectation}
          onChange={(e) => setFields((f) => ({ ...f, expectation: e.target.value }))}
        />
      </div>
      <div className="step-pains">
        <StepRetroLinks stepName={step.name} retros={retros} />
        <h4>
          Pain points ({painPoints.length})
          {linkedSlos > 0 ? ` · measured by ${linkedSlos} SLO${linkedSlos > 1 ? 's' : ''}` : ''}
        </h4>
        {painPoints.length > 0 && (
          <ul aria-label={`Pain points on ${step.name}`}>
            {(showAll ? ordered : ordered.slice(0, PAINS_SHOWN)).map((pain) =>
              editingPainId === pain.id ? (
                <li key={pain.id}>
                  <PainPointForm
                    stepId={step.id}
                    stepName={step.name}
                    accounts={accounts}
                    existing={pain}
                    onDone={() => setEditingPainId(null)}
                  />
                </li>
              ) : (
                <li key={pain.id}>
                  <q>{pain.quote}</q> — {pain.source}, {pain.date}, {pain.severity},{' '}
                  {pain.frequency}
                  {pain.accountIds.length > 0 &&
                    `, ${pain.accountIds.map(accountName).join(', ')}`}{' '}
                  <span className="field-hint">(customer impact {painImpact(pain).score})</span>{' '}
                  <button
                    type="button"
                    aria-label={`Edit pain point “${pain.quote.slice(0, 40)}”`}
                    onClick={() => setEditingPainId(pain.id)}
                  >
                    Edit
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Delete pain point “${pain.quote.slice(0, 40)}”`}
                    onClick={() =>
                      void deletePainPoint(db, pain.id).then(
                        (deleted) => deleted && setLastDeleted({ kind: 'pain', deleted }),
                        (error: unknown) => showError(errorText(error)),
                      )
                    }
                  >
                    Delete
                  </button>
                </li>
              ),
            )}
          </ul>
        )}
        {painPoints.length > PAINS_SHOWN && (
          <button type="button" className="link-button" onClick={() => setShowAll((v) => !v)}>
            {showAll
              ? `Show the first ${PAINS_SHOWN} pain points on ${step.name}`
              : `Show all ${painPoints.length} pain points on ${step.name}`}
          </button>
        )}
        {adding ? (
          <PainPointForm
            stepId={step.id}
            stepName={step.name}
            accounts={accounts}
            onDone={() => setAdding(false)}
          />
        ) : (
          <div className="toolbar">
            <button type="button" onClick={() => setAdding(true)}>
              Add a pain point to {step.name}
            </button>
            {linkedSlos === 0 && painPoints.length > 0 && (
              <button type="button" onClick={() => onDraftSlo(step)}>
                Draft an SLO for {step.name}
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
