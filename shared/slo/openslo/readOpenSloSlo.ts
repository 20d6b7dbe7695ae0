import {
  burnRateAlertSchema,
  comparisonSchema,
  policyThresholdSchema,
  sloDraftSchema,
  wallTimeSchema,
  type BudgetingMethod,
  type Comparison,
  type Sli,
  type SloFields,
} from '../../domain/slo';
import { isRealDay } from '../../domain/bounds';
import { defaultAlertsForPeriod } from '../burnRateAlerts';
import { isValidTimeZone } from '../calendarWindows';
import { parseDuration } from '../duration';
import { DEFAULT_POLICY } from '../errorBudgetPolicy';
import { ALL_EVENTS, ALL_EXCEPT, ONE_MINUS_FAILURE } from '../prometheus/prometheusSli';
import { ANNOTATION, OPENSLO_DESCRIPTION_MAX } from './openSloNames';
import { isObject, type DocumentReport, type Json, type Path } from './openSloReport';

/** One SLO read from one objective of an SLO document. */
export interface ReadObjective {
  draft: SloFields;
  /** Index of the objective in the document. */
  objective: number;
}

/** An SLI document, by name, with the report its problems go to. */
export type SliDocuments = Map<string, { spec: unknown; report: DocumentReport }>;

const KINDS = [
  'SLO',
  'SLI',
  'Service',
  'AlertPolicy',
  'AlertCondition',
  'DataSource',
  'AlertNotificationTarget',
];
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const METHODS: BudgetingMethod[] = ['Occurrences', 'Timeslices', 'RatioTimeslices'];
const CALENDAR_UNITS: Record<string, 'week' | 'month' | 'quarter'> = {
  '1w': 'week',
  '7d': 'week',
  '1M': 'month',
  '1Q': 'quarter',
};

function describeSource(value: unknown): string {
  if (!isObject(value)) return '';
  const source = isObject(value['metricSource']) ? value['metricSource'] : value;
  const spec = isObject(source['spec']) ? source['spec'] : {};
  // Our own exports write spec.description, empty or not: read it back as it was.
  if (typeof spec['description'] === 'string') return spec['description'].slice(0, 500);
  const text =
    (typeof spec['query'] === 'string' && spec['query']) ||
    (typeof spec['promql'] === 'string' && spec['promql']) ||
    (Object.keys(spec).length ? JSON.stringify(spec) : '') ||
    (typeof source['type'] === 'string' ? source['type'] : '');
  return text.slice(0, 500);
}

/** The SLI part of an SLO: from an inline indicator or an SLI document of the same file. */
function readIndicator(
  sliSpec: unknown,
  at: Path,
  report: DocumentReport,
): { kind: 'ratio'; good: string; valid: string } | { kind: 'threshold'; metric: string } | null {
  if (!isObject(sliSpec)) {
    report.add('error', at, 'the indicator has no spec.');
    return null;
  }
  const ratio = sliSpec['ratioMetric'];
  const threshold = sliSpec['thresholdMetric'];
  if ((ratio === undefined) === (threshold === undefined)) {
    report.add('error', at, 'an SLI needs exactly one of thresholdMetric or ratioMetric.');
    return null;
  }
  if (threshold !== undefined) return { kind: 'threshold', metric: describeSource(threshold) };
  if (!isObject(ratio)) {
    report.add('error', [...at, 'ratioMetric'], 'ratioMetric must be a mapping.');
    return null;
  }
  if (ratio['raw'] !== undefined) {
    const rawType = ratio['rawType'];
    if (rawType !== 'success' && rawType !== 'failure') {
      report.add(
        'warning',
        [...at, 'ratioMetric', 'rawType'],
        'rawType must be success or failure; read as success.',
        'raw-type',
      );
    }
    const raw = describeSource(ratio['raw']);
    return rawType === 'failure'
      ? { kind: 'ratio', good: `${ONE_MINUS_FAILURE}${raw}`, valid: ALL_EVENTS }
      : { kind: 'ratio', good: raw, valid: ALL_EVENTS };
  }
  // A null part is an absent one, as the Go SDK decodes it (a nil pointer).
  const part = (key: string) => (ratio[key] === null ? undefined : ratio[key]);
  const total = part('total');
  const good = part('good');
  const bad = part('bad');
  for (const [key, value] of [
    ['total', total],
    ['good', good],
    ['bad', bad],
  ] as const) {
    if (value !== undefined && !isObject(value)) {
      report.add(
        'error',
        [...at, 'ratioMetric', key],
        `${key} must be a mapping with a metricSource, not ${typeof value === 'string' ? 'a text' : Array.isArray(value) ? 'a list' : `the value ${String(value)}`}.`,
      );
      return null;
    }
  }
  if (total === undefined)
    report.add('error', [...at, 'ratioMetric', 'total'], 'ratioMetric needs total.');
  if ((good === undefined) === (bad === undefined)) {
    report.add('error', [...at, 'ratioMetric'], 'ratioMetric needs exactly one of good or bad.');
  }
  if (total === undefined || (good === undefined) === (bad === undefined)) return null;
  return {
    kind: 'ratio',
    good:
      good !== undefined
        ? describeSource(good)
        : `${ALL_EXCEPT}${describeSource(bad)}`.slice(0, 500),
    valid: describeSource(total),
  };
}

