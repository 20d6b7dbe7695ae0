import type { Slo } from '../domain/slo';
import type { FileKind } from '../ipc';
import { exportOpenSloWithNotes } from './openslo/exportOpenSlo';
import { toOpenSloName } from './openslo/openSloNames';
import {
  prometheusRuleFile,
  prometheusRuleResource,
  prometheusRules,
} from './prometheus/prometheusRules';
import { exportSloth } from './sloth/exportSloth';

export const SLO_FILE_FORMATS = ['openslo', 'sloth', 'rules', 'prometheusrule'] as const;
export type SloFileFormat = (typeof SLO_FILE_FORMATS)[number];

export const FORMAT_LABELS: Record<SloFileFormat, { name: string; hint: string }> = {
  openslo: {
    name: 'OpenSLO YAML',
    hint: 'For OpenSLO tools (oslo, sloctl, Nobl9). Imported SLOs go back out as they came.',
  },
  sloth: {
    name: 'Sloth spec',
    hint: 'For sloth generate, which writes the Prometheus rules from it.',
  },
  rules: {
    name: 'Prometheus rule file',
    hint: 'Recording rules and page and ticket burn-rate alerts, for rule_files in prometheus.yml.',
  },
  prometheusrule: {
    name: 'PrometheusRule (Kubernetes)',
    hint: 'The same rules as a resource for the Prometheus Operator: kubectl apply -f.',
  },
};

export interface SloFileExport {
  text: string;
  fileName: string;
  kind: FileKind;
  /** How many SLOs the file holds. */
  written: number;
  /** SLOs this format cannot hold, and why in words. */
  skipped: { name: string; why: string }[];
  /** SLOs written other than as they read here (a query this format cannot take), and why. */
  notes?: { name: string; why: string }[];
}

/** One or more SLOs as a file of the chosen format; `title` names it (an SLO or the workbook). */
export function exportSloFile(format: SloFileFormat, slos: Slo[], title: string): SloFileExport {
  const base = toOpenSloName(title);
  switch (format) {
    case 'openslo': {
      const result = exportOpenSloWithNotes(slos);
      return {
        text: result.text,
        fileName: `${base}.openslo.yaml`,
        kind: 'openslo',
        written: slos.length,
        skipped: [],
        notes: result.notes,
      };
    }
    case 'sloth': {
      const result = exportSloth(slos);
      return {
        text: result.text,
        fileName: `${base}.sloth.yaml`,
        kind: 'sloth',
        written: slos.length - result.skipped.length,
        skipped: result.skipped,
      };
    }
    case 'rules':
    case 'prometheusrule': {
      const result = prometheusRules(slos);
      return {
        text:
          format === 'rules' ? prometheusRuleFile(result) : prometheusRuleResource(result, title),
        fileName: `${base}.${format === 'rules' ? 'rules' : 'prometheusrule'}.yaml`,
        kind: 'rules',
        written: slos.length - result.skipped.length,
        skipped: result.skipped,
      };
    }
  }
}
