import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRemoteFields } from '../../../shared/editing/mergeRemoteFields';

type Values = Record<string, unknown>;
const same = (stored: Values) => ({ ...stored });

describe('the two-window merge rule', () => {
  it('takes the other window’s value for a field not being edited here', () => {
    const merge = mergeRemoteFields({
      stored: { name: 'Pay', stage: 'Buy' },
      base: { name: 'Pay', stage: 'Checkout' },
      fields: { name: 'Pay now', stage: 'Checkout' },
      sent: new Map(),
      toForm: same,
    });
    expect(merge.adopt).toEqual({ stage: 'Buy' });
    expect(merge.clash).toEqual([]);
    expect(merge.base).toEqual({ name: 'Pay', stage: 'Buy' });
  });

  it('never overwrites a field being edited here that the other window changed: a clash', () => {
    const base = { name: 'Pay' };
    const merge = mergeRemoteFields({
      stored: { name: 'Payment' },
      base,
      fields: { name: 'Pay now' },
      sent: new Map(),
      toForm: same,
    });
    expect(merge.adopt).toEqual({});
    expect(merge.clash).toEqual(['name']);
    // The edit still starts from what it started from, so saving it stays refused until resolved.
    expect(merge.base).toEqual({ name: 'Pay' });
    expect(base).toEqual({ name: 'Pay' });
  });

  it('takes this window’s own write coming back as settled, not as another window’s', () => {
    const merge = mergeRemoteFields({
      stored: { name: 'Pay no' },
      base: { name: 'Pay' },
      fields: { name: 'Pay now' },
      sent: new Map([['name', ['Pay n', 'Pay no']]]),
      toForm: same,
    });
    expect(merge).toEqual({ base: { name: 'Pay no' }, adopt: {}, clash: [] });
  });

  it('settles a field both windows set to the same value', () => {
    const merge = mergeRemoteFields({
      stored: { name: 'Pay now' },
      base: { name: 'Pay' },
      fields: { name: 'Pay now' },
      sent: new Map(),
      toForm: same,
    });
    expect(merge).toEqual({ base: { name: 'Pay now' }, adopt: {}, clash: [] });
  });

  it('compares in the form’s terms: a stored time is adopted as the form shows it', () => {
    const toForm = (stored: Values) => ({ at: `at ${String(stored.at)}` });
    const merge = mergeRemoteFields({
      stored: { at: 2 },
      base: { at: 1 },
      fields: { at: 'at 1' },
      sent: new Map(),
      toForm,
    });
    expect(merge.adopt).toEqual({ at: 'at 2' });
  });
});

const FIELDS = ['name', 'stage', 'feels', 'note'] as const;
const text = fc.constantFrom('', 'a', 'b', 'c', 'Pay', 'Pay now');

/** A record, the base the editing here started from, and what the form shows here now. */
const scene = fc.record({
  base: fc.record(Object.fromEntries(FIELDS.map((f) => [f, text])) as Record<string, typeof text>),
  remote: fc.dictionary(fc.constantFrom(...FIELDS), text),
  typed: fc.dictionary(fc.constantFrom(...FIELDS), text),
});

function inputs({ base, remote, typed }: { base: Values; remote: Values; typed: Values }) {
  return { stored: { ...base, ...remote }, base, fields: { ...base, ...typed } };
}

describe('the two-window merge rule, for any edits on both sides', () => {
  it('never overwrites a field being edited here', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { stored, base, fields } = inputs(s);
        const merge = mergeRemoteFields({ stored, base, fields, sent: new Map(), toForm: same });
        for (const field of FIELDS) {
          const edited = fields[field] !== base[field];
          if (edited) expect(merge.adopt).not.toHaveProperty(field);
          const changedThere = stored[field] !== base[field];
          expect(merge.clash.includes(field)).toBe(
            edited && changedThere && fields[field] !== stored[field],
          );
        }
      }),
    );
  });

  it('gives every field not being edited here the other window’s value', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { stored, base, fields } = inputs(s);
        const merge = mergeRemoteFields({ stored, base, fields, sent: new Map(), toForm: same });
        const after = { ...fields, ...merge.adopt };
        for (const field of FIELDS) {
          if (fields[field] === base[field]) expect(after[field]).toBe(stored[field]);
        }
      }),
    );
  });

  it('applying the same remote change twice is a no-op the second time', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { stored, base, fields } = inputs(s);
        const first = mergeRemoteFields({ stored, base, fields, sent: new Map(), toForm: same });
        const second = mergeRemoteFields({
          stored,
          base: first.base,
          fields: { ...fields, ...first.adopt },
          sent: new Map(),
          toForm: same,
        });
        expect(second.adopt).toEqual({});
        expect(second.base).toEqual(first.base);
        // A clash stays a clash (marking it again changes nothing) until the person resolves it.
        expect(second.clash).toEqual(first.clash);
      }),
    );
  });

  it('a record unchanged since the editing started changes nothing here', () => {
    fc.assert(
      fc.property(scene, (s) => {
        const { base, fields } = inputs(s);
        const merge = mergeRemoteFields({
          stored: base,
          base,
          fields,
          sent: new Map(),
          toForm: same,
        });
        expect(merge).toEqual({ base, adopt: {}, clash: [] });
      }),
    );
  });
});