function readJsonAnnotation<T>(
  annotations: Json,
  key: string,
  parse: (value: unknown) => T | null,
  report: DocumentReport,
): T | null {
  const text = annotations[key];
  if (typeof text !== 'string') return null;
  try {
    const value = parse(JSON.parse(text));
    if (value === null) throw new Error('unexpected shape');
    return value;
  } catch {
    report.note(
      ['metadata', 'annotations', key],
      'this annotation is not readable; the default is used.',
      'workbook-annotation-unreadable',
    );
    return null;
  }
}

/** A start that gives the periods a calendar has anyway: Monday 00:00, or the 1st of Jan/Apr/… */
function isDefaultStart(unit: 'week' | 'month' | 'quarter', startTime: string): boolean {
  const [date, time] = startTime.split(' ') as [string, string];
  if (time !== '00:00:00') return false;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (unit === 'week') return new Date(Date.UTC(year, month - 1, day)).getUTCDay() === 1;
  return day === 1 && (unit === 'month' || (month - 1) % 3 === 0);
}

/**
 * The SLOs of one SLO document, one per objective, read the way the OpenSLO SDK validates it but
 * going on where it can: every broken rule goes to the report with its field.
 */
export function readSlo(data: Json, report: DocumentReport, slis: SliDocuments): ReadObjective[] {
  const metadata = isObject(data['metadata']) ? data['metadata'] : {};
  const annotations = isObject(metadata['annotations']) ? metadata['annotations'] : {};
  const spec = data['spec'];
  if (!isObject(spec)) {
    report.add('error', ['spec'], 'an SLO needs a spec.');
    return [];
  }
  const displayName = typeof metadata['displayName'] === 'string' ? metadata['displayName'] : null;
  const name = (displayName ?? report.name ?? `SLO ${report.index}`).trim().slice(0, 200);

  let description = typeof spec['description'] === 'string' ? spec['description'] : '';
  if (description.length > OPENSLO_DESCRIPTION_MAX) {
    report.add(
      'warning',
      ['spec', 'description'],
      `description is over ${OPENSLO_DESCRIPTION_MAX} characters; read in full.`,
      'description-length',
    );
  }
  if (typeof annotations[ANNOTATION.description] === 'string')
    description = annotations[ANNOTATION.description] as string;
  let service = typeof spec['service'] === 'string' ? spec['service'] : '';
  if (!service)
    report.add(
      'warning',
      ['spec', 'service'],
      'an SLO should name its service; read without one.',
      'service-required',
    );
  if (annotations[ANNOTATION.noService] === 'true') service = '';

  // The indicator: inline, or a reference to an SLI document in this file.
  let indicator: ReturnType<typeof readIndicator> = null;
  const inline = spec['indicator'];
  const ref = spec['indicatorRef'];
  if ((inline === undefined) === (ref === undefined)) {
    report.add('error', ['spec'], 'an SLO needs exactly one of indicator or indicatorRef.');
  } else if (inline !== undefined) {
    indicator = readIndicator(
      isObject(inline) ? inline['spec'] : undefined,
      ['spec', 'indicator', 'spec'],
      report,
    );
  } else if (typeof ref !== 'string' || !slis.has(ref)) {
    report.add(
      'error',
      ['spec', 'indicatorRef'],
      `indicatorRef “${String(ref)}” names no SLI document in the files read.`,
    );
  } else {
    const sli = slis.get(ref)!;
    const sliReport = sli.report;
    const before = sliReport.failed;
    indicator = readIndicator(sli.spec, ['spec'], sliReport);
    if (!indicator && !before)
      report.add('error', ['spec', 'indicatorRef'], `the SLI “${ref}” could not be read.`);
  }

  // The window.
  const windows = spec['timeWindow'];
  let window: SloFields['window'] | null = null;
  if (!Array.isArray(windows) || windows.length !== 1 || !isObject(windows[0])) {
    report.add('error', ['spec', 'timeWindow'], 'timeWindow must be a list of exactly one window.');
  } else {
    const w = windows[0];
    const duration = typeof w['duration'] === 'string' ? w['duration'] : '';
    const minutes = parseDuration(duration);
    if (minutes !== null)
      checkDurationForm(duration, ['spec', 'timeWindow', 0, 'duration'], report);
    if (minutes === null) {
      report.add(
        'error',
        ['spec', 'timeWindow', 0, 'duration'],
        `“${duration}” is not a duration like 30d, 1w or 1M.`,
      );
    } else if (typeof w['isRolling'] !== 'boolean' && !CALENDAR_UNITS[duration]) {
      // No calendar has this length, so without a true or false it can only be rolling: said
      // once, rather than read as a calendar window and then as a rolling one.
      report.add(
        'warning',
        ['spec', 'timeWindow', 0, 'isRolling'],
        `isRolling must be true or false; a ${duration} window has no calendar, so it is read as rolling.`,
        'is-rolling',
      );
      window = { kind: 'rolling', minutes };
    } else if (w['isRolling'] === true) {
      if (w['calendar'] !== undefined) {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'calendar'],
          'a rolling window takes no calendar; ignored.',
          'calendar-with-rolling',
        );
      }
      const unit = /([MQY])\s*$/.exec(duration)?.[1];
      if (unit) {
        const days = { M: 30, Q: 90, Y: 365 }[unit]!;
        report.note(
          ['spec', 'timeWindow', 0, 'duration'],
          `a rolling ${duration} is read as ${(minutes / 1440).toLocaleString('en-US')} days (OpenSLO counts a rolling ${unit} as ${days} days); a calendar ${unit === 'M' ? 'month' : unit === 'Q' ? 'quarter' : 'year'} follows the calendar.`,
          'rolling-calendar-unit',
        );
      }
      window = { kind: 'rolling', minutes };
    } else {
      const calendar = isObject(w['calendar']) ? w['calendar'] : null;
      const timeZone =
        calendar && typeof calendar['timeZone'] === 'string' ? calendar['timeZone'] : '';
      if (w['isRolling'] !== false) {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'isRolling'],
          'isRolling must be true or false; read as a calendar window.',
          'is-rolling',
        );
      }
      const unit = CALENDAR_UNITS[duration];
      if (!calendar || typeof calendar['startTime'] !== 'string') {
        // Said once, the way the window is read: as a calendar, or (a length no calendar has)
        // as the rolling window the note below names.
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'calendar'],
          unit
            ? 'a calendar window needs calendar.startTime; periods start on Monday or the 1st.'
            : 'a calendar window needs calendar.startTime and calendar.timeZone.',
          'calendar-required',
        );
      }
      if (!unit) {
        report.note(
          ['spec', 'timeWindow', 0, 'duration'],
          `calendar windows of ${duration} are not supported; read as a rolling ${duration} window.`,
          'calendar-unit-unsupported',
        );
        window = { kind: 'rolling', minutes };
      } else {
        let startTime: string | null = null;
        if (calendar && typeof calendar['startTime'] === 'string') {
          const parsed = wallTimeSchema.safeParse(calendar['startTime'].trim());
          if (parsed.success) startTime = isDefaultStart(unit, parsed.data) ? null : parsed.data;
          else
            report.add(
              'warning',
              ['spec', 'timeWindow', 0, 'calendar', 'startTime'],
              `“${calendar['startTime']}” is not a start time like “2024-01-15 12:00:00”; periods start on Monday or the 1st.`,
              'calendar-start-time',
            );
        }
        if (!isValidTimeZone(timeZone)) {
          report.add(
            'warning',
            ['spec', 'timeWindow', 0, 'calendar', 'timeZone'],
            `“${timeZone}” is not an IANA time zone; read as UTC.`,
            'time-zone',
          );
        }
        window = {
          kind: 'calendar',
          unit,
          timeZone: isValidTimeZone(timeZone) ? timeZone : 'UTC',
          startTime,
        };
      }
    }
  }

  const method = spec['budgetingMethod'];
  let budgetingMethod: BudgetingMethod = 'Occurrences';
  if (typeof method === 'string' && (METHODS as string[]).includes(method))
    budgetingMethod = method as BudgetingMethod;
  else
    report.add(
      'error',
      ['spec', 'budgetingMethod'],
      'budgetingMethod must be Occurrences, Timeslices or RatioTimeslices.',
    );

  const objectives = spec['objectives'];
  if (!Array.isArray(objectives) || objectives.length === 0) {
    report.add('error', ['spec', 'objectives'], 'an SLO needs at least one objective.');
    return [];
  }
  const periodMinutes = window
    ? window.kind === 'rolling'
      ? window.minutes
      : { week: 7, month: 30, quarter: 90 }[window.unit] * 1440
    : 30 * 1440;
  const alerts =
    readJsonAnnotation(
      annotations,
      ANNOTATION.alerts,
      (v) => {
        const parsed = burnRateAlertSchema.array().safeParse(v);
        return parsed.success ? parsed.data : null;
      },
      report,
    ) ?? defaultAlertsForPeriod(periodMinutes);
  const policy =
    readJsonAnnotation(
      annotations,
      ANNOTATION.policy,
      (v) => {
        const parsed = policyThresholdSchema.array().safeParse(v);
        return parsed.success ? parsed.data : null;
      },
      report,
    ) ?? DEFAULT_POLICY;
  const text = (key: string) =>
    typeof annotations[key] === 'string' ? (annotations[key] as string) : '';

  const results: ReadObjective[] = [];
  objectives.forEach((objective: unknown, i) => {
    const at: Path = ['spec', 'objectives', i];
    if (!isObject(objective)) {
      report.add('error', at, 'an objective must be a mapping.');
      return;
    }
    const failedBefore = report.failed;
    report.failed = false;
    const hasTarget = objective['target'] !== undefined;
    const hasPercent = objective['targetPercent'] !== undefined;
    let target: number | null = null;
    if (hasTarget === hasPercent)
      report.add('error', at, 'an objective needs exactly one of target or targetPercent.');
    else if (hasTarget) {
      const t = objective['target'];
      if (typeof t !== 'number' || t < 0 || t >= 1)
        report.add(
          'error',
          [...at, 'target'],
          'target must be a number from 0 up to (not including) 1, e.g. 0.999.',
        );
      else target = t;
    } else {
      const t = objective['targetPercent'];
      if (typeof t !== 'number' || t < 0 || t >= 100)
        report.add(
          'error',
          [...at, 'targetPercent'],
          'targetPercent must be a number from 0 up to (not including) 100, e.g. 99.9.',
        );
      else target = Number((t / 100).toPrecision(12));
    }
    if (target === 0) {
      report.add('error', [...at, 'target'], 'a target of 0 leaves nothing to measure.');
      target = null;
    }

    let sli: Sli | null = null;
    const hasOp = objective['op'] !== undefined || objective['value'] !== undefined;
    if (indicator?.kind === 'threshold') {
      const op = comparisonSchema.safeParse(objective['op']);
      const value = objective['value'];
      if (!op.success)
        report.add('error', [...at, 'op'], 'a threshold SLI needs op: lt, lte, gt or gte.');
      if (typeof value !== 'number')
        report.add('error', [...at, 'value'], 'a threshold SLI needs a numeric value.');
      if (op.success && typeof value === 'number') {
        sli = {
          kind: 'threshold',
          metricDescription: indicator.metric,
          op: op.data as Comparison,
          threshold: value,
          unit: text(ANNOTATION.unit),
        };
      }
    } else if (indicator?.kind === 'ratio') {
      if (hasOp)
        report.add(
          'warning',
          [...at, 'op'],
          'op and value are not allowed with a ratioMetric SLI; ignored.',
          'op-value-forbidden',
        );
      sli = { kind: 'ratio', goodDescription: indicator.good, validDescription: indicator.valid };
    }

    let timeSliceMinutes: number | null = null;
    let timeSliceTarget: number | null = null;
    if (budgetingMethod !== 'Occurrences') {
      const sliceWindow = objective['timeSliceWindow'];
      const minutes = typeof sliceWindow === 'string' ? parseDuration(sliceWindow) : null;
      if (minutes !== null)
        checkDurationForm(sliceWindow as string, [...at, 'timeSliceWindow'], report);
      if (typeof sliceWindow === 'number')
        report.add(
          'error',
          [...at, 'timeSliceWindow'],
          `timeSliceWindow ${sliceWindow} has no unit: OpenSLO writes it as a duration such as 1m or 5m (a bare number is not seconds).`,
        );
      else if (minutes === null)
        report.add(
          'error',
          [...at, 'timeSliceWindow'],
          `${budgetingMethod} needs timeSliceWindow, e.g. 1m or 5m.`,
        );
      else timeSliceMinutes = minutes;
    }
    if (budgetingMethod === 'Timeslices') {
      const t = objective['timeSliceTarget'];
      if (typeof t !== 'number' || t <= 0 || t > 1)
        report.add(
          'error',
          [...at, 'timeSliceTarget'],
          'Timeslices needs timeSliceTarget above 0 and at most 1, e.g. 0.95.',
        );
      else timeSliceTarget = t;
    }

    const failed = report.failed || failedBefore;
    report.failed = failed;
    if (failed || target === null || sli === null || window === null) return;
    const objectiveName =
      typeof objective['displayName'] === 'string' ? objective['displayName'] : `${target * 100}%`;
    const draft = sloDraftSchema.safeParse({
      name: objectives.length > 1 ? `${name} (${objectiveName})`.slice(0, 200) : name,
      description: description.slice(0, 2000),
      service: service.slice(0, 200),
      sli,
      target,
      window,
      budgetingMethod,
      timeSliceMinutes,
      timeSliceTarget,
      alerts,
      policy,
      owners: text(ANNOTATION.owners).slice(0, 500),
      rationale: text(ANNOTATION.rationale).slice(0, 4000),
      reviewDate: text(ANNOTATION.reviewDate).slice(0, 40),
      // Our own annotation: a day that is not one is dropped rather than refusing the SLO.
      csValidatedOn: isRealDay(text(ANNOTATION.csValidatedOn))
        ? text(ANNOTATION.csValidatedOn)
        : null,
    });
    if (!draft.success) {
      report.add('error', at, draft.error.issues.map((issue) => issue.message).join(' '));
      return;
    }
    results.push({ draft: draft.data, objective: i });
  });
  return results;
}

