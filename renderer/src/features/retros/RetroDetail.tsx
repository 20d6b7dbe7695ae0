import { FormActions } from '../../ui/FormActions';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tabs } from '../../ui/Tabs';
import { useState } from 'react';
import { ActiveSessionBar } from './ActiveSessionBar';
import type { Retro } from '../../../../shared/domain/retro';
import { retroTemplate } from '../../../../shared/retro/templates';
import { useDatabase } from '../../db/DatabaseContext';
import { deleteRetro, readRetroParts } from '../../db/retroRepository';
import { Dialog } from '../../ui/Dialog';
import { errorText, showError } from '../../ui/noticeStore';
import { ActionItemsPanel } from './ActionItemsPanel';
import { BusinessPanel } from './BusinessPanel';
import { FactorsPanel } from './FactorsPanel';
import { IncidentPanel } from './IncidentPanel';
import { ParticipantAccountsPanel } from './ParticipantAccountsPanel';
import { RetroProvider } from './RetroContext';
import { SessionsPanel } from './SessionsPanel';
import { TimelinePanel } from './TimelinePanel';
import { useRetroUi, type RetroSection } from './retroStore';

const SECTIONS: [RetroSection, string][] = [
  ['incident', 'Incident'],
  ['timeline', 'Timeline'],
  ['accounts', 'Narratives'],
  ['factors', 'Contributing factors'],
  ['business', 'Business questions'],
  ['actions', 'Action items'],
  ['sessions', 'Sessions'],
];

export function RetroDetail({ retro }: { retro: Retro }) {
  const db = useDatabase();
  const { section, setSection, selectRetro, setLastDeleted } = useRetroUi();
  const parts = useLiveQuery(() => readRetroParts(db, retro.id), [db, retro.id]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const counts: Partial<Record<RetroSection, number>> = parts
    ? {
        timeline: parts.events.length,
        accounts: parts.accounts.length,
        factors: parts.factors.length,
        actions: parts.actionItems.length,
        sessions: parts.sessions.length,
      }
    : {};

  async function remove() {
    try {
      const deleted = await deleteRetro(db, retro.id);
      setConfirmDelete(false);
      selectRetro(null);
      if (deleted) setLastDeleted({ kind: 'retro', deleted });
    } catch (error) {
      showError(errorText(error));
    }
  }

  return (
    <RetroProvider retro={retro}>
      <article aria-label={`Retrospective: ${retro.title}`}>
        <div className="section-header">
          <button type="button" className="link-button" onClick={() => selectRetro(null)}>
            ← All retrospectives
          </button>
          <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
            Delete retrospective…
          </button>
        </div>
        <h2>{retro.title}</h2>
        <p className="field-hint">
          {retroTemplate(retro.template).label} · {retro.severity}
        </p>
        <div className="retro-session-strip">
          <ActiveSessionBar workbookId={retro.workbookId} insideRetroId={retro.id} />
        </div>
        <Tabs
          label="Parts of the retrospective"
          tabs={SECTIONS.map(([key, label]) => ({
            id: key,
            label: counts[key] ? `${label} (${counts[key]})` : label,
          }))}
          selected={section}
          onSelect={setSection}
        />
        {!parts ? (
          <p>Opening the retrospective…</p>
        ) : section === 'incident' ? (
          <IncidentPanel />
        ) : section === 'timeline' ? (
          <TimelinePanel events={parts.events} accounts={parts.accounts} />
        ) : section === 'accounts' ? (
          <ParticipantAccountsPanel accounts={parts.accounts} events={parts.events} />
        ) : section === 'factors' ? (
          <FactorsPanel retroId={retro.id} factors={parts.factors} events={parts.events} />
        ) : section === 'business' ? (
          <BusinessPanel />
        ) : section === 'actions' ? (
          <ActionItemsPanel items={parts.actionItems} />
        ) : (
          <SessionsPanel
            sessions={parts.sessions}
            events={parts.events}
            accounts={parts.accounts}
            factors={parts.factors}
          />
        )}
        {confirmDelete && (
          <Dialog title={`Delete “${retro.title}”?`} onClose={() => setConfirmDelete(false)}>
            <p>
              This deletes the retrospective with its timeline, narratives, factors, action items
              and sessions. You can undo it right after.
            </p>
            <FormActions
              cancel={{ label: 'Keep it', onCancel: () => setConfirmDelete(false) }}
              tone="danger"
              onAction={() => void remove()}
              label="Delete retrospective"
            />
          </Dialog>
        )}
      </article>
    </RetroProvider>
  );
}
