/**
 * The element id of the row that shows a record, so a row brought back (by Undo, from an
 * overview) can be found, focused and scrolled into view. Record ids are unique across tables.
 */
export const recordRowId = (recordId: string) => `record-${recordId}`;
