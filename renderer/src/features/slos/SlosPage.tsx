import { EmptyState } from '../../ui/EmptyState';

export function SlosPage() {
  return (
    <EmptyState
      title="SLOs"
      purpose="Service level objectives say how well a journey step must work, for example 99.9% of checkouts succeed over 30 days. The error budget is the failure that target still allows, and how fast it burns tells the team when reliability work comes first."
    >
      <p>No SLOs are drafted in this workbook yet.</p>
      <p>
        Begin from a painful journey step: decide what “it works” means for the customer there, pick
        a target and a window, and see how much downtime that allows.
      </p>
    </EmptyState>
  );
}
