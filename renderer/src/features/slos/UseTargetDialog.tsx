import { useId, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { formatTarget } from '../../../../shared/slo/formatFigures';
import type { TargetChoice } from '../../../../shared/slo/target/targetCandidates';
import { targetRationale } from '../../../../shared/slo/target/targetRationale';
import { useDatabase } from '../../db/DatabaseContext';
import { adoptTarget } from '../../db/sloTargetChoice';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { showInfo } from '../../ui/noticeStore';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { ValidationDateFields } from '../../ui/ValidationDateFields';

const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * "Use this target": the target, why (proposed from the history, edited by the people in the
 * room) and the day customer success agreed, recorded together.
 */
export function UseTargetDialog({
  slo,
  choice,
  target,
  stepName,
  onClose,
}: {
  slo: Slo;
  choice: TargetChoice;
  target: number;
  stepName: string | null;
  onClose: () => void;
}) {
  const db = useDatabase();
  const id = useId();
  const now = useMinuteClock();
  const [rationale, setRationale] = useState(() => targetRationale(choice, target, stepName));
  const [on, setOn] = useState(() => dayText(now));
  // A quarter on, as most teams review SLOs.
  const [next, setNext] = useState(() => dayText(now + 90 * 86_400_000));
  const { error, busy, onSubmit } = useFormSubmit(async () => {
    await adoptTarget(db, slo.id, { target, rationale, validatedOn: on, nextReview: next });
    showInfo(
      `${slo.name} now aims at ${formatTarget(target)}, validated with customer success on ${on}.`,
    );
    onClose();
  });
  const from = formatTarget(slo.target);
  const to = formatTarget(target);
  return (
    <Dialog title={`Use ${to} as the target?`} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate aria-label={`Use ${to} as the target`}>
        <p>
          {from === to
            ? `The target stays ${to}; this records why, and that customer success agreed.`
            : `The target changes from ${from} to ${to}, with why and customer success’s agreement.`}
        </p>
        <div className="field">
          <label htmlFor={`${id}-why`}>Rationale</label>
          <textarea
            id={`${id}-why`}
            rows={5}
            value={rationale}
            maxLength={4000}
            onChange={(e) => setRationale(e.target.value)}
          />
        </div>
        <ValidationDateFields id={id} on={on} next={next} onOn={setOn} onNext={setNext} />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <FormActions
          cancel={{ onCancel: onClose }}
          disabled={busy}
          label="Record target and validation"
        />
      </form>
    </Dialog>
  );
}
