import { parseAllDocuments } from 'yaml';
import { importedAsSlos } from '../../shared/slo/importSloFiles';
import { exportOpenSlo } from '../../shared/slo/openslo/exportOpenSlo';
import { importOpenSlo } from '../../shared/slo/openslo/importOpenSlo';
import { compare, printRows } from './measure';

/** An OpenSLO file of `n` SLOs as teams keep them: an SLI document each, labels, a calendar. */
function openSloFile(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i += 1) {
    docs.push(`apiVersion: openslo/v1
kind: SLI
metadata:
  name: service-${i}-success
spec:
  ratioMetric:
    counter: true
    good:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{service="svc-${i}",code!~"5.."}[5m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{service="svc-${i}"}[5m]))
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: service-${i}-availability
  displayName: Service ${i} availability
  labels:
    team: [team-${i % 20}]
spec:
  description: Requests to service ${i} succeed.
  service: svc-${i}
  indicatorRef: service-${i}-success
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2024-01-01 00:00:00"
        timeZone: Europe/Berlin
  budgetingMethod: Occurrences
  objectives:
    - displayName: Good
      target: 0.999`);
  }
  return docs.join('\n---\n');
}

export function runSloFilesBench(): void {
  const text = openSloFile(1000);
  const imported = importOpenSlo(text);
  if (imported.slos.length !== 1000)
    throw new Error(`expected 1,000 SLOs, read ${imported.slos.length}`);
  const slos = importedAsSlos(imported.slos, '2026-01-01T00:00:00.000Z');
  const parseOnly = () => parseAllDocuments(text).map((d) => d.toJS());
  const importRow = compare(() => importOpenSlo(text), parseOnly, 5);
  const exportRow = compare(() => exportOpenSlo(slos), parseOnly, 5);
  printRows(
    `SLO files: an OpenSLO file of 1,000 SLOs and their SLIs (${(text.length / 1e6).toFixed(1)} MB)`,
    [
      {
        name: 'import (every rule checked, documents kept)',
        ...importRow,
        reference: 'parsing the YAML alone',
        goal: 3,
      },
      {
        name: 'export as it came (edits merged over the kept documents)',
        ...exportRow,
        reference: 'parsing the YAML alone',
        goal: 3,
      },
    ],
  );
}
