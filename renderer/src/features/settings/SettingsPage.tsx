import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc';
import {
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus,
} from '../../db/storageStatus';
import { platform } from '../../platform/platform';
import { formatBytes } from './formatBytes';
import { useWorkbookFileActions } from '../workbooks/useWorkbookFileActions';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { Glossary } from './Glossary';
import { BackupsSection } from './BackupsSection';
import { DataSourcesSection } from './DataSourcesSection';
import './settings.css';

function persistenceText(persisted: boolean | null): string {
  if (persisted === true) {
    return 'Persistent: this computer will not clear SLO Workbook’s data to make room.';
  }
  if (persisted === false) {
    return 'Not persistent: when the disk runs low, the browser may clear this data. Export your workbooks regularly to keep a copy.';
  }
  return 'Unknown: this browser does not say whether it may clear the data. Export your workbooks regularly to keep a copy.';
}

export function SettingsPage() {
  const { openSample } = useWorkbookFileActions();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [status, setStatus] = useState<StorageStatus | null>(null);

  const refresh = useCallback(async () => setStatus(await readStorageStatus()), []);

  useEffect(() => {
    let live = true;
    void platform.getAppInfo({}).then((value) => live && setInfo(value));
    void readStorageStatus().then((value) => live && setStatus(value));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings &amp; About</h2>
      <h3>About</h3>
      <dl>
        <dt>Version</dt>
        <dd>{info ? info.version : '…'}</dd>
        <dt>Running as</dt>
        <dd>
          {info ? (info.shell === 'electron' ? 'Desktop app' : 'Web page in a browser') : '…'}
        </dd>
      </dl>
      <h3>Keyboard</h3>
      <KeyboardShortcuts />
      <h3>Glossary</h3>
      <Glossary />
      <h3>Sample workbook</h3>
      <p>
        A fictional shop platform with every part filled in: a checkout journey, pain points from
        four accounts with their revenue, two SLOs with a quarter of data and two incidents with
        their retrospectives. It is added beside your workbooks; nothing of yours changes.
      </p>
      <button type="button" onClick={() => void openSample()}>
        Add the sample workbook
      </button>
      <DataSourcesSection />
      <BackupsSection />
      <h3>Storage</h3>
      <dl aria-label="Storage status">
        <dt>Storage</dt>
        <dd data-testid="storage-persistence">
          {status ? persistenceText(status.persisted) : '…'}
        </dd>
        <dt>Used</dt>
        <dd data-testid="storage-usage">
          {status?.usageBytes != null && status.quotaBytes != null
            ? `${formatBytes(status.usageBytes)} of ${formatBytes(status.quotaBytes)} available to SLO Workbook`
            : 'Not reported by this browser'}
        </dd>
      </dl>
      {status?.persisted === false && (
        <button type="button" onClick={() => void requestPersistentStorage().then(() => refresh())}>
          Ask again for persistent storage
        </button>
      )}
      <button type="button" onClick={() => void refresh()}>
        Refresh storage figures
      </button>
    </section>
  );
}
