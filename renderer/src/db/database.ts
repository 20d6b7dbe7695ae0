import Dexie, { type EntityTable } from 'dexie';
import type { Account, Journey, JourneyStep, PainPoint } from '../../../shared/domain/journey';
import type {
  ActionItem,
  ContributingFactor,
  ParticipantAccount,
  Retro,
  ReviewSession,
  TimelineEvent,
} from '../../../shared/domain/retro';
import type { Slo } from '../../../shared/domain/slo';
import type { Workbook } from '../../../shared/domain/workbook';
import type { SliChunk } from '../../../shared/slo/sliChunks';
import type { GitLink } from '../../../shared/sync/gitLink';

/** A stored day of SLI data, keyed by SLO and day. */
export interface StoredSliChunk extends SliChunk {
  sloId: string;
  workbookId: string;
}

export const DB_NAME = 'slo-workbook';

/**
 * The whole version chain lives here and nowhere else opens the database. Never edit a version
 * that has shipped: add the next one with its upgrade, and a test in tests/db/migrations.
 */
export const SCHEMA_VERSION = 9;

export class WorkbookDatabase extends Dexie {
  workbooks!: EntityTable<Workbook, 'id'>;
  slos!: EntityTable<Slo, 'id'>;
  sliChunks!: Dexie.Table<StoredSliChunk, [string, number]>;
  accounts!: EntityTable<Account, 'id'>;
  journeys!: EntityTable<Journey, 'id'>;
  journeySteps!: EntityTable<JourneyStep, 'id'>;
  painPoints!: EntityTable<PainPoint, 'id'>;
  retros!: EntityTable<Retro, 'id'>;
  timelineEvents!: EntityTable<TimelineEvent, 'id'>;
  participantAccounts!: EntityTable<ParticipantAccount, 'id'>;
  contributingFactors!: EntityTable<ContributingFactor, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  reviewSessions!: EntityTable<ReviewSession, 'id'>;
  gitLinks!: EntityTable<GitLink, 'workbookId'>;

