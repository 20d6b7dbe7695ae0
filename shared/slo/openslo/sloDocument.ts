import type { Slo } from '../../domain/slo';
import { toDurationString } from '../duration';
import { ALL_EXCEPT, ONE_MINUS_FAILURE, prometheusSli } from '../prometheus/prometheusSli';
import { ANNOTATION, OPENSLO_DESCRIPTION_MAX, toOpenSloName } from './openSloNames';

const CALENDAR_DURATION = { week: '1w', month: '1M', quarter: '1Q' } as const;

function source(description: string) {
  return { metricSource: { type: 'manual', spec: { description } } };
}

function query(text: string) {
  return { metricSource: { type: 'Prometheus', spec: { query: text } } };
}

/**
 * An SLI with Prometheus queries goes out as Prometheus metric sources, as OpenSLO tools read
 * them, each query exactly as written here; null for an SLI that has none.
 */
function prometheusIndicator(slo: Slo) {
  const found = prometheusSli(slo);
  if (!found.ok || slo.sli.kind !== 'ratio') return null;
  const good = slo.sli.goodDescription.trim();
  const valid = slo.sli.validDescription.trim();
  switch (found.sli.kind) {
    case 'good-total':
      return { ratioMetric: { counter: true, good: query(good), total: query(valid) } };
    case 'errors-total':
      return {
        ratioMetric: {
          counter: true,
          bad: query(good.slice(ALL_EXCEPT.length)),
          total: query(valid),
        },
      };
    case 'error-ratio':
      return {
        ratioMetric: {
          counter: false,
          rawType: 'failure',
          raw: query(good.slice(ONE_MINUS_FAILURE.length)),
        },
      };
    case 'success-ratio':
      return { ratioMetric: { counter: false, rawType: 'success', raw: query(good) } };
  }
}

/** The OpenSLO v1 document the workbook writes for an SLO, from its own fields alone. */
export function sloDocument(slo: Slo) {
  const name = toOpenSloName(slo.name);
  const annotations: Record<string, string> = {
    [ANNOTATION.alerts]: JSON.stringify(slo.alerts),
    [ANNOTATION.policy]: JSON.stringify(slo.policy),
  };
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
    prometheusIndicator(slo) ??
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
    metadata: { name, displayName: slo.name, annotations },
    spec: {
      ...(slo.description
        ? { description: slo.description.slice(0, OPENSLO_DESCRIPTION_MAX) }
        : {}),
      service: slo.service || 'unnamed-service',
      indicator: { metadata: { name: `${name.slice(0, 59)}-sli` }, spec: indicatorSpec },
      timeWindow: [timeWindow],
      budgetingMethod: slo.budgetingMethod,
      objectives: [objective],
    },
  };
}
