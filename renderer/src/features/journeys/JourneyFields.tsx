import type { Dispatch, SetStateAction } from 'react';
import { TextField } from '../../ui/TextField';

export interface JourneyHeader {
  name: string;
  persona: string;
  goal: string;
}

/** A journey's name, persona and goal, as both the new-journey and the edit form ask for them. */
export function JourneyFields({
  value,
  onChange,
  nameError,
}: {
  value: JourneyHeader;
  onChange: Dispatch<SetStateAction<JourneyHeader>>;
  nameError: string | null;
}) {
  return (
    <div className="field-row">
      <TextField
        label="Journey name"
        value={value.name}
        onValue={(name) => onChange((f) => ({ ...f, name }))}
        error={nameError ?? undefined}
      />
      <TextField
        label="Persona"
        value={value.persona}
        onValue={(persona) => onChange((f) => ({ ...f, persona }))}
        placeholder="who takes it"
      />
      <TextField
        label="Goal"
        value={value.goal}
        onValue={(goal) => onChange((f) => ({ ...f, goal }))}
        placeholder="what they want done"
      />
    </div>
  );
}
