import {
  percentToTarget,
  rollingWindowSchema,
  sloDraftSchema,
  targetSchema,
  targetToPercent,
  type BudgetingMethod,
  type Comparison,
  type Slo,
  type SloDraft,
} from '../../../../shared/domain/slo';
import { fieldQuery } from '../../../../shared/slo/prometheus/queryCheck';
import { defaultAlertsForPeriod } from '../../../../shared/slo/burnRateAlerts';
import { readCalendarStart } from '../../../../shared/slo/calendarStart';
import { describeCalendarStart } from '../../../../shared/slo/describeSlo';
import { DEFAULT_POLICY } from '../../../../shared/slo/errorBudgetPolicy';

/** The editor's fields exactly as typed, so nothing a person typed is lost while it is invalid. */
export interface SloForm {
  name: string;
  /** The journey step this SLO measures, if any. */
  journeyId: string | null;
  stepId: string | null;
  service: string;
  description: string;
  sliKind: 'ratio' | 'threshold';
  goodDescription: string;
  validDescription: string;
  /** What a query typed above counts, in plain words. */
  goodInWords: string;
  validInWords: string;
  metricDescription: string;
  op: Comparison;
  threshold: string;
  unit: string;
  targetPercent: string;
  windowKind: 'rolling' | 'calendar';
  rollingDays: string;
  rollingUnit: 'days' | 'hours';
  calendarUnit: 'week' | 'month' | 'quarter';
  timeZone: string;
  /** Where the calendar's periods start, "2024-01-15 12:00"; empty for Monday or the 1st. */
  calendarStart: string;
  budgetingMethod: BudgetingMethod;
  sliceMinutes: string;
  sliceTargetPercent: string;
  alerts: {
    severity: 'page' | 'ticket';
    longWindowMinutes: string;
    shortWindowMinutes: string;
    burnRate: string;
  }[];
  policy: { consumedPercent: string; actions: string }[];
  owners: string;
  rationale: string;
  reviewDate: string;
}

export type SloFormErrors = Partial<Record<string, string>>;

const CALENDAR_DAYS = { week: 7, month: 30, quarter: 90 } as const;

export { readCalendarStart };

/** What the typed start means, in words, under the field. */
export function calendarStartHint(form: SloForm): string {
  const startTime = readCalendarStart(form.calendarStart);
  const unit = form.calendarUnit;
  if (startTime === undefined) return 'A date and time, e.g. 2024-01-15 12:00.';
  if (startTime === null)
    return unit === 'week'
      ? 'Empty: each week starts on Monday at 00:00.'
      : `Empty: each ${unit} starts on the 1st${unit === 'quarter' ? ' of January, April, July and October' : ''} at 00:00.`;
  const start = describeCalendarStart({
    kind: 'calendar',
    unit,
    timeZone: form.timeZone,
    startTime,
  });
  return `Each ${unit} ${start.replace(/^starting/, 'starts')}${start.includes(' at ') || unit === 'week' ? '' : ' at 00:00'}.`;
}

export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function alertsToForm(alerts: Slo['alerts']): SloForm['alerts'] {
  return alerts.map((a) => ({
    severity: a.severity,
    longWindowMinutes: String(a.longWindowMinutes),
    shortWindowMinutes: String(a.shortWindowMinutes),
    burnRate: String(Number(a.burnRate.toPrecision(6))),
  }));
}

export function emptySloForm(prefill: Partial<SloForm> = {}): SloForm {
  return {
    name: '',
    journeyId: null,
    stepId: null,
    service: '',
    description: '',
    sliKind: 'ratio',
    goodDescription: '',
    validDescription: '',
    goodInWords: '',
    validInWords: '',
    metricDescription: '',
    op: 'lte',
    threshold: '',
    unit: 'ms',
    targetPercent: '99.9',
    windowKind: 'rolling',
    rollingDays: '30',
    rollingUnit: 'days',
    calendarUnit: 'month',
    timeZone: defaultTimeZone(),
    calendarStart: '',
    budgetingMethod: 'Occurrences',
    sliceMinutes: '1',
    sliceTargetPercent: '99',
    alerts: alertsToForm(defaultAlertsForPeriod(30 * 1440)),
    policy: DEFAULT_POLICY.map((p) => ({
      consumedPercent: String(p.consumedAtLeast * 100),
      actions: p.actions,
    })),
    owners: '',
    rationale: '',
    reviewDate: '',
    ...prefill,
  };
}

/** Whole days read as days; anything shorter than a week that is not whole days, as hours. */
function rollingFields(minutes: number) {
  const inDays = minutes % 1440 === 0 || minutes >= 7 * 1440;
  return {
    windowKind: 'rolling' as const,
    rollingUnit: inDays ? ('days' as const) : ('hours' as const),
    rollingDays: String(Number((minutes / (inDays ? 1440 : 60)).toPrecision(8))),
  };
}

