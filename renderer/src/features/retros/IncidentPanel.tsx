import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { INCIDENT_SEVERITIES, type Retro } from '../../../../shared/domain/retro';
import type { Slo } from '../../../../shared/domain/slo';
import {
  incidentBudgetSpend,
  incidentDurations,
  incidentSpendBasis,
} from '../../../../shared/retro/incidentFigures';
import { formatMinutes } from '../../../../shared/slo/duration';
import { formatPercent } from '../../../../shared/slo/formatFigures';
import { SINGLE_INCIDENT_SHARE } from '../../../../shared/slo/errorBudgetPolicy';
import { useDatabase } from '../../db/DatabaseContext';
import { listAccounts, listStepOptions, type StepOption } from '../../db/journeyRepository';
import { listPainPointsOfRetro } from '../../db/accountRepository';
import { accountsById, incidentRevenue } from '../../../../shared/customer/revenueAtRisk';
import { AccountPicks } from '../customers/AccountPicks';
import { RevenueFigure } from '../../ui/RevenueFigure';
import { updateRetro, type RetroPatch } from '../../db/retroRepository';
import { listSlos } from '../../db/sloRepository';
import { localInputToMs, localZone, msToLocalInput } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';
import { usePendingToggles } from '../../ui/usePendingToggles';
import { useSloFigures } from '../slos/useSloStatus';
import { RetroTextField, useRetro } from './RetroContext';
import { RETRO_TITLE_FIELD_ID } from './retroFieldIds';
import { impactWindow, INCIDENT_MOMENTS } from '../../../../shared/retro/impactWindow';

const TIMES = INCIDENT_MOMENTS;

const ms = (iso: string | null) => (iso ? Date.parse(iso) : null);

function useSave() {
  const db = useDatabase();
  const { retro } = useRetro();
  return (patch: RetroPatch | ((current: Retro) => RetroPatch)) =>
    updateRetro(db, retro.id, patch).then(
      () => undefined,
      (e: unknown) => showError(errorText(e)),
    );
}

function IncidentTimes() {
  const { retro } = useRetro();
  const save = useSave();
  const baseId = useId();
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      TIMES.map(([key]) => [key, retro[key] ? msToLocalInput(Date.parse(retro[key])) : '']),
    ),
  );
  const started = ms(retro.startedAt);
  const { durations, problems } =
    started === null
      ? { durations: null, problems: [] }
      : incidentDurations({
          startedMs: started,
          detectedMs: ms(retro.detectedAt),
          mitigatedMs: ms(retro.mitigatedAt),
          resolvedMs: ms(retro.resolvedAt),
        });
  const change = (key: (typeof TIMES)[number][0], value: string) => {
    setDrafts((d) => ({ ...d, [key]: value }));
    const parsed = localInputToMs(value);
    if (value === '' || parsed !== null)
      save({ [key]: parsed === null ? null : new Date(parsed).toISOString() });
  };
  const minutes = (m: number | null) => (m === null ? '—' : formatMinutes(m));
  return (
    <fieldset className="incident-times">
      <legend>Times ({localZone()})</legend>
      <div className="field-row">
        {TIMES.map(([key, label]) => (
          <div className="field" key={key}>
            <label htmlFor={`${baseId}-${key}`}>{label}</label>
            <input
              id={`${baseId}-${key}`}
              type="datetime-local"
              value={drafts[key] ?? ''}
              onChange={(e) => change(key, e.target.value)}
            />
          </div>
        ))}
      </div>
      {durations ? (
        <p aria-label="Durations">
          Time to detect: <strong>{minutes(durations.toDetectMinutes)}</strong> · to mitigate:{' '}
          <strong>{minutes(durations.toMitigateMinutes)}</strong> · to resolve:{' '}
          <strong>{minutes(durations.toResolveMinutes)}</strong>
        </p>
      ) : (
        <p className="field-hint">
          Give the start time to see how long detection and recovery took.
        </p>
      )}
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
    </fieldset>
  );
}

