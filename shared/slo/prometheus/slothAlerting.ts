import type { Slo } from '../../domain/slo';

/** What the alert rules are named and labelled with: a Sloth spec's own, or made from the SLO. */
export interface AlertSettings {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  page: { disabled: boolean; labels: Record<string, string>; annotations: Record<string, string> };
  ticket: {
    disabled: boolean;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const ALERT_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** String values only, under names Prometheus accepts; other entries are left out. */
function stringMap(value: unknown, names = LABEL_NAME): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (!names.test(key)) continue;
    if (typeof v === 'string') out[key] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v);
  }
  return out;
}

/** "checkout-latency" -> "CheckoutLatency", as an alert name. */
export function pascal(text: string): string {
  const name = text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Za-z_]/.test(name) ? name : `Slo${name}`;
}

/** The Sloth spec and SLO entry an SLO came from: prometheus/v1 or the Kubernetes resource. */
export function slothParts(slo: Slo): { spec: Json; entry: Json } | null {
  if (slo.origin?.format !== 'sloth') return null;
  const doc = slo.origin.documents[0]!;
  const spec =
    isObject(doc['spec']) && doc['kind'] === 'PrometheusServiceLevel' ? doc['spec'] : doc;
  const entries = Array.isArray(spec['slos']) ? spec['slos'] : [];
  const entry = entries[0];
  return isObject(entry) ? { spec, entry } : null;
}

/** An OpenSLO file's runbook annotation (runbook, runbook_url, …), for the alerts to carry. */
function runbookOf(slo: Slo): Record<string, string> {
  if (slo.origin?.format !== 'openslo') return {};
  const metadata = slo.origin.documents[0]!['metadata'];
  const notes =
    isObject(metadata) && isObject(metadata['annotations']) ? metadata['annotations'] : {};
  const key = Object.keys(notes).find((k) => /runbook/i.test(k) && typeof notes[k] === 'string');
  return key ? { runbook: notes[key] as string } : {};
}

/**
 * Alert names, labels and annotations: a Sloth SLO's `alerting` block as it wrote it (with the
 * spec's and the SLO's labels), otherwise "<Id>ErrorBudgetBurn" with the SLO's own labels.
 */
export function slothAlerting(slo: Slo, id: string): AlertSettings {
  const parts = slothParts(slo);
  const alerting = parts && isObject(parts.entry['alerting']) ? parts.entry['alerting'] : {};
  const side = (key: 'page_alert' | 'ticket_alert') => {
    // prometheus/v1 writes page_alert, the Kubernetes resource pageAlert.
    const camel = key === 'page_alert' ? 'pageAlert' : 'ticketAlert';
    const found = alerting[key] ?? alerting[camel];
    const value = isObject(found) ? found : {};
    return {
      disabled: value['disable'] === true,
      labels: stringMap(value['labels']),
      annotations: stringMap(value['annotations']),
    };
  };
  const named = typeof alerting['name'] === 'string' && ALERT_NAME.test(alerting['name']);
  return {
    name: named ? (alerting['name'] as string) : `${pascal(id)}ErrorBudgetBurn`,
    labels: {
      ...(parts ? stringMap(parts.spec['labels']) : {}),
      ...(parts ? stringMap(parts.entry['labels']) : {}),
      ...stringMap(alerting['labels']),
    },
    annotations: { ...runbookOf(slo), ...stringMap(alerting['annotations']) },
    page: side('page_alert'),
    ticket: side('ticket_alert'),
  };
}
