import { useId, useState, type FormEvent } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { formatMinutes } from '../../../../shared/slo/duration';
import { formatPercent } from '../../../../shared/slo/formatFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { addManualIncident, removeManualIncident } from '../../db/sloRepository';
import { TextField } from '../../ui/TextField';
import { formatLocal, localInputToMs } from '../../ui/localTime';
import { errorText, showError } from '../../ui/noticeStore';

/** For teams without monitoring exports: record each incident's bad minutes by hand. */
export function ManualIncidents({ slo, imported }: { slo: Slo; imported: boolean }) {
  const db = useDatabase();
  const startId = useId();
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('');
  const [share, setShare] = useState('100');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const incidents = slo.manualIncidents ?? [];
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  async function add(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const startMs = localInputToMs(start);
    const badMinutes = Number(minutes.replace(',', '.'));
    const badShare = Number(share.replace(',', '.').replace('%', '')) / 100;
    if (startMs === null) found['start'] = 'Choose when the incident started.';
    else if (startMs > Date.now())
      found['start'] = 'The start is in the future; record incidents once they have happened.';
    if (!(badMinutes > 0)) found['minutes'] = 'Type how many minutes it lasted, e.g. 25.';
    if (!(badShare > 0 && badShare <= 1))
      found['share'] = 'Type the share of requests that failed, from 1 to 100.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await addManualIncident(db, slo.id, {
        startMs: startMs!,
        minutes: badMinutes,
        badShare,
        note: note.trim(),
      });
      setStart('');
      setMinutes('');
      setShare('100');
      setNote('');
    } catch (error) {
      setErrors({ form: errorText(error) });
    }
  }

  return (
    <section className="manual-incidents" aria-labelledby="manual-title">
      <h3 id="manual-title">Incidents recorded by hand</h3>
      <p className="field-hint">
        {imported
          ? 'This SLO’s figures come from its imported data; incidents recorded here are kept for reference.'
          : 'No export from a monitoring tool? Record each incident’s bad minutes: every other minute of the window counts as good.'}
      </p>
      {incidents.length > 0 && (
        <table className="plain-table" aria-label="Recorded incidents">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Lasted</th>
              <th scope="col">Failing</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>{formatLocal(incident.startMs)}</td>
                <td>{formatMinutes(incident.minutes)}</td>
                <td>{formatPercent(incident.badShare, 0)}</td>
                <td>{incident.note}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Remove the incident of ${formatLocal(incident.startMs)}`}
                    onClick={() =>
                      void removeManualIncident(db, slo.id, incident.id).catch((error: unknown) =>
                        showError(errorText(error)),
                      )
                    }
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={add} noValidate aria-label="Record an incident">
        <div className="field-row">
          <div className="field">
            <label htmlFor={startId}>Started at ({zone})</label>
            <input
              id={startId}
              type="datetime-local"
              value={start}
              aria-invalid={errors['start'] ? true : undefined}
              onChange={(e) => setStart(e.target.value)}
            />
            {errors['start'] && <p className="field-error">{errors['start']}</p>}
          </div>
          <TextField
            label="Bad minutes"
            value={minutes}
            onValue={setMinutes}
            error={errors['minutes']}
            inputMode="decimal"
          />
          <TextField
            label="Requests failing (%)"
            value={share}
            onValue={setShare}
            error={errors['share']}
            inputMode="decimal"
          />
        </div>
        <TextField
          label="Note"
          value={note}
          onValue={setNote}
          placeholder="e.g. payment provider timeout"
        />
        {errors['form'] && (
          <p role="alert" className="field-error">
            {errors['form']}
          </p>
        )}
        <button type="submit">Record incident</button>
      </form>
    </section>
  );
}
