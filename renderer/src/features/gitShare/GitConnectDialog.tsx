import { useId, useState, type FormEvent } from 'react';
import type { Workbook } from '../../../../shared/domain/workbook';
import { remoteUrlProblem } from '../../../../shared/sync/gitLinkRequests';
import { useDatabase } from '../../db/DatabaseContext';
import { getGitLink, saveOpened, saveSynced } from '../../db/gitLinkRepository';
import { readWorkbookContents } from '../../db/workbookRepository';
import { useUiStore } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { errorText, showInfo } from '../../ui/noticeStore';
import { callGit, contentsOfText, workbookText } from './gitClient';
import { runSync, useGitSync } from './gitSyncStore';

/** The author is not secret and is set once: kept in this browser for the next dialog. */
const AUTHOR_KEY = 'slo-workbook:git-author';
function rememberedAuthor(): { name: string; email: string } {
  try {
    const kept = JSON.parse(localStorage.getItem(AUTHOR_KEY) ?? '{}') as Record<string, unknown>;
    return {
      name: typeof kept['name'] === 'string' ? kept['name'] : '',
      email: typeof kept['email'] === 'string' ? kept['email'] : '',
    };
  } catch {
    return { name: '', email: '' };
  }
}

const TOKEN_NOTE =
  'The token is sent only to this repository’s address and never saved in this page. In the web build the app’s local server keeps it for this session only (you give it again after a restart); the desktop app keeps it encrypted by your system’s keychain, or for this session only where there is none.';

/**
 * "Share through git…" (the open workbook into an empty repository), "Open a shared
 * workbook…" (a repository into a new workbook here) and, after a refused token, giving it again.
 */
export function GitConnectDialog({
  mode,
  workbook,
  onClose,
}: {
  mode: 'share' | 'open' | 'token';
  /** The open workbook; none on the welcome screen, where only "open" is offered. */
  workbook?: Workbook;
  onClose: () => void;
}) {
  const db = useDatabase();
  const selectWorkbook = useUiStore((s) => s.selectWorkbook);
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [author, setAuthor] = useState(rememberedAuthor);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { url: useId(), token: useId(), name: useId(), email: useId(), note: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (mode === 'token') return giveToken();
    const urlProblem = remoteUrlProblem(url);
    if (urlProblem) return setProblem(urlProblem);
    if (!author.name.trim() || !/^[^\s<>@]+@[^\s<>@]+$/.test(author.email.trim()))
      return setProblem('Give your name and email: every commit you sync carries them.');
    setBusy(true);
    try {
      localStorage.setItem(AUTHOR_KEY, JSON.stringify(author));
      const linkId = crypto.randomUUID();
      const remote = url.trim();
      const kept = { name: author.name.trim(), email: author.email.trim() };
      const connected = await callGit('connect', { linkId, url: remote, token });
      if (connected.status === 'failed') return setProblem(connected.message);
      const link = {
        linkId,
        url: remote,
        branch: 'main' as const,
        author: kept,
        lastSyncedAt: new Date().toISOString(),
      };
      if (mode === 'share') {
        if (!workbook) return setProblem('Open the workbook to share first.');
        const sent = await readWorkbookContents(db, workbook.id);
        if (!sent) return setProblem('This workbook is gone.');
        const result = await callGit('share', {
          linkId,
          url: remote,
          author: kept,
          file: workbookText(sent),
        });
        if (result.status === 'failed') return setProblem(result.message);
        if (result.status !== 'synced' || !result.file)
          return setProblem('Sharing did not finish.');
        await saveSynced(db, sent, contentsOfText(result.file), { ...link, base: result.commit });
        showInfo(`“${workbook.name}” is shared: the repository holds it now.`);
      } else {
        const result = await callGit('open', { linkId, url: remote });
        if (result.status === 'failed') return setProblem(result.message);
        if (result.status !== 'opened') return setProblem('Opening did not finish.');
        const opened = await saveOpened(db, contentsOfText(result.file), {
          ...link,
          base: result.commit,
        });
        selectWorkbook(opened.id);
        showInfo(`Opened “${opened.name}” from the repository.`);
      }
      onClose();
    } catch (error) {
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function giveToken() {
    if (!workbook) return;
    setBusy(true);
    try {
      const link = await getGitLink(db, workbook.id);
      if (!link) return setProblem('This workbook is not shared through git.');
      const connected = await callGit('connect', { linkId: link.linkId, url: link.url, token });
      if (connected.status === 'failed') return setProblem(connected.message);
      onClose();
      await runSync(db, workbook.id, useGitSync.getState().lastChoices);
    } finally {
      setBusy(false);
    }
  }

  const failure = useGitSync((s) => s.failure);
  const title =
    mode === 'share'
      ? `Share “${workbook?.name ?? ''}” through git`
      : mode === 'open'
        ? 'Open a shared workbook'
        : 'Give the token again';
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate aria-describedby={ids.note}>
        {mode === 'share' && (
          <p>
            The repository must be empty: it receives this workbook, one file per record. To work on
            a workbook a repository already holds, use “Open a shared workbook…”.
          </p>
        )}
        {mode === 'open' && <p>The repository’s workbook is opened here as a new workbook.</p>}
        {mode === 'token' && failure && <p>{failure.message}</p>}
        {mode !== 'token' && (
          <div className="field">
            <label htmlFor={ids.url}>Repository address (HTTPS)</label>
            <input
              id={ids.url}
              value={url}
              autoFocus
              inputMode="url"
              spellCheck={false}
              placeholder="https://github.com/team/workbook.git"
              onChange={(e) => {
                setUrl(e.target.value);
                setProblem(null);
              }}
            />
            <p className="field-hint">SSH addresses (git@…) are not supported: use HTTPS.</p>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.token}>Access token</label>
          <input
            id={ids.token}
            type="password"
            autoComplete="off"
            autoFocus={mode === 'token'}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
          <p id={ids.note} className="field-hint">
            {TOKEN_NOTE}
          </p>
        </div>
        {mode !== 'token' && (
          <>
            <div className="field">
              <label htmlFor={ids.name}>Your name (on every commit)</label>
              <input
                id={ids.name}
                value={author.name}
                autoComplete="name"
                onChange={(e) => setAuthor({ ...author, name: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={ids.email}>Your email</label>
              <input
                id={ids.email}
                type="email"
                value={author.email}
                autoComplete="email"
                onChange={(e) => setAuthor({ ...author, email: e.target.value })}
              />
            </div>
          </>
        )}
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        {busy && <p role="status">Talking to the git host…</p>}
        <FormActions
          cancel={{ onCancel: onClose }}
          disabled={busy}
          label={mode === 'share' ? 'Share' : mode === 'open' ? 'Open' : 'Use this token'}
        />
      </form>
    </Dialog>
  );
}
