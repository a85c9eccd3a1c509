import type { RunResult } from '../report/model.js';
import { LockService, staleLockHint, type LockStatus } from '../tracking/lock-service.js';
import { tableExists } from '../tracking/tracking-tables.js';
import type { EngineContext } from './engine-context.js';
import { failResult, startResult } from './results.js';
import { DatabaseStatementRunner } from './statement-runner.js';
import { openTrackingSession, readTrackingRows } from './tracking-session.js';

/**
 * `tag`: sets TAG on the most recent row. On an empty table Liquibase first inserts a placeholder
 * row (ID = epoch milliseconds, AUTHOR `liquibase`, FILENAME `liquibase-internal`).
 */
export async function tagDatabase(context: EngineContext, tag: string): Promise<RunResult> {
  return underLock(context, 'tag', async (rows) => {
    if (rows === 0) {
      const now = String(Date.now());
      await context.db.exec(
        context.tracking.insertRow({
          id: now,
          author: 'liquibase',
          filename: 'liquibase-internal',
          orderExecuted: 1,
          execType: 'EXECUTED',
          md5sum: '9:d41d8cd98f00b204e9800998ecf8427e',
          description: 'empty',
          comments: '',
          tag,
          contexts: null,
          labels: null,
          deploymentId: now.slice(-10),
        }),
      );
    } else {
      await context.db.exec(context.tracking.tagLatest(tag));
    }
  });
}

/** `tag-exists`: whether a DATABASECHANGELOG row carries exactly this tag (Liquibase's `WHERE TAG = ?`). */
export async function tagExists(context: EngineContext, tag: string): Promise<boolean> {
  return (await readTrackingRows(context)).some((row) => row.tag === tag);
}

/** `clear-checksums`: MD5SUM becomes NULL everywhere; the next update recomputes them. */
export async function clearChecksums(context: EngineContext): Promise<RunResult> {
  return underLock(context, 'clear-checksums', async () => {
    await context.db.exec(context.tracking.clearChecksums());
  });
}

/** `release-locks`: clears the lock whoever holds it, and says who held it. */
export async function releaseLocks(context: EngineContext): Promise<RunResult & { previous?: LockStatus; stale?: string }> {
  const started = Date.now();
  const result = startResult('release-locks', context.db.displayName, context.changeLog.rootPath);
  try {
    if (!(await tableExists(context.db, context.tracking.schema, context.tracking.names.lockTable))) {
      return { ...result, durationMs: Date.now() - started };
    }
    const lock = new LockService(context.db, context.tracking, { ...context.lock, logger: context.logger });
    const previous = await lock.forceRelease();
    return { ...result, previous, stale: staleLockHint(previous), durationMs: Date.now() - started };
  } catch (error) {
    failResult(result, error);
    result.durationMs = Date.now() - started;
    return result;
  }
}

/** `list-locks`: who holds the lock, if anyone. */
export async function listLocks(context: EngineContext): Promise<LockStatus & { stale?: string }> {
  if (!(await tableExists(context.db, context.tracking.schema, context.tracking.names.lockTable))) {
    return { locked: false, lockedBy: null, lockGranted: null };
  }
  const status = await new LockService(context.db, context.tracking, { ...context.lock, logger: context.logger }).status();
  return { ...status, stale: status.locked ? staleLockHint(status) : undefined };
}

async function underLock(context: EngineContext, command: RunResult['command'], fn: (rowCount: number) => Promise<void>): Promise<RunResult> {
  const started = Date.now();
  const result = startResult(command, context.db.displayName, context.changeLog.rootPath);
  try {
    const session = await openTrackingSession(context, new DatabaseStatementRunner(context.db), { sqlOnly: false });
    try {
      await fn(session.ranChangeSets.length);
    } finally {
      await session.release();
    }
  } catch (error) {
    failResult(result, error);
  }
  result.durationMs = Date.now() - started;
  return result;
}
