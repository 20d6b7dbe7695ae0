import { useId } from 'react';
import { summedField } from '../../../../shared/slo/prometheus/queryCheck';
import { useQueryCheck } from './useQueryCheck';

/**
 * What the data source says about the query in a field, under it: a polite live region, so a
 * screen reader hears it once typing settles, and a button to sum several series into one.
 */
export function QueryCheckNote({
  label,
  text,
  hasSource,
  onText,
}: {
  label: string;
  text: string;
  hasSource: boolean;
  onText: (text: string) => void;
}) {
  const check = useQueryCheck(text, hasSource);
  const id = useId();
  if (check.status === 'idle') return null;
  return (
    <div className="query-check" id={id} role="status" aria-label={`Check of ${label}`}>
      {check.status === 'checking' ? (
        <p className="field-hint">Asking Prometheus…</p>
      ) : (
        <p className={`query-check-${check.tone}`}>
          {check.text}{' '}
          {check.offerSum && (
            <button type="button" onClick={() => onText(summedField(text))}>
              Sum them into one series
            </button>
          )}
        </p>
      )}
    </div>
  );
}
