import type { Account, Journey, JourneyStep, PainPoint } from '../domain/journey';
import {
  retroSchema,
  type ActionItem,
  type ContributingFactor,
  type ParticipantAccount,
  type Retro,
  type ReviewSession,
  type TimelineEvent,
} from '../domain/retro';
import { sloSchema, type Slo } from '../domain/slo';
import type { WorkbookContents } from '../domain/workbookFile';
import { defaultAlertsForPeriod } from '../slo/burnRateAlerts';
import { DEFAULT_POLICY } from '../slo/errorBudgetPolicy';
import { splitIntoDayChunks } from '../slo/sliChunks';
import type { SliData } from '../slo/sliSeries';
import { seeded } from '../seededRandom';

/**
 * A sample workbook for a new user: a fictional SaaS ("Brightcart", a shop platform) with a
 * checkout journey, pain points from three accounts, two SLOs with a quarter of generated SLI
 * data, and one finished retrospective, so every feature has something to show. Deterministic:
 * the same `endMs` and ids always give the same workbook (the reports' golden files rely on it).
 */
export interface SampleOptions {
  /** The end of the generated data; the sample's story is told relative to it. */
  endMs: number;
  /** Makes an id for a record key; defaults to stable "sample-…" ids. */
  idFor?: (key: string) => string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEP = 5 * MINUTE;

export function buildSampleWorkbook(options: SampleOptions): WorkbookContents {
  const id = options.idFor ?? ((key: string) => `sample-${key}`);
  const endMs = Math.floor(options.endMs / STEP) * STEP;
  const iso = (ms: number) => new Date(ms).toISOString();
  const day = (ms: number) => iso(ms).slice(0, 10);
  const createdAt = iso(endMs - 95 * DAY);
  const stamp = { createdAt, updatedAt: createdAt };
  const workbookId = id('workbook');

  // The incident the retrospective reviews: twelve days before the end of the data, 38 minutes of
  // failed payments after a deploy; long enough ago for its review to be finished and an action
  // item to be overdue.
  const incidentStart = endMs - 12 * DAY + 6 * HOUR;
  const incidentMitigated = incidentStart + 38 * MINUTE;

  // The second incident: an evening of slow catalogue pages forty days before the end, which the
  // latency SLO saw and shoppers felt.
  const slowEveningStart = Math.floor((endMs - 40 * DAY) / DAY) * DAY;

  const accounts: Account[] = (
    [
      ['northwind', 'Northwind Outfitters', 'Retail', 'Enterprise', 'Priya (CSM)', 480_000, 45],
      ['lumen', 'Lumen Health Supplies', 'Healthcare', 'Mid-market', 'Priya (CSM)', 150_000, 120],
      ['tidepool', 'Tidepool Games', 'Gaming', 'Self-serve', 'Marco (CSM)', 24_000, 20],
      ['harbor', 'Harbor Books', 'Retail', 'Mid-market', 'Marco (CSM)', 96_000, 200],
    ] as const
  ).map(([key, name, segment, plan, csmOwner, arr, renewsInDays]) => ({
    id: id(`account-${key}`),
    workbookId,
    name,
    segment,
    plan,
    csmOwner,
    notes: '',
    arr,
    currency: 'USD',
    renewalDate: day(endMs + renewsInDays * DAY),
    ...stamp,
  }));
  const [northwind, lumen, tidepool, harbor] = accounts.map((a) => a.id) as [
    string,
    string,
    string,
    string,
  ];
  const retroId = id('retro-card-vault');
  const slowRetroId = id('retro-slow-catalogue');

  const journeyId = id('journey-checkout');
  const journeys: Journey[] = [
    {
      id: journeyId,
      workbookId,
      name: 'Checkout',
      persona: 'A shopper on a store built with Brightcart',
      goal: 'Pay for the basket and know the order is on its way',
      ...stamp,
    },
  ];
  const stepDefs = [
    [
      'browse',
      'Discover',
      'Browse the catalogue',
      'Pages load quickly, even on a phone',
      1,
      'some data',
    ],
    ['cart', 'Decide', 'Review the basket', 'Prices and shipping are clear', 0, 'anecdotal'],
    ['pay', 'Buy', 'Pay', 'The payment goes through the first time', -2, 'strong data'],
    ['confirm', 'After', 'Order confirmation', 'An email arrives within a minute', -1, 'anecdotal'],
  ] as const;
  const journeySteps: JourneyStep[] = stepDefs.map(
    ([key, stage, name, expectation, emotion, evidence], position) => ({
      id: id(`step-${key}`),
      workbookId,
      journeyId,
      position,
      stage,
      name,
      expectation,
      emotion,
      evidence,
      ...stamp,
    }),
  );
  const stepId = (key: string) => id(`step-${key}`);

  const painDefs: [
    string,
    string,
    PainPoint['source'],
    number,
    string[],
    PainPoint['severity'],
    PainPoint['frequency'],
    string | null,
  ][] = [
    ['pay-declined', 'pay', 'call', 11, [northwind, lumen], 'critical', 'weekly', retroId],
    ['pay-spinner', 'pay', 'ticket', 2, [tidepool], 'high', 'daily', null],
    [
      'browse-slow',
      'browse',
      'business review',
      39,
      [northwind, harbor],
      'medium',
      'daily',
      slowRetroId,
    ],
    ['confirm-late', 'confirm', 'survey', 30, [lumen, tidepool], 'medium', 'monthly', null],
    ['cart-shipping', 'cart', 'ticket', 12, [tidepool], 'low', 'weekly', null],
    ['pay-double', 'pay', 'ticket', 11, [lumen], 'high', 'once', retroId],
  ];
  const quotes: Record<string, string> = {
    'pay-declined':
      'Our shoppers saw “payment failed” and then the card was charged anyway. We lost a Friday of orders.',
    'pay-spinner': 'The pay button just spins. Players give up and buy the skin somewhere else.',
    'browse-slow':
      'On mobile the catalogue takes forever to show pictures; our conversion dropped.',
    'confirm-late':
      'Customers call us to ask whether their order went through because the email is late.',
    'cart-shipping': 'Shipping costs only show up at the very end, people feel tricked.',
    'pay-double': 'Two charges for one order, and our support team had to refund by hand.',
  };
  const painPoints: PainPoint[] = painDefs.map(
    ([key, step, source, daysAgo, accountIds, severity, frequency, painRetroId]) => ({
      id: id(`pain-${key}`),
      workbookId,
      journeyId,
      stepId: stepId(step),
      quote: quotes[key]!,
      source,
      date: day(endMs - daysAgo * DAY),
      accountIds,
      severity,
      frequency,
      retroId: painRetroId,
      ...stamp,
    }),
  );

  // A quarter of five-minute SLI data for both SLOs.
  const points = (90 * DAY) / STEP;
  const startMs = endMs - (points - 1) * STEP;
  const random = seeded(20261124);
  const good = new Float64Array(points);
  const total = new Float64Array(points);
  const latency = new Float64Array(points);
  for (let i = 0; i < points; i += 1) {
    const t = startMs + i * STEP;
    const hourOfDay = (t / HOUR) % 24;
    // Daily traffic curve: quiet at night, busy in the evening.
    const traffic = Math.round(
      400 + 900 * Math.max(0, Math.sin(((hourOfDay - 6) / 24) * Math.PI * 2)) + random() * 120,
    );
    const inIncident = t >= incidentStart && t < incidentMitigated;
    const failing = inIncident ? 0.3 : random() < 0.002 ? 0.05 : 0.0004 * random();
    total[i] = traffic;
    good[i] = Math.round(traffic * (1 - failing));
    const slowEvening = t >= slowEveningStart + 18 * HOUR && t < slowEveningStart + 24 * HOUR;
    latency[i] = Math.round(350 + random() * 250 + (slowEvening ? 700 : 0));
  }
  // A monitoring gap: half a day without data, which must never count as good.
  const gapFrom = Math.floor(points * 0.3);
  for (let i = gapFrom; i < gapFrom + 144; i += 1) {
    good[i] = Number.NaN;
    total[i] = Number.NaN;
    latency[i] = Number.NaN;
  }
  const payData: SliData = { kind: 'counts', startMs, stepMs: STEP, good, total };
  const browseData: SliData = { kind: 'values', startMs, stepMs: STEP, values: latency };
  const summary = (kind: 'counts' | 'values', source: string) => ({
    kind,
    startMs,
    endMs,
    stepMs: STEP,
    rows: points - 144,
    gaps: 144,
    source,
    importedAt: createdAt,
  });

  const paySloId = id('slo-pay');
  const browseSloId = id('slo-browse');
  const window = { kind: 'rolling' as const, minutes: 28 * 1440 };
  const slos: Slo[] = [
    sloSchema.parse({
      id: paySloId,
      workbookId,
      name: 'Checkout payment succeeds',
      description:
        'Payment requests from the checkout page that the payment service answers without error.',
      service: 'payments-api',
      journeyId,
      stepId: stepId('pay'),
      sli: {
        kind: 'ratio',
        goodDescription: 'payment requests answered 2xx or 4xx (card declined)',
        validDescription: 'all payment requests',
      },
      target: 0.999,
      window,
      budgetingMethod: 'Occurrences',
      alerts: defaultAlertsForPeriod(window.minutes),
      policy: [
        ...DEFAULT_POLICY,
        {
          consumedAtLeast: 0.2,
          actions: 'A single incident above this share gets a retrospective with a P0 action item.',
        },
      ],
      owners: 'Payments team',
      rationale:
        'Shoppers retry a failed payment at most once; past that, the sale is lost and the store owner calls us.',
      reviewDate: day(endMs + 60 * DAY),
      dataSummary: summary('counts', 'payments-api-5m.csv (generated)'),
      ...stamp,
    }),
    sloSchema.parse({
      id: browseSloId,
      workbookId,
      name: 'Catalogue pages load fast',
      description: 'The 95th percentile of catalogue page load time, per five minutes.',
      service: 'storefront',
      journeyId,
      stepId: stepId('browse'),
      sli: {
        kind: 'threshold',
        metricDescription: 'p95 page load',
        op: 'lte',
        threshold: 800,
        unit: 'ms',
      },
      target: 0.99,
      window,
      budgetingMethod: 'Timeslices',
      timeSliceMinutes: 5,
      timeSliceTarget: 1,
      alerts: defaultAlertsForPeriod(window.minutes),
      policy: DEFAULT_POLICY,
      owners: 'Storefront team',
      rationale:
        'Mobile shoppers leave after about a second; 800 ms at p95 leaves room for slow networks.',
      reviewDate: day(endMs + 60 * DAY),
      dataSummary: summary('values', 'storefront-latency-5m.csv (generated)'),
      ...stamp,
    }),
  ];
  const sliChunks = [
    ...splitIntoDayChunks(payData).map((c) => ({ ...c, sloId: paySloId })),
    ...splitIntoDayChunks(browseData).map((c) => ({ ...c, sloId: browseSloId })),
  ];

  const slowStamp = {
    createdAt: iso(slowEveningStart + 26 * HOUR),
    updatedAt: iso(slowEveningStart + 50 * HOUR),
  };
  const retroStamp = {
    createdAt: iso(incidentMitigated + 2 * HOUR),
    updatedAt: iso(incidentMitigated + 46 * HOUR),
  };
  const retros: Retro[] = [
    retroSchema.parse({
      id: retroId,
      workbookId,
      title: 'Payment errors after the card-vault deploy',
      template: 'blameless',
      severity: 'SEV2',
      startedAt: iso(incidentStart),
      detectedAt: iso(incidentStart + 14 * MINUTE),
      mitigatedAt: iso(incidentMitigated),
      resolvedAt: iso(incidentMitigated + 50 * MINUTE),
      impact:
        'About 30% of payments failed for 38 minutes. Shoppers saw “payment failed”; some were charged and had to be refunded.',
      accountIds: [northwind, lumen],
      accountsAffected: 39,
      usersAffected: 2300,
      failingShare: 0.3,
      journeyIds: [journeyId],
      stepIds: [stepId('pay')],
      sloIds: [paySloId],
      prompts: [
        {
          id: 'what',
          question: 'What happened, in the order people experienced it?',
          answer:
            'A card-vault client update changed its connection timeout from 5 s to 500 ms. Under evening load, token lookups timed out and payments failed. Support heard from stores before the page fired.',
        },
        {
          id: 'sense',
          question:
            'What did the people responding know at each point, and what made sense to them then?',
          answer:
            'The dashboards showed the payments API healthy, because timeouts were counted as declined cards. Rolling back the storefront made sense first: it had also deployed that afternoon.',
        },
        {
          id: 'hard',
          question: 'What made the problem hard to see, or hard to act on?',
          answer: 'Timeouts were reported as card declines, which are normal and not alerted on.',
        },
        {
          id: 'helped',
          question: 'What helped: what went well, and where did we get lucky?',
          answer:
            'Support escalated quickly with store names and order ids. We were lucky the deploy happened before the weekend peak.',
        },
        {
          id: 'normal',
          question: 'How does this kind of work usually go on a normal day?',
          answer:
            'Client library updates ship with the service and are reviewed as dependency bumps, without load tests.',
        },
        {
          id: 'surprise',
          question: 'What surprised us, and what does it tell us about the system?',
          answer: 'A library default decided a timeout that nobody had chosen on purpose.',
        },
      ],
      business: {
        metric:
          'Partly: we track payment API availability, but customers feel completed checkouts. Declines hid the failure.',
        revenue:
          'The dependency bump was rushed to unblock a sales-led feature; no time was set aside for load tests.',
        users:
          'Yes, but small stores notice last and suffer most; their voice reaches us only through tickets.',
      },
      openQuestions: [
        {
          id: id('question-1'),
          text: 'How did the first signal reach the people who responded?',
          answered: true,
        },
        {
          id: id('question-2'),
          text: 'Which trade-offs were people balancing during the response?',
          answered: true,
        },
      ],
      dismissals: [],
      ...retroStamp,
    }),
    retroSchema.parse({
      id: slowRetroId,
      workbookId,
      title: 'Slow catalogue pages in the evening peak',
      template: 'short',
      severity: 'SEV3',
      startedAt: iso(slowEveningStart + 18 * HOUR),
      detectedAt: iso(slowEveningStart + 19 * HOUR + 10 * MINUTE),
      mitigatedAt: iso(slowEveningStart + 24 * HOUR),
      resolvedAt: iso(slowEveningStart + 24 * HOUR + 30 * MINUTE),
      impact:
        'Catalogue pages took over a second at p95 for six hours of the evening peak; mobile shoppers left before the pictures loaded.',
      accountIds: [northwind, harbor],
      accountsAffected: null,
      journeyIds: [journeyId],
      stepIds: [stepId('browse')],
      sloIds: [browseSloId],
      ...slowStamp,
    }),
  ];
  const eventDefs: [number, string, string, string, TimelineEvent['marks']][] = [
    [
      0,
      'card-vault client 4.2 deployed with the payments API',
      'payments team',
      'deploy log',
      ['key'],
    ],
    [6, 'First store ticket: “payment failed” at checkout', 'support', 'ticket', []],
    [
      14,
      'Support escalates to on-call with three store names',
      'support lead',
      'chat',
      ['detection'],
    ],
    [
      19,
      'On-call rolls back the storefront deploy; errors continue',
      'on-call SRE',
      'chat',
      ['decision'],
    ],
    [31, 'Timeouts spotted in card-vault client logs', 'on-call SRE', 'logs', ['key']],
    [
      38,
      'Payments API rolled back; errors drop to normal',
      'payments team',
      'dashboard',
      ['decision'],
    ],
  ];
  const timelineEvents: TimelineEvent[] = eventDefs.map(
    ([minutes, what, role, source, marks], i) => ({
      id: id(`event-${i + 1}`),
      workbookId,
      retroId,
      at: iso(incidentStart + minutes * MINUTE),
      what,
      source,
      role,
      marks,
      ...retroStamp,
    }),
  );
  const slowEventDefs: [number, string, string, string, TimelineEvent['marks']][] = [
    [
      0,
      'Image cache evictions start as the evening catalogue refresh runs',
      'storefront team',
      'metrics',
      ['key'],
    ],
    [
      70,
      'Latency burn-rate alert pages the storefront on-call',
      'storefront on-call',
      'alert',
      ['detection'],
    ],
    [
      95,
      'On-call moves the catalogue refresh to after midnight',
      'storefront on-call',
      'chat',
      ['decision'],
    ],
    [360, 'The refresh finishes; page loads back under 800 ms', 'storefront team', 'dashboard', []],
  ];
  timelineEvents.push(
    ...slowEventDefs.map(([minutes, what, role, source, marks], i) => ({
      id: id(`slow-event-${i + 1}`),
      workbookId,
      retroId: slowRetroId,
      at: iso(slowEveningStart + 18 * HOUR + minutes * MINUTE),
      what,
      source,
      role,
      marks,
      ...slowStamp,
    })),
  );
  const eventId = (n: number) => id(`event-${n}`);
  const participantAccounts: ParticipantAccount[] = [
    {
      id: id('participant-sre'),
      workbookId,
      retroId,
      role: 'on-call SRE',
      saw: 'A page for checkout errors 14 minutes in, and green payment dashboards.',
      knew: 'The storefront had deployed that afternoon; the payments change looked like a dependency bump.',
      mattered: 'Stopping the errors before the evening peak.',
      elseGoingOn: 'A database maintenance window was also open.',
      eventViews: [{ eventId: eventId(4), view: 'agrees', note: '' }],
      ...retroStamp,
    },
    {
      id: id('participant-support'),
      workbookId,
      retroId,
      role: 'support lead',
      saw: 'Tickets from three stores within ten minutes, all at the payment step.',
      knew: 'Declines are normal, but not from three stores at once.',
      mattered: 'Getting the stores an answer they could give their shoppers.',
      elseGoingOn: 'Half the team was in training.',
      eventViews: [
        {
          eventId: eventId(4),
          view: 'differs',
          note: 'we had already told on-call it was the payment step, not the storefront',
        },
      ],
      ...retroStamp,
    },
  ];
  const contributingFactors: ContributingFactor[] = [
    [
      'timeout',
      'A library default set a 500 ms timeout that nobody chose on purpose',
      'technical',
      [1, 5],
    ],
    ['declines', 'Timeouts were counted as card declines, so no alert fired', 'technical', [2, 3]],
    ['bumps', 'Dependency bumps ship without load tests', 'process', [1]],
    ['deadline', 'The update was rushed to unblock a sales-led feature', 'business / customer', []],
  ].map(([key, description, category, events]) => ({
    id: id(`factor-${key as string}`),
    workbookId,
    retroId,
    description: description as string,
    category: category as ContributingFactor['category'],
    eventIds: (events as number[]).map(eventId),
    ...retroStamp,
  }));
  contributingFactors.push(
    ...(
      [
        [
          'refresh',
          'The catalogue refresh was scheduled inside the evening peak',
          'process',
          [1, 3],
        ],
        ['cache', 'The image cache was sized for daytime traffic', 'technical', [1]],
      ] as const
    ).map(([key, description, category, events]) => ({
      id: id(`factor-${key}`),
      workbookId,
      retroId: slowRetroId,
      description,
      category,
      eventIds: events.map((n) => id(`slow-event-${n}`)),
      ...slowStamp,
    })),
  );
  const actionItems: ActionItem[] = [
    [
      'timeouts',
      'Count card-vault timeouts as errors, not declines, in the payment SLI',
      'payments team',
      7,
      'in progress',
      'fix',
      paySloId,
      null,
    ],
    [
      'loadtest',
      'Load-test client library updates before they ship',
      'platform team',
      -3,
      'open',
      'process',
      paySloId,
      null,
    ],
    [
      'tickets',
      'Page on-call when three stores report the same checkout error',
      'support lead',
      14,
      'open',
      'process',
      null,
      journeyId,
    ],
    [
      'share',
      'Share how library defaults decide timeouts at the engineering all-hands',
      'SRE',
      -10,
      'done',
      'learning',
      null,
      null,
    ],
  ].map(([key, description, owner, dueInDays, status, kind, sloId, jId]) => ({
    id: id(`action-${key as string}`),
    workbookId,
    retroId,
    description: description as string,
    owner: owner as string,
    dueDate: day(endMs + (dueInDays as number) * DAY),
    status: status as ActionItem['status'],
    kind: kind as ActionItem['kind'],
    sloId: sloId as string | null,
    journeyId: jId as string | null,
    ...retroStamp,
  }));
  actionItems.push({
    id: id('action-refresh'),
    workbookId,
    retroId: slowRetroId,
    description: 'Run the catalogue refresh outside the evening peak, and alert when it overlaps',
    owner: 'storefront team',
    dueDate: day(endMs + 5 * DAY),
    status: 'open',
    kind: 'fix',
    sloId: browseSloId,
    journeyId,
    ...slowStamp,
  });
  // The day after the incident, then again after a day of soak time.
  const sessionStart = incidentMitigated + 20 * HOUR;
  const reviewSessions: ReviewSession[] = [
    ['learn', 'Learn: what happened and how', 60, 24, sessionStart, 55],
    [
      'improve',
      'Improve: contributing factors and action items',
      60,
      0,
      sessionStart + 25 * HOUR,
      48,
    ],
  ].map(([key, title, timeboxMinutes, soakHours, at, ranMinutes], i) => ({
    id: id(`session-${key as string}`),
    workbookId,
    retroId,
    title: title as string,
    timeboxMinutes: timeboxMinutes as number,
    soakHours: soakHours as number,
    runningSince: null,
    elapsedMs: (ranMinutes as number) * MINUTE,
    extendedMinutes: 0,
    endedAt: iso((at as number) + (ranMinutes as number) * MINUTE),
    createdAt: iso(incidentMitigated + 2 * HOUR + i),
    updatedAt: iso((at as number) + (ranMinutes as number) * MINUTE),
  }));

  return {
    workbook: {
      id: workbookId,
      name: 'Sample: Brightcart',
      description:
        'A fictional shop platform, to show what SLO Workbook holds: a checkout journey with pain points from four accounts and their revenue, two SLOs with a quarter of data, and two incidents with their retrospectives. Change anything; delete it when you are done.',
      ...stamp,
    },
    accounts,
    journeys,
    journeySteps,
    painPoints,
    slos,
    sliChunks,
    retros,
    timelineEvents,
    participantAccounts,
    contributingFactors,
    actionItems,
    reviewSessions,
  };
}