  /**
   * `upTo` declares the versions up to that one only: a database as an older app made it, which
   * restoring a backup made before an upgrade needs. The app itself always opens the latest.
   */
  constructor(name: string = DB_NAME, options: { indexedDB?: IDBFactory; upTo?: number } = {}) {
    super(name, {
      // Chromium's default ("relaxed") reports a commit before it reaches the disk.
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange } : {}),
    });
    const upTo = options.upTo ?? SCHEMA_VERSION;

    // v1: workbooks with a name.
    if (upTo >= 1) this.version(1).stores({ workbooks: 'id, name, updatedAt' });

    // v2: workbooks gain a description.
    if (upTo >= 2)
      this.version(2)
        .stores({ workbooks: 'id, name, updatedAt' })
        .upgrade(async (tx) => {
          await tx
            .table('workbooks')
            .toCollection()
            .modify((workbook: Partial<Workbook>) => {
              if (typeof workbook.description !== 'string') workbook.description = '';
            });
        });

    // v3: SLOs, and their SLI data stored as one row per SLO per day.
    if (upTo >= 3)
      this.version(3).stores({
        workbooks: 'id, name, updatedAt',
        slos: 'id, workbookId, updatedAt',
        sliChunks: '[sloId+dayStartMs], sloId, workbookId',
      });

    // v4: SLOs keep incidents recorded by hand (bad minutes), for teams without exports.
    if (upTo >= 4)
      this.version(4)
        .stores({
          workbooks: 'id, name, updatedAt',
          slos: 'id, workbookId, updatedAt',
          sliChunks: '[sloId+dayStartMs], sloId, workbookId',
        })
        .upgrade(async (tx) => {
          await tx
            .table('slos')
            .toCollection()
            .modify((slo: Partial<Slo>) => {
              if (!Array.isArray(slo.manualIncidents)) slo.manualIncidents = [];
            });
        });

    // v5: customer accounts, journeys with ordered steps, and pain points on steps.
    if (upTo >= 5)
      this.version(5).stores({
        workbooks: 'id, name, updatedAt',
        slos: 'id, workbookId, updatedAt, stepId',
        sliChunks: '[sloId+dayStartMs], sloId, workbookId',
        accounts: 'id, workbookId',
        journeys: 'id, workbookId',
        journeySteps: 'id, journeyId, workbookId',
        painPoints: 'id, stepId, journeyId, workbookId',
      });

    // v6: retrospectives with their timeline, participants' accounts, contributing factors,
    // action items and review sessions. New tables only: nothing to upgrade.
    if (upTo >= 6)
      this.version(6).stores({
        workbooks: 'id, name, updatedAt',
        slos: 'id, workbookId, updatedAt, stepId',
        sliChunks: '[sloId+dayStartMs], sloId, workbookId',
        accounts: 'id, workbookId',
        journeys: 'id, workbookId',
        journeySteps: 'id, journeyId, workbookId',
        painPoints: 'id, stepId, journeyId, workbookId',
        retros: 'id, workbookId, *stepIds, *sloIds',
        timelineEvents: 'id, retroId, workbookId',
        participantAccounts: 'id, retroId, workbookId',
        contributingFactors: 'id, retroId, workbookId',
        actionItems: 'id, retroId, workbookId',
        reviewSessions: 'id, retroId, workbookId',
      });

    // v7: SLOs keep the file they were imported from (origin), and calendar windows may start at
    // a given time (OpenSLO's calendar.startTime). Existing SLOs have neither.
    if (upTo >= 7)
      this.version(7)
        // Same tables and indexes as v6 (Dexie keeps what a version does not name).
        .stores({})
        .upgrade(async (tx) => {
          await tx
            .table('slos')
            .toCollection()
            .modify((slo: Partial<Slo>) => {
              if (slo.origin === undefined) slo.origin = null;
              if (slo.window?.kind === 'calendar' && slo.window.startTime === undefined)
                slo.window.startTime = null;
            });
        });

    // v8: customer impact. Accounts carry revenue (ARR, currency) and a renewal date; pain points
    // may name the incident they are about; retrospectives name the accounts they hurt; SLOs
    // remember when customer success last validated them. Pain points and retrospectives are
    // indexed by account, so an account's page reads its own records only.
    if (upTo >= 8)
      this.version(8)
        .stores({
          painPoints: 'id, stepId, journeyId, workbookId, retroId, *accountIds',
          retros: 'id, workbookId, *stepIds, *sloIds, *accountIds',
        })
        .upgrade(async (tx) => {
          await tx
            .table('accounts')
            .toCollection()
            .modify((account: Partial<Account>) => {
              if (account.arr === undefined) account.arr = null;
              if (account.currency === undefined) account.currency = 'USD';
              if (account.renewalDate === undefined) account.renewalDate = null;
            });
          await tx
            .table('painPoints')
            .toCollection()
            .modify((pain: Partial<PainPoint>) => {
              if (pain.retroId === undefined) pain.retroId = null;
            });
          await tx
            .table('retros')
            .toCollection()
            .modify((retro: Partial<Retro>) => {
              if (!Array.isArray(retro.accountIds)) retro.accountIds = [];
            });
          await tx
            .table('slos')
            .toCollection()
            .modify((slo: Partial<Slo>) => {
              if (slo.csValidatedOn === undefined) slo.csValidatedOn = null;
            });
        });

    // v9: a workbook shared through git keeps its link (remote address, branch, the last synced
    // commit, the author set once). Never the token: main or the web build's server keeps it.
    if (upTo >= 9)
      this.version(9)
        .stores({ gitLinks: 'workbookId' })
        .upgrade(async (tx) => {
          // A link must name a workbook that exists; none can exist before this version, so
          // this only clears rows a crashed earlier build might have left.
          const ids = new Set(
            (await tx.table('workbooks').toCollection().primaryKeys()) as string[],
          );
          await tx
            .table('gitLinks')
            .filter((link: GitLink) => !ids.has(link.workbookId))
            .delete();
        });
  }
}
