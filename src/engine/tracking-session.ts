import { LockService, retryOnRace } from '../tracking/lock-service.js';
import { readRanChangeSets, tableExists, type RanChangeSet } from '../tracking/tracking-tables.js';
import type { EngineContext } from './engine-context.js';
import type { StatementRunner } from './statement-runner.js';

/** The tracking tables read under the lock, for the duration of one command. */
export interface TrackingSession {
  ranChangeSets: RanChangeSet[];
  /** Whether DATABASECHANGELOG existed before this command. */
  changelogTableExisted: boolean;
  release(): Promise<void>;
}

/**
 * Creates the tracking tables if needed and takes the lock. With a script runner (the *-sql
 * commands) nothing is changed: the statements that would run are written to the script instead.
 */
export async function openTrackingSession(context: EngineContext, runner: StatementRunner, options: { sqlOnly: boolean }): Promise<TrackingSession> {
  const { db, tracking } = context;
  const changelogTableExisted = await tableExists(db, tracking.schema, tracking.names.changelogTable);

  if (options.sqlOnly) {
    const lockTableExists = await tableExists(db, tracking.schema, tracking.names.lockTable);
    if (!lockTableExists) {
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
      ranChangeSets: changelogTableExisted ? await readRanChangeSets(db, tracking) : [],
      changelogTableExisted,
      release: async () => {
        runner.comment('Release Database Lock');
        await runner.run(tracking.releaseLock());
      },
    };
  }

  const lock = new LockService(db, tracking, { ...context.lock, logger: context.logger });
  await lock.ensureTable();
  await lock.acquire();
  try {
    if (!changelogTableExisted) {
      await retryOnRace(async () => {
        if (!(await tableExists(db, tracking.schema, tracking.names.changelogTable))) await db.exec(tracking.createChangelogTable());
      });
    }
    return {
      ranChangeSets: await readRanChangeSets(db, tracking),
      changelogTableExisted,
      release: () => lock.release(),
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Reads DATABASECHANGELOG without locking or creating anything (status, history). */
export async function readTrackingRows(context: EngineContext): Promise<RanChangeSet[]> {
  const { db, tracking } = context;
  if (!(await tableExists(db, tracking.schema, tracking.names.changelogTable))) return [];
  return readRanChangeSets(db, tracking);
}
