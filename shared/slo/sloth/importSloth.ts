import { LineCounter } from 'yaml';
import { MAX_SLO_FILE_CHARACTERS, readYamlDocuments, type YamlDocument } from '../readYaml';
import { newId } from '../../domain/ids';
import { sloDraftSchema, type BurnRateAlert, type SloFields } from '../../domain/slo';
import { MAX_ORIGIN_CHARACTERS, type JsonObject } from '../../domain/sloOrigin';
import { burnRateForShare } from '../budgetMath';
import { defaultAlertsForPeriod } from '../burnRateAlerts';
import { parseDuration } from '../duration';
import type { ImportedOpenSlo, OpenSloImport } from '../openslo/importOpenSlo';
import {
  DocumentReport,
  isObject,
  lineLocator,
  type Json,
  type OpenSloProblem,
  type Path,
} from '../openslo/openSloReport';
import { ALL_EVENTS, ALL_EXCEPT, ONE_MINUS_FAILURE } from '../prometheus/prometheusSli';

/** Said when the Sloth files hold no SLO; OpenSLO files of the same import may. */
export const NO_SLOTH_SLOS = 'The file holds no Sloth SLOs.';

/** Sloth's default SLO period, when no AlertWindows document says otherwise. */
const DEFAULT_PERIOD_MINUTES = 30 * 1440;
/** Sloth's rule for an SLO name: it becomes a Prometheus label value and part of rule ids. */
const SLOTH_NAME = /^[A-Za-z0-9][-A-Za-z0-9_.]*$/;

/** A document Sloth reads: its prometheus/v1 spec, its Kubernetes resource, or alert windows. */
export function isSlothDocument(value: unknown): boolean {
  if (!isObject(value)) return false;
  // Any prometheus/ version is Sloth's format; one other than v1 is then refused by name.
  if (typeof value['version'] === 'string' && value['version'].startsWith('prometheus/'))
    return true;
  return (
    typeof value['apiVersion'] === 'string' && value['apiVersion'].startsWith('sloth.slok.dev/')
  );
}

/** Does this text hold Sloth documents (rather than OpenSLO)? Told by content, not by name. */
export function looksLikeSloth(text: string): boolean {
  if (text.length > MAX_SLO_FILE_CHARACTERS) return false; // the OpenSLO reader says why
  // Without either marker no document can be Sloth's: not worth parsing the file twice.
  if (!/prometheus\/|sloth\.slok\.dev/.test(text)) return false;
  try {
    return readYamlDocuments(text).some(({ data }) => isSlothDocument(data));
  } catch {
    return false;
  }
}

/** A key in Sloth's two spellings: snake_case in prometheus/v1, camelCase in Kubernetes. */
function pick(value: Json, snake: string, camel: string): unknown {
  return value[snake] !== undefined ? value[snake] : value[camel];
}

interface Windows {
  periodMinutes: number;
  alerts: BurnRateAlert[];
}

/** Sloth's AlertWindows: an SLO period with page and ticket windows, each a share of budget. */
function readAlertWindows(data: Json, report: DocumentReport): Windows | null {
  const spec = isObject(data['spec']) ? data['spec'] : null;
  const period =
    spec && typeof spec['sloPeriod'] === 'string' ? parseDuration(spec['sloPeriod']) : null;
  if (!spec || period === null) {
    report.add('error', ['spec', 'sloPeriod'], 'AlertWindows needs spec.sloPeriod, e.g. 28d.');
    return null;
  }
  const alerts: BurnRateAlert[] = [];
  for (const severity of ['page', 'ticket'] as const) {
    for (const speed of ['quick', 'slow']) {
      const at: Path = ['spec', severity, speed];
      const w = isObject(spec[severity]) ? (spec[severity] as Json)[speed] : undefined;
      if (!isObject(w)) {
        report.add('error', at, `AlertWindows needs ${severity}.${speed}.`);
        return null;
      }
      const share = w['errorBudgetPercent'];
      const long = typeof w['longWindow'] === 'string' ? parseDuration(w['longWindow']) : null;
      const short = typeof w['shortWindow'] === 'string' ? parseDuration(w['shortWindow']) : null;
      if (
        typeof share !== 'number' ||
        share <= 0 ||
        share > 100 ||
        long === null ||
        short === null
      ) {
        report.add(
          'error',
          at,
          'each window needs errorBudgetPercent (above 0, at most 100), shortWindow and longWindow.',
        );
        return null;
      }
      alerts.push({
        severity,
        longWindowMinutes: long,
        shortWindowMinutes: short,
        burnRate: burnRateForShare(share / 100, long, period),
      });
    }
  }
  return { periodMinutes: period, alerts };
}

