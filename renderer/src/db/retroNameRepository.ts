import {
  actionItemSchema,
  contributingFactorSchema,
  participantAccountSchema,
  retroSchema,
  timelineEventSchema,
} from '../../../shared/domain/retro';
import { nowIso } from '../../../shared/domain/ids';
import { loadWinkTagger } from '../../../shared/retro/blame/loadWinkTagger';
import { loadGivenNames } from '../../../shared/retro/names/loadGivenNames';
import { nameAsRole, replaceName } from '../../../shared/retro/names/personNames';
import { retroFieldChange, retroFieldValue } from '../../../shared/retro/retroFieldPatch';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';

/** The role a person chose or typed, or why it cannot stand in for a name (names loaded). */
export function checkRole(role: string): { role: string } | { error: string } {
  const clean = role.trim().replace(/\s+/g, ' ');
  if (!clean) return { error: 'Choose or type a role, e.g. “on-call SRE”.' };
  if (clean.length > 200) return { error: 'A role is at most 200 characters.' };
  if (nameAsRole(clean))
    return { error: `“${clean}” reads as a person’s name: type a role or a team.` };
  return { role: clean };
}

const ACCOUNT_TEXT = ['saw', 'knew', 'mattered', 'elseGoingOn'] as const;
type AccountText = (typeof ACCOUNT_TEXT)[number];

/**
 * Rewrites a name as a role in the one field where it stands (`field` as the report's
 * findings name it: "impact", "event:<id>:what", "account:<id>:knew", "action:<id>:owner", …):
 * every place the field names that person, read from the record as stored, in one transaction.
 * A role field (a narrative's role, an event's who, an action's owner) becomes the role itself.
 */
export async function replaceNameWithRole(
  db: WorkbookDatabase,
  retroId: string,
  field: string,
  name: string,
  chosenRole: string,
): Promise<void> {
  // The sentence reader and the names list load lazily; the plain reader stands in if it cannot.
  await Promise.all([loadWinkTagger().catch(() => undefined), loadGivenNames()]);
  const checked = checkRole(chosenRole);
  if ('error' in checked) throw new Error(checked.error);
  const { role } = checked;
  const prose = (text: string) => replaceName(text, name, role);
  await guardWrite('replace the name with a role', () =>
    db.transaction(
      'rw',
      [
        db.retros,
        db.timelineEvents,
        db.participantAccounts,
        db.contributingFactors,
        db.actionItems,
      ],
      async () => {
        const updatedAt = nowIso();
        const [kind, id, part] = field.split(':') as [
          string,
          string | undefined,
          string | undefined,
        ];
        if (kind === 'event' && id) {
          const event = await db.timelineEvents.get(id);
          if (!event || event.retroId !== retroId) throw recordGone('timeline event');
          const change = part === 'role' ? { role } : { what: prose(event.what) };
          await db.timelineEvents.put(
            timelineEventSchema.parse({ ...event, ...change, updatedAt }),
          );
        } else if (kind === 'account' && id) {
          const account = await db.participantAccounts.get(id);
          if (!account || account.retroId !== retroId) throw recordGone('narrative');
          const change =
            part === 'role'
              ? { role }
              : ACCOUNT_TEXT.includes(part as AccountText)
                ? { [part as AccountText]: prose(account[part as AccountText]) }
                : null;
          if (!change) throw new Error(`This version cannot change the field “${field}”.`);
          await db.participantAccounts.put(
            participantAccountSchema.parse({ ...account, ...change, updatedAt }),
          );
        } else if (kind === 'factor' && id) {
          const factor = await db.contributingFactors.get(id);
          if (!factor || factor.retroId !== retroId) throw recordGone('contributing factor');
          await db.contributingFactors.put(
            contributingFactorSchema.parse({
              ...factor,
              description: prose(factor.description),
              updatedAt,
            }),
          );
        } else if (kind === 'action' && id) {
          const action = await db.actionItems.get(id);
          if (!action || action.retroId !== retroId) throw recordGone('action item');
          const change =
            part === 'owner' ? { owner: role } : { description: prose(action.description) };
          await db.actionItems.put(actionItemSchema.parse({ ...action, ...change, updatedAt }));
        } else {
          const retro = await db.retros.get(retroId);
          if (!retro) throw recordGone('retrospective');
          const value = retroFieldValue(retro, field);
          const change = value === undefined ? null : retroFieldChange(field, prose(value));
          if (!change) throw new Error(`This version cannot change the field “${field}”.`);
          await db.retros.put(retroSchema.parse({ ...retro, ...change(retro), updatedAt }));
        }
      },
    ),
  );
}
