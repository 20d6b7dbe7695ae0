import { FormActions } from '../../ui/FormActions';
import { useState } from 'react';
import type { BudgetingMethod, Comparison } from '../../../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../../../shared/slo/burnRateAlerts';
import { TextField } from '../../ui/TextField';
import { FIELDS_NEED_ATTENTION, useFormSubmit } from '../../ui/useFormSubmit';
import { FormProblems, type FieldProblem } from '../../ui/FormProblems';
import { AllowedDowntimePreview } from './AllowedDowntimePreview';
import { QueryCheckNote } from './QueryCheckNote';
import { fieldQuery } from '../../../../shared/slo/prometheus/queryCheck';
import { useHasPrometheusSource } from './useQueryCheck';
import {
  alertsToForm,
  calendarStartHint,
  formToDraft,
  targetOf,
  windowMinutesOf,
  type SloForm,
  type SloFormErrors,
} from './sloForm';
import type { SloDraft } from '../../../../shared/domain/slo';
import type { StepOption } from '../../db/journeyRepository';

interface SloEditorProps {
  title: string;
  stepOptions: StepOption[];
  initial: SloForm;
  onSave: (draft: SloDraft) => Promise<void>;
  onCancel: () => void;
}

const OPS: { value: Comparison; label: string }[] = [
  { value: 'lte', label: 'at most (≤)' },
  { value: 'lt', label: 'below (<)' },
  { value: 'gte', label: 'at least (≥)' },
  { value: 'gt', label: 'above (>)' },
];

/** The id of the field an error key of `formToDraft` belongs to, so the summary can link to it. */
const fieldId = (key: string) => `slo-field-${key.replace('.', '-')}`;

const FIELD_LABELS: Record<string, string> = {
  name: 'SLO name',
  threshold: 'Threshold value',
  targetPercent: 'Target (%)',
  rollingDays: 'Window length',
  timeZone: 'Time zone',
  calendarStart: 'Periods start',
  sliceMinutes: 'Slice length (minutes)',
  sliceTargetPercent: 'A slice is good at (%)',
};

function labelOf(key: string): string {
  const [list, index] = key.split('.');
  if (list === 'alerts') return `Alert ${Number(index) + 1}`;
  if (list === 'policy') return `Policy step ${Number(index) + 1}`;
  return FIELD_LABELS[key] ?? key;
}

