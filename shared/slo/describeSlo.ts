import type { Slo } from '../domain/slo';
import { formatMinutes } from './duration';
import { formatTarget } from './formatFigures';

const OP_TEXT = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

export function describeWindow(slo: Pick<Slo, 'window'>): string {
  return slo.window.kind === 'rolling'
    ? `rolling ${formatMinutes(slo.window.minutes)}`
    : `calendar ${slo.window.unit} (${slo.window.timeZone})`;
}

export function describeSli(slo: Pick<Slo, 'sli'>): string {
  if (slo.sli.kind === 'ratio') {
    const good = slo.sli.goodDescription || 'good events';
    const valid = slo.sli.validDescription || 'valid events';
    return `${good} / ${valid}`;
  }
  const unit = slo.sli.unit ? ` ${slo.sli.unit}` : '';
  return `${slo.sli.metricDescription || 'value'} ${OP_TEXT[slo.sli.op]} ${slo.sli.threshold}${unit}`;
}

export function describeObjective(slo: Slo): string {
  return `${formatTarget(slo.target)} over a ${describeWindow(slo)} window`;
}
