import type { BurnRateAlert, Slo } from '../../domain/slo';
import { toDurationString } from '../duration';
import { toOpenSloName } from '../openslo/openSloNames';
import { slothAlerting, slothParts } from '../prometheus/slothAlerting';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A label key as OpenSLO allows it (Kubernetes' qualified-name part). */
const LABEL_KEY = /^[a-zA-Z0-9]([-._a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;

/** Sloth's labels (the spec's, then the SLO's own) as OpenSLO labels: each a list of values. */
function openSloLabels(...maps: unknown[]): Record<string, string[]> {
  const labels: Record<string, string[]> = {};
  for (const map of maps) {
    if (!isObject(map)) continue;
    for (const [key, value] of Object.entries(map)) {
      if (!LABEL_KEY.test(key)) continue;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        labels[key] = [String(value)];
    }
  }
  return labels;
}

/** A name of at most 63 characters, as OpenSLO names are. */
function clipName(base: string, suffix: string): string {
  return `${base.slice(0, 62 - suffix.length).replace(/-+$/, '')}-${suffix}`;
}

/**
 * What a Sloth SLO says beyond its SLI and objective, in OpenSLO's own fields: the labels of its
 * spec and entry as `metadata.labels`, and its alerting (the alert name, its labels and
 * annotations such as a runbook, each severity's labels) as inline AlertPolicies, one per burn-rate
 * window pair (OpenSLO allows one condition per policy), each sent to Alertmanager, where Sloth's
 * alerts go. A disabled page or ticket alert writes no policy. Null for an SLO not from Sloth.
 */
export function slothOpenSloParts(
  slo: Slo,
): { labels: Record<string, string[]>; alertPolicies: Json[] } | null {
  const parts = slothParts(slo);
  if (!parts) return null;
  const name = toOpenSloName(slo.name);
  const alerting = slothAlerting(slo, name);
  const policies: Json[] = [];
  const bySeverity: Record<'page' | 'ticket', BurnRateAlert[]> = { page: [], ticket: [] };
  for (const alert of slo.alerts) bySeverity[alert.severity].push(alert);
  for (const severity of ['page', 'ticket'] as const) {
    const side = alerting[severity];
    if (side.disabled) continue;
    const labels = { ...alerting.labels, ...side.labels };
    // Sloth's severity label says how the alert is routed ("pageteam"); page or ticket otherwise.
    const severityName = labels['severity'] ?? severity;
    for (const alert of bySeverity[severity]) {
      const long = toDurationString(alert.longWindowMinutes);
      const short = toDurationString(alert.shortWindowMinutes);
      const policyName = clipName(name, `${severity}-${long}`.toLowerCase());
      const annotations: Record<string, string> = {
        'sloth.slok.dev/alert-name': alerting.name,
        ...alerting.annotations,
        ...side.annotations,
      };
      policies.push({
        kind: 'AlertPolicy',
        metadata: {
          name: policyName,
          displayName: `${alerting.name} (${severity}, ${long})`.slice(0, 63),
          labels: openSloLabels(labels),
          annotations,
        },
        spec: {
          description: `${alerting.name}: the error budget burns at ${alert.burnRate} times the sustainable rate or faster, over ${long} and over ${short}.`,
          alertWhenBreaching: true,
          conditions: [
            {
              kind: 'AlertCondition',
              metadata: { name: clipName(policyName, 'burn') },
              spec: {
                severity: severityName,
                condition: {
                  kind: 'burnrate',
                  op: 'gte',
                  threshold: alert.burnRate,
                  lookbackWindow: long,
                },
              },
            },
          ],
          notificationTargets: [
            {
              kind: 'AlertNotificationTarget',
              metadata: { name: clipName(policyName, 'alertmanager') },
              spec: {
                target: 'alertmanager',
                description: `Prometheus Alertmanager, routed by the labels ${Object.keys(labels).join(', ') || '(none)'}.`,
              },
            },
          ],
        },
      });
    }
  }
  return {
    labels: openSloLabels(parts.spec['labels'], parts.entry['labels']),
    alertPolicies: policies,
  };
}