/** The versions of OpenSLO, by what each needs from the importer. */
const READ_AS_V1 = new Set(['openslo/v1']);

/** OpenSLO's duration shorthand: a whole number and one of m h d w M Q Y (no seconds). */
const DURATION_SHORTHAND = /^\d+[mhdwMQY]$/;

function checkDurationForm(text: string, path: Path, report: DocumentReport): void {
  if (DURATION_SHORTHAND.test(text)) return;
  report.add(
    'warning',
    path,
    `“${text}” is read, but OpenSLO writes durations as a whole number and one of m, h, d, w, M, Q, Y (e.g. 90m for 1.5h).`,
    'duration-format',
  );
}

/** The fields OpenSLO v1 defines, where oslo refuses any other (a typo, a field of another tool). */
const KNOWN_FIELDS: Record<string, string[]> = {
  '': ['apiVersion', 'kind', 'metadata', 'spec'],
  metadata: ['name', 'displayName', 'labels', 'annotations'],
  'SLO.spec': [
    'description',
    'service',
    'indicator',
    'indicatorRef',
    'timeWindow',
    'budgetingMethod',
    'objectives',
    'alertPolicies',
  ],
  'Service.spec': ['description'],
  'SLI.spec': ['description', 'thresholdMetric', 'ratioMetric'],
};

