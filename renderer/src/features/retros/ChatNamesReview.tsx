import type { NameMention } from '../../../../shared/retro/chat/participantNames';

/** Rows drawn at once: a long log can name hundreds of spellings. */
const SHOWN = 300;

interface ChatNamesReviewProps {
  mentions: NameMention[];
  /** Keys of the mentions kept as written. */
  keep: ReadonlySet<string>;
  onKeep: (key: string, keep: boolean) => void;
}

/**
 * Every name found in the messages and what it becomes, for the facilitator to check before the
 * events are added. Unticking one keeps it as written (a word that only looks like a name).
 */
export function ChatNamesReview({ mentions, keep, onKeep }: ChatNamesReviewProps) {
  if (mentions.length === 0) return null;
  return (
    <fieldset className="chat-names">
      <legend>Names found in the messages</legend>
      <p className="field-hint">
        Each is replaced as shown. Untick one only if it is not a person (a word that looks like a
        name).
      </p>
      <div className="table-scroll chat-names-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Replace</th>
              <th scope="col">Found</th>
              <th scope="col">Stands for</th>
              <th scope="col">Becomes</th>
              <th scope="col">Times</th>
            </tr>
          </thead>
          <tbody>
            {mentions.slice(0, SHOWN).map((m) => (
              <tr key={m.key}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Replace “${m.text}”`}
                    checked={!keep.has(m.key)}
                    onChange={(e) => onKeep(m.key, !e.target.checked)}
                  />
                </td>
                <td>{m.text}</td>
                <td>{m.participant ?? 'someone who did not write in the log'}</td>
                <td>{keep.has(m.key) ? m.text : m.replacement}</td>
                <td>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mentions.length > SHOWN && (
        <p className="field-hint">
          The {SHOWN} first spellings are listed; {(mentions.length - SHOWN).toLocaleString('en')}{' '}
          more are replaced the same way.
        </p>
      )}
    </fieldset>
  );
}