/** One Sloth SLO entry as a draft, with everything it came with kept. */
function readEntry(
  entry: unknown,
  at: Path,
  spec: Json,
  report: DocumentReport,
  windows: Windows | null,
): SloFields | null {
  if (!isObject(entry)) {
    report.add('error', at, 'an SLO must be a mapping with name, objective and sli.');
    return null;
  }
  const name = typeof entry['name'] === 'string' ? entry['name'] : '';
  if (!name) report.add('error', [...at, 'name'], 'every Sloth SLO needs a name.');
  else if (!SLOTH_NAME.test(name))
    report.add(
      'warning',
      [...at, 'name'],
      `“${name}” is not a name Sloth accepts (letters, digits, “-”, “_”, “.”).`,
      'sloth-name-format',
    );
  const objective = entry['objective'];
  if (typeof objective !== 'number' || objective <= 0 || objective >= 100) {
    report.add(
      'error',
      [...at, 'objective'],
      'objective must be a percentage above 0 and below 100, e.g. 99.9 (100 leaves no error budget).',
    );
  }
  const sli = isObject(entry['sli']) ? entry['sli'] : null;
  let good = '';
  let valid = '';
  if (!sli) report.add('error', [...at, 'sli'], 'every Sloth SLO needs an sli.');
  else if (isObject(sli['events'])) {
    const events = sli['events'];
    const errors = pick(events, 'error_query', 'errorQuery');
    const total = pick(events, 'total_query', 'totalQuery');
    if (
      typeof errors !== 'string' ||
      typeof total !== 'string' ||
      !errors.trim() ||
      !total.trim()
    ) {
      report.add(
        'error',
        [...at, 'sli', 'events'],
        'events needs both an error query and a total query.',
      );
    } else {
      good = `${ALL_EXCEPT}${errors.trim()}`;
      valid = total.trim();
    }
  } else if (isObject(sli['raw'])) {
    const ratio = pick(sli['raw'], 'error_ratio_query', 'errorRatioQuery');
    if (typeof ratio !== 'string' || !ratio.trim())
      report.add('error', [...at, 'sli', 'raw'], 'raw needs an error ratio query.');
    else {
      good = `${ONE_MINUS_FAILURE}${ratio.trim()}`;
      valid = ALL_EVENTS;
    }
  } else if (isObject(sli['plugin'])) {
    const id = (sli['plugin'] as Json)['id'];
    report.add(
      'error',
      [...at, 'sli', 'plugin'],
      `SLI plugins are not supported: “${typeof id === 'string' ? id : 'this plugin'}” writes its queries inside Sloth.`,
    );
  } else report.add('error', [...at, 'sli'], 'the sli needs events, raw or plugin.');
  for (const query of [good, valid]) {
    if (query && query !== ALL_EVENTS && !/\{\{\s*\.window\s*\}\}/.test(query)) {
      report.add(
        'warning',
        [...at, 'sli'],
        'a Sloth query should use {{.window}} for its range.',
        'sloth-window-template',
      );
      break;
    }
  }
  if (report.failed) return null;
  const period = windows?.periodMinutes ?? DEFAULT_PERIOD_MINUTES;
  const draft = sloDraftSchema.safeParse({
    name: name.slice(0, 200),
    description:
      typeof entry['description'] === 'string' ? entry['description'].slice(0, 2000) : '',
    service: typeof spec['service'] === 'string' ? spec['service'].slice(0, 200) : '',
    sli: {
      kind: 'ratio',
      goodDescription: good.slice(0, 500),
      validDescription: valid.slice(0, 500),
    },
    target: Number(((objective as number) / 100).toPrecision(12)),
    window: { kind: 'rolling', minutes: period },
    budgetingMethod: 'Occurrences',
    alerts: windows?.alerts ?? defaultAlertsForPeriod(period),
    // Sloth files hold no error-budget policy; none is invented (the editor offers one).
    policy: [],
  });
  if (!draft.success) {
    report.add('error', at, draft.error.issues.map((issue) => issue.message).join(' '));
    return null;
  }
  return draft.data;
}

