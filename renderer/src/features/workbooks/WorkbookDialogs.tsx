import type { Workbook } from '../../../../shared/domain/workbook';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import { createWorkbook, deleteWorkbook, updateWorkbook } from '../../db/workbookRepository';
import { showInfo } from '../../ui/noticeStore';
import { DeleteWorkbookDialog } from './DeleteWorkbookDialog';
import { WorkbookFormDialog } from './WorkbookFormDialog';
import { focusFirstFieldWhenShown } from '../../ui/focusWhenShown';
import { ImportChoiceDialog } from './ImportChoiceDialog';
import { useImportStore } from './importStore';
import { useWorkbookFileActions } from './useWorkbookFileActions';
import { withProgress } from '../../ui/progressStore';

/** Whichever workbook dialog the UI store says is open. */
export function WorkbookDialogs({ current, others }: { current?: Workbook; others: Workbook[] }) {
  const db = useDatabase();
  const dialog = useUiStore((state) => state.dialog);
  const openDialog = useUiStore((state) => state.openDialog);
  const selectWorkbook = useUiStore((state) => state.selectWorkbook);
  const { exportCurrent } = useWorkbookFileActions();
  const close = () => openDialog(null);
  const pendingImport = useImportStore((state) => state.pending);
  if (pendingImport) {
    return (
      <ImportChoiceDialog
        file={pendingImport}
        workbooks={current ? [current, ...others] : others}
        currentId={current?.id ?? null}
      />
    );
  }

  if (dialog === 'create') {
    return (
      <WorkbookFormDialog
        mode="create"
        onClose={close}
        onSubmit={async (draft) => {
          const workbook = await createWorkbook(db, draft);
          selectWorkbook(workbook.id);
          showInfo(`Created workbook “${workbook.name}”.`);
          // The dialog would give the focus back to a menu of the workbook left behind.
          focusFirstFieldWhenShown(`main[data-workbook="${workbook.id}"]`);
        }}
      />
    );
  }
  if (dialog === 'rename' && current) {
    return (
      <WorkbookFormDialog
        mode="rename"
        workbook={current}
        onClose={close}
        onSubmit={async (draft) => {
          await updateWorkbook(db, current.id, draft);
          showInfo(`Renamed to “${draft.name.trim()}”.`);
        }}
      />
    );
  }
  if (dialog === 'delete' && current) {
    return (
      <DeleteWorkbookDialog
        workbook={current}
        onClose={close}
        onExportFirst={exportCurrent}
        onDelete={async () => {
          // A workbook of many records takes seconds to remove: say so meanwhile.
          await withProgress(`Deleting “${current.name}”`, () => deleteWorkbook(db, current.id), {
            indeterminate: true,
          });
          selectWorkbook(others[0]?.id ?? null);
          showInfo(`Deleted workbook “${current.name}”.`);
        }}
      />
    );
  }
  return null;
}
