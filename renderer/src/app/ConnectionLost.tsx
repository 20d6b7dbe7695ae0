import { useEffect, useRef, useState } from 'react';
import { useDatabase } from '../db/DatabaseContext';
import {
  connectionLostMessage,
  lostReason,
  onConnectionLost,
  type LostReason,
} from '../db/connectionLost';

/** Covers the window once its connection was closed by a newer version elsewhere. */
export function ConnectionLost() {
  const db = useDatabase();
  const [reason, setReason] = useState<LostReason | null>(() => lostReason(db));
  const reload = useRef<HTMLButtonElement>(null);
  useEffect(() => onConnectionLost(db, setReason), [db]);
  useEffect(() => {
    if (reason) reload.current?.focus();
  }, [reason]);
  if (!reason) return null;
  return (
    <div
      className="connection-lost"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="lost-title"
      aria-describedby="lost-text"
    >
      <div className="connection-lost-box">
        <h1 id="lost-title">This window has stopped saving</h1>
        <p id="lost-text">{connectionLostMessage(reason)}</p>
        <button ref={reload} type="button" className="primary" onClick={() => location.reload()}>
          Reload this window
        </button>
      </div>
    </div>
  );
}
