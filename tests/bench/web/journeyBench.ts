// Runs in Chromium (scripts/bench.mjs drives it): the journeys at the scale the issue names, in
// real IndexedDB, timing the app's reads beside the same records read straight from IndexedDB.
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../../../shared/domain/workbookFile';
import { rankSteps } from '../../../shared/journey/priority';
import { listJourneys } from '../../../renderer/src/db/journeyRepository';
import { readJourneyHealth, readJourneyView } from '../../../renderer/src/db/journeyView';
import { openDatabase } from '../../../renderer/src/db/openDatabase';
import { importWorkbookContents } from '../../../renderer/src/db/workbookRepository';
import { makeReport } from '../../../renderer/src/db/makeReport';
import { runDatabaseJob } from '../../../renderer/src/workers/databaseJobs';
import { runDatabaseJobOffThread } from '../../../renderer/src/workers/runDatabaseJobOffThread';
import { buildScaleWorkbook } from '../../fixtures/scaleWorkbook';
import { accountStory } from '../../../shared/customer/accountStory';
import { readAccountRecords } from '../../../renderer/src/db/accountRepository';
import { longTimelineWorkbook } from '../../fixtures/longTimelineWorkbook';
import { bigPaste } from '../../fixtures/bigChatPaste';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openRaw(): Promise<IDBDatabase> {
  return request(indexedDB.open('slo-workbook'));
}

/** The records the map shows, read with IndexedDB's own API and nothing else. */
async function rawMapRead(
  raw: IDBDatabase,
  journeyId: string,
  workbookId: string,
  stepIds: string[],
) {
  const tx = raw.transaction(
    ['journeySteps', 'painPoints', 'accounts', 'slos', 'retros'],
    'readonly',
  );
  const [steps, pains, accounts, slos, ...retros] = await Promise.all([
    request(tx.objectStore('journeySteps').index('journeyId').getAll(journeyId)),
    request(tx.objectStore('painPoints').index('journeyId').getAll(journeyId)),
    request(tx.objectStore('accounts').index('workbookId').getAll(workbookId)),
    request(tx.objectStore('slos').index('workbookId').getAll(workbookId)),
    ...stepIds.map((id) => request(tx.objectStore('retros').index('stepIds').getAll(id))),
  ]);
  return steps.length + pains.length + accounts.length + slos.length + retros.length;
}

async function rawHealthRead(raw: IDBDatabase, journeyId: string) {
  const tx = raw.transaction(['journeySteps', 'painPoints'], 'readonly');
  const [steps, pains] = await Promise.all([
    request(tx.objectStore('journeySteps').index('journeyId').getAll(journeyId)),
    request(tx.objectStore('painPoints').index('journeyId').getAll(journeyId)),
  ]);
  return steps.length + pains.length;
}

async function time<T>(run: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Times the work and the longest the window's thread went without a turn of its event loop,
 * sampled by a 10 ms timer: what a person typing or scrolling would feel.
 */
async function timeWithStalls<T>(
  run: () => Promise<T>,
): Promise<{ value: T; ms: number; longestStallMs: number }> {
  // The bench's own garbage (a generated 200,000-record workbook) is collected before, not
  // charged to the work measured (Chromium runs with --expose-gc here).
  (globalThis as { gc?: () => void }).gc?.();
  let last = performance.now();
  let longestStallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestStallMs = Math.max(longestStallMs, now - last);
    last = now;
  }, 10);
  const start = performance.now();
  const value = await run();
  const ms = performance.now() - start;
  clearInterval(timer);
  longestStallMs = Math.max(longestStallMs, performance.now() - last);
  return { value, ms, longestStallMs };
}

