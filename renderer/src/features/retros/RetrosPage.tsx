import { useFormSubmit } from '../../ui/useFormSubmit';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tabs } from '../../ui/Tabs';
import { useId, useState } from 'react';
import type { RetroTemplateId } from '../../../../shared/domain/retro';
import type { Workbook } from '../../../../shared/domain/workbook';
import { RETRO_TEMPLATE_LIST, retroTemplate } from '../../../../shared/retro/templates';
import { useDatabase } from '../../db/DatabaseContext';
import { readIncidentRevenues } from '../../db/accountRepository';
import { formatRevenue } from '../../../../shared/customer/revenueAtRisk';
import { createRetro, listRetros } from '../../db/retroRepository';
import { formatLocal } from '../../ui/localTime';
import { TextField } from '../../ui/TextField';
import { ActionOverview } from './ActionOverview';
import { RetroDetail } from './RetroDetail';
import { useRetroUi } from './retroStore';
import { UndoBar } from './UndoBar';
import { useDraft } from '../editing/useDraft';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { RETRO_TITLE_FIELD_ID } from './retroFieldIds';
import './retros.css';

function NewRetroForm({ workbookId }: { workbookId: string }) {
  const db = useDatabase();
  const { selectRetro, setSection } = useRetroUi();
  const id = useId();
  const [title, setTitle, clearTitle] = useDraft(`retro:${workbookId}`, '');
  const [template, setTemplate] = useState<RetroTemplateId>('blameless');
  const { error, onSubmit: submit } = useFormSubmit(async () => {
    if (title.trim() === '')
      return 'Give the retrospective a title, e.g. “Checkout errors, 12 Nov”.';
    const retro = await createRetro(db, workbookId, { title, template });
    clearTitle();
    setSection('incident');
    selectRetro(retro.id);
    // The form goes away with the button that had the focus: land on the new one's title.
    focusWhenShown(RETRO_TITLE_FIELD_ID);
  });
  return (
    <form onSubmit={submit} aria-label="New retrospective" noValidate>
      <h3>Start a retrospective</h3>
      <div className="field-row">
        <TextField
          label="Incident title"
          value={title}
          onValue={setTitle}
          error={error ?? undefined}
        />
        <div className="field">
          <label htmlFor={`${id}-template`}>Template</label>
          <select
            id={`${id}-template`}
            value={template}
            onChange={(e) => setTemplate(e.target.value as RetroTemplateId)}
          >
            {RETRO_TEMPLATE_LIST.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-hint">{retroTemplate(template).description}</p>
      <button type="submit" className="primary">
        Create retrospective
      </button>
    </form>
  );
}

export function RetrosPage({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const retros = useLiveQuery(() => listRetros(db, workbook.id), [db, workbook.id]);
  const { tab, setTab, selectedRetroId, selectRetro } = useRetroUi();
  const revenues = useLiveQuery(
    () => (retros ? readIncidentRevenues(db, retros) : undefined),
    [db, retros],
  );
  if (!retros) return <p>Opening the retrospectives…</p>;
  const selected = retros.find((r) => r.id === selectedRetroId);
  return (
    <section aria-label="Retrospectives">
      <Tabs
        label="Retrospectives and action items"
        tabs={[
          { id: 'retros', label: 'Retrospectives' },
          { id: 'actions', label: 'Open action items' },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      <UndoBar />
      {tab === 'actions' ? (
        <ActionOverview workbookId={workbook.id} retros={retros} />
      ) : selected ? (
        <RetroDetail key={selected.id} retro={selected} />
      ) : (
        <>
          <h2>Retrospectives</h2>
          {retros.length === 0 ? (
            <div className="empty-state">
              <p className="purpose">
                Blameless reviews of incidents: what happened and how, seen from the seat of the
                people who were there, with several contributing factors rather than one root cause,
                and action items that each have an owner and a due date.
              </p>
              <p>
                No retrospectives are in this workbook yet. Begin after an incident: record when it
                started, was detected and was resolved, then gather each participant’s narrative
                before the group meets.
              </p>
            </div>
          ) : (
            <ul className="journey-list" aria-label="Retrospectives in this workbook">
              {retros.map((retro) => (
                <li key={retro.id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => selectRetro(retro.id)}
                  >
                    {retro.title}
                  </button>{' '}
                  <span className="field-hint">
                    {retro.severity}
                    {retro.startedAt ? ` · ${formatLocal(Date.parse(retro.startedAt))}` : ''}
                    {revenues?.get(retro.id)?.sums.length
                      ? ` · touched ${formatRevenue(revenues.get(retro.id)!)} ARR`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <NewRetroForm workbookId={workbook.id} />
        </>
      )}
    </section>
  );
}
