import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseContext } from './db/DatabaseContext';
import { openDatabase } from './db/openDatabase';
import { replayTypingJournal } from './db/typingJournal';
import { requestPersistentStorage } from './db/storageStatus';
import { errorText } from './ui/noticeStore';
import './styles.css';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { copyFailure } from './app/AreaFailure';
import { markFailed } from './app/startupGuard';
import { useUiStore } from './app/uiStore';

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

openDatabase()
  // Typing the window closed on before it was stored goes in before anything is shown.
  .then(async (db) => {
    await replayTypingJournal(db);
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
