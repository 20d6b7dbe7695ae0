/** The retrospective's title field: a created retrospective lands the person on it. */
export const RETRO_TITLE_FIELD_ID = 'retro-title-field';
