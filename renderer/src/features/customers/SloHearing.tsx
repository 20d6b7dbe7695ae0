import { useFormSubmit } from '../../ui/useFormSubmit';
import { FormActions } from '../../ui/FormActions';
import { useId, useMemo, useState } from 'react';
import { sloHearsCustomer } from '../../../../shared/customer/sloHearsCustomer';
import { accountsById, revenueAtRisk } from '../../../../shared/customer/revenueAtRisk';
import type { Slo } from '../../../../shared/domain/slo';
import type { SloFigures } from '../../../../shared/slo/sloFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { recordCsValidation } from '../../db/sloRepository';
import type { SloPurpose } from '../../db/sloPurpose';
import { showInfo } from '../../ui/noticeStore';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { RevenueFigure } from '../../ui/RevenueFigure';
import './customers.css';
import { ValidationDateFields } from '../../ui/ValidationDateFields';

const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Does this SLO hear the customer? The step's pain points laid over the SLO's bad days, the
 * revenue at risk on its step, and customer success's validation with the next review.
 */
export function SloHearing({
  slo,
  figures,
  purpose,
}: {
  slo: Slo;
  figures: SloFigures | null | undefined;
  /** The SLO's step and its pain points, as the SLO page read them. */
  purpose: SloPurpose | undefined;
}) {
  const check = useMemo(
    () =>
      purpose && figures !== undefined
        ? sloHearsCustomer(
            slo,
            figures?.units ?? null,
            purpose.painPoints,
            purpose.step?.name ?? null,
          )
        : null,
    [slo, figures, purpose],
  );
  if (!purpose || !check) return null;
  const risk = revenueAtRisk(purpose.painPoints, accountsById(purpose.accounts));
  return (
    <section className={`hearing verdict-${check.verdict}`} aria-labelledby="slo-hearing-title">
      <h3 id="slo-hearing-title">Does it hear the customer? {check.title}</h3>
      <p>{check.headline}</p>
      {check.evidence.length > 0 && (
        <ul aria-label="Evidence">
          {check.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {purpose.step && risk.accounts > 0 && (
        <RevenueFigure label={`Revenue at risk on ${purpose.step.name}`} risk={risk} />
      )}
      <CsValidation slo={slo} />
    </section>
  );
}

/** "Validated with customer success on <date>", and when to look again. */
function CsValidation({ slo }: { slo: Slo }) {
  const db = useDatabase();
  const id = useId();
  const [open, setOpen] = useState(false);
  const now = useMinuteClock();
  const today = dayText(now);
  const [on, setOn] = useState(today);
  // A quarter on, as most teams review SLOs.
  const [next, setNext] = useState(() => dayText(now + 90 * 86_400_000));
  const overdue = slo.reviewDate !== '' && slo.reviewDate < today;

  const { error, onSubmit: submit } = useFormSubmit(async () => {
    await recordCsValidation(db, slo.id, on, next);
    showInfo(`Recorded: validated with customer success on ${on}; next review ${next}.`);
    setOpen(false);
  });

  return (
    <div className="cs-validation">
      <p>
        {slo.csValidatedOn
          ? `Validated with customer success on ${slo.csValidatedOn}.`
          : 'Not yet validated with customer success.'}{' '}
        {slo.reviewDate && (
          <span className={overdue ? 'bad' : undefined}>
            Next review {slo.reviewDate}
            {overdue ? ' (overdue)' : ''}.
          </span>
        )}{' '}
        {!open && (
          <button type="button" onClick={() => setOpen(true)}>
            Record a validation…
          </button>
        )}
      </p>
      {open && (
        <form
          aria-label="Record a validation with customer success"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
          noValidate
        >
          <ValidationDateFields id={id} on={on} next={next} onOn={setOn} onNext={setNext} />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <FormActions cancel={{ onCancel: () => setOpen(false) }} label="Record validation" />
        </form>
      )}
    </div>
  );
}
