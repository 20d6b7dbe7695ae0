/** A storage failure in words a person can act on. The text they typed is never thrown away. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    message: string,
    readonly kind:
      'quota' | 'newer-version' | 'blocked' | 'gone' | 'conflict' | 'too-many' | 'other',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What a full disk means for what the person was doing: `action` is e.g. "import the workbook". */
export function quotaMessage(action: string): string {
  return (
    `This computer has no room left for SLO Workbook’s data, so it could not ${action}. ` +
    'Nothing was changed, and what you typed is still on screen. Export your workbook to keep a ' +
    'copy, then free some disk space and try again.'
  );
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/**
 * A full disk arrives as QuotaExceededError, or as an AbortError (Dexie's, or the transaction's)
 * whose `inner` is one: both become the same clear message.
 */
export function isQuotaError(error: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

export function toStorageError(error: unknown, action: string): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) {
    return new StorageError(quotaMessage(action), 'quota', { cause: error });
  }
  if (errorName(error) === 'DatabaseClosedError') {
    return new StorageError(
      `SLO Workbook could not ${action}: this window has stopped saving because the data was ` +
        'changed by a newer version in another window. Reload this window; what you typed is kept.',
      'blocked',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError(
    `SLO Workbook could not ${action}. Nothing else was changed. (${detail})`,
    'other',
    { cause: error },
  );
}

/**
 * The record a write was for, or the record it hangs from, has been deleted meanwhile (e.g. typing
 * saved a moment after its row was deleted, or a form submitted for a journey deleted in another
 * window). Such a write must not bring the record back, and every repository says it this one way.
 *
 * What the person sees: autosave lets it go silently (the row they typed in is gone; there is
 * nothing to save to and nothing to do), and an action they asked for (a button, a form) shows this
 * sentence as it is, never wrapped as an unexplained "could not … (detail)" failure.
 */
export function recordGone(what: string): StorageError {
  return new StorageError(`That ${what} no longer exists, so the change was not saved.`, 'gone');
}

export const isRecordGone = (error: unknown): boolean =>
  error instanceof StorageError && error.kind === 'gone';

/** Runs a storage write and turns whatever it throws into a StorageError. */
export async function guardWrite<T>(action: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw toStorageError(error, action);
  }
}

/**
 * A form's fields that another window changed while the person edited them here: nothing was
 * written, and the form keeps their text. `labels` names the fields as the form shows them.
 */
export function editConflict(fields: string[], labels: Record<string, string>): StorageError {
  const names = fields.map((f) => `“${labels[f] ?? f}”`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return new StorageError(
    `${list} ${names.length > 1 ? 'were' : 'was'} changed in another window while you edited ` +
      `${names.length > 1 ? 'them' : 'it'} here, so nothing was saved, and the other window's ` +
      'change is kept. Your text is still in the form: copy what you need, cancel, and open it ' +
      'again to see the change.',
    'conflict',
  );
}
