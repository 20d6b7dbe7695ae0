import type { Account, PainPoint } from '../../../../shared/domain/journey';
import { painImpact } from '../../../../shared/journey/priority';

interface PainPointRowProps {
  pain: PainPoint;
  accounts: Account[];
  /** Titles of the incidents pain points may be about, by retrospective id. */
  incidentTitles: ReadonlyMap<string, string>;
  onEdit: () => void;
  onDelete: () => void;
}

const shortQuote = (quote: string) => (quote.length > 40 ? `${quote.slice(0, 40)}…` : quote);

/** A pain point read at a glance: the customer's words first, what is known of it below. */
export function PainPointRow({
  pain,
  accounts,
  incidentTitles,
  onEdit,
  onDelete,
}: PainPointRowProps) {
  const impact = painImpact(pain);
  const named = pain.accountIds
    .map((id) => accounts.find((a) => a.id === id)?.name)
    .filter((name): name is string => name !== undefined);
  return (
    <li className={`pain-row severity-${pain.severity}`} id={`pain-${pain.id}`}>
      <q className="pain-quote">{pain.quote}</q>
      <div className="pain-meta">
        <span>{pain.source}</span>
        <span>{pain.date}</span>
        <span>{pain.severity}</span>
        <span>{pain.frequency}</span>
        {named.length > 0 && <span className="pain-accounts">{named.join(', ')}</span>}
        {pain.retroId && incidentTitles.has(pain.retroId) && (
          <span className="pain-incident">about {incidentTitles.get(pain.retroId)}</span>
        )}
      </div>
      <span className="impact-chip" title={`Customer impact: ${impact.explanation}`}>
        customer impact {impact.score}
      </span>
      <div className="row-actions">
        <button
          type="button"
          id={`pain-edit-${pain.id}`}
          className="quiet"
          aria-label={`Edit pain point “${shortQuote(pain.quote)}”`}
          onClick={onEdit}
        >
          Edit
        </button>
        <button
          type="button"
          className="quiet danger-quiet"
          aria-label={`Delete pain point “${shortQuote(pain.quote)}”`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