export function sloToForm(slo: Slo): SloForm {
  return {
    ...emptySloForm(),
    name: slo.name,
    journeyId: slo.journeyId,
    stepId: slo.stepId,
    service: slo.service,
    description: slo.description,
    sliKind: slo.sli.kind,
    ...(slo.sli.kind === 'ratio'
      ? {
          goodDescription: slo.sli.goodDescription,
          validDescription: slo.sli.validDescription,
          goodInWords: slo.sli.goodInWords ?? '',
          validInWords: slo.sli.validInWords ?? '',
        }
      : {
          metricDescription: slo.sli.metricDescription,
          op: slo.sli.op,
          threshold: String(slo.sli.threshold),
          unit: slo.sli.unit,
        }),
    targetPercent: String(targetToPercent(slo.target)),
    ...(slo.window.kind === 'rolling'
      ? rollingFields(slo.window.minutes)
      : {
          windowKind: 'calendar' as const,
          calendarUnit: slo.window.unit,
          timeZone: slo.window.timeZone,
          calendarStart: slo.window.startTime ?? '',
        }),
    budgetingMethod: slo.budgetingMethod,
    sliceMinutes: String(slo.timeSliceMinutes ?? 1),
    sliceTargetPercent: String(targetToPercent(slo.timeSliceTarget ?? 0.99)),
    alerts: alertsToForm(slo.alerts),
    policy: slo.policy.map((p) => ({
      consumedPercent: String(targetToPercent(p.consumedAtLeast)),
      actions: p.actions,
    })),
    owners: slo.owners,
    rationale: slo.rationale,
    reviewDate: slo.reviewDate,
  };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Length of the SLO period in minutes, or null while the window fields are not valid yet. */
export function windowMinutesOf(form: SloForm): number | null {
  if (form.windowKind === 'calendar') return CALENDAR_DAYS[form.calendarUnit] * 1440;
  const minutes = rollingMinutesOf(form);
  return minutes !== null && rollingWindowSchema.shape.minutes.safeParse(minutes).success
    ? minutes
    : null;
}

function rollingMinutesOf(form: SloForm): number | null {
  const length = parseNumber(form.rollingDays);
  if (length === null) return null;
  return form.rollingUnit === 'hours' ? length * 60 : length * 1440;
}

export function targetOf(form: SloForm): number | null {
  const percent = parseNumber(form.targetPercent);
  if (percent === null) return null;
  const target = percentToTarget(percent);
  return targetSchema.safeParse(target).success ? target : null;
}

/**
 * The form field a schema issue is about, by the issue's path: the schema holds every limit and
 * says it in words, and the form only says where. `alerts.0` and `policy.1` name a whole row.
 */
export function fieldOfIssue(path: readonly PropertyKey[]): string {
  const [head, next] = path;
  if (head === 'alerts' || head === 'policy') return `${head}.${String(next)}`;
  const key = path.map(String).join('.');
  return ISSUE_FIELDS[key] ?? 'form';
}

const ISSUE_FIELDS: Record<string, string> = {
  name: 'name',
  target: 'targetPercent',
  'window.minutes': 'rollingDays',
  'window.timeZone': 'timeZone',
  'window.startTime': 'calendarStart',
  'sli.threshold': 'threshold',
  'sli.goodDescription': 'goodDescription',
  'sli.validDescription': 'validDescription',
  'sli.goodInWords': 'goodInWords',
  'sli.validInWords': 'validInWords',
  timeSliceMinutes: 'sliceMinutes',
  timeSliceTarget: 'sliceTargetPercent',
};

/** A ratio side's plain words, kept only beside a query and only when some were typed. */
function inWords<K extends 'goodInWords' | 'validInWords'>(key: K, side: string, words: string) {
  const trimmed = words.trim();
  return fieldQuery(side) && trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

/** A number typed where one belongs, or NaN (which the schema refuses) while it is not one. */
const numberOr = (value: number | null) => value ?? Number.NaN;

/**
 * Reads the form into a draft the schema accepts, or says what is wrong next to each field, in
 * words a CSM understands. The form itself only reads text as numbers ("fast" is not a
 * threshold); every limit and its words are the schema's, so the form and an import can never
 * accept different things.
 */
export function formToDraft(
  form: SloForm,
): { draft: SloDraft; errors: null } | { draft: null; errors: SloFormErrors } {
  // Text that is not a number at all: the schema never sees it, so the form says it.
  const errors: SloFormErrors = {};
  const percent = parseNumber(form.targetPercent);
  if (percent === null) errors['targetPercent'] = 'Type the target as a percentage, e.g. 99.9.';
  const rollingMinutes = rollingMinutesOf(form);
  if (form.windowKind === 'rolling' && rollingMinutes === null) {
    errors['rollingDays'] = 'Type the window’s length as a number, e.g. 30.';
  }
  const calendarStart = readCalendarStart(form.calendarStart);
  if (form.windowKind === 'calendar' && calendarStart === undefined) {
    errors['calendarStart'] =
      'Type where the periods start as a date and time, e.g. 2024-01-15 12:00, or leave it empty.';
  }
  const threshold = parseNumber(form.threshold);
  if (form.sliKind === 'threshold' && threshold === null) {
    errors['threshold'] = 'Type the threshold as a number, e.g. 300 for 300 ms.';
  }
  const sliced = form.budgetingMethod !== 'Occurrences';
  const sliceMinutes = parseNumber(form.sliceMinutes);
  const slicePercent = parseNumber(form.sliceTargetPercent);
  if (sliced && sliceMinutes === null) {
    errors['sliceMinutes'] = 'Type the slice length in minutes, between 1 and 1440.';
  }
  if (form.budgetingMethod === 'Timeslices' && slicePercent === null) {
    errors['sliceTargetPercent'] = 'Type the share of good events a slice needs, e.g. 99.';
  }
  const alerts = form.alerts.map((a, i) => {
    const long = parseNumber(a.longWindowMinutes);
    const short = parseNumber(a.shortWindowMinutes);
    const rate = parseNumber(a.burnRate);
    if (long === null || short === null || rate === null) {
      errors[`alerts.${i}`] =
        'Each alert needs a long window, a short window (in minutes) and a burn rate above 0.';
    } else if (short >= long) {
      // Advice the schema does not hold: a workbook file may carry such an alert and still open.
      errors[`alerts.${i}`] =
        'The short window should be shorter than the long one (usually 1/12 of it).';
    }
    return {
      severity: a.severity,
      longWindowMinutes: numberOr(long),
      shortWindowMinutes: numberOr(short),
      burnRate: numberOr(rate),
    };
  });
  const policy = form.policy.map((p, i) => {
    const consumed = parseNumber(p.consumedPercent);
    if (consumed === null) {
      errors[`policy.${i}`] = 'Type the share of budget consumed as a percentage, e.g. 50.';
    }
    return {
      consumedAtLeast: consumed === null ? Number.NaN : percentToTarget(consumed),
      actions: p.actions.trim(),
    };
  });

  const draft: SloDraft = {
    name: form.name.trim(),
    journeyId: form.stepId ? form.journeyId : null,
    stepId: form.stepId,
    service: form.service.trim(),
    description: form.description.trim(),
    sli:
      form.sliKind === 'ratio'
        ? {
            kind: 'ratio',
            goodDescription: form.goodDescription.trim(),
            validDescription: form.validDescription.trim(),
            // Words beside a query only: beside words they would say the same thing twice.
            ...inWords('goodInWords', form.goodDescription, form.goodInWords),
            ...inWords('validInWords', form.validDescription, form.validInWords),
          }
        : {
            kind: 'threshold',
            metricDescription: form.metricDescription.trim(),
            op: form.op,
            threshold: numberOr(threshold),
            unit: form.unit.trim(),
          },
    target: percent === null ? Number.NaN : percentToTarget(percent),
    window:
      form.windowKind === 'rolling'
        ? { kind: 'rolling', minutes: numberOr(rollingMinutes) }
        : {
            kind: 'calendar',
            unit: form.calendarUnit,
            timeZone: form.timeZone.trim(),
            startTime: calendarStart ?? null,
          },
    budgetingMethod: form.budgetingMethod,
    timeSliceMinutes: sliced ? numberOr(sliceMinutes) : null,
    timeSliceTarget:
      form.budgetingMethod === 'Timeslices'
        ? slicePercent === null
          ? Number.NaN
          : percentToTarget(slicePercent)
        : null,
    alerts,
    policy,
    owners: form.owners.trim(),
    rationale: form.rationale.trim(),
    reviewDate: form.reviewDate.trim(),
  };
  const checked = sloDraftSchema.safeParse(draft);
  if (checked.success && Object.keys(errors).length === 0) return { draft, errors: null };
  // The first word of the schema for each field, beside it; a field the form already found
  // unreadable keeps the form's word ("not a number" says more than the schema's "NaN").
  for (const issue of checked.error?.issues ?? []) {
    const field = fieldOfIssue(issue.path);
    if (errors[field] !== undefined) continue;
    // A schema message in lower case follows what was typed ("… is not a time zone …").
    const typed = (form as unknown as Record<string, unknown>)[field];
    errors[field] =
      /^[a-z]/.test(issue.message) && typeof typed === 'string'
        ? `“${typed}” ${issue.message}`
        : issue.message;
  }
  return { draft: null, errors };
}

export { alertsToForm };
