import { useLiveQuery } from 'dexie-react-hooks';
import type { Journey } from '../../../../shared/domain/journey';
import { useDatabase } from '../../db/DatabaseContext';
import { readJourneyHealth } from '../../db/journeyView';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { JourneyHealthBadge } from './JourneyHealthBadge';
import { useJourneyUi } from './journeyStore';

/**
 * One journey in the list, with its health read when the row comes into view, and its customer
 * pain when the list is ordered by it.
 */
export function JourneyListRow({
  journey,
  painScore,
  revenue,
}: {
  journey: Journey;
  painScore?: number;
  /** Revenue at risk in words, when the list is ordered by it. */
  revenue?: string;
}) {
  const db = useDatabase();
  const now = useMinuteClock();
  const selectJourney = useJourneyUi((s) => s.selectJourney);
  const health = useLiveQuery(() => readJourneyHealth(db, journey, now), [db, journey, now]);
  return (
    <div className="journey-row">
      <button type="button" className="link-button" onClick={() => selectJourney(journey.id)}>
        {journey.name}
      </button>
      {journey.persona ? <span className="journey-persona"> — {journey.persona}</span> : null}{' '}
      {painScore !== undefined && <span className="pain-score">customer impact {painScore}</span>}
      {revenue !== undefined && <span className="pain-score">revenue at risk {revenue}</span>}{' '}
      {health ? (
        <JourneyHealthBadge health={health} />
      ) : (
        <span className="field-hint">reading…</span>
      )}
    </div>
  );
}
