import { describe, expect, it } from 'vitest';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';
import { installGivenNames } from '../../shared/retro/names/nodeGivenNames';
import { retroReportNames } from '../../shared/retro/reportNames';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { readReportContents } from '../../renderer/src/db/reportContents';
import { checkRole, replaceNameWithRole } from '../../renderer/src/db/retroNameRepository';
import {
  addEvents,
  createRetro,
  saveActionItem,
  saveParticipantAccount,
  setDismissed,
  updateRetro,
} from '../../renderer/src/db/retroRepository';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

installWinkTagger();
installGivenNames();

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const retro = await createRetro(db, workbook.id, { title: 'Checkout errors', template: 'short' });
  const account = await saveParticipantAccount(db, retro.id, {
    role: 'on-call SRE',
    knew: 'Obviously Tom should have caught this. The dashboard was green.',
  });
  const [event] = await addEvents(db, retro.id, [
    { at: '2026-11-12T09:14:00.000Z', what: 'The on-call SRE paged Tom.', role: 'Sarah Lee' },
  ]);
  await saveActionItem(db, retro.id, {
    description: 'Add a canary to the checkout deploy.',
    owner: 'payments team',
    dueDate: '2026-12-01',
    kind: 'fix',
  });
  await updateRetro(db, retro.id, { impact: 'Shoppers could not pay for 40 minutes.' });
  const names = async () =>
    retroReportNames(
      (await readReportContents(db, workbook.id, { kind: 'retro', subjectId: retro.id }))!,
      retro.id,
      (iso) => iso.slice(11, 16),
    );
  return { db, retro, account, event: event!, names };
}

describe('names in a retrospective’s report, replaced with a role', () => {
  it('points out each name once per field, a role written as a name, and the roles to pick', async () => {
    const { account, event, names } = await setup();
    const { findings, roles } = await names();
    expect(findings.map((f) => [f.field, f.name])).toEqual([
      [`event:${event.id}:what`, 'Tom'],
      [`event:${event.id}:role`, 'Sarah Lee'],
      [`account:${account.id}:knew`, 'Tom'],
    ]);
    expect(findings[2]!.excerpt).toBe('Obviously Tom should have caught this.');
    expect(findings[2]!.where).toBe('Narrative of on-call SRE: what they knew');
    expect(roles).toEqual(['on-call SRE', 'payments team']);
  });

  it('rewrites the name in its field only, as a sentence reads it, and the finding goes', async () => {
    const { db, account, event, names } = await setup();
    await replaceNameWithRole(
      db,
      account.retroId,
      `account:${account.id}:knew`,
      'Tom',
      'on-call SRE',
    );
    expect((await db.participantAccounts.get(account.id))!.knew).toBe(
      'Obviously the on-call SRE should have caught this. The dashboard was green.',
    );
    // The event still names him, and still says so: he is a name this retrospective showed.
    expect((await db.timelineEvents.get(event.id))!.what).toBe('The on-call SRE paged Tom.');
    const left = (await names()).findings.map((f) => f.field);
    expect(left).not.toContain(`account:${account.id}:knew`);

    await replaceNameWithRole(
      db,
      account.retroId,
      `event:${event.id}:role`,
      'Sarah Lee',
      'incident commander',
    );
    expect((await db.timelineEvents.get(event.id))!.role).toBe('incident commander');
  });

  it('rewrites a retrospective’s own field and an action’s owner written as a name', async () => {
    const { db, retro, names } = await setup();
    await updateRetro(db, retro.id, { impact: 'Shoppers could not pay until Tom rolled back.' });
    const action = await saveActionItem(db, retro.id, {
      description: 'Alert on card-vault latency.',
      owner: 'Sarah',
      dueDate: '2026-12-01',
      kind: 'fix',
    });
    const fields = (await names()).findings.map((f) => f.field);
    expect(fields).toContain('impact');
    expect(fields).toContain(`action:${action.id}:owner`);
    await replaceNameWithRole(db, retro.id, 'impact', 'Tom', 'payments team');
    await replaceNameWithRole(db, retro.id, `action:${action.id}:owner`, 'Sarah', 'payments team');
    expect((await db.retros.get(retro.id))!.impact).toBe(
      'Shoppers could not pay until the payments team rolled back.',
    );
    expect((await db.actionItems.get(action.id))!.owner).toBe('payments team');
  });

  it('dismisses a name like a blame finding', async () => {
    const { db, retro, names } = await setup();
    const first = (await names()).findings[0]!;
    await setDismissed(db, retro.id, first.key, true);
    expect((await names()).findings.map((f) => f.key)).not.toContain(first.key);
  });

  it('refuses a blank role or a name as the role, and writes nothing', async () => {
    const { db, account } = await setup();
    expect(checkRole('  ')).toEqual({ error: expect.stringMatching(/Choose or type a role/) });
    await expect(
      replaceNameWithRole(db, account.retroId, `account:${account.id}:knew`, 'Tom', 'Sarah'),
    ).rejects.toThrow(/reads as a person’s name/);
    expect((await db.participantAccounts.get(account.id))!.knew).toMatch(/^Obviously Tom/);
  });
});
