import { useEffect } from 'react';
import { platform } from '../platform/platform';
import { useWorkbookFileActions } from '../features/workbooks/useWorkbookFileActions';
import { useUiStore } from '../state/uiStore';

/** The desktop menu's commands, routed to the same actions as the on-screen buttons. */
export function useMenuCommands(): void {
  const { exportCurrent, importFile, openSample } = useWorkbookFileActions();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const ui = useUiStore.getState();
        switch (command) {
          case 'new-workbook':
            return ui.openDialog('create');
          case 'import-workbook':
            return void importFile();
          case 'export-workbook':
            return void exportCurrent();
          case 'open-sample':
            return void openSample();
          case 'show-about':
            return ui.setArea('settings');
        }
      }),
    [exportCurrent, importFile, openSample],
  );
}
