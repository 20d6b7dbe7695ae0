import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ActionItem, Retro } from '../../../../shared/domain/retro';
import { actionOverview, localDay } from '../../../../shared/retro/actionOverview';
import { useDatabase } from '../../db/DatabaseContext';
import { listActionItems } from '../../db/retroRepository';
import { protectedRecords, useProtectableNames } from './protectedRecords';
import { useRetroUi } from './retroStore';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { recordRowId } from '../../ui/recordRowId';

function ItemTable({
  label,
  items,
  retros,
  names,
}: {
  label: string;
  items: ActionItem[];
  retros: Retro[];
  names: Map<string, string> | undefined;
}) {
  const { selectRetro, setSection, setTab } = useRetroUi();
  const title = (id: string) => retros.find((r) => r.id === id)?.title ?? '(deleted)';
  if (items.length === 0) return null;
  return (
    <table className="plain-table action-table" aria-label={label}>
      <caption>{label}</caption>
      {/* Fixed widths: the action's words get the room, and the table never outgrows the window. */}
      <colgroup>
        <col className="col-due" />
        <col className="col-action" />
        <col span={3} className="col-short" />
        <col span={2} className="col-link" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Due</th>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
          <th scope="col">Kind</th>
          <th scope="col">Status</th>
          <th scope="col">Protects</th>
          <th scope="col">Retrospective</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td className="nowrap">{item.dueDate}</td>
            <td>{item.description}</td>
            <td>{item.owner}</td>
            <td>{item.kind}</td>
            <td>{item.status}</td>
            <td>{(names && protectedRecords(item, names)) ?? '—'}</td>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  selectRetro(item.retroId);
                  setSection('actions');
                  setTab('retros');
                  // Straight to the item itself among the retrospective's action items.
                  focusWhenShown(recordRowId(item.id));
                }}
              >
                {title(item.retroId)}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Open and overdue action items of every retrospective in the workbook. */
export function ActionOverview({ workbookId, retros }: { workbookId: string; retros: Retro[] }) {
  const db = useDatabase();
  const now = useMinuteClock();
  const items = useLiveQuery(() => listActionItems(db, workbookId), [db, workbookId]);
  const names = useProtectableNames(workbookId);
  const [owner, setOwner] = useState('');
  if (!items) return <p>Opening the action items…</p>;
  const all = actionOverview(items, localDay(now));
  // Owners as typed, grouped without regard to case or spaces: "Payments team" is "payments team".
  const ownerKey = (text: string) => text.trim().toLowerCase();
  const owners = [
    ...new Map(
      [...all.overdue, ...all.open]
        .filter((item) => item.owner.trim() !== '')
        .map((item) => [ownerKey(item.owner), item.owner.trim()]),
    ).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1]));
  // An owner whose items are all done since is no longer offered: everyone's are shown again.
  const chosen = owners.some(([key]) => key === owner) ? owner : '';
  const mine = (list: ActionItem[]) =>
    chosen === '' ? list : list.filter((item) => ownerKey(item.owner) === chosen);
  const open = mine(all.open);
  const overdue = mine(all.overdue);
  return (
    <section aria-label="Action items overview">
      <h2>Action items across retrospectives</h2>
      {open.length === 0 && overdue.length === 0 ? (
        <p>
          No open action items. Action items are added inside a retrospective, each with an owning
          team or role and a due date.
        </p>
      ) : (
        <>
          {owners.length > 1 && (
            <div className="field">
              <label htmlFor="action-owner">Owned by</label>
              <select id="action-owner" value={chosen} onChange={(e) => setOwner(e.target.value)}>
                <option value="">every team and role</option>
                {owners.map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
          <p>
            {overdue.length} overdue, {open.length} open and on time
            {chosen ? `, owned by ${owners.find(([key]) => key === chosen)?.[1]}` : ''}.
          </p>
          <ItemTable label="Overdue" items={overdue} retros={retros} names={names} />
          <ItemTable label="Open" items={open} retros={retros} names={names} />
        </>
      )}
    </section>
  );
}
