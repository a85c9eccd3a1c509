import { ConfigurationError } from '../errors.js';
import type { SnapshotOptions, SnapshotResult } from './commands.js';

/**
 * The snapshot command: the schema of the database at `url`; with no URL, the schema the
 * changelog builds (applied first to the embedded PostgreSQL, which starts empty).
 */
export async function snapshotCommand(options: SnapshotOptions): Promise<SnapshotResult> {
  const { openEngine } = await import('../engine/open-engine.js');
  const opened = await openEngine({
    changelogFile: options.changelogFile,
    searchPath: options.searchPath,
    url: options.url,
    username: options.username,
    password: options.password,
    contexts: options.contexts,
    labels: options.labels,
    environment: options.env,
    logger: options.logger,
  });
  try {
    if (!options.url) {
      const { update } = await import('../engine/update.js');
      const applied = await update(opened.context);
      if (!applied.ok) {
        throw new ConfigurationError(`The changelog does not apply to an empty database, so there is no schema to snapshot: ${opened.redact(applied.error?.message ?? 'update failed')}`);
      }
      options.logger.info(`Applied ${applied.changeSets.filter((c) => c.state === 'executed').length} changesets to the embedded PostgreSQL`);
    }
    const { takeSnapshot } = await import('../snapshot/take-snapshot.js');
    const { serializeSnapshot } = await import('../snapshot/snapshot-file.js');
    const snapshot = await takeSnapshot(opened.context.db, {
      ...(options.schemas.length ? { schemas: options.schemas } : {}),
      include: options.include,
      exclude: options.exclude,
      trackingTables: [opened.context.tracking.names.changelogTable, opened.context.tracking.names.lockTable],
      logger: options.logger,
    });
    return { text: serializeSnapshot(snapshot), database: opened.context.db.displayName, tables: snapshot.tables.length };
  } finally {
    await opened.close();
  }
}
