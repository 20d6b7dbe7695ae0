import { BUSINESS_QUESTIONS } from '../../../../shared/domain/retro';
import { RetroTextField, useRetro } from './RetroContext';

/** The questions that look past the system at the business around it. */
export function BusinessPanel() {
  const { retro } = useRetro();
  return (
    <section aria-label="Business questions">
      <h3>Business questions</h3>
      <p className="field-hint">
        Incidents also show what the business rewards. Answer these as a group, in plain words.
      </p>
      {BUSINESS_QUESTIONS.map(({ key, question }) => (
        <RetroTextField
          key={key}
          label={question}
          field={`business:${key}`}
          initial={retro.business[key]}
        />
      ))}
    </section>
  );
}
