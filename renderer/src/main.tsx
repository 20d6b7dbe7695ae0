import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DatabaseContext } from './db/DatabaseContext';
import { openDatabase } from './db/openDatabase';
import { replayTypingJournal } from './db/typingJournal';
import { requestPersistentStorage } from './db/storageStatus';
import { errorText } from './ui/noticeStore';
import './styles.css';

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
          <DatabaseContext.Provider value={db}>
            <App />
          </DatabaseContext.Provider>
        </StrictMode>,
      ),
    (error: unknown) => root.render(<StartupError message={errorText(error)} />),
  );