export function SloEditor({ title, stepOptions, initial, onSave, onCancel }: SloEditorProps) {
  const [form, setForm] = useState<SloForm>(initial);
  const [errors, setErrors] = useState<SloFormErrors>({});
  const hasSource = useHasPrometheusSource();
  const set =
    <K extends keyof SloForm>(key: K) =>
    (value: SloForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  const {
    error: saveError,
    busy: saving,
    onSubmit: submit,
  } = useFormSubmit(async () => {
    const result = formToDraft(form);
    setErrors(result.errors ?? {});
    if (!result.draft) return FIELDS_NEED_ATTENTION;
    await onSave(result.draft);
  });

  const windowMinutes = windowMinutesOf(form);
  const problems: FieldProblem[] = Object.entries(errors).flatMap(([key, message]) =>
    key === 'form' || !message ? [] : [{ fieldId: fieldId(key), label: labelOf(key) }],
  );

  return (
    <form className="slo-editor" aria-label={title} onSubmit={submit} noValidate>
      <h2>{title}</h2>
      <FormProblems problems={problems} />
      {errors['form'] && (
        <p role="alert" className="field-error">
          {errors['form']}
        </p>
      )}
      <fieldset>
        <legend>What it measures</legend>
        <TextField
          label="SLO name"
          value={form.name}
          onValue={set('name')}
          id={fieldId('name')}
          error={errors['name']}
          autoFocus
        />
        <div className="field">
          <label htmlFor="slo-step">Journey step it measures</label>
          <select
            id="slo-step"
            value={form.stepId ?? ''}
            onChange={(e) => {
              const stepId = e.target.value || null;
              const journeyId =
                stepOptions.find((o) => o.steps.some((s) => s.id === stepId))?.journeyId ?? null;
              setForm((f) => ({ ...f, stepId, journeyId }));
            }}
          >
            <option value="">not linked to a journey step</option>
            {stepOptions.map((option) => (
              <optgroup key={option.journeyId} label={option.journeyName}>
                {option.steps.map((step) => (
                  <option key={step.id} value={step.id}>
                    {option.journeyName} › {step.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextField
          label="Service"
          value={form.service}
          onValue={set('service')}
          hint="The system that serves this journey step, e.g. checkout-api."
        />
        <TextField
          label="Description"
          value={form.description}
          onValue={set('description')}
          multiline
        />
        <div className="radio-row" role="radiogroup" aria-label="SLI kind">
          <label>
            <input
              type="radio"
              name="sli-kind"
              checked={form.sliKind === 'ratio'}
              onChange={() => set('sliKind')('ratio')}
            />
            Good events / valid events
          </label>
          <label>
            <input
              type="radio"
              name="sli-kind"
              checked={form.sliKind === 'threshold'}
              onChange={() => set('sliKind')('threshold')}
            />
            A value within a threshold (e.g. latency)
          </label>
        </div>
        {form.sliKind === 'ratio' ? (
          <div className="field-row">
            <TextField
              label="Good events are"
              value={form.goodDescription}
              onValue={set('goodDescription')}
              placeholder="e.g. HTTP 2xx responses"
              after={
                <>
                  <QueryCheckNote
                    label="Good events are"
                    text={form.goodDescription}
                    hasSource={hasSource}
                    onText={set('goodDescription')}
                  />
                  {fieldQuery(form.goodDescription) && (
                    <TextField
                      label="Good events, in plain words"
                      value={form.goodInWords}
                      onValue={set('goodInWords')}
                      placeholder="e.g. payments answered 2xx"
                      hint="For people who do not read PromQL: the SLO page and reports show it beside the query."
                    />
                  )}
                </>
              }
            />
            <TextField
              label="Valid events are"
              value={form.validDescription}
              onValue={set('validDescription')}
              placeholder="e.g. all requests except 4xx"
              after={
                <>
                  <QueryCheckNote
                    label="Valid events are"
                    text={form.validDescription}
                    hasSource={hasSource}
                    onText={set('validDescription')}
                  />
                  {fieldQuery(form.validDescription) && (
                    <TextField
                      label="Valid events, in plain words"
                      value={form.validInWords}
                      onValue={set('validInWords')}
                      placeholder="e.g. every payment request"
                      hint="For people who do not read PromQL: the SLO page and reports show it beside the query."
                    />
                  )}
                </>
              }
            />
          </div>
        ) : (
          <div className="field-row">
            <TextField
              label="Measured value"
              value={form.metricDescription}
              onValue={set('metricDescription')}
              placeholder="e.g. checkout latency"
            />
            <div className="field">
              <label htmlFor="slo-op">Good when the value is</label>
              <select
                id="slo-op"
                value={form.op}
                onChange={(e) => set('op')(e.target.value as Comparison)}
              >
                {OPS.map((op) => (
                  <option key={op.value} value={op.value}>
                    {op.label}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              label="Threshold value"
              value={form.threshold}
              onValue={set('threshold')}
              id={fieldId('threshold')}
              error={errors['threshold']}
              inputMode="decimal"
            />
            <TextField label="Unit" value={form.unit} onValue={set('unit')} />
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>Target and window</legend>
        <div className="field-row">
          <TextField
            label="Target (%)"
            value={form.targetPercent}
            onValue={set('targetPercent')}
            id={fieldId('targetPercent')}
            error={errors['targetPercent']}
            inputMode="decimal"
          />
          <div className="field">
            <label htmlFor="slo-window-kind">Window</label>
            <select
              id="slo-window-kind"
              value={form.windowKind}
              onChange={(e) => set('windowKind')(e.target.value as SloForm['windowKind'])}
            >
              <option value="rolling">Rolling (the last N days)</option>
              <option value="calendar">Calendar (this week, month or quarter)</option>
            </select>
          </div>
          {form.windowKind === 'rolling' ? (
            <>
              <TextField
                label="Window length"
                value={form.rollingDays}
                onValue={set('rollingDays')}
                id={fieldId('rollingDays')}
                error={errors['rollingDays']}
                inputMode="decimal"
              />
              <div className="field">
                <label htmlFor="slo-window-unit">Window unit</label>
                <select
                  id="slo-window-unit"
                  value={form.rollingUnit}
                  onChange={(e) => set('rollingUnit')(e.target.value as SloForm['rollingUnit'])}
                >
                  <option value="days">days</option>
                  <option value="hours">hours</option>
                </select>
              </div>
            </>
          ) : (
            <>
              <div className="field">
                <label htmlFor="slo-calendar-unit">Calendar period</label>
                <select
                  id="slo-calendar-unit"
                  value={form.calendarUnit}
                  onChange={(e) => set('calendarUnit')(e.target.value as SloForm['calendarUnit'])}
                >
                  <option value="week">Week</option>
                  <option value="month">Month</option>
                  <option value="quarter">Quarter</option>
                </select>
              </div>
              <TextField
                label="Time zone"
                value={form.timeZone}
                onValue={set('timeZone')}
                id={fieldId('timeZone')}
                error={errors['timeZone']}
              />
              <TextField
                label="Periods start"
                value={form.calendarStart}
                onValue={set('calendarStart')}
                id={fieldId('calendarStart')}
                error={errors['calendarStart']}
                placeholder="2024-01-15 12:00"
                hint={calendarStartHint(form)}
              />
            </>
          )}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="slo-method">Budgeting method</label>
            <select
              id="slo-method"
              value={form.budgetingMethod}
              onChange={(e) => set('budgetingMethod')(e.target.value as BudgetingMethod)}
            >
              <option value="Occurrences">Count events (Occurrences)</option>
              <option value="Timeslices">Count good time slices (Timeslices)</option>
              <option value="RatioTimeslices">Average the slices’ ratios (RatioTimeslices)</option>
            </select>
          </div>
          {form.budgetingMethod !== 'Occurrences' && (
            <TextField
              label="Slice length (minutes)"
              value={form.sliceMinutes}
              onValue={set('sliceMinutes')}
              id={fieldId('sliceMinutes')}
              error={errors['sliceMinutes']}
              inputMode="decimal"
            />
          )}
          {form.budgetingMethod === 'Timeslices' && (
            <TextField
              label="A slice is good at (%)"
              value={form.sliceTargetPercent}
              onValue={set('sliceTargetPercent')}
              id={fieldId('sliceTargetPercent')}
              error={errors['sliceTargetPercent']}
              hint="A slice counts as good when this share of its events or more is good."
              inputMode="decimal"
            />
          )}
        </div>
        <AllowedDowntimePreview
          target={targetOf(form)}
          windowMinutes={windowMinutes}
          calendar={form.windowKind === 'calendar'}
        />
      </fieldset>

      <fieldset>
        <legend>Burn-rate alerts</legend>
        <p className="field-hint">
          An alert fires when both its long and its short window burn the budget faster than its
          rate.
        </p>
        <table className="plain-table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Long window (min)</th>
              <th scope="col">Short window (min)</th>
              <th scope="col">Burn rate</th>
            </tr>
          </thead>
          <tbody>
            {form.alerts.map((alert, i) => {
              const update = (patch: Partial<SloForm['alerts'][number]>) =>
                setForm((f) => ({
                  ...f,
                  alerts: f.alerts.map((a, j) => (j === i ? { ...a, ...patch } : a)),
                }));
              return (
                <tr key={i} aria-invalid={errors[`alerts.${i}`] ? true : undefined}>
                  <td>
                    <select
                      aria-label={`Alert ${i + 1} severity`}
                      value={alert.severity}
                      onChange={(e) => update({ severity: e.target.value as 'page' | 'ticket' })}
                    >
                      <option value="page">page</option>
                      <option value="ticket">ticket</option>
                    </select>
                  </td>
                  <td>
                    <input
                      id={fieldId(`alerts.${i}`)}
                      aria-invalid={errors[`alerts.${i}`] ? true : undefined}
                      aria-label={`Alert ${i + 1} long window in minutes`}
                      value={alert.longWindowMinutes}
                      inputMode="decimal"
                      onChange={(e) => update({ longWindowMinutes: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Alert ${i + 1} short window in minutes`}
                      value={alert.shortWindowMinutes}
                      inputMode="decimal"
                      onChange={(e) => update({ shortWindowMinutes: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Alert ${i + 1} burn rate`}
                      value={alert.burnRate}
                      inputMode="decimal"
                      onChange={(e) => update({ burnRate: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {form.alerts.map((_, i) =>
          errors[`alerts.${i}`] ? (
            <p key={i} className="field-error">
              Alert {i + 1}: {errors[`alerts.${i}`]}
            </p>
          ) : null,
        )}
        <button
          type="button"
          disabled={windowMinutes === null}
          onClick={() =>
            windowMinutes !== null &&
            set('alerts')(alertsToForm(defaultAlertsForPeriod(windowMinutes)))
          }
        >
          Use the SRE Workbook alerts for this window
        </button>
      </fieldset>

      <fieldset>
        <legend>Error-budget policy</legend>
        <p className="field-hint">What the team commits to do as the budget is spent.</p>
        {form.policy.map((row, i) => {
          const update = (patch: Partial<SloForm['policy'][number]>) =>
            setForm((f) => ({
              ...f,
              policy: f.policy.map((p, j) => (j === i ? { ...p, ...patch } : p)),
            }));
          return (
            <div className="policy-row" key={i}>
              <TextField
                label={`Policy step ${i + 1}: budget consumed (%)`}
                value={row.consumedPercent}
                onValue={(value) => update({ consumedPercent: value })}
                inputMode="decimal"
              />
              <TextField
                label={`Policy step ${i + 1}: the team commits to`}
                value={row.actions}
                onValue={(value) => update({ actions: value })}
                id={fieldId(`policy.${i}`)}
                error={errors[`policy.${i}`]}
                multiline
              />
              <button
                type="button"
                aria-label={`Remove policy step ${i + 1}`}
                onClick={() =>
                  setForm((f) => ({ ...f, policy: f.policy.filter((_, j) => j !== i) }))
                }
              >
                Remove
              </button>
            </div>
          );
        })}
        <button
          type="button"
          onClick={() =>
            setForm((f) => ({ ...f, policy: [...f.policy, { consumedPercent: '', actions: '' }] }))
          }
        >
          Add a policy step
        </button>
      </fieldset>

      <fieldset>
        <legend>Owners and review</legend>
        <div className="field-row">
          <TextField
            label="Owners"
            value={form.owners}
            onValue={set('owners')}
            placeholder="a team or role"
          />
          <TextField
            label="Review date"
            value={form.reviewDate}
            onValue={set('reviewDate')}
            type="date"
          />
        </div>
        <TextField
          label="Rationale"
          value={form.rationale}
          onValue={set('rationale')}
          multiline
          hint="Why this target: what customers notice, and what it costs to do better."
        />
      </fieldset>

      {saveError && (
        <p role="alert" className="field-error">
          {saveError}
        </p>
      )}
      <FormActions cancel={{ onCancel }} disabled={saving} label="Save SLO" />
    </form>
  );
}
