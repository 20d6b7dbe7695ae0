import { describe, expect, it } from 'vitest';
import {
  emptySloForm,
  fieldOfIssue,
  formToDraft,
  type SloForm,
} from '../../renderer/src/features/slos/sloForm';
import { sloDraftSchema, type SloDraft } from '../../shared/domain/slo';

/** A form that reads right, and its draft. */
function valid(change: Partial<SloForm> = {}): { form: SloForm; draft: SloDraft } {
  const form = emptySloForm({ name: 'Checkout completes', timeZone: 'UTC', ...change });
  const result = formToDraft(form);
  if (!result.draft) throw new Error(`fixture should read right: ${JSON.stringify(result.errors)}`);
  return { form, draft: result.draft };
}

/** What the schema itself says about a draft: its first issue's words. */
function schemaSays(draft: SloDraft): string {
  const checked = sloDraftSchema.safeParse(draft);
  if (checked.success) throw new Error('the broken draft should be refused by the schema');
  return checked.error.issues[0]!.message;
}

interface Case {
  rule: string;
  /** Applied to a valid form, and the same break applied to its draft. */
  form: (f: SloForm) => SloForm;
  draft: (d: SloDraft) => SloDraft;
  field: string;
  setup?: Partial<SloForm>;
}

const sliced: Partial<SloForm> = { budgetingMethod: 'Timeslices' };

const CASES: Case[] = [
  {
    rule: 'a name',
    form: (f) => ({ ...f, name: '   ' }),
    draft: (d) => ({ ...d, name: '' }),
    field: 'name',
  },
  {
    rule: 'a target below 100%',
    form: (f) => ({ ...f, targetPercent: '100' }),
    draft: (d) => ({ ...d, target: 1 }),
    field: 'targetPercent',
  },
  {
    rule: 'a target above 0%',
    form: (f) => ({ ...f, targetPercent: '0' }),
    draft: (d) => ({ ...d, target: 0 }),
    field: 'targetPercent',
  },
  {
    rule: 'a window of at most 366 days',
    form: (f) => ({ ...f, rollingDays: '400' }),
    draft: (d) => ({ ...d, window: { kind: 'rolling', minutes: 400 * 1440 } }),
    field: 'rollingDays',
  },
  {
    rule: 'a window of at least a minute',
    form: (f) => ({ ...f, rollingDays: '0.01', rollingUnit: 'hours' }),
    draft: (d) => ({ ...d, window: { kind: 'rolling', minutes: 0.6 } }),
    field: 'rollingDays',
  },
  {
    rule: 'a named time zone',
    setup: { windowKind: 'calendar' },
    form: (f) => ({ ...f, timeZone: '' }),
    draft: (d) => ({ ...d, window: { kind: 'calendar', unit: 'month', timeZone: '' } }),
    field: 'timeZone',
  },
  {
    rule: 'a slice of at least 1 minute',
    setup: sliced,
    form: (f) => ({ ...f, sliceMinutes: '0' }),
    draft: (d) => ({ ...d, timeSliceMinutes: 0 }),
    field: 'sliceMinutes',
  },
  {
    rule: 'a slice of at most 1440 minutes',
    setup: sliced,
    form: (f) => ({ ...f, sliceMinutes: '1441' }),
    draft: (d) => ({ ...d, timeSliceMinutes: 1441 }),
    field: 'sliceMinutes',
  },
  {
    rule: 'a slice target above 0%',
    setup: sliced,
    form: (f) => ({ ...f, sliceTargetPercent: '0' }),
    draft: (d) => ({ ...d, timeSliceTarget: 0 }),
    field: 'sliceTargetPercent',
  },
  {
    rule: 'a slice target of at most 100%',
    setup: sliced,
    form: (f) => ({ ...f, sliceTargetPercent: '101' }),
    draft: (d) => ({ ...d, timeSliceTarget: 1.01 }),
    field: 'sliceTargetPercent',
  },
  {
    rule: 'an alert’s burn rate above 0',
    form: (f) => ({ ...f, alerts: f.alerts.map((a, i) => (i ? a : { ...a, burnRate: '0' })) }),
    draft: (d) => ({ ...d, alerts: d.alerts.map((a, i) => (i ? a : { ...a, burnRate: 0 })) }),
    field: 'alerts.0',
  },
  {
    rule: 'an alert’s windows of at least a minute',
    form: (f) => ({
      ...f,
      alerts: f.alerts.map((a, i) =>
        i === 1 ? { ...a, shortWindowMinutes: '0.5', longWindowMinutes: '0.75' } : a,
      ),
    }),
    draft: (d) => ({
      ...d,
      alerts: d.alerts.map((a, i) =>
        i === 1 ? { ...a, shortWindowMinutes: 0.5, longWindowMinutes: 0.75 } : a,
      ),
    }),
    field: 'alerts.1',
  },
  {
    rule: 'a policy step of at most 1000% consumed',
    form: (f) => ({
      ...f,
      policy: f.policy.map((p, i) => (i ? p : { ...p, consumedPercent: '2000' })),
    }),
    draft: (d) => ({
      ...d,
      policy: d.policy.map((p, i) => (i ? p : { ...p, consumedAtLeast: 20 })),
    }),
    field: 'policy.0',
  },
  {
    rule: 'a policy step that says what the team does',
    form: (f) => ({ ...f, policy: f.policy.map((p, i) => (i ? p : { ...p, actions: ' ' })) }),
    draft: (d) => ({ ...d, policy: d.policy.map((p, i) => (i ? p : { ...p, actions: '' })) }),
    field: 'policy.0',
  },
];

describe('the SLO form’s rules are the schema’s', () => {
  it.each(CASES)('$rule: the schema’s words reach the field $field', (c) => {
    const { form, draft } = valid(c.setup);
    const result = formToDraft(c.form(form));
    expect(result.draft).toBeNull();
    expect(result.errors?.[c.field]).toBe(schemaSays(c.draft(draft)));
    // Said beside its field, not as a sentence for the whole form.
    expect(result.errors).not.toHaveProperty('form');
  });

  it('a field of text that is not a number says so, in the form’s words, beside it', () => {
    const result = formToDraft({ ...valid().form, targetPercent: 'abc' });
    expect(result.errors).toEqual({ targetPercent: 'Type the target as a percentage, e.g. 99.9.' });
  });

  it('finds the field of every path the schema reports, and the form for anything else', () => {
    expect(fieldOfIssue(['name'])).toBe('name');
    expect(fieldOfIssue(['target'])).toBe('targetPercent');
    expect(fieldOfIssue(['window', 'minutes'])).toBe('rollingDays');
    expect(fieldOfIssue(['window', 'timeZone'])).toBe('timeZone');
    expect(fieldOfIssue(['window', 'startTime'])).toBe('calendarStart');
    expect(fieldOfIssue(['sli', 'threshold'])).toBe('threshold');
    expect(fieldOfIssue(['timeSliceMinutes'])).toBe('sliceMinutes');
    expect(fieldOfIssue(['timeSliceTarget'])).toBe('sliceTargetPercent');
    expect(fieldOfIssue(['alerts', 2, 'burnRate'])).toBe('alerts.2');
    expect(fieldOfIssue(['policy', 0, 'actions'])).toBe('policy.0');
    expect(fieldOfIssue(['owners'])).toBe('form');
  });
});
