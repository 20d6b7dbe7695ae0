import { stringify } from 'yaml';
import type { Slo } from '../../domain/slo';
import { toOpenSloName } from '../openslo/openSloNames';
import { ruleSloId } from '../prometheus/prometheusRules';
import { pascal, slothParts } from '../prometheus/slothAlerting';
import { atWindow, prometheusSli, WINDOW, type PrometheusSli } from '../prometheus/prometheusSli';

type Json = Record<string, unknown>;

export interface SlothExport {
  text: string;
  /** SLOs that cannot be a Sloth SLO, and why. */
  skipped: { name: string; why: string }[];
}

const percent = (target: number) => Number((target * 100).toPrecision(12));

/** The SLI as Sloth writes it: events (errors over total) or a raw error ratio. */
function slothSli(sli: PrometheusSli, camel: boolean): Json {
  const key = (snake: string, camelCase: string) => (camel ? camelCase : snake);
  const template = (text: string) => atWindow(text, WINDOW);
  switch (sli.kind) {
    case 'errors-total':
      return {
        events: {
          [key('error_query', 'errorQuery')]: template(sli.errors),
          [key('total_query', 'totalQuery')]: template(sli.total),
        },
      };
    case 'good-total':
      // Sloth counts errors: the bad events are all events less the good ones.
      return {
        events: {
          [key('error_query', 'errorQuery')]: `(${template(sli.total)}) - (${template(sli.good)})`,
          [key('total_query', 'totalQuery')]: template(sli.total),
        },
      };
    case 'error-ratio':
      return { raw: { [key('error_ratio_query', 'errorRatioQuery')]: template(sli.errorRatio) } };
    case 'success-ratio':
      return {
        raw: {
          [key('error_ratio_query', 'errorRatioQuery')]: `1 - (${template(sli.successRatio)})`,
        },
      };
  }
}

/** The SLO's entry: as it came, with what was edited here written over it. */
function entryFor(slo: Slo, sli: PrometheusSli, camel: boolean): Json {
  const came = slothParts(slo)?.entry;
  const entry: Json = came ? structuredClone(came) : {};
  entry['name'] = came && came['name'] === slo.name ? came['name'] : toOpenSloName(slo.name);
  entry['objective'] = percent(slo.target);
  if (slo.description) entry['description'] = slo.description;
  else delete entry['description'];
  const sliNow = slothSli(sli, camel);
  // A query read from the file and not edited goes back exactly as it was written.
  const cameSli = came?.['sli'];
  if (!cameSli || JSON.stringify(normalise(cameSli)) !== JSON.stringify(normalise(sliNow)))
    entry['sli'] = sliNow;
  if (!came)
    entry['alerting'] = {
      name: `${pascal(ruleSloId(slo))}ErrorBudgetBurn`,
      [camel ? 'pageAlert' : 'page_alert']: {},
      [camel ? 'ticketAlert' : 'ticket_alert']: {},
    };
  return entry;
}

/** Queries compared without the spaces around them, and with Sloth's window spelled one way. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.trim().replace(/\{\{\s*\.window\s*\}\}/g, WINDOW);
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  return value;
}

/**
 * Sloth specs for SLOs whose SLI has Prometheus queries: SLOs imported from one spec go back out
 * as that spec (its labels, alerting and the Kubernetes resource's metadata as they were), others
 * as a prometheus/v1 spec per service. Sloth's specs carry no period: one other than 30 days is
 * said in a comment with the flag that sets it.
 */
export function exportSloth(slos: Slo[]): SlothExport {
  const skipped: SlothExport['skipped'] = [];
  const docs = new Map<string, { doc: Json; entries: Json[]; periods: Set<number> }>();
  for (const slo of slos) {
    const sli = prometheusSli(slo);
    if (!sli.ok) {
      skipped.push({ name: slo.name, why: sli.why });
      continue;
    }
    const origin = slo.origin?.format === 'sloth' ? slo.origin : null;
    const key = origin ? `sloth:${origin.group}` : `service:${slo.service}`;
    let target = docs.get(key);
    if (!target) {
      const came = origin ? (structuredClone(origin.documents[0]!) as Json) : null;
      const doc: Json = came ?? {
        version: 'prometheus/v1',
        service: slo.service || 'unnamed-service',
        slos: [],
      };
      target = { doc, entries: [], periods: new Set() };
      docs.set(key, target);
    }
    const camel = target.doc['kind'] === 'PrometheusServiceLevel';
    const spec = (camel ? target.doc['spec'] : target.doc) as Json;
    if (slo.service && spec['service'] !== slo.service) spec['service'] = slo.service;
    target.entries.push(entryFor(slo, sli.sli, camel));
    target.periods.add(slo.window.kind === 'rolling' ? slo.window.minutes : -1);
  }
  const texts = [...docs.values()].map(({ doc, entries, periods }) => {
    const spec = (doc['kind'] === 'PrometheusServiceLevel' ? doc['spec'] : doc) as Json;
    spec['slos'] = entries;
    const notes = [...periods]
      .filter((p) => p !== 30 * 1440)
      .map((p) =>
        p === -1
          ? '# A calendar window: Sloth rolls its windows; generate with the period closest to it.'
          : `# Generate with: sloth generate --default-slo-period=${p % 1440 === 0 ? `${p / 1440}d` : `${p}m`}`,
      );
    return `${notes.map((n) => `${n}\n`).join('')}${stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
  });
  return { text: texts.join('---\n'), skipped };
}
