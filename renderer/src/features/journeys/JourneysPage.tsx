import { EmptyState } from '../../ui/EmptyState';

export function JourneysPage({ workbookName }: { workbookName: string }) {
  return (
    <EmptyState
      title="Journeys"
      purpose={`The key journeys customers of ${workbookName} take (sign-up, checkout, the nightly export…), step by step, with the pain they tell you about on each step: their words, the accounts affected, how often and how bad.`}
    >
      <p>No journeys are mapped in this workbook yet.</p>
      <p>
        Begin with the journey your customers complain about most. Name it, list its steps in the
        order a customer takes them, then add what you heard on calls and tickets to the step it
        hurt.
      </p>
    </EmptyState>
  );
}
