import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseContext } from './db/DatabaseContext';
import { openDatabase } from './db/openDatabase';
import { replayTypingJournal } from './db/typingJournal';
import { requestPersistentStorage } from './db/storageStatus';
import { errorText, showError } from './ui/noticeStore';
import { openTypingStore } from './db/typingStore';
import { migrateLegacyDrafts } from './features/editing/useDraft';
import './theme/tokens.css';
import './theme/base.css';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { copyFailure } from './app/AreaFailure';
import { markFailed, startWindowGuard } from './app/startupGuard';
import { useUiStore } from './state/uiStore';
import { preloadArea } from './app/areaPages';
import { parseRoute } from './app/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error" role="alert">
      <h1>SLO Workbook could not open your data</h1>
      <p>{message}</p>
    </main>
  );
}

/** Anything that fails outside an area (the top bar, a dialog): the window is never left blank. */
function AppFailure({ error }: { error: Error }) {
  return (
    <main className="startup-error" role="alert">
      <h1>SLO Workbook hit a problem</h1>
      <p>
        <strong>{error.message || 'An unknown error.'}</strong>
      </p>
      <p>
        Nothing you saved is lost. Reload to carry on; the workbook that was open is not opened
        again by itself, so you can choose.
      </p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => location.reload()}>
          Reload
        </button>
        <button type="button" onClick={() => void copyFailure('the window', error)}>
          Copy the error text
        </button>
      </div>
    </main>
  );
}

function rememberFailure(error: Error) {
  const { currentWorkbookId, area } = useUiStore.getState();
  if (currentWorkbookId) markFailed(currentWorkbookId, area, error.message);
}

void requestPersistentStorage();

// Typing kept from before (drafts, and edits the window closed on before they were stored) is
// read first, so forms open with it and it goes into the workbook before anything is shown.
Promise.all([
  openDatabase(),
  openTypingStore().then(async () => {
    migrateLegacyDrafts();
    await useUiStore.persist.rehydrate();
    await startWindowGuard();
    // The area the window opens on (its address, else where it was left) is loaded while the
    // database opens, so its first screen is drawn at once; a chunk that fails to load is left
    // to the area's own error screen.
    const area = parseRoute(window.location.hash)?.area ?? useUiStore.getState().area;
    await preloadArea(area).catch(() => undefined);
  }),
])
  .then(async ([db]) => {
    const { notStored } = await replayTypingJournal(db);
    if (notStored > 0) {
      showError(
        `Some typing from before SLO Workbook last closed was not stored: ${notStored} ${notStored === 1 ? 'field was' : 'fields were'} changed in another window since, and that text was kept.`,
      );
    }
    return db;
  })
  .then(
    (db) =>
      root.render(
        <StrictMode>
          <ErrorBoundary
            onError={rememberFailure}
            fallback={(error) => <AppFailure error={error} />}
          >
            <DatabaseContext.Provider value={db}>
              <App />
            </DatabaseContext.Provider>
          </ErrorBoundary>
        </StrictMode>,
      ),
    (error: unknown) => root.render(<StartupError message={errorText(error)} />),
  );
