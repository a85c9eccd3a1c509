import type { OpenEngineOptions } from '../engine/open-engine.js';
import type { ChangeSetRef, ChangeSetResult } from '../report/model.js';

/** What a database lacks of a changelog. */
export interface PendingChangeSets {
  /** Redacted description of the database (no password). */
  database: string;
  /** The changesets an update would run, in order, each with its SQL. */
  pending: ChangeSetResult[];
  /** Changesets that database has applied but the changelog does not contain (a hotfix made there?). */
  unknownApplied: ChangeSetRef[];
  /** Set when the update plan could not be made (a checksum mismatch, say): the list is then incomplete. */
  error?: string;
}

/**
 * The changesets `update` would run against a database, with their SQL, read with update-sql so
 * nothing is changed (no tracking table is created, no lock is taken). This is exactly what a
 * deploy of this changelog to that database applies.
 *
 * @example
 * ```ts
 * const { pending } = await pendingChangeSets({ changelogFile: 'changelog.yaml', searchPath: [dir], url: stagingUrl, logger });
 * ```
 */
export async function pendingChangeSets(options: OpenEngineOptions): Promise<PendingChangeSets> {
  const { openEngine } = await import('../engine/open-engine.js');
  const opened = await openEngine(options);
  try {
    const { update } = await import('../engine/update.js');
    const { history } = await import('../engine/history.js');
    const plan = await update(opened.context, { sqlOnly: true });
    const applied = await history(opened.context);
    const known = new Set(opened.context.changeLog.changeSets.map((c) => key(c)));
    const pending = plan.changeSets
      .filter((c) => c.state === 'executed' || c.state === 'reran')
      .map((c): ChangeSetResult => ({ ...c, state: 'pending', sql: c.sql.map(opened.redact) }));
    return {
      database: opened.context.db.displayName,
      pending,
      unknownApplied: applied.changeSets.filter((c) => !known.has(key(c))).map(({ id, author, filePath }) => ({ id, author, filePath })),
      ...(plan.ok ? {} : { error: opened.redact(plan.error?.message ?? 'update-sql failed') }),
    };
  } finally {
    await opened.close();
  }
}

function key(c: { id: string; author: string; filePath: string }): string {
  return `${c.filePath}::${c.id}::${c.author}`;
}
