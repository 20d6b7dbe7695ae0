import { describe, expect, it } from 'vitest';
import { isQuotaError, quotaMessage, toStorageError } from '../../renderer/src/db/storageErrors';

describe('storage errors', () => {
  it('recognises a quota error alone or wrapped in an AbortError', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: quota } })).toBe(
      true,
    );
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('maps both to the same clear message', () => {
    const wrapped = { name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') };
    expect(toStorageError(wrapped, 'save the step').message).toBe(quotaMessage('save the step'));
    expect(quotaMessage('import the workbook')).toContain(
      'could not import the workbook. Nothing was changed',
    );
    expect(toStorageError(new Error('boom'), 'save the pain point').message).toMatch(
      /could not save the pain point.*Nothing else was changed/,
    );
  });
});
