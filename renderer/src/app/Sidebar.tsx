import { useEffect } from 'react';
import { AreaIcon } from './AreaIcon';
import { areas, type AreaId } from '../state/areas';
import { useUiStore } from '../state/uiStore';
import { useNarrowWindow } from './useNarrowWindow';
import './sidebar.css';

/** Whether the sidebar shows only its icons now: the person's choice, else the window's width. */
export function useSidebarCollapsed(): boolean {
  const choice = useUiStore((s) => s.sidebar);
  const narrow = useNarrowWindow();
  return choice === 'auto' ? narrow : choice === 'collapsed';
}

/** Ctrl+B (⌘B) collapses or expands the sidebar, as in most editors. */
export function useSidebarShortcut(collapsed: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'b' || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      event.preventDefault();
      useUiStore.getState().setSidebar(collapsed ? 'expanded' : 'collapsed');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [collapsed]);
}

export function Sidebar({ area, collapsed }: { area: AreaId; collapsed: boolean }) {
  const setArea = useUiStore((s) => s.setArea);
  const setSidebar = useUiStore((s) => s.setSidebar);
  return (
    <nav className={collapsed ? 'sidebar collapsed' : 'sidebar'} aria-label="Areas">
      <ul>
        {areas.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              aria-current={item.id === area ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${item.key}`}
              title={collapsed ? `${item.label} (Alt+${item.key})` : `Alt+${item.key}`}
              onClick={() => setArea(item.id)}
            >
              <AreaIcon area={item.id} />
              <span className="area-label">{item.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={!collapsed}
        aria-keyshortcuts="Control+B Meta+B"
        title={`${collapsed ? 'Expand' : 'Collapse'} the sidebar (Ctrl+B)`}
        onClick={() => setSidebar(collapsed ? 'expanded' : 'collapsed')}
      >
        <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
        <span className="area-label">Sidebar</span>
      </button>
    </nav>
  );
}
