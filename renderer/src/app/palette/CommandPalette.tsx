import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { searchPalette } from './paletteSearch';
import { usePaletteEntries, type PaletteCommands } from './usePaletteEntries';
import './commandPalette.css';

interface CommandPaletteProps extends PaletteCommands {
  workbookId: string;
  onClose: () => void;
}

/**
 * Ctrl/⌘+K: go to any journey, step, SLO, retrospective, action item or customer account by
 * name, or run any
 * command, by keyboard. Arrow keys choose, Enter opens, Escape closes and gives focus back.
 */
export function CommandPalette({ workbookId, onClose, ...commands }: CommandPaletteProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = usePaletteEntries(workbookId, commands);
  const found = useMemo(() => searchPalette(entries, query), [entries, query]);
  const chosen = found[Math.min(active, found.length - 1)];

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus?.();
    };
  }, []);
  useEffect(() => {
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const run = (index: number) => {
    const entry = found[index];
    if (!entry) return;
    onClose();
    // After the palette has closed, so a command's own dialog takes the focus.
    queueMicrotask(entry.run);
  };

  return (
    <dialog
      ref={ref}
      className="dialog command-palette"
      aria-label="Command palette"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <input
        className="command-palette-input"
        role="combobox"
        aria-label="Go to or run"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={chosen ? `${id}-option-${found.indexOf(chosen)}` : undefined}
        aria-autocomplete="list"
        placeholder="Go to a journey, step, SLO, retrospective… or run a command"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, found.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            run(Math.min(active, found.length - 1));
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Matches" className="command-palette-list">
        {found.map((entry, index) => (
          <li
            key={entry.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={entry === chosen}
            onMouseMove={() => setActive(index)}
            onClick={() => run(index)}
          >
            <span className="command-palette-label">{entry.label}</span>
            <span className="command-palette-kind">{entry.kind}</span>
            {entry.shortcut && <kbd>{entry.shortcut}</kbd>}
          </li>
        ))}
      </ul>
      {found.length === 0 && (
        <p className="command-palette-empty" role="status">
          Nothing here is called “{query}”.
        </p>
      )}
      <p className="field-hint command-palette-hint">
        ↑ ↓ to choose · Enter to open · Esc to close
      </p>
    </dialog>
  );
}
