import type { Queryable } from '../database/connection.js';
import { ConfigurationError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from './model.js';
import { createNameFilter } from './name-filter.js';
import { readPostgresSnapshot } from './postgres/postgres-snapshot-reader.js';

export interface SnapshotOptions {
  /** Schemas to read (default: every user schema). */
  schemas?: string[];
  /** Globs on object names (`orders*`) or `schema.name` (`app.*`); absent: everything. */
  include?: string[];
  /** Globs of objects to leave out; wins over include. */
  exclude?: string[];
  /** Tables always left out, case-insensitively (default: Liquibase's tracking tables). */
  trackingTables?: string[];
  /** The clock for `generatedAt`; `null` leaves the timestamp out. */
  clock?: (() => Date) | null;
  logger?: Logger;
}

export const DEFAULT_TRACKING_TABLES = ['databasechangelog', 'databasechangeloglock'];

/**
 * Captures the schema objects of a database: schemas, extensions, types, sequences, tables with
 * columns, constraints and indexes, views, materialized views, functions, procedures, triggers and
 * their comments. A few catalog queries per object kind, never one per object.
 *
 * @example
 * const connection = await PgConnection.connect({ connectionString, displayName: 'dev' });
 * const snapshot = await takeSnapshot(connection, { schemas: ['public'], exclude: ['tmp_*'] });
 * await writeFile('schema.json', serializeSnapshot(snapshot));
 */
export async function takeSnapshot(
  connection: Queryable & { readonly dialectName?: string },
  options: SnapshotOptions = {},
): Promise<Snapshot> {
  const dialect = connection.dialectName ?? 'postgresql';
  if (dialect !== 'postgresql') {
    throw new ConfigurationError(`snapshot is not supported on ${dialect} yet (PostgreSQL only)`);
  }
  const clock = options.clock === undefined ? () => new Date() : options.clock;
  const generatedAt = clock ? clock().toISOString() : undefined;
  const content = await readPostgresSnapshot(connection, {
    schemas: options.schemas,
    keep: createNameFilter({ include: options.include, exclude: options.exclude }),
    skipTables: new Set((options.trackingTables ?? DEFAULT_TRACKING_TABLES).map((t) => t.toLowerCase())),
    logger: options.logger ?? silentLogger,
  });
  const filters =
    options.schemas || options.include?.length || options.exclude?.length
      ? { schemas: options.schemas, include: options.include, exclude: options.exclude }
      : undefined;
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    generatedAt,
    source: {
      dialect,
      database: content.database,
      serverVersion: content.serverVersion,
      filters,
      incomplete: content.incomplete.length > 0 ? content.incomplete : undefined,
    },
    schemas: content.schemas,
    extensions: content.extensions,
    types: content.types,
    sequences: content.sequences,
    tables: content.tables,
    views: content.views,
    functions: content.functions,
    triggers: content.triggers,
  };
}
