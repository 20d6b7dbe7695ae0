import type { SkippedLine } from '../../../../shared/retro/chat/chatTypes';

/** Lines drawn at once; a log of ten thousand notices lists the first ones and says how many. */
const SHOWN = 500;

/** Every line of the log that did not become part of a message, with why (blank lines aside). */
export function ChatSkippedLines({ skipped: all }: { skipped: SkippedLine[] }) {
  const skipped = all.filter((s) => s.text !== '');
  if (skipped.length === 0) return null;
  return (
    <details className="chat-skipped">
      <summary>
        {skipped.length} {skipped.length === 1 ? 'line was' : 'lines were'} not read
      </summary>
      <ul aria-label="Lines not read">
        {skipped.slice(0, SHOWN).map((s) => (
          <li key={s.line}>
            <span className="chat-skipped-line">Line {s.line}</span> {s.reason}:{' '}
            <q className="chat-skipped-text" title={s.text}>
              {s.text}
            </q>
          </li>
        ))}
      </ul>
      {skipped.length > SHOWN && (
        <p className="field-hint">
          The first {SHOWN} are listed; {(skipped.length - SHOWN).toLocaleString('en')} more were
          not read.
        </p>
      )}
    </details>
  );
}
