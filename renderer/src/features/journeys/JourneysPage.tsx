import { useFormSubmit } from '../../ui/useFormSubmit';
import { useLiveQuery } from 'dexie-react-hooks';
import { Tabs } from '../../ui/Tabs';
import { useState } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import { useDatabase } from '../../db/DatabaseContext';
import { listJourneys, saveJourney } from '../../db/journeyRepository';
import { AccountsPanel } from '../customers/AccountsPanel';
import { AccountPage } from '../customers/AccountPage';
import { JourneyDetail } from './JourneyDetail';
import { JourneyListRow } from './JourneyListRow';
import { useDraft } from '../editing/useDraft';
import { VirtualList } from '../../ui/VirtualList';
import { useJourneyUi, type JourneyOrder } from './journeyStore';
import { useJourneyPain, useJourneyRevenue } from './useJourneyPain';
import { byPain } from '../../../../shared/journey/journeyPainScores';
import { JourneyFields } from './JourneyFields';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { NEW_STEP_ID } from './stepCardId';
import './journeys.css';

function NewJourneyForm({ workbookId }: { workbookId: string }) {
  const db = useDatabase();
  const selectJourney = useJourneyUi((s) => s.selectJourney);
  const [form, setForm, clearForm] = useDraft(`journey:${workbookId}`, {
    name: '',
    persona: '',
    goal: '',
  });
  const { error, onSubmit: submit } = useFormSubmit(async () => {
    if (form.name.trim() === '') return 'Give the journey a name, e.g. “Checkout”.';
    const journey = await saveJourney(db, workbookId, form);
    clearForm();
    selectJourney(journey.id);
    // The form goes away with the button that had the focus: land on the journey's first action.
    focusWhenShown(NEW_STEP_ID);
  });
  return (
    <form onSubmit={submit} aria-label="New journey" noValidate>
      <h3>Map a new journey</h3>
      <JourneyFields value={form} onChange={setForm} nameError={error} />
      <button type="submit" className="primary">
        Create journey
      </button>
    </form>
  );
}

export function JourneysPage({ workbook }: { workbook: Workbook }) {
  const db = useDatabase();
  const journeys = useLiveQuery(() => listJourneys(db, workbook.id), [db, workbook.id]);
  const { tab, setTab, selectedJourneyId, selectedAccountId, order, setOrder } = useJourneyUi();
  const [find, setFind] = useState('');
  const listed = tab === 'journeys' && !selectedJourneyId;
  const pain = useJourneyPain(workbook.id, listed && order === 'pain', journeys);
  const revenue = useJourneyRevenue(workbook.id, listed && order === 'revenue', journeys);
  if (!journeys) return <p>Opening the journeys…</p>;
  const needle = find.trim().toLowerCase();
  const found = needle
    ? journeys.filter((j) => `${j.name} ${j.persona}`.toLowerCase().includes(needle))
    : journeys;
  const shown =
    order === 'pain' && pain
      ? byPain(found, pain)
      : order === 'revenue' && revenue
        ? byPain(found, Object.fromEntries(Object.entries(revenue).map(([id, r]) => [id, r.value])))
        : found;
  const selected = journeys.find((j) => j.id === selectedJourneyId);

  return (
    <section aria-label="Journeys">
      <Tabs
        label="Journeys and accounts"
        tabs={[
          { id: 'journeys', label: 'Journeys' },
          { id: 'accounts', label: 'Customer accounts' },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      {tab === 'accounts' ? (
        selectedAccountId ? (
          <AccountPage key={selectedAccountId} accountId={selectedAccountId} />
        ) : (
          <AccountsPanel workbookId={workbook.id} />
        )
      ) : selected ? (
        <JourneyDetail key={selected.id} journey={selected} />
      ) : (
        <>
          <h2>Journeys</h2>
          {journeys.length === 0 ? (
            <div className="empty-state">
              <p className="purpose">
                The key journeys customers of {workbook.name} take (sign-up, checkout, the nightly
                export…), step by step, with the pain they tell you about on each step: their words,
                the accounts affected, how often and how bad.
              </p>
              <p>
                No journeys are mapped in this workbook yet. Begin with the journey your customers
                complain about most.
              </p>
            </div>
          ) : (
            <>
              <div className="field-row">
                {journeys.length > 12 && (
                  <div className="field">
                    <label htmlFor="journey-find">Find a journey</label>
                    <input
                      id="journey-find"
                      type="search"
                      value={find}
                      placeholder="name or persona"
                      onChange={(e) => setFind(e.target.value)}
                    />
                  </div>
                )}
                {journeys.length > 1 && (
                  <div className="field">
                    <label htmlFor="journey-order">Order</label>
                    <select
                      id="journey-order"
                      value={order}
                      onChange={(e) => setOrder(e.target.value as JourneyOrder)}
                    >
                      <option value="name">By name</option>
                      <option value="pain">Most customer impact first</option>
                      <option value="revenue">Most revenue at risk first</option>
                    </select>
                  </div>
                )}
              </div>
              {((order === 'pain' && !pain) || (order === 'revenue' && !revenue)) && (
                <p className="field-hint" role="status">
                  {order === 'pain'
                    ? 'Adding up the customer pain of every journey…'
                    : 'Adding up the revenue at risk on every journey…'}
                </p>
              )}
              {shown.length === 0 ? (
                <p>No journey matches “{find}”.</p>
              ) : (
                <VirtualList
                  items={shown}
                  rowHeight={40}
                  maxHeight={560}
                  label="Journeys in this workbook"
                  itemKey={(journey) => journey.id}
                  renderRow={(journey) => (
                    <JourneyListRow
                      journey={journey}
                      painScore={order === 'pain' && pain ? (pain[journey.id] ?? 0) : undefined}
                      revenue={
                        order === 'revenue' && revenue
                          ? (revenue[journey.id]?.text ?? 'none')
                          : undefined
                      }
                    />
                  )}
                />
              )}
            </>
          )}
          <NewJourneyForm workbookId={workbook.id} />
        </>
      )}
    </section>
  );
}
