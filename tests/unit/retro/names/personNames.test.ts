import { describe, expect, it } from 'vitest';
import { installWinkTagger } from '../../../../shared/retro/blame/nodeWinkTagger';
import { installGivenNames } from '../../../../shared/retro/names/nodeGivenNames';
import {
  findPersonNames,
  nameAsRole,
  replaceName,
  roleInSentence,
} from '../../../../shared/retro/names/personNames';

installWinkTagger();
installGivenNames();

const names = (text: string, known: string[] = []) =>
  findPersonNames(text, new Set(known)).map((h) => h.name);

describe('person names in retrospective prose', () => {
  it('finds a listed given name where a person acts', () => {
    expect(names('Obviously Tom should have caught this.')).toEqual(['Tom']);
    expect(names('Tom should have caught this.')).toEqual(['Tom']);
    expect(names('After the deploy, Sarah rolled back the release.')).toEqual(['Sarah']);
    expect(names('The rollback was reverted because Tom’s change broke checkout.')).toEqual([
      'Tom',
    ]);
    expect(names('At 10:02 Bill restarted the pod.')).toEqual(['Bill']);
    // First in a sentence an everyday word (“Bill”, “Will”) is not taken for a name unaided.
    expect(names('Bill restarted the pod at 10:02.')).toEqual([]);
    // A name that is no everyday word is one first in a sentence too.
    expect(names('Ben restarted the pod at 10:02.')).toEqual(['Ben']);
    expect(names('Then Dan and Priya pushed the config.')).toEqual(['Dan']);
    expect(names('Later Tom Baker approved the change.')).toEqual(['Tom Baker']);
  });

  it('stays silent on days, services, verbs, roles and a sentence’s first everyday word', () => {
    for (const text of [
      'We restarted Sentry on Monday.',
      'Postgres ran out of connections.',
      'Will the alert page the on-call SRE?',
      'We will restart the workers tomorrow.',
      'The on-call SRE rolled back the deploy.',
      'May the rollback be quick.',
      'May 3 deploy went out at noon.',
      'In May we moved the database to Aurora.',
      'Mark the alert as noisy.',
      'Grace period expired at 10:00.',
      'Ruby upgraded the gem.',
      'Travis failed the build.',
      'We paged the incident commander.',
      'The bill arrived late.',
      'Pip installed the old version of the client.',
      'Mac builds failed after the upgrade.',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('finds a name the retrospective already shows wherever it stands, not its lower-case word', () => {
    expect(names('The on-call SRE paged Tom at 09:14.', ['Tom'])).toEqual(['Tom']);
    expect(names('Priya, can you check the queue?', ['Priya'])).toEqual(['Priya']);
    expect(names('We will look at it. Will the page fire?', ['Will'])).toEqual([]);
    expect(names('We asked Will for the logs.', ['Will'])).toEqual(['Will']);
  });

  it('reads a role field written as a name', () => {
    expect(nameAsRole('Tom')).toBe('Tom');
    expect(nameAsRole('Tom Baker')).toBe('Tom Baker');
    expect(nameAsRole('on-call SRE')).toBeNull();
    expect(nameAsRole('Incident commander')).toBeNull();
    expect(nameAsRole('Ruby')).toBeNull();
  });

  it('replaces a name by a role as a sentence reads it', () => {
    expect(roleInSentence('on-call SRE', false)).toBe('the on-call SRE');
    expect(roleInSentence('on-call SRE', true)).toBe('The on-call SRE');
    expect(roleInSentence('our DBA', true)).toBe('Our DBA');
    expect(replaceName('Obviously Tom should have caught this.', 'Tom', 'on-call SRE')).toBe(
      'Obviously the on-call SRE should have caught this.',
    );
    expect(
      replaceName(
        'Tom should have caught this. We paged Tom. Tom’s fix held.',
        'Tom',
        'on-call SRE',
      ),
    ).toBe(
      'The on-call SRE should have caught this. We paged the on-call SRE. The on-call SRE’s fix held.',
    );
    // Only the person: "will" and the sentence's first "Will" stay.
    expect(replaceName('Will said we will retry. We thanked Will.', 'Will', 'DBA')).toBe(
      'Will said we will retry. We thanked the DBA.',
    );
  });
});
