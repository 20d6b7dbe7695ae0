import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import {
  burnRateAlertSchema,
  comparisonSchema,
  policyThresholdSchema,
  sloDraftSchema,
  type BudgetingMethod,
  type Comparison,
  type Sli,
  type SloDraft,
} from '../../domain/slo';
import { defaultAlertsForPeriod } from '../burnRateAlerts';
import { isValidTimeZone } from '../calendarWindows';
import { parseDuration } from '../duration';
import { DEFAULT_POLICY } from '../errorBudgetPolicy';
import { ANNOTATION, OPENSLO_DESCRIPTION_MAX } from './exportOpenSlo';
import { v1alphaToV1 } from './v1alphaToV1';

export interface OpenSloProblem {
  /** 1-based position of the document in the file. */
  document: number;
  kind: string | null;
  name: string | null;
  /** Dotted path of the field, e.g. spec.objectives[0].target. */
  field: string;
  line: number | null;
  message: string;
  /** error: this SLO could not be read; warning: it breaks a rule but was read anyway. */
  severity: 'error' | 'warning';
}

export interface ImportedOpenSlo {
  draft: SloDraft;
  document: number;
  name: string;
}

export interface OpenSloImport {
  slos: ImportedOpenSlo[];
  problems: OpenSloProblem[];
  documents: number;
}

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

type Path = (string | number)[];
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pathText(path: Path): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );
}

/** Collects problems for one document, with the line of the nearest node that exists. */
class DocumentReport {
  kind: string | null = null;
  name: string | null = null;
  failed = false;
  /** A version or kind this importer does not read: said once, nothing more checked. */
  unsupported = false;
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly index: number,
    private readonly problems: OpenSloProblem[],
    /** Where the entry sits in its YAML document: [] for the document, [i] for a list item. */
    private readonly prefix: Path = [],
  ) {}

  private lineOf(path: Path): number | null {
    const full = [...this.prefix, ...path];
    for (let n = full.length; n >= 0; n -= 1) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(full.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return this.lines.linePos(range[0]).line;
    }
    return null;
  }

  add(severity: 'error' | 'warning', path: Path, message: string): void {
    if (severity === 'error') this.failed = true;
    this.problems.push({
      document: this.index,
      kind: this.kind,
      name: this.name,
      field: pathText(path),
      line: this.lineOf(path),
      message,
      severity,
    });
  }
}

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
      );
    }
    const raw = describeSource(ratio['raw']);
    return rawType === 'failure'
      ? { kind: 'ratio', good: `1 − failure ratio: ${raw}`, valid: 'all events' }
      : { kind: 'ratio', good: raw, valid: 'all events' };
  }
  const total = ratio['total'];
  const good = ratio['good'];
  const bad = ratio['bad'];
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
        : `all except: ${describeSource(bad)}`.slice(0, 500),
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
    report.add(
      'warning',
      ['metadata', 'annotations', key],
      'this annotation is not readable; the default is used.',
    );
    return null;
  }
}

function readSlo(
  data: Json,
  report: DocumentReport,
  slis: Map<string, unknown>,
  sliReports: Map<string, DocumentReport>,
): ImportedOpenSlo[] {
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
    );
  }
  if (typeof annotations[ANNOTATION.description] === 'string')
    description = annotations[ANNOTATION.description] as string;
  let service = typeof spec['service'] === 'string' ? spec['service'] : '';
  if (!service)
    report.add('warning', ['spec', 'service'], 'an SLO should name its service; read without one.');
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
      `indicatorRef “${String(ref)}” names no SLI document in this file.`,
    );
  } else {
    const sliReport = sliReports.get(ref)!;
    const before = sliReport.failed;
    indicator = readIndicator(slis.get(ref), ['spec'], sliReport);
    if (!indicator && !before)
      report.add('error', ['spec', 'indicatorRef'], `the SLI “${ref}” could not be read.`);
  }

  // The window.
  const windows = spec['timeWindow'];
  let window: SloDraft['window'] | null = null;
  if (!Array.isArray(windows) || windows.length !== 1 || !isObject(windows[0])) {
    report.add('error', ['spec', 'timeWindow'], 'timeWindow must be a list of exactly one window.');
  } else {
    const w = windows[0];
    const duration = typeof w['duration'] === 'string' ? w['duration'] : '';
    const minutes = parseDuration(duration);
    if (minutes === null) {
      report.add(
        'error',
        ['spec', 'timeWindow', 0, 'duration'],
        `“${duration}” is not a duration like 30d, 1w or 1M.`,
      );
    } else if (w['isRolling'] === true) {
      if (w['calendar'] !== undefined) {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'calendar'],
          'a rolling window takes no calendar; ignored.',
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
        );
      }
      if (!calendar || typeof calendar['startTime'] !== 'string') {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'calendar'],
          'a calendar window needs calendar.startTime; periods start on Monday or the 1st.',
        );
      }
      const unit = CALENDAR_UNITS[duration];
      if (!unit) {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'duration'],
          `calendar windows of ${duration} are not supported; read as a rolling ${duration} window.`,
        );
        window = { kind: 'rolling', minutes };
      } else if (!isValidTimeZone(timeZone)) {
        report.add(
          'warning',
          ['spec', 'timeWindow', 0, 'calendar', 'timeZone'],
          `“${timeZone}” is not an IANA time zone; read as UTC.`,
        );
        window = { kind: 'calendar', unit, timeZone: 'UTC' };
      } else {
        window = { kind: 'calendar', unit, timeZone };
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

  const results: ImportedOpenSlo[] = [];
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
        );
      sli = { kind: 'ratio', goodDescription: indicator.good, validDescription: indicator.valid };
    }

    let timeSliceMinutes: number | null = null;
    let timeSliceTarget: number | null = null;
    if (budgetingMethod !== 'Occurrences') {
      const sliceWindow = objective['timeSliceWindow'];
      const minutes =
        typeof sliceWindow === 'string'
          ? parseDuration(sliceWindow)
          : typeof sliceWindow === 'number'
            ? sliceWindow / 60
            : null;
      if (minutes === null)
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
    });
    if (!draft.success) {
      report.add('error', at, draft.error.issues.map((issue) => issue.message).join(' '));
      return;
    }
    results.push({ draft: draft.data, document: report.index, name: draft.data.name });
  });
  return results;
}