function checkFields(
  value: unknown,
  known: string[] | undefined,
  at: Path,
  report: DocumentReport,
) {
  if (!known || !isObject(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    report.add(
      'warning',
      [...at, key],
      `“${key}” is not a field OpenSLO v1 knows here; kept as it is, but oslo validate refuses it.`,
      'unknown-field',
    );
  }
}

/** A label key as the OpenSLO SDK allows it: Kubernetes' qualified-name part. */
const LABEL_KEY = /^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;

/** The metadata rules the Go SDK checks beyond the name: display name length, label keys. */
function checkMetadata(metadata: Json, report: DocumentReport): void {
  const display = metadata['displayName'];
  if (typeof display === 'string' && display.length > 63) {
    report.add(
      'warning',
      ['metadata', 'displayName'],
      `displayName is ${display.length} characters; OpenSLO allows at most 63 (read in full).`,
      'display-name-length',
    );
  }
  const labels = metadata['labels'];
  if (isObject(labels)) {
    for (const key of Object.keys(labels)) {
      if (!LABEL_KEY.test(key)) {
        report.add(
          'warning',
          ['metadata', 'labels', key],
          `the label key “${key}” breaks the label rule: letters, digits, “-”, “_” and “.”, at most 63 characters, starting and ending with a letter or digit.`,
          'label-key',
        );
      }
    }
  }
}

/** Kind, name and version of one document; what this importer cannot read is said by name. */
export function readHeader(report: DocumentReport, data: Json): void {
  report.kind = typeof data['kind'] === 'string' ? data['kind'] : null;
  const metadata = isObject(data['metadata']) ? data['metadata'] : null;
  report.name = metadata && typeof metadata['name'] === 'string' ? metadata['name'] : null;
  const rawName = metadata?.['name'];
  if (rawName !== undefined && rawName !== null && typeof rawName !== 'string') {
    // The Go SDK cannot even decode such a document; nothing of it is read.
    report.add(
      'error',
      ['metadata', 'name'],
      `metadata.name must be a name like checkout-latency, not ${Array.isArray(rawName) ? 'a list' : isObject(rawName) ? 'a mapping' : `the value ${String(rawName)}`}.`,
    );
    report.unsupported = true;
    return;
  }
  const version = data['apiVersion'];
  if (typeof version !== 'string' || version.trim() === '') {
    report.add(
      report.kind === 'SLO' ? 'warning' : 'error',
      ['apiVersion'],
      'the document has no apiVersion; read as openslo/v1.',
      'api-version',
    );
  } else if (/v2alpha$/.test(version)) {
    report.unsupported = true;
    report.add(
      'error',
      ['apiVersion'],
      `${version} is not supported yet: SLO Workbook reads openslo/v1 and openslo/v1alpha. Convert the file with oslo convert, or write it as openslo/v1.`,
    );
    return;
  } else if (!READ_AS_V1.has(version) && version !== 'openslo/v1alpha') {
    report.add(
      report.kind === 'SLO' ? 'warning' : 'error',
      ['apiVersion'],
      `apiVersion should be openslo/v1, not “${version}”.`,
      'api-version',
    );
  }
  if (!report.kind) report.add('error', ['kind'], 'the document has no kind.');
  else if (
    report.kind === 'CompositeSLO' ||
    (isObject(data['spec']) && 'objectives' in data['spec'] && isComposite(data['spec']))
  ) {
    report.unsupported = true;
    report.add(
      'error',
      ['kind'],
      `composite SLOs are not supported yet; “${report.name ?? 'this SLO'}” was not read.`,
    );
  } else if (!KINDS.includes(report.kind))
    report.add('error', ['kind'], `kind “${report.kind}” is not an OpenSLO v1 kind.`);
  if (metadata) checkMetadata(metadata, report);
  if (data['apiVersion'] === 'openslo/v1') {
    checkFields(data, KNOWN_FIELDS[''], [], report);
    checkFields(metadata, KNOWN_FIELDS['metadata'], ['metadata'], report);
    checkFields(data['spec'], KNOWN_FIELDS[`${report.kind}.spec`], ['spec'], report);
  }
  if (!report.name)
    report.add(
      'warning',
      ['metadata', 'name'],
      'every document needs metadata.name.',
      'name-required',
    );
  else if (report.name.length > 63 || !NAME.test(report.name)) {
    report.add(
      'warning',
      ['metadata', 'name'],
      `“${report.name}” breaks the name rule: lowercase letters, digits and “-”, at most 63 characters.`,
      'name-format',
    );
  }
}

/** An SLO whose objectives are built from other SLOs (OpenSLO's composite SLO). */
function isComposite(spec: Json): boolean {
  const objectives = spec['objectives'];
  return (
    (Array.isArray(objectives) &&
      objectives.some((o) => isObject(o) && ('compositeWeight' in o || 'composite' in o))) ||
    'composite' in spec
  );
}
