/** The element id of a step's card, to focus it from elsewhere (an SLO's page, an undo). */
export const stepCardId = (stepId: string) => `step-${stepId}`;