/**
 * Reads Sloth specs (prometheus/v1, and the Kubernetes PrometheusServiceLevel) from one or more
 * files, with an AlertWindows document setting the period and alert windows for all of them.
 * Each SLO keeps its spec (service, labels, alerting, queries) so it goes back out as it came.
 */
export function importSlothFiles(files: { name: string; text: string }[]): OpenSloImport {
  const problems: OpenSloProblem[] = [];
  const several = files.length > 1;
  const specs: { report: DocumentReport; data: Json }[] = [];
  let windows: Windows | null = null;
  let documents = 0;
  for (const file of files) {
    const name = several ? file.name : null;
    const lines = new LineCounter();
    let docs: YamlDocument[] = [];
    try {
      docs = readYamlDocuments(file.text, lines);
    } catch (error) {
      new DocumentReport(() => null, 1, problems, name).add(
        'error',
        [],
        `not readable YAML: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    let count = 0;
    for (const { doc, data, error } of docs) {
      count += 1;
      const report = new DocumentReport(lineLocator(doc, lines), count, problems, name);
      if (error) {
        report.add('error', [], `not readable YAML: ${error.message}`);
        continue;
      }
      if (data === null || data === undefined) {
        count -= 1;
        continue;
      }
      documents += 1;
      if (!isObject(data) || !isSlothDocument(data)) {
        report.add(
          'error',
          [],
          'not a Sloth document: it needs version: prometheus/v1, or apiVersion: sloth.slok.dev/v1.',
        );
        continue;
      }
      report.kind = typeof data['kind'] === 'string' ? data['kind'] : 'prometheus/v1';
      if (data['version'] !== undefined && data['version'] !== 'prometheus/v1') {
        report.add(
          'error',
          ['version'],
          `version “${String(data['version'])}” is not one Sloth reads: a Sloth spec says version: prometheus/v1.`,
        );
        continue;
      }
      const metadata = isObject(data['metadata']) ? data['metadata'] : {};
      report.name =
        typeof metadata['name'] === 'string'
          ? metadata['name']
          : typeof data['service'] === 'string'
            ? data['service']
            : null;
      if (data['kind'] === 'AlertWindows') windows = readAlertWindows(data, report) ?? windows;
      else if (data['version'] === 'prometheus/v1' || data['kind'] === 'PrometheusServiceLevel')
        specs.push({ report, data });
      else
        report.add(
          'error',
          ['kind'],
          `kind “${String(data['kind'])}” is not a Sloth kind this app reads.`,
        );
    }
  }

  const slos: ImportedOpenSlo[] = [];
  for (const { report, data } of specs) {
    const k8s = data['kind'] === 'PrometheusServiceLevel';
    const spec = k8s ? (isObject(data['spec']) ? data['spec'] : null) : data;
    const base: Path = k8s ? ['spec'] : [];
    if (!spec) {
      report.add('error', ['spec'], 'a PrometheusServiceLevel needs a spec.');
      continue;
    }
    if (typeof spec['service'] !== 'string' || !spec['service'])
      report.add('error', [...base, 'service'], 'a Sloth spec needs a service.');
    const entries = Array.isArray(spec['slos']) ? spec['slos'] : [];
    if (entries.length === 0)
      report.add('error', [...base, 'slos'], 'a Sloth spec needs at least one SLO.');
    if (report.failed) continue;
    const group = newId();
    entries.forEach((entry, i) => {
      const failedBefore = report.failed;
      report.failed = false;
      const draft = readEntry(entry, [...base, 'slos', i], spec, report, windows);
      report.failed = report.failed || failedBefore;
      if (!draft) return;
      // The spec with this SLO as its only entry: what it shares with the others, and its own.
      const own = JSON.parse(
        JSON.stringify(
          k8s ? { ...data, spec: { ...spec, slos: [entry] } } : { ...spec, slos: [entry] },
        ),
      ) as JsonObject;
      const keep = JSON.stringify(own).length <= MAX_ORIGIN_CHARACTERS;
      slos.push({
        draft,
        file: report.file,
        document: report.index,
        name: draft.name,
        origin: keep ? { format: 'sloth', documents: [own], objective: i, group } : null,
      });
    });
  }
  if (slos.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      file: null,
      document: 1,
      kind: null,
      name: null,
      field: '',
      line: null,
      message: NO_SLOTH_SLOS,
      severity: 'error',
    });
  }
  return { slos, problems, documents, kept: [] };
}
