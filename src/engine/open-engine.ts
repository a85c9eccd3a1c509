import { loadChangeLog } from '../changelog/load-changelog.js';
import { ChangeLogProperties } from '../changelog/properties.js';
import { FileSystemResourceAccessor } from '../changelog/resource-accessor.js';
import { loadChange } from '../changes/registry.js';
import { connect, processTimeZone, useTimeZone } from '../database/connect.js';
import type { DatabaseConnection } from '../database/connection.js';
import { parseDatabaseUrl } from '../database/database-url.js';
import { PostgresDialect } from '../dialect/postgres/postgres-dialect.js';
import { ConfigurationError } from '../errors.js';
import { createRedactor } from '../github/masking.js';
import type { Logger } from '../logger.js';
import { TrackingSql } from '../tracking/tracking-tables.js';
import { postgresBuiltInProperties, type ServerFacts } from './database-properties.js';
import type { EngineContext, ProgressEvent } from './engine-context.js';

/** What the CLI and the actions pass to open a changelog against a database. */
export interface OpenEngineOptions {
  changelogFile: string;
  /** Directories changelog paths are relative to. */
  searchPath: string[];
  /** Database URL; undefined means the embedded PostgreSQL in memory. */
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  /** `-D` properties. */
  properties?: Record<string, string>;
  environment?: NodeJS.ProcessEnv;
  /** Tracking tables: schema and names (Liquibase's --liquibase-schema-name etc.). */
  trackingSchema?: string;
  changelogTableName?: string;
  lockTableName?: string;
  /** How long to wait for another process's lock. Default 300 s, as Liquibase. */
  lockWaitSeconds?: number;
  logger: Logger;
  onProgress?: (event: ProgressEvent) => void;
  /** An already open connection to use instead of `url` (it is not closed by `close`). */
  connection?: DatabaseConnection;
}

export interface OpenedEngine {
  context: EngineContext;
  /** Removes every secret this engine knows of (password, URL credentials) from a text. */
  redact(text: string): string;
  close(): Promise<void>;
}

/**
 * Reads the changelog, then connects. The changelog is read and validated first, so a malformed
 * changelog is rejected before anything touches the database.
 */
export async function openEngine(options: OpenEngineOptions): Promise<OpenedEngine> {
  const redact = createRedactor([options.url, options.password]);
  const target = parseDatabaseUrl(options.url, { username: options.username, password: options.password });
  const trackingNames = {
    schema: options.trackingSchema,
    changelogTable: (options.changelogTableName ?? 'databasechangelog').toLowerCase(),
    lockTable: (options.lockTableName ?? 'databasechangeloglock').toLowerCase(),
  };

  // Connecting only reads the server's facts (schema, version) that the changelog's `database.*`
  // properties need; nothing is written before the whole changelog has been read and validated.
  let db: DatabaseConnection;
  if (options.connection) {
    db = options.connection;
  } else {
    try {
      db = await connect(target);
    } catch (error) {
      throw new ConfigurationError(`Cannot connect to ${redact(options.url ?? 'the embedded database')}: ${redact((error as Error).message)}`, { cause: error });
    }
  }
  try {
    if (options.connection) {
      const zone = processTimeZone();
      if (zone) await useTimeZone(db, zone);
    }
    const server = await serverFacts(db);
    const dialect = new PostgresDialect({ defaultSchema: server.schema, serverMajorVersion: server.majorVersion });
    const builtIns = postgresBuiltInProperties(server, trackingNames);

    const resources = new FileSystemResourceAccessor(options.searchPath);
    const changeLog = await loadChangeLog(options.changelogFile, {
      resources,
      loadChange,
      properties: options.properties,
      environment: options.environment,
      builtInProperties: builtIns,
      contexts: options.contexts,
      labels: options.labels,
      dbms: dialect.name,
      logger: options.logger,
    });
    const lockWaitSeconds = options.lockWaitSeconds ?? 300;

    const context: EngineContext = {
      db,
      dialect,
      changeLog,
      resources,
      contexts: options.contexts,
      labels: options.labels,
      tracking: new TrackingSql(trackingNames, server.schema),
      logger: options.logger,
      expand: executionExpander(changeLog.rootPath, changeLog.properties, { ...builtIns, ...(options.properties ?? {}) }, options.environment ?? {}),
      // Liquibase's lookup order: environment first, then `-D` and `database.*`, then the changelog's.
      properties: { ...changeLog.properties, ...builtIns, ...(options.properties ?? {}), ...(options.environment as Record<string, string>) },
      lock: { waitMs: lockWaitSeconds * 1000, pollMs: Math.min(1000, Math.max(50, lockWaitSeconds * 100)) },
      onProgress: options.onProgress,
    };
    return { context, redact, close: async () => (options.connection ? undefined : db.close()) };
  } catch (error) {
    if (!options.connection) await db.close().catch(() => {});
    throw error;
  }
}

/**
 * `${…}` expansion at execution time (sqlFile content is expanded when it runs, not when it is
 * checksummed), with the same precedence as when the changelog was read.
 */
export function executionExpander(rootPath: string, changeLogProperties: Record<string, string>, commandLine: Record<string, string>, environment: NodeJS.ProcessEnv) {
  const properties = new ChangeLogProperties({ commandLine, environment });
  for (const [name, value] of Object.entries(changeLogProperties)) {
    properties.define({ name, value, global: true, location: { file: rootPath } }, rootPath);
  }
  return (text: string) => properties.expand(text, { changeLogFile: rootPath });
}


/** The connection's current schema (unqualified names go there), database and server version. */
async function serverFacts(db: DatabaseConnection): Promise<ServerFacts> {
  const result = await db.query<{ schema: string | null; database: string; version_num: string; version: string }>(
    `SELECT current_schema() AS schema, current_database() AS database, current_setting('server_version_num') AS version_num, current_setting('server_version') AS version`,
  );
  const row = result.rows[0];
  const versionNum = Number(row?.version_num ?? 150000);
  return {
    schema: row?.schema ?? 'public',
    database: row?.database ?? '',
    majorVersion: Math.floor(versionNum / 10000),
    minorVersion: versionNum % 10000,
    productVersion: row?.version ?? '',
  };
}
