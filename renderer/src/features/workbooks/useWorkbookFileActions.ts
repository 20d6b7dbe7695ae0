import { useCallback } from 'react';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform/platform';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { useImportStore } from './importStore';
import {
  exportWorkbook,
  importAsNewWorkbook,
  openSampleWorkbook,
  openWorkbookFile,
  type FileOutcome,
} from './workbookFiles';

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
      const opened = await openWorkbookFile(db, platform);
      if (!opened) return;
      if (!opened.ok) return showError(opened.message);
      // With no workbook here there is nothing to merge into: import it as it is.
      if ((await db.workbooks.count()) === 0) {
        const outcome = await importAsNewWorkbook(db, opened.file);
        report(outcome);
        if (outcome?.ok && outcome.workbook) selectWorkbook(outcome.workbook.id);
        return;
      }
      useImportStore.getState().setPending(opened.file);
    } catch (error) {
      showError(errorText(error));
    }
  }, [db, selectWorkbook]);

  const openSample = useCallback(async () => {
    try {
      const workbook = await openSampleWorkbook(db);
      selectWorkbook(workbook.id);
      showInfo(
        `Opened the sample workbook “${workbook.name}”: a checkout journey, four customer accounts with their revenue, two SLOs with a quarter of data and two incidents with their retrospectives. Change anything; delete it when you are done.`,
      );
    } catch (error) {
      showError(errorText(error));
    }
  }, [db, selectWorkbook]);

  return { exportCurrent, importFile, openSample };
}
