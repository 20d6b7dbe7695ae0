import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  multiline?: boolean;
  /** More description ids for the input (e.g. a list of findings shown below it). */
  describedBy?: string | undefined;
  /** Shown under the field, inside it (e.g. findings about what was typed). */
  after?: ReactNode;
  className?: string;
}

/** A labelled input whose error sits next to it and is announced with it. */
export function TextField({
  label,
  value,
  onValue,
  error,
  hint,
  multiline,
  describedBy: extraDescribedBy,
  after,
  className,
  id: givenId,
  ...rest
}: TextFieldProps) {
  const generatedId = useId();
  // A given id lets others focus the field (a created row's neighbour, a skip target).
  const id = givenId ?? generatedId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [error ? errorId : null, hint ? hintId : null, extraDescribedBy ?? null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onValue(event.target.value)} />
      ) : (
        <input {...rest} {...common} onChange={(event) => onValue(event.target.value)} />
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {after}
    </div>
  );
}
