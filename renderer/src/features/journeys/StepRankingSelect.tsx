import { useId } from 'react';
import { useJourneyUi, type StepRanking } from './journeyStore';

/** What the priority list ranks steps by and the map marks its hottest step by. */
export function StepRankingSelect() {
  const id = useId();
  const { rankBy, setRankBy } = useJourneyUi();
  return (
    <div className="field step-ranking">
      <label htmlFor={id}>Rank steps by</label>
      <select id={id} value={rankBy} onChange={(e) => setRankBy(e.target.value as StepRanking)}>
        <option value="impact">Customer impact</option>
        <option value="revenue">Revenue at risk</option>
      </select>
    </div>
  );
}
