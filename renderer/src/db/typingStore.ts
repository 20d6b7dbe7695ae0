import Dexie from 'dexie';
import { DB_NAME } from './database';

/**
 * Where typed text waits on its way to the workbook: half-typed forms (drafts) and edits not yet
 * known to be stored (the journal). Each value goes two ways at once, because each covers what
 * the other cannot:
 * - IndexedDB with strict durability, once per frame: a commit reaches the disk before it is
 *   reported, so a killed process (SIGKILL, power loss) loses at most the last frame or two.
 *   (localStorage alone is written to disk lazily: a kill within ~300 ms of the last key lost it.)
 * - localStorage, at once, as a write-ahead copy: a window closed or reloaded mid-frame aborts
 *   the IndexedDB commit under way, but the browser keeps localStorage writes it was given.
 * At the next start the newer of the two wins, key by key, and the copy is folded into IndexedDB.
 * A database of its own, so typing is kept even while the workbook's database is refused, being
 * upgraded or closed by another window.
 */
export const TYPING_DB_NAME = `${DB_NAME}-typing`;

interface Row {
  key: string;
  value: unknown;
  /** When it was typed: of two copies, the later wins. */
  t?: number;
}

const AHEAD_PREFIX = 'slo-workbook:typing-ahead:';
const aheadKey = (table: TypingTable, key: string) => `${AHEAD_PREFIX}${table}:${key}`;

/** The write-ahead copies in localStorage: a value, or `deleted` for a value removed. */
function readAhead(): { table: TypingTable; key: string; t: number; value?: unknown }[] {
  const rows: { table: TypingTable; key: string; t: number; value?: unknown }[] = [];
  try {
    const storage = globalThis.localStorage;
    for (let i = 0; storage && i < storage.length; i += 1) {
      const name = storage.key(i);
      if (!name?.startsWith(AHEAD_PREFIX)) continue;
      const rest = name.slice(AHEAD_PREFIX.length);
      const table = rest.startsWith('drafts:')
        ? 'drafts'
        : rest.startsWith('journal:')
          ? 'journal'
          : null;
      if (!table) continue;
      const parsed = JSON.parse(storage.getItem(name) ?? 'null') as {
        t?: number;
        v?: unknown;
        d?: 1;
      } | null;
      if (!parsed || typeof parsed.t !== 'number') continue;
      rows.push({
        table,
        key: rest.slice(table.length + 1),
        t: parsed.t,
        ...(parsed.d ? {} : { value: parsed.v }),
      });
    }
  } catch {
    // no localStorage (or a damaged copy): IndexedDB holds what there is
  }
  return rows;
}

function writeAhead(table: TypingTable, key: string, value: unknown, t: number): void {
  try {
    globalThis.localStorage?.setItem(
      aheadKey(table, key),
      JSON.stringify(value === undefined ? { t, d: 1 } : { t, v: value }),
    );
  } catch {
    // full or unavailable: IndexedDB still gets it within a frame
  }
}

function clearAhead(): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    const names: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const name = storage.key(i);
      if (name?.startsWith(AHEAD_PREFIX)) names.push(name);
    }
    for (const name of names) storage.removeItem(name);
  } catch {
    // nothing to clear
  }
}

class TypingDatabase extends Dexie {
  drafts!: Dexie.Table<Row, string>;
  journal!: Dexie.Table<Row, string>;
  constructor(indexedDB?: IDBFactory) {
    super(TYPING_DB_NAME, {
      chromeTransactionDurability: 'strict',
      ...(indexedDB ? { indexedDB, IDBKeyRange } : {}),
    });
    this.version(1).stores({ drafts: 'key', journal: 'key' });
  }
}

export type TypingTable = 'drafts' | 'journal';

let store: TypingDatabase | null = null;
/** What is on disk, or on its way there: read synchronously by forms as they mount. */
const mirror: Record<TypingTable, Map<string, unknown>> = { drafts: new Map(), journal: new Map() };
/** Writes waiting for the next frame; `undefined` deletes. */
let pending = new Map<string, { table: TypingTable; key: string; value: unknown; t: number }>();
let scheduled = false;
let writing: Promise<void> = Promise.resolve();

/** Opens the store and reads what it holds; typing stays in memory only where it cannot open. */
export async function openTypingStore(indexedDB?: IDBFactory): Promise<void> {
  store?.close();
  store = new TypingDatabase(indexedDB);
  mirror.drafts.clear();
  mirror.journal.clear();
  pending = new Map();
  // Whatever waits for its frame goes now: a closing window has no next frame.
  globalThis.addEventListener?.('pagehide', () => void flushTyping());
  const times = new Map<string, number>();
  try {
    const [drafts, journal] = await Promise.all([store.drafts.toArray(), store.journal.toArray()]);
    for (const row of drafts) {
      mirror.drafts.set(row.key, row.value);
      times.set(`drafts\u0000${row.key}`, row.t ?? 0);
    }
    for (const row of journal) {
      mirror.journal.set(row.key, row.value);
      times.set(`journal\u0000${row.key}`, row.t ?? 0);
    }
  } catch {
    store = null; // no IndexedDB here: forms keep their typing in memory, as any form would
  }
  // Copies newer than what reached IndexedDB: the window went away before its commit did.
  for (const row of readAhead()) {
    if (row.t <= (times.get(`${row.table}\u0000${row.key}`) ?? -1)) continue;
    if (row.value === undefined) mirror[row.table].delete(row.key);
    else mirror[row.table].set(row.key, row.value);
    pending.set(`${row.table}\u0000${row.key}`, { ...row, value: row.value });
  }
  if (store) {
    await flushTyping();
    clearAhead();
  }
}

export function readTyping(table: TypingTable, key: string): unknown {
  return mirror[table].get(key);
}

export function typingKeys(table: TypingTable): string[] {
  return [...mirror[table].keys()];
}

/** Keeps (or with `undefined`, removes) a value; on disk within a frame. */
export function writeTyping(table: TypingTable, key: string, value: unknown): void {
  if (value === undefined) mirror[table].delete(key);
  else mirror[table].set(key, value);
  const t = Date.now();
  writeAhead(table, key, value, t);
  pending.set(`${table}\u0000${key}`, { table, key, value, t });
  if (scheduled) return;
  scheduled = true;
  // A frame when the window is shown; the timer when it is hidden (frames stop there).
  const run = () => void flushTyping();
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  setTimeout(run, 32);
}

/** Writes what waits, in one transaction; resolves once it is on disk. */
export function flushTyping(): Promise<void> {
  scheduled = false;
  if (pending.size === 0 || !store) return writing;
  const batch = [...pending.values()];
  pending = new Map();
  const target = store;
  writing = writing.then(async () => {
    try {
      await target.transaction('rw', target.drafts, target.journal, async () => {
        for (const { table, key, value, t } of batch) {
          if (value === undefined) await target[table].delete(key);
          else await target[table].put({ key, value, t });
        }
      });
    } catch {
      // Disk full or store closed: the values stay in memory (the mirror), so this window keeps
      // them; a later write of the same key tries again.
    }
  });
  return writing;
}

/** Closes the store (tests, and a window whose data was taken over). */
export async function closeTypingStore(): Promise<void> {
  await flushTyping();
  store?.close();
  store = null;
}
