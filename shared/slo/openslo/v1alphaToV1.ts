/**
 * OpenSLO v1alpha (what Sloth reads and writes, and the SDK still decodes) in the shape of v1, so
 * one reader checks both: `timeWindows` {unit, count} become `timeWindow` durations, and the
 * indicator (a thresholdMetric, or an objective's ratioMetrics) becomes a v1 inline SLI whose
 * metric sources keep their type and query.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const UNIT_LETTER: Record<string, string> = {
  Second: 's',
  Minute: 'm',
  Hour: 'h',
  Day: 'd',
  Week: 'w',
  Month: 'M',
  Quarter: 'Q',
  Year: 'Y',
};

/** A v1alpha metric ({source, queryType, query}) as a v1 metricSource. */
function metricSource(value: unknown): Json | unknown {
  if (!isObject(value) || 'metricSource' in value) return value;
  const { source, queryType, query, ...rest } = value;
  const key = typeof queryType === 'string' && queryType ? queryType : 'query';
  return {
    metricSource: {
      ...(typeof source === 'string' ? { type: source } : {}),
      spec: { [key]: query, ...rest },
    },
  };
}

export interface Converted {
  doc: Json;
  /** What the conversion assumed, as warnings at a v1 path. */
  notes: { path: (string | number)[]; message: string; name: string }[];
}

export function v1alphaToV1(doc: Json): Converted {
  const notes: Converted['notes'] = [];
  const spec = isObject(doc['spec']) ? { ...doc['spec'] } : null;
  if (!spec) return { doc, notes };
  const name =
    isObject(doc['metadata']) && typeof doc['metadata']['name'] === 'string'
      ? doc['metadata']['name']
      : 'slo';
  if (Array.isArray(spec['timeWindows']) && !('timeWindow' in spec)) {
    spec['timeWindow'] = spec['timeWindows'].map((w: unknown) => {
      if (!isObject(w)) return w;
      const { unit, count, ...rest } = w;
      const letter = typeof unit === 'string' ? UNIT_LETTER[unit] : undefined;
      return {
        ...rest,
        duration:
          letter && typeof count === 'number'
            ? `${count}${letter}`
            : `${String(count)}${String(unit)}`,
      };
    });
    delete spec['timeWindows'];
  }
  const objectives = Array.isArray(spec['objectives']) ? spec['objectives'] : [];
  const indicator = isObject(spec['indicator']) ? spec['indicator'] : null;
  if (indicator && 'thresholdMetric' in indicator && !('spec' in indicator)) {
    spec['indicator'] = {
      metadata: { name: `${name}-sli` },
      spec: { thresholdMetric: metricSource(indicator['thresholdMetric']) },
    };
  } else if (!indicator && !('indicatorRef' in spec)) {
    const ratio = objectives.find((o: unknown) => isObject(o) && isObject(o['ratioMetrics'])) as
      Json | undefined;
    if (ratio) {
      const metrics = ratio['ratioMetrics'] as Json;
      spec['indicator'] = {
        metadata: { name: `${name}-sli` },
        spec: {
          ratioMetric: {
            counter: metrics['incremental'] === true,
            ...(metrics['good'] !== undefined ? { good: metricSource(metrics['good']) } : {}),
            ...(metrics['bad'] !== undefined ? { bad: metricSource(metrics['bad']) } : {}),
            total: metricSource(metrics['total']),
          },
        },
      };
    }
  }
  // v1alpha lets a ratio objective carry op and value; v1 forbids them with a ratio SLI.
  const ratioSli =
    isObject(spec['indicator']) &&
    isObject(spec['indicator']['spec']) &&
    'ratioMetric' in spec['indicator']['spec'];
  const sliced =
    spec['budgetingMethod'] === 'Timeslices' || spec['budgetingMethod'] === 'RatioTimeslices';
  spec['objectives'] = objectives.map((o: unknown, i) => {
    if (!isObject(o)) return o;
    const rest = { ...o };
    delete rest['ratioMetrics'];
    if (sliced && rest['timeSliceWindow'] === undefined) {
      // v1alpha has no slice length: one minute is what its tools evaluate with.
      rest['timeSliceWindow'] = '1m';
      notes.push({
        path: ['spec', 'objectives', i, 'timeSliceWindow'],
        message: 'openslo/v1alpha names no time slice length; read with 1-minute slices.',
        name: 'v1alpha-slice-length',
      });
    }
    if (ratioSli) {
      delete rest['op'];
      delete rest['value'];
    }
    return rest;
  });
  return { doc: { ...doc, apiVersion: 'openslo/v1', spec }, notes };
}
