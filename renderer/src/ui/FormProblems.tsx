import type { MouseEvent } from 'react';

export interface FieldProblem {
  /** The id of the field in trouble, to move the focus to it. */
  fieldId: string;
  /** The field's label, as the person reads it beside the field. */
  label: string;
}

function goTo(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  // The app's addresses are hash routes: following "#field" would leave the page.
  event.preventDefault();
  const field = document.getElementById(fieldId);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/**
 * The summary at the top of a form that failed to save: how many fields need attention, and a
 * link to each, so a long form's problems are one press away wherever they are. What is wrong is
 * said once, beside the field (and announced with it when the link focuses it).
 */
export function FormProblems({ problems }: { problems: FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="form-problems field-error">
      <p>
        {problems.length === 1
          ? 'One field needs attention:'
          : `${problems.length} fields need attention:`}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a href={`#${problem.fieldId}`} onClick={(event) => goTo(event, problem.fieldId)}>
              {problem.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
