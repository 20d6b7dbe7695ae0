import type { Slo } from '../../domain/slo';
import { toDurationString } from '../duration';
import { ALL_EXCEPT, ONE_MINUS_FAILURE, prometheusSli } from '../prometheus/prometheusSli';
import { slothOpenSloParts } from '../sloth/slothToOpenSlo';
import { atFixedRange, counterForm, GAUGE_RANGE, hasWindowTemplate } from './counterQuery';
import { ANNOTATION, OPENSLO_DESCRIPTION_MAX, toOpenSloName } from './openSloNames';

const CALENDAR_DURATION = { week: '1w', month: '1M', quarter: '1Q' } as const;

function source(description: string) {
  return { metricSource: { type: 'manual', spec: { description } } };
}

function query(text: string) {
  return { metricSource: { type: 'Prometheus', spec: { query: text } } };
}

/** Something an export wrote other than as the SLO says, and why: shown beside the file. */
export interface ExportNote {
  name: string;
  why: string;
}

/**
 * Counter queries as OpenSLO takes them. Sloth's `{{.window}}` never goes out: a rate over the
 * window becomes the counter it measures; where a query has no exact counter form, the metric is
 * written as a gauge (`counter: false`) over a fixed range, and a note says so.
 */
function counterMetric(
  slo: Slo,
  parts: { good?: string; bad?: string; total: string },
  notes: ExportNote[],
) {
  const entries = Object.entries(parts) as [string, string][];
  const counters = entries.map(([key, text]) => [
    key,
    hasWindowTemplate(text) ? counterForm(text) : text,
  ]);
  if (counters.every(([, text]) => text !== null)) {
    return {
      counter: true,
      ...Object.fromEntries(counters.map(([key, text]) => [key, query(text!)])),
    };
  }
  const [key, text] = entries.find(([, t]) => hasWindowTemplate(t) && counterForm(t) === null)!;
  notes.push({
    name: slo.name,
    why: `its ${key} query “${text}” is no rate of one counter, so it has no exact counter form; OpenSLO has no {{.window}}, so the queries are written with counter: false over a ${GAUGE_RANGE} range, a rate per data point.`,
  });
  return {
    counter: false,
    ...Object.fromEntries(entries.map(([k, t]) => [k, query(atFixedRange(t))])),
  };
}

/** A raw ratio query: Sloth's window template set to a fixed range, with a note. */
function rawQuery(slo: Slo, text: string, notes: ExportNote[]) {
  if (!hasWindowTemplate(text)) return query(text);
  notes.push({
    name: slo.name,
    why: `its error ratio query uses {{.window}}, which OpenSLO has not: written over a ${GAUGE_RANGE} range, the ratio of each data point.`,
  });
  return query(atFixedRange(text));
}

/**
 * An SLI with Prometheus queries goes out as Prometheus metric sources, as OpenSLO tools read
 * them, each query as written here (a Sloth template made a counter); null for an SLI that has
 * none.
 */
function prometheusIndicator(slo: Slo, notes: ExportNote[]) {
  const found = prometheusSli(slo);
  if (!found.ok || slo.sli.kind !== 'ratio') return null;
  const good = slo.sli.goodDescription.trim();
  const valid = slo.sli.validDescription.trim();
  switch (found.sli.kind) {
    case 'good-total':
      return { ratioMetric: counterMetric(slo, { good, total: valid }, notes) };
    case 'errors-total':
      return {
        ratioMetric: counterMetric(
          slo,
          { bad: good.slice(ALL_EXCEPT.length), total: valid },
          notes,
        ),
      };
    case 'error-ratio':
      return {
        ratioMetric: {
          counter: false,
          rawType: 'failure',
          raw: rawQuery(slo, good.slice(ONE_MINUS_FAILURE.length), notes),
        },
      };
    case 'success-ratio':
      return {
        ratioMetric: { counter: false, rawType: 'success', raw: rawQuery(slo, good, notes) },
      };
  }
}

/** The OpenSLO v1 document the workbook writes for an SLO, from its own fields alone. */
export function sloDocument(slo: Slo, notes: ExportNote[] = []) {
  const name = toOpenSloName(slo.name);
  const sloth = slothOpenSloParts(slo);
  const annotations: Record<string, string> = {
    [ANNOTATION.alerts]: JSON.stringify(slo.alerts),
  };
  // A Sloth file has no error-budget policy: none is added unless one was written here.
  if (!sloth || slo.policy.length > 0) annotations[ANNOTATION.policy] = JSON.stringify(slo.policy);
  if (slo.owners) annotations[ANNOTATION.owners] = slo.owners;
  if (slo.rationale) annotations[ANNOTATION.rationale] = slo.rationale;
  if (slo.reviewDate) annotations[ANNOTATION.reviewDate] = slo.reviewDate;
  if (slo.csValidatedOn) annotations[ANNOTATION.csValidatedOn] = slo.csValidatedOn;
  if (slo.sli.kind === 'threshold' && slo.sli.unit) annotations[ANNOTATION.unit] = slo.sli.unit;
  if (slo.description.length > OPENSLO_DESCRIPTION_MAX)
    annotations[ANNOTATION.description] = slo.description;
  // OpenSLO requires a service; an SLO without one says so, so it imports back without one.
  if (!slo.service) annotations[ANNOTATION.noService] = 'true';

  const indicatorSpec =
    prometheusIndicator(slo, notes) ??
    (slo.sli.kind === 'ratio'
      ? {
          ratioMetric: {
            counter: true,
            good: source(slo.sli.goodDescription),
            total: source(slo.sli.validDescription),
          },
        }
      : { thresholdMetric: source(slo.sli.metricDescription) });

  const objective: Record<string, unknown> = { displayName: slo.name, target: slo.target };
  if (slo.sli.kind === 'threshold') {
    objective['op'] = slo.sli.op;
    objective['value'] = slo.sli.threshold;
  }
  if (slo.budgetingMethod === 'Timeslices') objective['timeSliceTarget'] = slo.timeSliceTarget;
  if (slo.budgetingMethod !== 'Occurrences') {
    objective['timeSliceWindow'] = toDurationString(slo.timeSliceMinutes ?? 1);
  }

  const timeWindow =
    slo.window.kind === 'rolling'
      ? { duration: toDurationString(slo.window.minutes), isRolling: true }
      : {
          duration: CALENDAR_DURATION[slo.window.unit],
          isRolling: false,
          // Without a start of its own a week starts on a Monday (6 January 2020), a month or a
          // quarter on the 1st.
          calendar: {
            startTime:
              slo.window.startTime ??
              (slo.window.unit === 'week' ? '2020-01-06 00:00:00' : '2020-01-01 00:00:00'),
            timeZone: slo.window.timeZone,
          },
        };

  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name,
      displayName: slo.name,
      ...(sloth && Object.keys(sloth.labels).length ? { labels: sloth.labels } : {}),
      annotations,
    },
    spec: {
      ...(slo.description
        ? { description: slo.description.slice(0, OPENSLO_DESCRIPTION_MAX) }
        : {}),
      service: slo.service || 'unnamed-service',
      indicator: { metadata: { name: `${name.slice(0, 59)}-sli` }, spec: indicatorSpec },
      timeWindow: [timeWindow],
      budgetingMethod: slo.budgetingMethod,
      objectives: [objective],
      ...(sloth && sloth.alertPolicies.length ? { alertPolicies: sloth.alertPolicies } : {}),
    },
  };
}
