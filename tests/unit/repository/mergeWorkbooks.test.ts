import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  serializeWorkbookFile,
  type WorkbookContents,
} from '../../../shared/domain/workbookFile';
import {
  conflictKey,
  mergeWorkbooks,
  unchosen,
  type MergeChoice,
} from '../../../shared/repository/mergeWorkbooks';
import { sample } from './workbookArbitrary';

const start: WorkbookContents = { ...sample, sliChunks: sample.sliChunks.slice(0, 2) };
const text = (c: WorkbookContents) =>
  serializeWorkbookFile(buildWorkbookFile(c, '1', '2026-11-21T00:00:00.000Z'));

/** Fields a person types into, each edit setting a value no other edit sets. */
const TEXT_FIELDS = [
  ['journeys', 'goal'],
  ['journeys', 'persona'],
  ['journeySteps', 'expectation'],
  ['painPoints', 'quote'],
] as const;
type TextKind = (typeof TEXT_FIELDS)[number][0];

const edit = fc.record({
  replica: fc.nat(2),
  op: fc.constantFrom('text', 'text', 'create', 'delete', 'link', 'reorder', 'sync', 'sync'),
  a: fc.nat(1000),
  b: fc.nat(1000),
});

/** A tiny seeded generator: the conflicts' choices, decided by the run's seed. */
function chooser(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Replica {
  local: WorkbookContents;
  base: WorkbookContents;
}

function strings(record: object | undefined): string[] {
  return record ? Object.values(record).filter((v): v is string => typeof v === 'string') : [];
}

describe('merging a workbook per record and per field', () => {
  it('takes each side’s change to different fields of one record, and conflicts on the same field', () => {
    const pain = start.painPoints[0]!;
    const mine = {
      ...start,
      painPoints: start.painPoints.map((p) => (p.id === pain.id ? { ...p, quote: 'Mine' } : p)),
    };
    const theirs = {
      ...start,
      painPoints: start.painPoints.map((p) =>
        p.id === pain.id ? { ...p, severity: 'critical' as const, quote: 'Theirs' } : p,
      ),
    };
    const first = mergeWorkbooks(start, mine, theirs);
    expect(first.conflicts).toEqual([
      {
        kind: 'painPoints',
        id: pain.id,
        field: 'quote',
        base: pain.quote,
        mine: 'Mine',
        theirs: 'Theirs',
      },
    ]);
    const choices = new Map<string, MergeChoice>([
      [conflictKey(first.conflicts[0]!), { take: 'theirs' }],
    ]);
    const settled = mergeWorkbooks(start, mine, theirs, choices);
    expect(unchosen(settled.conflicts, choices)).toEqual([]);
    const merged = settled.merged.painPoints.find((p) => p.id === pain.id)!;
    expect(merged.quote).toBe('Theirs');
    expect(merged.severity).toBe('critical');
  });

  it('makes a record deleted on one side and edited on the other a conflict, keeping the edit until chosen', () => {
    const pain = start.painPoints[1]!;
    const mine = { ...start, painPoints: start.painPoints.filter((p) => p.id !== pain.id) };
    const theirs = {
      ...start,
      painPoints: start.painPoints.map((p) =>
        p.id === pain.id ? { ...p, quote: 'Still hurts' } : p,
      ),
    };
    const { merged, conflicts } = mergeWorkbooks(start, mine, theirs);
    expect(conflicts).toMatchObject([
      { kind: 'painPoints', id: pain.id, field: null, mine: undefined },
    ]);
    expect(merged.painPoints.find((p) => p.id === pain.id)?.quote).toBe('Still hurts');
    const deleted = mergeWorkbooks(
      start,
      mine,
      theirs,
      new Map([[conflictKey(conflicts[0]!), { take: 'mine' }]]),
    );
    expect(deleted.merged.painPoints.some((p) => p.id === pain.id)).toBe(false);
  });

  it('keeps what each side linked and unlinked', () => {
    const pain = start.painPoints.find((p) => p.accountIds.length > 0)!;
    const [kept, ...rest] = start.accounts
      .map((a) => a.id)
      .filter((id) => !pain.accountIds.includes(id));
    const other = rest[0]!;
    const withLinks = (ids: string[]) => ({
      ...start,
      painPoints: start.painPoints.map((p) => (p.id === pain.id ? { ...p, accountIds: ids } : p)),
    });
    const mine = withLinks([...pain.accountIds.slice(1), kept!]);
    const theirs = withLinks([...pain.accountIds, other]);
    const { merged, conflicts } = mergeWorkbooks(start, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.painPoints.find((p) => p.id === pain.id)!.accountIds).toEqual(
      [...pain.accountIds.slice(1), kept!, other].sort(),
    );
  });

  it(
    'three replicas editing concurrently and syncing in any order converge, and lose only what a choice gave up',
    { timeout: 300_000 },
    () => {
      fc.assert(
        fc.property(
          fc.array(edit, { minLength: 1, maxLength: 30 }),
          fc.integer(),
          (steps, seed) => {
            const random = chooser(seed);
            let remote = start;
            const replicas: Replica[] = [0, 1, 2].map(() => ({ local: start, base: start }));
            let counter = 0;
            const written: { kind: TextKind; id: string; field: string; value: string }[] = [];
            const gaveUp = new Set<string>();

            const sync = (r: Replica) => {
              const first = mergeWorkbooks(r.base, r.local, remote);
              const choices = new Map<string, MergeChoice>();
              for (const c of first.conflicts) {
                const take = random() < 0.5 ? 'mine' : 'theirs';
                choices.set(conflictKey(c), { take });
                const lost = take === 'mine' ? c.theirs : c.mine;
                if (c.field === null)
                  strings(lost as object | undefined).forEach((v) => gaveUp.add(v));
                else if (typeof lost === 'string') gaveUp.add(lost);
              }
              const { merged, conflicts } = mergeWorkbooks(r.base, r.local, remote, choices);
              expect(unchosen(conflicts, choices)).toEqual([]);
              remote = merged;
              r.local = merged;
              r.base = merged;
            };

            for (const step of steps) {
              const r = replicas[step.replica]!;
              const w = r.local;
              if (step.op === 'sync') sync(r);
              else if (step.op === 'text') {
                const [kind, field] = TEXT_FIELDS[step.a % TEXT_FIELDS.length]!;
                const list = w[kind] as unknown as Record<string, unknown>[];
                if (list.length === 0) continue;
                const target = list[step.b % list.length]!;
                // The value replaced is given up knowingly: this person saw it.
                gaveUp.add(target[field] as string);
                const value = `edit ${(counter += 1)}`;
                written.push({ kind, id: target['id'] as string, field, value });
                r.local = {
                  ...w,
                  [kind]: list.map((x) => (x === target ? { ...x, [field]: value } : x)),
                };
              } else if (step.op === 'create') {
                const steps2 = w.journeySteps;
                const template = start.painPoints[0]!;
                const on = steps2[step.a % steps2.length]!;
                const value = `new pain ${(counter += 1)}`;
                const id = `pain-${step.replica}-${counter}`;
                written.push({ kind: 'painPoints', id, field: 'quote', value });
                r.local = {
                  ...w,
                  painPoints: [
                    ...w.painPoints,
                    {
                      ...template,
                      id,
                      stepId: on.id,
                      journeyId: on.journeyId,
                      quote: value,
                      accountIds: [],
                    },
                  ],
                };
              } else if (step.op === 'delete') {
                if (w.painPoints.length === 0) continue;
                const gone = w.painPoints[step.a % w.painPoints.length]!;
                strings(gone).forEach((v) => gaveUp.add(v));
                r.local = { ...w, painPoints: w.painPoints.filter((p) => p !== gone) };
              } else if (step.op === 'link') {
                if (w.painPoints.length === 0) continue;
                const pain = w.painPoints[step.a % w.painPoints.length]!;
                const account = w.accounts[step.b % w.accounts.length]!.id;
                const accountIds = pain.accountIds.includes(account)
                  ? pain.accountIds.filter((x) => x !== account)
                  : [...pain.accountIds, account];
                r.local = {
                  ...w,
                  painPoints: w.painPoints.map((p) => (p === pain ? { ...p, accountIds } : p)),
                };
              } else {
                const s = w.journeySteps[step.a % w.journeySteps.length]!;
                const peers = w.journeySteps.filter((x) => x.journeyId === s.journeyId);
                const t = peers[step.b % peers.length]!;
                r.local = {
                  ...w,
                  journeySteps: w.journeySteps.map((x) =>
                    x === s
                      ? { ...x, position: t.position }
                      : x === t
                        ? { ...x, position: s.position }
                        : x,
                  ),
                };
              }
            }
            // Everyone syncs twice: the first round pushes what is left, the second pulls the rest.
            for (let round = 0; round < 2; round += 1) for (const r of replicas) sync(r);
            const final = text(remote);
            for (const r of replicas) expect(text(r.local)).toBe(final);
            // Syncing with nothing new changes nothing and asks nothing.
            const again = mergeWorkbooks(remote, remote, remote);
            expect(again.conflicts).toEqual([]);
            expect(text(again.merged)).toBe(final);
            // Every edit is still there, unless replaced knowingly or given up in a conflict.
            for (const w of written) {
              const record = (remote[w.kind] as unknown as Record<string, unknown>[]).find(
                (x) => x['id'] === w.id,
              );
              if (record?.[w.field] === w.value) continue;
              expect(gaveUp.has(w.value), `${w.kind} ${w.id} ${w.field} = ${w.value}`).toBe(true);
            }
            // Steps stay numbered 0, 1, 2… in every journey.
            for (const journey of remote.journeys) {
              const positions = remote.journeySteps
                .filter((s) => s.journeyId === journey.id)
                .map((s) => s.position)
                .sort((x, y) => x - y);
              expect(positions).toEqual(positions.map((_, i) => i));
            }
          },
        ),
        { numRuns: 25 },
      );
    },
  );
});