/** The versions of OpenSLO, by what each needs from the importer. */
const READ_AS_V1 = new Set(['openslo/v1']);

/** Kind, name and version of one document; what this importer cannot read is said by name. */
function readHeader(report: DocumentReport, data: Json): void {
  report.kind = typeof data['kind'] === 'string' ? data['kind'] : null;
  const metadata = isObject(data['metadata']) ? data['metadata'] : null;
  report.name = metadata && typeof metadata['name'] === 'string' ? metadata['name'] : null;
  const version = data['apiVersion'];
  if (typeof version !== 'string' || version.trim() === '') {
    report.add(
      report.kind === 'SLO' ? 'warning' : 'error',
      ['apiVersion'],
      'the document has no apiVersion; read as openslo/v1.',
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
  if (!report.name)
    report.add('warning', ['metadata', 'name'], 'every document needs metadata.name.');
  else if (report.name.length > 63 || !NAME.test(report.name)) {
    report.add(
      'warning',
      ['metadata', 'name'],
      `“${report.name}” breaks the name rule: lowercase letters, digits and “-”, at most 63 characters.`,
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

/**
 * Reads OpenSLO v1 YAML (one or many documents) the way the OpenSLO SDK validates it, but keeps
 * going: every broken rule is reported with its document, field and line, and each SLO that can
 * still be read is offered.
 */
export function importOpenSlo(text: string): OpenSloImport {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  const problems: OpenSloProblem[] = [];
  if (!Array.isArray(docs) || docs.length === 0) {
    return {
      slos: [],
      documents: 0,
      problems: [
        {
          document: 1,
          kind: null,
          name: null,
          field: '',
          line: null,
          message: 'The file holds no YAML documents.',
          severity: 'error',
        },
      ],
    };
  }
  const parsed: { doc: Document; report: DocumentReport; data: Json | null }[] = [];
  // Numbered as the OpenSLO SDK counts them: each mapping is one document, whether it came in its
  // own YAML document or as an item of a top-level list (what the SDK, oslo fmt and sloctl write).
  let count = 0;
  const entry = (doc: Document, prefix: Path, value: unknown) => {
    count += 1;
    const report = new DocumentReport(doc, lines, count, problems, prefix);
    if (!isObject(value)) {
      report.add(
        'error',
        [],
        'a document must be a mapping with apiVersion, kind, metadata and spec.',
      );
      parsed.push({ doc, report, data: null });
      return;
    }
    readHeader(report, value);
    if (report.unsupported) return;
    if (value['apiVersion'] !== 'openslo/v1alpha') {
      parsed.push({ doc, report, data: value });
      return;
    }
    const converted = v1alphaToV1(value);
    for (const note of converted.notes) report.add('warning', note.path, note.message);
    parsed.push({ doc, report, data: converted.doc });
  };
  docs.forEach((doc) => {
    if (doc.errors.length > 0) {
      count += 1;
      const error = doc.errors[0]!;
      problems.push({
        document: count,
        kind: null,
        name: null,
        field: '',
        line: error.linePos?.[0]?.line ?? null,
        message: `not readable YAML: ${error.message.split('\n')[0]}`,
        severity: 'error',
      });
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (error) {
      // An alias to a missing anchor, or an alias bomb, parses but cannot be read.
      count += 1;
      new DocumentReport(doc, lines, count, problems).add(
        'error',
        [],
        `not readable YAML: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (data === null || data === undefined) return;
    if (Array.isArray(data)) data.forEach((item, i) => entry(doc, [i], item));
    else entry(doc, [], data);
  });

  const slis = new Map<string, unknown>();
  const sliReports = new Map<string, DocumentReport>();
  for (const { report, data } of parsed) {
    if (data && report.kind === 'SLI' && report.name) {
      slis.set(report.name, data['spec']);
      sliReports.set(report.name, report);
    }
  }
  const slos: ImportedOpenSlo[] = [];
  for (const { report, data } of parsed) {
    if (data && report.kind === 'SLO') slos.push(...readSlo(data, report, slis, sliReports));
  }
  if (slos.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      document: 1,
      kind: null,
      name: null,
      field: '',
      line: null,
      message: 'The file holds no SLO documents.',
      severity: 'error',
    });
  }
  return { slos, problems, documents: count };
}

/** “Document 2 (SLO checkout), line 14, spec.objectives[0].target: …” */
export function describeOpenSloProblem(problem: OpenSloProblem): string {
  const what = problem.kind ? ` (${problem.kind}${problem.name ? ` ${problem.name}` : ''})` : '';
  const line = problem.line !== null ? `, line ${problem.line}` : '';
  const field = problem.field ? `, ${problem.field}` : '';
  return `Document ${problem.document}${what}${line}${field}: ${problem.message}`;
}
