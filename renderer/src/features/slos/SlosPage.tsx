import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ComponentProps } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import type { Workbook } from '../../../../shared/domain/workbook';
import { useDatabase } from '../../db/DatabaseContext';
import { listStepOptions } from '../../db/journeyRepository';
import { createSlo, listSlos, updateSlo } from '../../db/sloRepository';
import { EmptyState } from '../../ui/EmptyState';
import { showInfo } from '../../ui/noticeStore';
import { SloExportDialog } from './SloExportDialog';
import { SloFilesImportDialog } from './SloFilesImportDialog';
import { SloDetail } from './SloDetail';
import { SloEditor } from './SloEditor';
import { emptySloForm, sloToForm } from './sloForm';
import { SloList } from './SloList';
import { useSloUi } from './sloStore';
import './slos.css';

/** Editing one SLO: what is saved is written over the SLO as the editor opened it. */
function EditSlo({
  slo,
  stepOptions,
  onDone,
}: {
  slo: Slo;
  stepOptions: ComponentProps<typeof SloEditor>['stepOptions'];
  onDone: () => void;
}) {
  const db = useDatabase();
  const [base] = useState(slo);
  return (
    <SloEditor
      stepOptions={stepOptions}
      title={`Edit “${slo.name}”`}
      initial={sloToForm(base)}
      onCancel={onDone}
      onSave={async (draft) => {
        await updateSlo(db, slo.id, draft, base);
        onDone();
        showInfo(`Saved the SLO “${draft.name}”.`);
      }}
    />
  );
}

export function SlosPage({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const slos = useLiveQuery(() => listSlos(db, workbook.id), [db, workbook.id]);
  const stepOptions = useLiveQuery(() => listStepOptions(db, workbook.id), [db, workbook.id]);
  const { selectedSloId, editor, select, openEditor, openSloImport, showOpenSloImport } =
    useSloUi();
  const [exportAll, setExportAll] = useState(false);
  const importDialog = openSloImport && (
    <SloFilesImportDialog workbookId={workbook.id} onClose={() => showOpenSloImport(false)} />
  );

  if (!slos || !stepOptions) return <p>Opening the SLOs…</p>;

  if (editor?.mode === 'new') {
    return (
      <SloEditor
        title="New SLO"
        stepOptions={stepOptions}
        initial={emptySloForm(editor.prefill)}
        onCancel={() => openEditor(null)}
        onSave={async (draft) => {
          const slo = await createSlo(db, workbook.id, draft);
          select(slo.id);
          showInfo(`Saved the SLO “${slo.name}”.`);
        }}
      />
    );
  }

  const editing = editor?.mode === 'edit' ? slos.find((s) => s.id === editor.sloId) : undefined;
  if (editing) {
    return (
      <EditSlo
        key={editing.id}
        slo={editing}
        stepOptions={stepOptions}
        onDone={() => openEditor(null)}
      />
    );
  }

  const selected = slos.find((s) => s.id === selectedSloId);
  if (selected) return <SloDetail slo={selected} />;

  const newButton = (
    <div className="toolbar">
      <button type="button" className="primary" onClick={() => openEditor({ mode: 'new' })}>
        New SLO
      </button>
      <button type="button" onClick={() => showOpenSloImport(true)}>
        Import SLO files
      </button>
      {slos && slos.length > 0 && (
        <button type="button" onClick={() => setExportAll(true)}>
          Export all SLOs…
        </button>
      )}
    </div>
  );

  if (slos.length === 0) {
    return (
      <EmptyState
        title="SLOs"
        purpose="Service level objectives say how well a journey step must work, for example 99.9% of checkouts succeed over 30 days. The error budget is the failure that target still allows, and how fast it burns tells the team when reliability work comes first."
      >
        <p>No SLOs are drafted in this workbook yet.</p>
        <p>
          Begin from a painful journey step: decide what “it works” means for the customer there,
          pick a target and a window, and see how much downtime that allows.
        </p>
        {newButton}
        {importDialog}
      </EmptyState>
    );
  }

  return (
    <section aria-label="SLOs">
      <div className="section-header">
        <h2>SLOs</h2>
        {newButton}
      </div>
      <SloList slos={slos} />
      {importDialog}
      {exportAll && (
        <SloExportDialog slos={slos} title={workbook.name} onClose={() => setExportAll(false)} />
      )}
    </section>
  );
}
