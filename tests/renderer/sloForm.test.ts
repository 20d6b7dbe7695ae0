import { describe, expect, it } from 'vitest';
import {
  calendarStartHint,
  emptySloForm,
  formToDraft,
  readCalendarStart,
  sloToForm,
  targetOf,
  windowMinutesOf,
} from '../../renderer/src/features/slos/sloForm';
import type { Slo } from '../../shared/domain/slo';
import { allowedDowntimeMinutes } from '../../shared/slo/budgetMath';

const minimalSlo = {
  name: 'x',
  service: '',
  description: '',
  journeyId: null,
  stepId: null,
  sli: { kind: 'ratio', goodDescription: '', validDescription: '' },
  target: 0.999,
  budgetingMethod: 'Occurrences',
  timeSliceMinutes: null,
  timeSliceTarget: null,
  alerts: [],
  policy: [],
  owners: '',
  rationale: '',
  reviewDate: '',
};

describe('SLO editor form', () => {
  it('starts at 99.9% over 30 days: 43.2 minutes of allowed downtime', () => {
    const form = emptySloForm();
    expect(allowedDowntimeMinutes(targetOf(form)!, windowMinutesOf(form)!)).toBeCloseTo(43.2, 9);
  });

  it('takes rolling windows in hours or days, as long as the schema allows (1 minute to 366 days)', () => {
    expect(windowMinutesOf({ ...emptySloForm(), rollingDays: '6', rollingUnit: 'hours' })).toBe(
      360,
    );
    // The schema, which imports obey too, takes any window from a minute: so does the form.
    expect(windowMinutesOf({ ...emptySloForm(), rollingDays: '0.5', rollingUnit: 'hours' })).toBe(
      30,
    );
    expect(
      windowMinutesOf({ ...emptySloForm(), rollingDays: '0.01', rollingUnit: 'hours' }),
    ).toBeNull();
    expect(windowMinutesOf({ ...emptySloForm(), rollingDays: '400' })).toBeNull();
    const slo = { ...minimalSlo, window: { kind: 'rolling', minutes: 360 } } as unknown as Slo;
    expect(sloToForm(slo)).toMatchObject({ rollingUnit: 'hours', rollingDays: '6' });
  });

  it('reads percentages exactly, with a comma or a % sign too', () => {
    expect(targetOf({ ...emptySloForm(), targetPercent: '99.95' })).toBe(0.9995);
    expect(targetOf({ ...emptySloForm(), targetPercent: '99,9 %'.replace(' ', '') })).toBe(0.999);
    expect(targetOf({ ...emptySloForm(), targetPercent: '100' })).toBeNull();
  });

  it('explains each wrong field in plain words and makes no draft', () => {
    const result = formToDraft({
      ...emptySloForm(),
      name: '  ',
      targetPercent: '100',
      windowKind: 'calendar',
      timeZone: 'Mars/Base',
      sliKind: 'threshold',
      threshold: 'fast',
    });
    expect(result.draft).toBeNull();
    expect(result.errors).toMatchObject({
      name: expect.stringMatching(/Give the SLO a name/),
      targetPercent: expect.stringMatching(/100% target leaves no error budget/),
      timeZone: expect.stringMatching(/^“Mars\/Base” is not a time zone/),
      threshold: expect.stringMatching(/number/),
    });
  });

  it('refuses an alert whose short window is not shorter than its long one', () => {
    const form = emptySloForm({ name: 'x' });
    form.alerts[0] = { ...form.alerts[0]!, shortWindowMinutes: '90' };
    expect(formToDraft(form).errors?.['alerts.0']).toMatch(/shorter than the long one/);
  });

  it('round-trips through a stored SLO unchanged', () => {
    const result = formToDraft({
      ...emptySloForm({ name: 'Checkout', targetPercent: '99.95', rollingDays: '28' }),
      sliKind: 'threshold',
      threshold: '300',
      budgetingMethod: 'Timeslices',
      sliceMinutes: '5',
      sliceTargetPercent: '95',
    });
    expect(result.errors).toBeNull();
    const slo = {
      ...result.draft!,
      id: 'a',
      workbookId: 'w',
      dataSummary: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as Slo;
    expect(formToDraft(sloToForm(slo)).draft).toEqual(result.draft);
    expect(result.draft).toMatchObject({
      target: 0.9995,
      window: { kind: 'rolling', minutes: 28 * 1440 },
      timeSliceMinutes: 5,
      timeSliceTarget: 0.95,
    });
  });

  it('takes a calendar start as a person types it, and says what it means', () => {
    expect(readCalendarStart('')).toBeNull();
    expect(readCalendarStart('2024-01-15')).toBe('2024-01-15 00:00:00');
    expect(readCalendarStart('2024-01-06 12:00')).toBe('2024-01-06 12:00:00');
    expect(readCalendarStart('2024-01-06T12:00:30')).toBe('2024-01-06 12:00:30');
    expect(readCalendarStart('2024-02-30')).toBeUndefined();
    expect(readCalendarStart('next monday')).toBeUndefined();

    const form = {
      ...emptySloForm(),
      name: 'Monthly',
      windowKind: 'calendar' as const,
      timeZone: 'Europe/Berlin',
    };
    expect(calendarStartHint({ ...form, calendarUnit: 'week' })).toBe(
      'Empty: each week starts on Monday at 00:00.',
    );
    expect(
      calendarStartHint({ ...form, calendarUnit: 'week', calendarStart: '2024-01-06 12:00' }),
    ).toBe('Each week starts Saturday 12:00.');
    expect(calendarStartHint({ ...form, calendarUnit: 'month', calendarStart: '2024-01-15' })).toBe(
      'Each month starts on the 15th at 00:00.',
    );
    expect(
      calendarStartHint({ ...form, calendarUnit: 'quarter', calendarStart: '2024-02-15 06:30' }),
    ).toBe('Each quarter starts 15 Feb, May, Aug and Nov at 06:30.');

    const draft = formToDraft({ ...form, calendarUnit: 'month', calendarStart: '2024-01-15' });
    expect(draft.draft?.window).toEqual({
      kind: 'calendar',
      unit: 'month',
      timeZone: 'Europe/Berlin',
      startTime: '2024-01-15 00:00:00',
    });
    const wrong = formToDraft({ ...form, calendarStart: '15th' });
    expect(wrong.errors?.['calendarStart']).toMatch(/e\.g\. 2024-01-15 12:00/);
  });
});
