import { LockService, retryOnRace } from '../tracking/lock-service.js';
import { readRanChangeSets, trackingTablesExist, type RanChangeSet } from '../tracking/tracking-tables.js';
import type { EngineContext } from './engine-context.js';
import type { StatementRunner } from './statement-runner.js';

/** The tracking tables read under the lock, for the duration of one command. */
export interface TrackingSession {
  ranChangeSets: RanChangeSet[];
  /** Whether DATABASECHANGELOG existed before this command. */
  changelogTableExisted: boolean;
  release(): Promise<void>;
}

/** What a read of the tracking tables found, without locking or creating anything. */
export interface TrackingState {
  rows: RanChangeSet[];
  changelogTable: boolean;
  lockTable: boolean;
}

/**
 * Creates the tracking tables if needed and takes the lock. With a script runner (the *-sql
 * commands) nothing is changed: the statements that would run are written to the script instead.
 *
 * `seen`: what this command read moments before (readTrackingState), so that the tables are not
 * looked up again. Under the lock the rows are read again all the same (another process may have
 * applied changesets in between), and a table seen missing that another process has created
 * meanwhile is found so.
 */
export async function openTrackingSession(context: EngineContext, runner: StatementRunner, options: { sqlOnly: boolean; seen?: TrackingState }): Promise<TrackingSession> {
  const { db, tracking } = context;
  const seen = options.seen ?? { ...(await trackingTablesExist(db, tracking)), rows: undefined };
  const changelogTableExisted = seen.changelogTable;

  if (options.sqlOnly) {
    if (!seen.lockTable) {
      runner.comment('Create Database Lock Table');
      await runner.run(tracking.createLockTable());
      runner.comment('Initialize Database Lock Table');
      for (const statement of tracking.initLockRow()) await runner.run(statement);
    }
    const lock = new LockService(db, tracking, { ...context.lock, logger: context.logger });
    runner.comment('Lock Database');
    await runner.run(tracking.acquireLock(lock.lockedBy));
    if (!changelogTableExisted) {
      runner.comment('Create Database Change Log Table');
      await runner.run(tracking.createChangelogTable());
    }
    return {
      ranChangeSets: !changelogTableExisted ? [] : (seen.rows ?? (await readRanChangeSets(db, tracking))),
      changelogTableExisted,
      release: async () => {
        runner.comment('Release Database Lock');
        await runner.run(tracking.releaseLock());
      },
    };
  }

  const lock = new LockService(db, tracking, { ...context.lock, logger: context.logger });
  // A lock table seen a moment ago is locked at once (one round trip); acquire creates it if it
  // has gone since.
  if (!seen.lockTable) await lock.ensureTable({ seenMissing: true });
  await lock.acquire({ ensured: !seen.lockTable });
  try {
    // Created here, under the lock, the table is empty: no need to read it.
    const created = !changelogTableExisted && (await createChangelogTable(context));
    return {
      ranChangeSets: created ? [] : await readRanChangeSets(db, tracking),
      changelogTableExisted,
      release: () => lock.release(),
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Creates DATABASECHANGELOG; false when another process created it first. */
async function createChangelogTable(context: EngineContext): Promise<boolean> {
  return retryOnRace(async () => {
    try {
      await context.db.exec(context.tracking.createChangelogTable());
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '42P07') return false;
      throw error;
    }
  });
}

/** Reads DATABASECHANGELOG without locking or creating anything, and says which tracking tables exist. */
export async function readTrackingState(context: EngineContext): Promise<TrackingState> {
  const { db, tracking } = context;
  const tables = await trackingTablesExist(db, tracking);
  return { ...tables, rows: tables.changelogTable ? await readRanChangeSets(db, tracking) : [] };
}

/** Reads DATABASECHANGELOG without locking or creating anything (status, history). */
export async function readTrackingRows(context: EngineContext): Promise<RanChangeSet[]> {
  return (await readTrackingState(context)).rows;
}
