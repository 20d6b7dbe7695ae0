/** The element id of a step's card, to focus it from elsewhere (an SLO's page, an undo). */
/** The "New step" field: a created journey lands the person on it. */
export const NEW_STEP_ID = 'new-step-name';

export const stepCardId = (stepId: string) => `step-${stepId}`;
