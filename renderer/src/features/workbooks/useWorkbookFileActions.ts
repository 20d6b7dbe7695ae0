import { useCallback } from 'react';
import { useUiStore } from '../../app/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform/platform';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { exportWorkbook, importWorkbook, type FileOutcome } from './workbookFiles';

function report(outcome: FileOutcome): void {
  if (!outcome) return;
  if (outcome.ok) showInfo(outcome.message);
  else showError(outcome.message);
}

export function useWorkbookFileActions() {
  const db = useDatabase();
  const selectWorkbook = useUiStore((state) => state.selectWorkbook);

  const exportCurrent = useCallback(async () => {
    const id = useUiStore.getState().currentWorkbookId;
    if (!id) return showError('Choose or create a workbook first, then export it.');
    try {
      report(await exportWorkbook(db, platform, id));
    } catch (error) {
      showError(errorText(error));
    }
  }, [db]);

  const importFile = useCallback(async () => {
    try {
      const outcome = await importWorkbook(db, platform);
      report(outcome);
      if (outcome?.ok && outcome.workbook) selectWorkbook(outcome.workbook.id);
    } catch (error) {
      showError(errorText(error));
    }
  }, [db, selectWorkbook]);

  return { exportCurrent, importFile };
}
