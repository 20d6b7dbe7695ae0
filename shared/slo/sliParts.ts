import type { Slo } from '../domain/slo';
import { ALL_EVENTS, ALL_EXCEPT, ONE_MINUS_FAILURE } from './prometheus/prometheusSli';

const OP_TEXT = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/** One line of an SLI as a person reads it: what it is, and its query or description. */
export interface SliPart {
  label: string;
  text: string;
}

/**
 * The SLI in named parts: good and valid events, or bad and valid events for a file that counts
 * errors (Sloth, OpenSLO's `bad`), or an error or success ratio, or a value and its threshold.
 */
export function sliParts(slo: Pick<Slo, 'sli'>): SliPart[] {
  const sli = slo.sli;
  if (sli.kind === 'threshold') {
    const unit = sli.unit ? ` ${sli.unit}` : '';
    return [
      { label: 'Value', text: sli.metricDescription || 'value' },
      { label: 'Good when', text: `${OP_TEXT[sli.op]} ${sli.threshold}${unit}` },
    ];
  }
  const good = sli.goodDescription.trim();
  const valid = sli.validDescription.trim();
  if (good.startsWith(ONE_MINUS_FAILURE))
    return [{ label: 'Error ratio', text: good.slice(ONE_MINUS_FAILURE.length) }];
  if (valid === ALL_EVENTS) return [{ label: 'Success ratio', text: good }];
  const first = good.startsWith(ALL_EXCEPT)
    ? { label: 'Bad events', text: good.slice(ALL_EXCEPT.length) }
    : { label: 'Good events', text: good || '—' };
  return [first, { label: 'Valid events', text: valid || '—' }];
}
