import type { SkippedLine } from '../../../../shared/retro/chat/chatTypes';

/** Every line of the log that did not become part of a message, with why. */
export function ChatSkippedLines({ skipped }: { skipped: SkippedLine[] }) {
  if (skipped.length === 0) return null;
  return (
    <details className="chat-skipped">
      <summary>
        {skipped.length} {skipped.length === 1 ? 'line was' : 'lines were'} not read
      </summary>
      <ul aria-label="Lines not read">
        {skipped.map((s) => (
          <li key={s.line}>
            <span className="chat-skipped-line">Line {s.line}</span> {s.reason}:{' '}
            <q className="chat-skipped-text" title={s.text}>
              {s.text}
            </q>
          </li>
        ))}
      </ul>
    </details>
  );
}
