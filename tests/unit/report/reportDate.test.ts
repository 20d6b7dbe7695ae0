import { describe, expect, it } from 'vitest';
import { reportDateInWords } from '../../../shared/report/reportDate';

describe('a report date in words', () => {
  it('reads as a date in the report zone, not as an ISO instant', () => {
    expect(reportDateInWords('2026-12-01T12:00:00.000Z', 'UTC')).toBe(
      '1 December 2026 at 12:00 (UTC)',
    );
    // Past midnight in Auckland: the day people there read is the next one.
    expect(reportDateInWords('2026-03-31T23:30:00.000Z', 'Pacific/Auckland')).toBe(
      '1 April 2026 at 12:30 (Pacific/Auckland)',
    );
  });

  it('shows text that is not a date as it was written', () => {
    expect(reportDateInWords('after Q3', 'UTC')).toBe('after Q3');
  });
});
