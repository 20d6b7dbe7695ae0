import { SaveStatus } from '../ui/SaveStatus';
import { createElement, Suspense, useEffect, useRef, useState } from 'react';
import type { Workbook } from '../../../shared/domain/workbook';
import { ActiveSessionBar, useOpenSession } from '../features/retros/ActiveSessionBar';
import { useRetroUi } from '../features/retros/retroStore';
import { WorkbookSwitcher } from '../features/workbooks/WorkbookSwitcher';
import { WorkbookMenu } from '../features/workbooks/WorkbookMenu';
import { useWorkbookFileActions } from '../features/workbooks/useWorkbookFileActions';
import { GitSyncBar } from '../features/gitShare/GitSyncBar';
import { useGitSync } from '../features/gitShare/gitSyncStore';
import { NoticeArea } from '../ui/NoticeArea';
import { areas, type AreaId } from '../state/areas';
import { Sidebar, useSidebarCollapsed, useSidebarShortcut } from './Sidebar';
import { useUiStore } from '../state/uiStore';
import { useHashRoute } from './useHashRoute';
import { CommandPalette } from './palette/CommandPalette';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { AreaFailure } from './AreaFailure';
import { markFailed, markOpening, markSettled, watchAreaShown } from './startupGuard';
import { areaPage } from './areaPages';
import './shell.css';

function AreaContent({ area, workbook }: { area: AreaId; workbook: Workbook }) {
  // areaPage gives one component per area for the app's life (kept in a module map): nothing is
  // created here. Settings is the same whatever the workbook; other areas start afresh on a switch.
  return createElement(areaPage(area), {
    key: area === 'settings' ? 'settings' : workbook.id,
    workbook,
  });
}

/** The skip link moves the focus, not the address: a hash here is a route. */
function skipToContent(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}

export function Shell({ workbooks, current }: { workbooks: Workbook[]; current: Workbook }) {
  const area = useUiStore((state) => state.area);
  const setArea = useUiStore((state) => state.setArea);
  const openDialog = useUiStore((state) => state.openDialog);
  const { exportCurrent, importFile } = useWorkbookFileActions();
  const openGitDialog = useGitSync((state) => state.openDialog);
  useHashRoute(current, workbooks);
  const [paletteOpen, setPaletteOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      event.preventDefault();
      if (!useUiStore.getState().dialog) setPaletteOpen((open) => !open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const sidebarCollapsed = useSidebarCollapsed();
  useSidebarShortcut(sidebarCollapsed);
  const selectedRetroId = useRetroUi((s) => s.selectedRetroId);
  const openSession = useOpenSession(setArea);
  // The window's title (and the taskbar's) says which workbook and area are open.
  const areaLabel = areas.find((a) => a.id === area)?.label ?? '';
  useEffect(() => {
    document.title = `${current.name} · ${areaLabel} — SLO Workbook`;
    return () => {
      document.title = 'SLO Workbook';
    };
  }, [current.name, areaLabel]);
  // Until its area has been shown, this workbook is not reopened by itself at the next start.
  const [attempt, setAttempt] = useState(0);
  const boundaryKey = `${current.id}:${area}:${attempt}`;
  // An area that throws on its first render is caught before this effect runs: keep its mark.
  const failedKey = useRef<string | null>(null);
  useEffect(() => {
    if (failedKey.current === boundaryKey) return;
    markOpening(current.id, area);
    const settle = () => markSettled(current.id);
    const main = document.getElementById('main-content');
    const stopWatching = main ? watchAreaShown(main, settle) : () => {};
    // Closed or reloaded on purpose: not a crash. A crashed or killed window never gets here.
    window.addEventListener('pagehide', settle);
    return () => {
      stopWatching();
      window.removeEventListener('pagehide', settle);
    };
  }, [current.id, area, boundaryKey]);

  return (
    <div className={sidebarCollapsed ? 'shell sidebar-collapsed' : 'shell'}>
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">SLO Workbook</span>
        <WorkbookSwitcher workbooks={workbooks} currentId={current.id} />
        <SaveStatus />
        {/* In its own retrospective the session shows above the tabs instead. */}
        {!(area === 'retros' && selectedRetroId) && (
          <ActiveSessionBar workbookId={current.id} onOpen={openSession} />
        )}
        <div className="topbar-end">
          <GitSyncBar workbook={current} />
          <button
            type="button"
            className="palette-button"
            aria-keyshortcuts="Control+K Meta+K"
            title="Go to anything or run a command (Ctrl+K)"
            onClick={() => setPaletteOpen(true)}
          >
            Go to… <kbd>Ctrl+K</kbd>
          </button>
          <WorkbookMenu
            items={[
              { label: 'New workbook…', run: () => openDialog('create') },
              { label: 'Rename workbook…', run: () => openDialog('rename') },
              { label: 'Import workbook…', run: () => void importFile() },
              { label: 'Export workbook', run: () => void exportCurrent() },
              { label: 'Share through git…', run: () => openGitDialog('share') },
              { label: 'Open a shared workbook…', run: () => openGitDialog('open') },
              { label: 'Delete workbook…', run: () => openDialog('delete'), danger: true },
            ]}
          />
        </div>
      </header>
      {paletteOpen && (
        <CommandPalette
          workbookId={current.id}
          onClose={() => setPaletteOpen(false)}
          importFile={() => void importFile()}
          exportCurrent={() => void exportCurrent()}
        />
      )}
      <Sidebar area={area} collapsed={sidebarCollapsed} />
      <main
        id="main-content"
        tabIndex={-1}
        data-workbook={current.id}
        className="content"
        aria-label={`${current.name}: ${areas.find((a) => a.id === area)?.label ?? ''}`}
      >
        <NoticeArea />
        {current.description && <p className="workbook-description">{current.description}</p>}
        <ErrorBoundary
          key={boundaryKey}
          onError={(error) => {
            failedKey.current = boundaryKey;
            markFailed(current.id, area, error.message);
          }}
          fallback={(error, reset) => (
            <AreaFailure
              areaLabel={areaLabel}
              workbook={current}
              error={error}
              onRetry={() => {
                reset();
                setAttempt((n) => n + 1);
              }}
            />
          )}
        >
          <Suspense fallback={<p aria-busy="true">Opening {areaLabel}…</p>}>
            <AreaContent area={area} workbook={current} />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
