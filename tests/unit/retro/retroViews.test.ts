import { describe, expect, it } from 'vitest';
import type {
  ActionItem,
  ContributingFactor,
  ParticipantAccount,
  TimelineEvent,
} from '../../../shared/domain/retro';
import { accountAgreement } from '../../../shared/retro/accountAgreement';
import { actionOverview, isOverdue } from '../../../shared/retro/actionOverview';
import { buildAgenda } from '../../../shared/retro/agenda';
import { findingKey, openFindings, remapDismissalKey } from '../../../shared/retro/dismissals';

const stamp = '2026-11-24T09:00:00.000Z';
const owned = { workbookId: 'w', retroId: 'r', createdAt: stamp, updatedAt: stamp };
const event = (id: string, at: string, what: string): TimelineEvent => ({
  ...owned,
  id,
  at,
  what,
  source: '',
  role: 'on-call SRE',
  marks: [],
});
const account = (role: string, views: ParticipantAccount['eventViews']): ParticipantAccount => ({
  ...owned,
  id: role,
  role,
  saw: '',
  knew: '',
  mattered: '',
  elseGoingOn: '',
  eventViews: views,
});
const action = (id: string, dueDate: string, status: ActionItem['status']): ActionItem => ({
  ...owned,
  id,
  description: `item ${id}`,
  owner: 'payments team',
  dueDate,
  status,
  kind: 'fix',
  sloId: null,
  journeyId: null,
});

describe('account agreement', () => {
  it('shows which roles agree and which differ on each event, ignoring deleted events', () => {
    const events = [event('e1', stamp, 'pool restarted'), event('e2', stamp, 'alert fired')];
    const map = accountAgreement(events, [
      account('on-call SRE', [{ eventId: 'e1', view: 'agrees', note: '' }]),
      account('support lead', [
        { eventId: 'e1', view: 'differs', note: 'we saw errors 10 minutes earlier' },
        { eventId: 'gone', view: 'differs', note: '' },
      ]),
    ]);
    expect(map.get('e1')).toEqual({
      agrees: [{ role: 'on-call SRE', note: '' }],
      differs: [{ role: 'support lead', note: 'we saw errors 10 minutes earlier' }],
    });
    expect(map.get('e2')).toEqual({ agrees: [], differs: [] });
    expect(map.has('gone')).toBe(false);
  });
});

describe('action overview', () => {
  it('lists open items by due date and separates overdue ones; done and dropped leave', () => {
    const items = [
      action('a', '2026-11-30', 'open'),
      action('b', '2026-11-01', 'in progress'),
      action('c', '2026-11-24', 'open'),
      action('d', '2026-10-01', 'done'),
      action('e', '2026-10-01', 'dropped'),
    ];
    const overview = actionOverview(items, '2026-11-24');
    expect(overview.open.map((i) => i.id)).toEqual(['c', 'a']);
    expect(overview.overdue.map((i) => i.id)).toEqual(['b']);
    expect(isOverdue(items[2]!, '2026-11-24')).toBe(false);
    expect(isOverdue(items[3]!, '2026-11-24')).toBe(false);
  });
});

describe('agenda', () => {
  const retro = {
    openQuestions: [
      { id: 'q1', text: 'How did the alert reach on-call?', answered: false },
      { id: 'q2', text: 'Settled already', answered: true },
    ],
    prompts: [
      { id: 'what', question: 'What happened?', answer: 'The pool ran dry.' },
      { id: 'hard', question: 'What made it hard to see?', answer: '  ' },
    ],
    business: { metric: 'We measure uptime, customers feel latency.', revenue: '', users: '' },
  };
  it('is built from open questions, differing accounts, unanswered prompts and business questions', () => {
    const events = [event('e1', stamp, 'pool restarted')];
    const accounts = [account('support lead', [{ eventId: 'e1', view: 'differs', note: '' }])];
    const agenda = buildAgenda(retro, events, accounts, []);
    expect(agenda.map((a) => a.from)).toEqual([
      'open question',
      'accounts differ',
      'prompt',
      'business question',
      'business question',
      'factors',
    ]);
    expect(agenda[1]!.text).toContain('support lead');
    expect(agenda.map((a) => a.text)).not.toContain('Settled already');
  });
  it('asks for more than one contributing factor', () => {
    const factor = { description: 'x' } as ContributingFactor;
    expect(buildAgenda(retro, [], [], [factor]).at(-1)!.text).toMatch(/Only one/);
    expect(buildAgenda(retro, [], [], [factor, factor]).some((a) => a.from === 'factors')).toBe(
      false,
    );
  });
});

describe('dismissals', () => {
  const text = 'The engineer should have checked the dashboard.';
  it('hide a dismissed finding in its own field only, and survive edits elsewhere', () => {
    const [finding] = openFindings(text, 'event:e1', []);
    expect(finding?.phrase).toMatch(/should have checked/i);
    const dismissals = [finding!.key];
    expect(openFindings(text, 'event:e1', dismissals)).toEqual([]);
    expect(openFindings(`Earlier: ${text}`, 'event:e1', dismissals)).toEqual([]);
    expect(openFindings(text, 'event:e2', dismissals)).toHaveLength(1);
    expect(findingKey('f', { category: 'counterfactual', phrase: 'Should  have' })).toBe(
      'f|counterfactual|should have',
    );
  });
});

describe('dismissal keys on import as a copy', () => {
  it('follow the record they belong to', () => {
    const id = (field: string, old: string) => `new-${field}-${old}`;
    expect(remapDismissalKey('event:e1:what|counterfactual|should have', id)).toBe(
      'event:new-event-e1:what|counterfactual|should have',
    );
    expect(remapDismissalKey('prompt:what|hindsight|obviously', id)).toBe(
      'prompt:what|hindsight|obviously',
    );
  });
});