async function runJourneyBench() {
  const status = document.getElementById('status')!;
  const out: Record<string, number> = {};
  indexedDB.deleteDatabase('slo-workbook');
  const contents = buildScaleWorkbook();
  out['painPoints'] = contents.painPoints.length;

  status.textContent = 'Writing the workbook file…';
  // Read back as a file is read: the app receives one flat string, not the pieces a serializer
  // joined, whose first use would charge flattening them to whatever touches the text first.
  const text = await new Blob([
    serializeWorkbookFile(buildWorkbookFile(contents, 'bench', '2026-01-01T00:00:00.000Z')),
  ]).text();
  out['fileMegabytes'] = text.length / 1e6;
  status.textContent = 'Reading and checking it…';
  const db = await openDatabase();
  // As the app checks it (in a worker) beside the same check in the window's own thread.
  const checkInWorker = await timeWithStalls(
    () => runDatabaseJobOffThread(db, { type: 'check-file', text }).result,
  );
  const checkInWindow = await timeWithStalls(async () => parseWorkbookFile(text));
  const parsed = checkInWindow.value;
  if (!parsed.ok || !checkInWorker.value.ok) {
    throw new Error('the bench workbook file does not validate');
  }
  out['validateMs'] = checkInWindow.ms;
  out['validateWindowStallMs'] = checkInWindow.longestStallMs;
  out['validateWorkerMs'] = checkInWorker.ms;
  out['validateWorkerStallMs'] = checkInWorker.longestStallMs;
  status.textContent = 'Importing…';
  const file = parsed.value;
  const importInWindow = await timeWithStalls(() =>
    importWorkbookContents(db, workbookFileContents(file)),
  );
  out['importMs'] = importInWindow.ms;
  out['importWindowStallMs'] = importInWindow.longestStallMs;
  // As the app imports it: the worker checks the text again and writes, into a database of its
  // own so the one measured below holds the workbook once.
  const workerDb = await openDatabase({ name: 'slo-workbook-bench-worker' });
  const importInWorker = await timeWithStalls(
    () => runDatabaseJobOffThread(workerDb, { type: 'import-file', text }).result,
  );
  out['importWorkerMs'] = importInWorker.ms;
  out['importWorkerStallMs'] = importInWorker.longestStallMs;
  workerDb.close();
  indexedDB.deleteDatabase('slo-workbook-bench-worker');

  // Reference for the import: the same records put straight into IndexedDB, one transaction,
  // into a database with the same stores and indexes.
  const refDb = await openDatabase({ name: 'slo-workbook-bench-ref' });
  refDb.close();
  const ref = await request(indexedDB.open('slo-workbook-bench-ref'));
  out['importRawMs'] = await time(async () => {
    const tables = ['workbooks', 'accounts', 'journeys', 'journeySteps', 'painPoints'] as const;
    const tx = ref.transaction([...tables], 'readwrite', { durability: 'strict' });
    const done = new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    tx.objectStore('workbooks').put(contents.workbook);
    for (const a of contents.accounts) tx.objectStore('accounts').put(a);
    for (const j of contents.journeys) tx.objectStore('journeys').put(j);
    for (const st of contents.journeySteps) tx.objectStore('journeySteps').put(st);
    for (const p of contents.painPoints) tx.objectStore('painPoints').put(p);
    await done;
  });
  ref.close();
  indexedDB.deleteDatabase('slo-workbook-bench-ref');

  const journeys = await listJourneys(db, contents.workbook.id);
  const raw = await openRaw();
  status.textContent = 'Opening maps…';
  const appMs: number[] = [];
  const rawMs: number[] = [];
  // Alternate app and raw reads over 15 journeys, after one warm-up of each.
  const sample = journeys.filter((_, i) => i % 13 === 0).slice(0, 16);
  for (const [i, journey] of sample.entries()) {
    const stepIds = contents.journeySteps
      .filter((s) => s.journeyId === journey.id)
      .map((s) => s.id);
    const app = await time(async () => {
      const view = await readJourneyView(db, journey);
      rankSteps(view.steps, view.painPoints);
    });
    const direct = await time(() => rawMapRead(raw, journey.id, journey.workbookId, stepIds));
    if (i > 0) {
      appMs.push(app);
      rawMs.push(direct);
    }
  }
  out['mapOpenMs'] = median(appMs);
  out['mapRawMs'] = median(rawMs);

  status.textContent = 'Opening the journey list…';
  const firstScreen = journeys.slice(0, 20);
  const listApp: number[] = [];
  const listRaw: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    listApp.push(
      await time(async () => {
        const all = await listJourneys(db, contents.workbook.id);
        await Promise.all(all.slice(0, 20).map((j) => readJourneyHealth(db, j, Date.now())));
      }),
    );
    listRaw.push(
      await time(async () => {
        const tx = raw.transaction(['journeys'], 'readonly');
        await request(tx.objectStore('journeys').index('workbookId').getAll(contents.workbook.id));
        await Promise.all(firstScreen.map((j) => rawHealthRead(raw, j.id)));
      }),
    );
  }
  out['listFirstScreenMs'] = median(listApp.slice(1));
  out['listRawMs'] = median(listRaw.slice(1));
  raw.close();

  // The whole-workbook report, as the Reports area makes it (in a worker) beside the same read
  // and render in the window's own thread, with the longest stall of the window's thread in each.
  status.textContent = 'Making the whole-workbook report…';
  const reportRequest = {
    workbookId: contents.workbook.id,
    kind: 'workbook' as const,
    subjectId: null,
    timeZone: 'UTC',
    generatedAt: new Date().toISOString(),
  };
  const inWorker = await timeWithStalls(
    () => runDatabaseJobOffThread(db, { type: 'report', request: reportRequest }).result,
  );
  const inWindow = await timeWithStalls(() => makeReport(db, reportRequest));
  if (inWorker.value.status !== 'made' || inWindow.value.status !== 'made') {
    throw new Error('the bench workbook report could not be made');
  }
  // One journey's report reads that journey's records only, so it costs about a map's opening.
  const journeyReportMs: number[] = [];
  for (const journey of sample.slice(0, 6)) {
    journeyReportMs.push(
      await time(() =>
        makeReport(db, { ...reportRequest, kind: 'journey', subjectId: journey.id }),
      ),
    );
  }
  out['reportJourneyMs'] = median(journeyReportMs.slice(1));
  const exportJob = {
    type: 'export' as const,
    workbookId: contents.workbook.id,
    appVersion: 'bench',
    exportedAt: '2026-01-01T00:00:00.000Z',
  };
  const exportInWorker = await timeWithStalls(() => runDatabaseJobOffThread(db, exportJob).result);
  const exportInWindow = await timeWithStalls(() => runDatabaseJob(db, exportJob));
  out['exportWorkerMs'] = exportInWorker.ms;
  out['exportWorkerStallMs'] = exportInWorker.longestStallMs;
  out['exportWindowMs'] = exportInWindow.ms;
  out['exportWindowStallMs'] = exportInWindow.longestStallMs;
  out['reportMegabytes'] = inWorker.value.report.markdown.length / 1e6;
  out['reportWorkerMs'] = inWorker.ms;
  out['reportWorkerStallMs'] = inWorker.longestStallMs;
  out['reportWindowMs'] = inWindow.ms;
  out['reportWindowStallMs'] = inWindow.longestStallMs;
  db.close();
  status.textContent = 'Done.';
  return out;
}

