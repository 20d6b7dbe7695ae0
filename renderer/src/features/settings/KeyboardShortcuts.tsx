import { areas } from '../../state/areas';

const SHORTCUTS: [keys: string, what: string][] = [
  [
    'Ctrl+K (⌘K on a Mac)',
    'Go to any journey, step, SLO, retrospective or action item, or run a command',
  ],
  ...areas.map((area): [string, string] => [`Alt+${area.key}`, `Go to ${area.label}`]),
  ['↓ on the Workbook menu', 'Open the menu; ↑ ↓ Home End move, Enter runs, Esc closes'],
  ['Ctrl+B (⌘B on a Mac)', 'Collapse or expand the sidebar'],
  [
    '↑ / ↓',
    'On a journey step’s card, a timeline event or a factor: go to the one before or after',
  ],
  ['Enter', 'On a step’s card, a timeline event or a factor: edit it in place'],
  ['Esc', 'While editing in place: go back to reading (what you typed is saved)'],
  ['Alt+↑ / Alt+↓', 'On a journey step or in its fields: move the step earlier or later'],
  ['← → Home End', 'On a row of tabs: choose the previous, next, first or last tab'],
  ['Enter', 'In “New step”: add the step; in “Find an account”: pick the only match'],
  ['Ctrl+Z (⌘Z on a Mac)', 'Outside a text field: undo the last delete, while Undo is shown'],
  ['Ctrl+S (⌘S on a Mac)', 'Store what you just typed now (it is saved as you type anyway)'],
  ['Esc', 'Close the dialog that is open, keeping what is saved'],
];

/** Every keyboard shortcut the app has, in one place a person can find. */
export function KeyboardShortcuts() {
  return (
    <table className="shortcuts" aria-label="Keyboard shortcuts">
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What they do</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map(([keys, what]) => (
          <tr key={`${keys}:${what}`}>
            <td>
              <kbd>{keys}</kbd>
            </td>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
