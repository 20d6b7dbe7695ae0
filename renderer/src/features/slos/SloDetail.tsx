import { FormActions } from '../../ui/FormActions';
import { useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { formatCount } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteSlo } from '../../db/sloRepository';
import { Dialog } from '../../ui/Dialog';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { CsvImportDialog } from './CsvImportDialog';
import { ManualIncidents } from './ManualIncidents';
import { PrometheusPullDialog } from './PrometheusPullDialog';
import { isPulledFromPrometheus } from '../../../../shared/slo/prometheus/pullSource';
import { looksLikeQuery } from '../../../../shared/slo/looksLikeQuery';
import { sliParts } from '../../../../shared/slo/sliParts';
import { SloCharts } from './SloCharts';
import { SloFiguresView } from './SloFigures';
import { SloExportDialog } from './SloExportDialog';
import './sloFiles.css';
import { SloHistory } from './SloHistory';
import { SloStateHeader } from './SloStateHeader';
import { SloTargetChooser } from './SloTargetChooser';
import { SloPurposeView, useSloPurpose } from './SloPurpose';
import { SloHearing } from '../customers/SloHearing';
import { useSloUi } from './sloStore';
import { useSloFigures } from './useSloStatus';

function describeSpan(slo: Slo): string {
  const summary = slo.dataSummary;
  if (!summary) return '';
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  return `${formatCount(summary.rows)} rows from ${summary.source}, ${day(summary.startMs)} to ${day(summary.endMs)} UTC${
    summary.gaps ? `, ${formatCount(summary.gaps)} intervals without data` : ''
  }${isPulledFromPrometheus(slo) ? `; last pulled ${day(Date.parse(summary.importedAt))} UTC` : ''}.`;
}

export function SloDetail({ slo }: { slo: Slo }) {
  const db = useDatabase();
  const { select, openEditor, openImport, importForSloId } = useSloUi();
  const figures = useSloFigures(slo);
  const purpose = useSloPurpose(slo);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [pulling, setPulling] = useState(false);

  return (
    <article className="slo-detail" aria-labelledby="slo-detail-title">
      <button type="button" className="link-button" onClick={() => select(null)}>
        ← All SLOs
      </button>
      <h2 id="slo-detail-title">{slo.name}</h2>
      <SloStateHeader slo={slo} figures={figures} />
      <SloPurposeView slo={slo} purpose={purpose} />
      <SloHearing slo={slo} figures={figures} purpose={purpose} />
      <dl className="sli-parts" aria-label="SLI">
        {sliParts(slo).map((part) => (
          <div key={part.label}>
            <dt>{part.label}</dt>
            <dd>{looksLikeQuery(part.text) ? <code>{part.text}</code> : part.text}</dd>
          </div>
        ))}
        <div>
          <dt>Budgeting</dt>
          <dd>
            {slo.budgetingMethod}
            {slo.service ? ` · service ${slo.service}` : ''}
            {slo.origin
              ? ` · imported from ${slo.origin.format === 'sloth' ? 'a Sloth spec' : 'OpenSLO'}; an export keeps what the file held`
              : ''}
          </dd>
        </div>
      </dl>
      {slo.description && <p>{slo.description}</p>}
      <div className="toolbar" role="toolbar" aria-label="SLO actions">
        <button type="button" onClick={() => openEditor({ mode: 'edit', sloId: slo.id })}>
          Edit SLO
        </button>
        <button type="button" onClick={() => openImport(slo.id)}>
          Import SLI data (CSV)
        </button>
        <button type="button" onClick={() => setPulling(true)}>
          Pull history from Prometheus
        </button>
        <button type="button" onClick={() => setExporting(true)}>
          Export…
        </button>
        <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
          Delete SLO
        </button>
      </div>
      {slo.dataSummary && <p className="field-hint">Data: {describeSpan(slo)}</p>}
      {figures === undefined && <p>Reading the SLI data…</p>}
      {figures === null && (
        <section className="empty-state" aria-label="No SLI data">
          <p>
            No SLI data yet. Import a CSV export from your monitoring tool, or record incidents by
            hand below, to see the SLI, the budget consumed and the alerts.
          </p>
        </section>
      )}
      {figures?.source === 'manual' && (
        <p className="field-hint">
          Figures from the incidents recorded by hand, evaluated up to now.
        </p>
      )}
      {figures && (
        <>
          <SloFiguresView status={figures.status} slo={slo} source={figures.source} />
          <SloCharts slo={slo} figures={figures} />
          <SloHistory slo={slo} units={figures.units} />
          <SloTargetChooser slo={slo} figures={figures} purpose={purpose} />
        </>
      )}
      <ManualIncidents slo={slo} imported={Boolean(slo.dataSummary)} />
      {exporting && (
        <SloExportDialog slos={[slo]} title={slo.name} onClose={() => setExporting(false)} />
      )}
      {pulling && <PrometheusPullDialog slo={slo} onClose={() => setPulling(false)} />}
      {importForSloId === slo.id && <CsvImportDialog slo={slo} onClose={() => openImport(null)} />}
      {confirmDelete && (
        <Dialog title={`Delete the SLO “${slo.name}”?`} onClose={() => setConfirmDelete(false)}>
          <p>
            This removes the SLO with its alerts, policy
            {slo.dataSummary ? ` and ${formatCount(slo.dataSummary.rows)} rows of SLI data` : ''}.
            It cannot be undone.
          </p>
          <FormActions
            cancel={{ label: 'Keep SLO', onCancel: () => setConfirmDelete(false), autoFocus: true }}
            tone="danger"
            label="Delete SLO"
            onAction={() =>
              void deleteSlo(db, slo.id).then(
                () => {
                  select(null);
                  showInfo(`Deleted the SLO “${slo.name}”.`);
                },
                (error: unknown) => showError(errorText(error)),
              )
            }
          />
        </Dialog>
      )}
    </article>
  );
}
