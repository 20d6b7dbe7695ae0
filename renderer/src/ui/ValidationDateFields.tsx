/** The two dates of a validation with customer success: when it was done, when to look again. */
export function ValidationDateFields({
  id,
  on,
  next,
  onOn,
  onNext,
}: {
  id: string;
  on: string;
  next: string;
  onOn: (day: string) => void;
  onNext: (day: string) => void;
}) {
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${id}-on`}>Validated with customer success on</label>
        <input id={`${id}-on`} type="date" value={on} onChange={(e) => onOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-next`}>Next review</label>
        <input
          id={`${id}-next`}
          type="date"
          value={next}
          onChange={(e) => onNext(e.target.value)}
        />
      </div>
    </div>
  );
}
