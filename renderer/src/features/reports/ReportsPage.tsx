import { EmptyState } from '../../ui/EmptyState';
import { useWorkbookFileActions } from '../workbooks/useWorkbookFileActions';

export function ReportsPage() {
  const { exportCurrent } = useWorkbookFileActions();
  return (
    <EmptyState
      title="Reports"
      purpose="Share what this workbook holds with people who do not use the app: Markdown reports for leadership, other teams and customers’ success teams, and workbook files to move a workbook to another computer."
    >
      <p>Reports are made from the journeys, SLOs and retrospectives in this workbook.</p>
      <p>
        <button type="button" onClick={() => void exportCurrent()}>
          Export this workbook as a file
        </button>
      </p>
    </EmptyState>
  );
}
