import { EVIDENCE_LEVELS, type JourneyStep } from '../../../../shared/domain/journey';
import { EMOTION_LABELS, EMOTION_VALUES } from '../../../../shared/domain/labels';

export type StepForm = {
  name: string;
  stage: string;
  expectation: string;
  emotion: number;
  evidence: JourneyStep['evidence'];
};

interface StepFieldsProps {
  stepId: string;
  fields: StepForm;
  onChange: (change: (current: StepForm) => StepForm) => void;
}

/** A step's fields, as its card shows them while it is edited; each change is saved as typed. */
export function StepFields({ stepId, fields, onChange }: StepFieldsProps) {
  return (
    <div className="step-fields">
      <div className="field step-field-name">
        <label htmlFor={`step-name-${stepId}`}>Step name</label>
        <input
          id={`step-name-${stepId}`}
          value={fields.name}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onChange={(e) => onChange((f) => ({ ...f, name: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={`step-stage-${stepId}`}>Stage</label>
        <input
          id={`step-stage-${stepId}`}
          value={fields.stage}
          onChange={(e) => onChange((f) => ({ ...f, stage: e.target.value }))}
        />
      </div>
      <div className="field">
        <label htmlFor={`step-emotion-${stepId}`}>Customer feels</label>
        <select
          id={`step-emotion-${stepId}`}
          value={fields.emotion}
          onChange={(e) => onChange((f) => ({ ...f, emotion: Number(e.target.value) }))}
        >
          {EMOTION_VALUES.map((v) => (
            <option key={v} value={v}>
              {EMOTION_LABELS[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`step-evidence-${stepId}`}>Backed by</label>
        <select
          id={`step-evidence-${stepId}`}
          value={fields.evidence}
          onChange={(e) =>
            onChange((f) => ({ ...f, evidence: e.target.value as JourneyStep['evidence'] }))
          }
        >
          {EVIDENCE_LEVELS.map((v) => (
            <option key={v}>{v}</option>
          ))}
        </select>
      </div>
      <div className="field step-field-expects">
        <label htmlFor={`step-expect-${stepId}`}>The customer expects</label>
        <input
          id={`step-expect-${stepId}`}
          value={fields.expectation}
          onChange={(e) => onChange((f) => ({ ...f, expectation: e.target.value }))}
        />
      </div>
    </div>
  );
}