/**
 * Only puts a 200-journey workbook in IndexedDB, for the app's own bench (`--only app`): 20 steps
 * each, 10 pain points a step (a step shows 8 before "Show all", as at full scale), so importing
 * it takes seconds, not the minutes 200,000 pain points take.
 */
async function loadScaleWorkbook(): Promise<number> {
  await new Promise((resolve) => {
    const deleting = indexedDB.deleteDatabase('slo-workbook');
    deleting.onsuccess = deleting.onerror = deleting.onblocked = resolve;
  });
  const contents = buildScaleWorkbook(200, 20, 10);
  const db = await openDatabase();
  await importWorkbookContents(db, contents);
  db.close();
  return contents.painPoints.length;
}

/**
 * An account's page at the scale the customer-impact issue names: 5,000 accounts and 200,000
 * pain points (each naming two accounts, ~80 per account). The app's read (its indexes, one
 * snapshot, then the page's story) beside the same records read with IndexedDB's own API.
 */
async function runAccountBench(): Promise<{
  accounts: number;
  painPoints: number;
  perAccount: number;
  pageMs: number;
  rawMs: number;
}> {
  await new Promise((resolve) => {
    const deleting = indexedDB.deleteDatabase('slo-workbook');
    deleting.onsuccess = deleting.onerror = deleting.onblocked = resolve;
  });
  const contents = buildScaleWorkbook(200, 20, 50, 5000);
  const db = await openDatabase();
  // Written straight in (the import's checks are the journeys bench's business): this bench
  // times reading an account, not importing.
  await db.transaction(
    'rw',
    [db.workbooks, db.accounts, db.journeys, db.journeySteps, db.painPoints],
    async () => {
      await db.workbooks.put(contents.workbook);
      await db.accounts.bulkPut(contents.accounts);
      await db.journeys.bulkPut(contents.journeys);
      await db.journeySteps.bulkPut(contents.journeySteps);
      await db.painPoints.bulkPut(contents.painPoints);
    },
  );
  const raw = await openRaw();
  const picks = Array.from(
    { length: 15 },
    (_, i) => contents.accounts[(i * 331) % contents.accounts.length]!.id,
  );
  const rawRead = async (accountId: string) => {
    const tx = raw.transaction(
      ['accounts', 'painPoints', 'journeySteps', 'journeys', 'retros', 'slos', 'actionItems'],
      'readonly',
    );
    const store = (name: string) => tx.objectStore(name);
    const [account, pains, named] = await Promise.all([
      request(store('accounts').get(accountId)),
      request(store('painPoints').index('accountIds').getAll(accountId)),
      request(store('retros').index('accountIds').getAll(accountId)),
    ]);
    const list = pains as { stepId: string; journeyId: string }[];
    const stepIds = [...new Set(list.map((p) => p.stepId))];
    const journeyIds = [...new Set(list.map((p) => p.journeyId))];
    const found = await Promise.all([
      ...stepIds.map((id) => request(store('journeySteps').get(id))),
      ...journeyIds.map((id) => request(store('journeys').get(id))),
      ...stepIds.map((id) => request(store('slos').index('stepId').getAll(id))),
      request(
        store('actionItems')
          .index('workbookId')
          .getAll((account as { workbookId: string }).workbookId),
      ),
    ]);
    return list.length + (named as unknown[]).length + found.length;
  };
  const pageRead = async (accountId: string) => {
    const records = await readAccountRecords(db, accountId);
    return accountStory(accountId, records!)!.quotes.length;
  };
  // Warm both paths once, then alternate them so neither gets a warmer cache.
  await rawRead(picks[0]!);
  await pageRead(picks[0]!);
  const pageTimes: number[] = [];
  const rawTimes: number[] = [];
  let perAccount = 0;
  for (const id of picks) {
    rawTimes.push(await time(() => rawRead(id)));
    pageTimes.push(await time(async () => (perAccount = await pageRead(id))));
  }
  raw.close();
  db.close();
  return {
    accounts: contents.accounts.length,
    painPoints: contents.painPoints.length,
    perAccount,
    pageMs: median(pageTimes),
    rawMs: median(rawTimes),
  };
}

// Inputs for the window-stall bench (scripts/benchWindowStalls.mjs), which hands them to the app.
const windowStallInputs = () => ({
  longTimeline: longTimelineWorkbook(Date.UTC(2026, 11, 1, 12)),
  chatPaste: bigPaste(),
});
Object.assign(window, { runJourneyBench, loadScaleWorkbook, runAccountBench, windowStallInputs });
document.getElementById('status')!.textContent = 'Ready.';
