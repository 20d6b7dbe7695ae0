import { EmptyState } from '../../ui/EmptyState';

export function RetrosPage() {
  return (
    <EmptyState
      title="Retrospectives"
      purpose="Blameless reviews of incidents: what happened and how, seen from the seat of the people who were there, with several contributing factors rather than one root cause, and action items that each have an owner and a due date."
    >
      <p>No retrospectives are in this workbook yet.</p>
      <p>
        Begin after an incident: record when it started, was detected and was resolved, then gather
        each participant’s account before the group meets.
      </p>
    </EmptyState>
  );
}
