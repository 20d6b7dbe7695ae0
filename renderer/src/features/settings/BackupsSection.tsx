import { useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import {
  backupRecordCount,
  listUpgradeBackups,
  restoreUpgradeBackup,
  type UpgradeBackup,
} from '../../db/upgradeBackups';
import { errorText, showError } from '../../ui/noticeStore';
import './backups.css';

function describe(backup: UpgradeBackup): string {
  return backup.reason === 'restore'
    ? 'Made before a backup was restored'
    : `Made before the data was updated from format ${backup.fromVersion} to ${backup.toVersion}`;
}

/** The copies of the data kept before updates, and a way back to each. */
export function BackupsSection() {
  const db = useDatabase();
  const [backups, setBackups] = useState<UpgradeBackup[] | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [restoring, setRestoring] = useState(false);
  useEffect(() => {
    let live = true;
    void listUpgradeBackups().then(
      (list) => live && setBackups(list),
      () => live && setBackups([]),
    );
    return () => {
      live = false;
    };
  }, []);

  async function restore(backup: UpgradeBackup) {
    setRestoring(true);
    try {
      db.close();
      await restoreUpgradeBackup(backup.id!);
      location.reload();
    } catch (error) {
      setRestoring(false);
      showError(`The backup was not restored: ${errorText(error)} Reload the window to go on.`);
    }
  }

  return (
    <>
      <h3>Backups</h3>
      <p>
        Before SLO Workbook updates how your data is stored, it keeps a copy of all of it. The
        newest two copies are kept here.
      </p>
      {backups === null ? (
        <p>Looking for backups…</p>
      ) : backups.length === 0 ? (
        <p>No backups yet: the data has not needed an update on this computer.</p>
      ) : (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => {
            const when = new Date(backup.createdAt).toLocaleString(undefined, {
              dateStyle: 'medium',
              timeStyle: 'short',
            });
            const records = backupRecordCount(backup);
            return (
              <li key={backup.id}>
                <p>
                  <strong>{when}</strong> — {describe(backup)}; {records.toLocaleString()}{' '}
                  {records === 1 ? 'record' : 'records'}.
                </p>
                {confirming === backup.id ? (
                  <div role="group" aria-label={`Restore the backup of ${when}?`}>
                    <p>
                      This replaces everything in every workbook on this computer with the data as
                      it was on {when}. What is here now is kept as a backup first, so you can come
                      back to it. The window reloads.
                    </p>
                    <button
                      type="button"
                      className="danger"
                      disabled={restoring}
                      onClick={() => void restore(backup)}
                    >
                      {restoring ? 'Restoring…' : 'Restore and reload'}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button type="button" onClick={() => setConfirming(backup.id!)}>
                    Restore the backup of {when}…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
