import { isObject, type Json } from './openSloReport';

/** A document that is no SLO, by kind and name. */
export interface Keyed {
  kind: string;
  name: string;
  data: Json;
}

/** Every string value under `key`, at any depth: metricSourceRef sits inside each metric. */
function stringsUnder(value: unknown, key: string, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) stringsUnder(item, key, out);
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v === 'string') out.push(v);
      else stringsUnder(v, key, out);
    }
  }
  return out;
}

/**
 * The documents an SLO refers to, as OpenSLO v1 links them: its SLI (indicatorRef), its Service,
 * its alert policies (alertPolicyRef) with their conditions (conditionRef) and notification
 * targets (targetRef), and the data sources its metrics name (metricSourceRef). Each once, in the
 * order they are found.
 */
export function relatedDocuments(slo: Json, byKey: Map<string, Keyed>): Keyed[] {
  const found: Keyed[] = [];
  const seen = new Set<string>();
  const add = (kind: string, name: unknown): Keyed | null => {
    if (typeof name !== 'string') return null;
    const key = `${kind}/${name}`;
    const doc = byKey.get(key);
    if (!doc || seen.has(key)) return null;
    seen.add(key);
    found.push(doc);
    return doc;
  };
  const spec = isObject(slo['spec']) ? slo['spec'] : {};
  const sli = add('SLI', spec['indicatorRef']);
  add('Service', spec['service']);
  const policies = Array.isArray(spec['alertPolicies']) ? spec['alertPolicies'] : [];
  for (const policy of policies) {
    if (!isObject(policy)) continue;
    const referenced = add('AlertPolicy', policy['alertPolicyRef']);
    const policySpec = referenced ? referenced.data['spec'] : policy['spec'];
    if (!isObject(policySpec)) continue;
    for (const name of stringsUnder(policySpec['conditions'], 'conditionRef'))
      add('AlertCondition', name);
    for (const name of stringsUnder(policySpec['notificationTargets'], 'targetRef'))
      add('AlertNotificationTarget', name);
  }
  const metrics = [spec['indicator'], sli?.data['spec']];
  for (const name of stringsUnder(metrics, 'metricSourceRef')) add('DataSource', name);
  return found;
}