function ImpactNumbers() {
  const { retro } = useRetro();
  const save = useSave();
  const id = useId();
  const [text, setText] = useState({
    accountsAffected: retro.accountsAffected?.toString() ?? '',
    usersAffected: retro.usersAffected?.toString() ?? '',
    failingShare:
      retro.failingShare === null ? '' : String(Math.round(retro.failingShare * 10000) / 100),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const change = (key: keyof typeof text, value: string) => {
    setText((t) => ({ ...t, [key]: value }));
    const trimmed = value.trim().replace(',', '.').replace('%', '');
    const n = Number(trimmed);
    let problem = '';
    if (trimmed !== '' && !Number.isFinite(n)) problem = 'Type a number.';
    else if (key === 'failingShare' && trimmed !== '' && (n < 0 || n > 100))
      problem = 'Type a share from 0 to 100.';
    else if (key !== 'failingShare' && trimmed !== '' && (n < 0 || !Number.isInteger(n)))
      problem = 'Type a whole number.';
    setErrors((e) => ({ ...e, [key]: problem }));
    if (problem) return;
    const stored = trimmed === '' ? null : key === 'failingShare' ? n / 100 : n;
    save({ [key]: stored });
  };
  const fields = [
    ['accountsAffected', 'Other accounts affected (not named)'],
    ['usersAffected', 'Users affected'],
    ['failingShare', 'Requests failing during the impact (%)'],
  ] as const;
  return (
    <div className="field-row">
      {fields.map(([key, label]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <input
            id={`${id}-${key}`}
            inputMode="decimal"
            value={text[key]}
            aria-invalid={errors[key] ? true : undefined}
            onChange={(e) => change(key, e.target.value)}
          />
          {errors[key] && <p className="field-error">{errors[key]}</p>}
        </div>
      ))}
    </div>
  );
}

/** The workbook's accounts this incident hurt, and the annual revenue they stand for. */
function IncidentAccounts() {
  const db = useDatabase();
  const id = useId();
  const { retro } = useRetro();
  const save = useSave();
  const accounts = useLiveQuery(() => listAccounts(db, retro.workbookId), [db, retro.workbookId]);
  const about = useLiveQuery(() => listPainPointsOfRetro(db, retro.id), [db, retro.id]);
  const { shown, toggle: pend } = usePendingToggles();
  if (!accounts || !about) return null;
  const value = accounts
    .filter((a) => shown(a.id, retro.accountIds.includes(a.id)))
    .map((a) => a.id);
  const risk = incidentRevenue(retro, about, accountsById(accounts));
  return (
    <div className="incident-accounts">
      <AccountPicks
        id={id}
        legend="Accounts hurt, by name"
        accounts={accounts}
        value={value}
        onChange={(ids) => {
          // Each box toggled is written as a change to what is stored (two quick clicks both
          // count) and shown at once, before the write comes back.
          for (const account of accounts) {
            const on = ids.includes(account.id);
            if (on === value.includes(account.id)) continue;
            pend(account.id, on, () =>
              save((current) => ({ accountIds: toggle(current.accountIds, account.id, on) })),
            );
          }
        }}
        empty="No customer accounts in this workbook yet: add them under Journeys › Customer accounts."
      />
      {(risk.accounts > 0 || about.length > 0) && (
        <RevenueFigure label="Revenue touched (ARR)" risk={risk} />
      )}
      {about.length > 0 && (
        <p className="field-hint">
          {about.length} pain {about.length === 1 ? 'point says it is' : 'points say they are'}{' '}
          about this incident; their accounts count too.
        </p>
      )}
    </div>
  );
}

function toggle(list: string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

/** More journeys than this and the list gets a search box, with the linked ones kept on top. */
const JOURNEYS_WITHOUT_SEARCH = 6;
/** Journeys listed at once from a search; typing narrows the rest. */
const JOURNEYS_LISTED = 10;

function AffectedLinks({ slos }: { slos: Slo[] }) {
  const db = useDatabase();
  const searchId = useId();
  const { retro } = useRetro();
  const save = useSave();
  const { shown, toggle: pend } = usePendingToggles();
  const journeys = useLiveQuery(
    () => listStepOptions(db, retro.workbookId),
    [db, retro.workbookId],
  );
  const [search, setSearch] = useState('');
  const searching = (journeys?.length ?? 0) > JOURNEYS_WITHOUT_SEARCH;
  const needle = search.trim().toLowerCase();
  const linked = (journey: StepOption) =>
    retro.journeyIds.includes(journey.journeyId) ||
    journey.steps.some((step) => retro.stepIds.includes(step.id));
  const matches = (journey: StepOption) =>
    needle !== '' &&
    (journey.journeyName.toLowerCase().includes(needle) ||
      journey.steps.some((step) => step.name.toLowerCase().includes(needle)));
  const others = (journeys ?? []).filter((j) => !linked(j));
  const found = searching ? others.filter(matches) : others;
  const listed = [
    ...(journeys ?? []).filter(linked),
    ...found.slice(0, searching ? JOURNEYS_LISTED : found.length),
  ];
  const unlisted =
    others.length - Math.min(found.length, searching ? JOURNEYS_LISTED : found.length);
  return (
    <div className="affected-links">
      <fieldset>
        <legend>Journeys and steps affected</legend>
        {journeys?.length === 0 && (
          <p className="field-hint">No journeys are mapped in this workbook yet.</p>
        )}
        {searching && (
          <div className="field">
            <label htmlFor={`${searchId}-find`}>Find a journey or step</label>
            <input
              id={`${searchId}-find`}
              type="search"
              value={search}
              placeholder={`${journeys?.length ?? 0} journeys: type part of a name`}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        )}
        {listed.map((journey) => (
          <div key={journey.journeyId} className="link-group">
            <label>
              <input
                type="checkbox"
                checked={shown(journey.journeyId, retro.journeyIds.includes(journey.journeyId))}
                onChange={(e) => {
                  const on = e.target.checked;
                  pend(journey.journeyId, on, () =>
                    save((r) => ({ journeyIds: toggle(r.journeyIds, journey.journeyId, on) })),
                  );
                }}
              />{' '}
              {journey.journeyName}
            </label>
            <div className="account-picks">
              {journey.steps.map((step) => (
                <label key={step.id}>
                  <input
                    type="checkbox"
                    aria-label={`Step ${step.name} of ${journey.journeyName}`}
                    checked={shown(step.id, retro.stepIds.includes(step.id))}
                    onChange={(e) => {
                      const on = e.target.checked;
                      pend(step.id, on, () =>
                        save((r) => ({
                          stepIds: toggle(r.stepIds, step.id, on),
                          // A hurt step means its journey was hurt too.
                          journeyIds: on
                            ? toggle(r.journeyIds, journey.journeyId, true)
                            : r.journeyIds,
                        })),
                      );
                    }}
                  />{' '}
                  {step.name}
                </label>
              ))}
            </div>
          </div>
        ))}
        {searching && needle !== '' && found.length === 0 && (
          <p className="field-hint">No other journey or step has “{search.trim()}” in its name.</p>
        )}
        {searching && unlisted > 0 && (
          <p className="field-hint">
            {unlisted} more {unlisted === 1 ? 'journey' : 'journeys'}
            {needle === ''
              ? ': type to find the ones this incident hurt.'
              : ' match: type more to narrow.'}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>SLOs affected</legend>
        {slos.length === 0 && (
          <p className="field-hint">No SLOs are drafted in this workbook yet.</p>
        )}
        <div className="account-picks">
          {slos.map((slo) => (
            <label key={slo.id}>
              <input
                type="checkbox"
                checked={shown(slo.id, retro.sloIds.includes(slo.id))}
                onChange={(e) => {
                  const on = e.target.checked;
                  pend(slo.id, on, () => save((r) => ({ sloIds: toggle(r.sloIds, slo.id, on) })));
                }}
              />{' '}
              {slo.name}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function SpendRow({ slo, retro }: { slo: Slo; retro: Retro }) {
  const figures = useSloFigures(slo);
  const window = impactWindow(retro);
  if (figures === undefined) return null;
  const spend = window
    ? incidentBudgetSpend(slo, figures?.source === 'imported' ? figures.units : null, {
        ...window,
        badShare: retro.failingShare ?? 1,
      })
    : null;
  return (
    <tr>
      <th scope="row">{slo.name}</th>
      <td>{spend?.share == null ? '—' : formatPercent(spend.share)}</td>
      <td>
        {spend === null
          ? 'Give the start and the mitigation (or resolution) time.'
          : incidentSpendBasis(spend, retro.failingShare)}
        {spend?.share != null && spend.share > SINGLE_INCIDENT_SHARE && (
          <strong className="policy-note">
            {' '}
            More than {formatPercent(SINGLE_INCIDENT_SHARE, 0)} of the budget in one incident: the
            error-budget policy asks for a P0 action item.
          </strong>
        )}
      </td>
    </tr>
  );
}

export function IncidentPanel() {
  const db = useDatabase();
  const { retro } = useRetro();
  const save = useSave();
  const severityId = useId();
  const slos = useLiveQuery(() => listSlos(db, retro.workbookId), [db, retro.workbookId]) ?? [];
  const linked = slos.filter((s) => retro.sloIds.includes(s.id));
  return (
    <section aria-label="Incident">
      <div className="field-row">
        <RetroTextField
          id={RETRO_TITLE_FIELD_ID}
          label="Title"
          field="title"
          initial={retro.title}
          multiline={false}
          requiredMessage="Give the retrospective a title; the last one is kept until then."
        />
        <div className="field">
          <label htmlFor={severityId}>Severity</label>
          <select
            id={severityId}
            value={retro.severity}
            onChange={(e) => save({ severity: e.target.value as Retro['severity'] })}
          >
            {INCIDENT_SEVERITIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
      </div>
      <IncidentTimes />
      <h3>Customer impact</h3>
      <RetroTextField
        label="Customer impact in words"
        field="impact"
        initial={retro.impact}
        hint="What customers could not do, and how they noticed."
      />
      <IncidentAccounts />
      <ImpactNumbers />
      <AffectedLinks slos={slos} />
      {linked.length > 0 && (
        <table className="plain-table" aria-label="Error budget spent by this incident">
          <thead>
            <tr>
              <th scope="col">SLO</th>
              <th scope="col">Budget spent</th>
              <th scope="col">How it was computed</th>
            </tr>
          </thead>
          <tbody>
            {linked.map((slo) => (
              <SpendRow key={slo.id} slo={slo} retro={retro} />
            ))}
          </tbody>
        </table>
      )}
      <h3>Review questions</h3>
      {retro.prompts.map((prompt) => (
        <RetroTextField
          key={prompt.id}
          label={prompt.question}
          field={`prompt:${prompt.id}`}
          initial={prompt.answer}
        />
      ))}
    </section>
  );
}
