import type { Workbook } from '../../../../shared/domain/workbook';
import { useUiStore } from '../../state/uiStore';

export function WorkbookSwitcher({
  workbooks,
  currentId,
}: {
  workbooks: Workbook[];
  currentId: string;
}) {
  const selectWorkbook = useUiStore((state) => state.selectWorkbook);
  return (
    <label className="workbook-switcher">
      <span className="workbook-switcher-caption">Workbook</span>
      <select
        aria-label="Current workbook"
        value={currentId}
        onChange={(event) => selectWorkbook(event.target.value)}
      >
        {workbooks.map((workbook) => (
          <option key={workbook.id} value={workbook.id}>
            {workbook.name}
          </option>
        ))}
      </select>
    </label>
  );
}
