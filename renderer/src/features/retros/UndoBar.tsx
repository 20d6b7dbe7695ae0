import { useDatabase } from '../../db/DatabaseContext';
import { restoreEvent, restoreOwned, restoreRetro } from '../../db/retroRepository';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { removeAddedEvents } from '../../db/addedEventsUndo';
import { useRetroUi, type RetroUndoable } from './retroStore';
import { UndoNotice } from '../../ui/UndoNotice';
import { focusWhenShown } from '../../ui/focusWhenShown';
import { recordRowId } from '../../ui/recordRowId';

function describe(deleted: NonNullable<RetroUndoable>): string {
  switch (deleted.kind) {
    case 'retro':
      return `Deleted the retrospective “${deleted.deleted.retro.title}”.`;
    case 'event':
      return `Deleted the event “${deleted.deleted.event.what.slice(0, 60)}”.`;
    case 'account':
      return `Deleted the narrative of ${deleted.deleted.role}.`;
    case 'factor':
      return `Deleted the contributing factor “${deleted.deleted.description.slice(0, 60)}”.`;
    case 'action':
      return `Deleted the action item “${deleted.deleted.description.slice(0, 60)}”.`;
    case 'added events':
      return `Added ${deleted.ids.length} ${deleted.ids.length === 1 ? 'event' : 'events'} from the chat log.`;
  }
}

function restoredId(deleted: NonNullable<RetroUndoable>): string {
  switch (deleted.kind) {
    case 'retro':
      return deleted.deleted.retro.id;
    case 'event':
      return deleted.deleted.event.id;
    case 'added events':
      return '';
    default:
      return deleted.deleted.id;
  }
}

/** One notice per undoable: a new one mounts afresh, so it takes the focus its delete left. */
const noticeKeys = new WeakMap<object, number>();
let lastKey = 0;
function noticeKey(item: object): number {
  let key = noticeKeys.get(item);
  if (key === undefined) noticeKeys.set(item, (key = ++lastKey));
  return key;
}

/** The last delete in the Retrospectives area, with a button that puts it back. */
export function UndoBar() {
  const db = useDatabase();
  const { lastDeleted, setLastDeleted, selectRetro } = useRetroUi();
  if (!lastDeleted) return null;
  async function undo() {
    const item = lastDeleted!;
    try {
      if (item.kind === 'added events') {
        const count = await removeAddedEvents(db, item.ids);
        showInfo(`Took back ${count} ${count === 1 ? 'event' : 'events'} added from the chat log.`);
      } else if (item.kind === 'retro') {
        await restoreRetro(db, item.deleted);
        selectRetro(item.deleted.retro.id);
      } else {
        if (item.kind === 'event') await restoreEvent(db, item.deleted);
        else if (item.kind === 'account')
          await restoreOwned(db, db.participantAccounts, item.deleted);
        else if (item.kind === 'factor')
          await restoreOwned(db, db.contributingFactors, item.deleted);
        else await restoreOwned(db, db.actionItems, item.deleted);
        // Undo goes away with its notice: the row brought back takes the focus instead.
        focusWhenShown(recordRowId(restoredId(item)));
      }
      setLastDeleted(null);
    } catch (error) {
      showError(`Could not undo: ${errorText(error)}`);
    }
  }
  return (
    <UndoNotice key={noticeKey(lastDeleted)} onUndo={() => void undo()}>
      {describe(lastDeleted)}
    </UndoNotice>
  );
}
