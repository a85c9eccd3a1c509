/**
 * Where a schema to compare comes from, as `--url` and `--reference-url` name it: a live database,
 * a snapshot file, or a changelog (applied to a throwaway embedded PostgreSQL with dbops's own
 * engine). Each is opened into a snapshot; a database stays open until `close()`, so that view
 * text can be re-printed on it when the other side runs another PostgreSQL version.
 */
import path from 'node:path';
import { connect } from '../database/connect.js';
import type { DatabaseConnection } from '../database/connection.js';
import { describeTarget, parseDatabaseUrl, redactUrl } from '../database/database-url.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { filterSnapshot } from '../snapshot/filter-snapshot.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from '../snapshot/model.js';
import { readSnapshotFile } from '../snapshot/snapshot-file.js';
import { DEFAULT_TRACKING_TABLES, takeSnapshot } from '../snapshot/take-snapshot.js';
import { diffSnapshots } from './diff-snapshots.js';
import type { SchemaDiff } from './model.js';
import { alignViewText } from './view-text.js';

export type SchemaSource =
  /** `url` undefined: the embedded PostgreSQL, in memory and empty. */
  | { kind: 'database'; url?: string }
  | { kind: 'snapshot'; path: string }
  /** The path is relative to the search path, as `--changelog-file`. */
  | { kind: 'changelog'; path: string };

/**
 * Reads a source as users write it:
 * - `postgresql://…`, `jdbc:postgresql://…`, `pglite:<folder>`, nothing: a database;
 * - `snapshot:schema.json`, a plain path ending in `.json`, or Liquibase's
 *   `offline:postgresql?snapshot=schema.json`: a snapshot file (`dbops snapshot` writes them);
 * - `changelog:db/changelog.yaml`: the schema that changelog builds on an empty database.
 *
 * @example
 * parseSchemaSource('offline:postgresql?snapshot=main.json'); // { kind: 'snapshot', path: 'main.json' }
 */
export function parseSchemaSource(spec: string | undefined): SchemaSource {
  const text = spec?.trim();
  if (!text) return { kind: 'database' };
  const prefixed = /^(snapshot|changelog|offline):(.*)$/is.exec(text);
  if (prefixed) {
    const [, prefix, rest] = prefixed as unknown as [string, string, string];
    if (rest.trim() === '') throw new ConfigurationError(`${text}: name the file after '${prefix}:'`);
    switch (prefix.toLowerCase()) {
      case 'snapshot':
        return { kind: 'snapshot', path: rest };
      case 'changelog':
        return { kind: 'changelog', path: rest };
      default:
        return offlineSource(text, rest);
    }
  }
  if (!/^(jdbc:)?postgres(ql)?:/i.test(text) && !/^pglite:/i.test(text) && /\.json$/i.test(text)) return { kind: 'snapshot', path: text };
  return { kind: 'database', url: text };
}

/** `offline:postgresql?snapshot=x.json&version=15`: only the snapshot parameter matters here. */
function offlineSource(text: string, rest: string): SchemaSource {
  const question = rest.indexOf('?');
  const dbms = (question >= 0 ? rest.slice(0, question) : rest).toLowerCase();
  if (dbms !== 'postgresql' && dbms !== 'postgres') throw new ConfigurationError(`${text}: only offline:postgresql is supported`);
  const snapshot = new URLSearchParams(question >= 0 ? rest.slice(question + 1) : '').get('snapshot');
  if (!snapshot) throw new ConfigurationError(`${text}: an offline URL names its snapshot file, e.g. offline:postgresql?snapshot=schema.json`);
  return { kind: 'snapshot', path: snapshot };
}

/** A source in words, without secrets: for logs and reports. */
export function describeSource(source: SchemaSource): string {
  switch (source.kind) {
    case 'database':
      return describeTarget(parseDatabaseUrl(source.url));
    case 'snapshot':
      return `snapshot ${source.path}`;
    case 'changelog':
      return `changelog ${source.path} (applied to the embedded PostgreSQL)`;
  }
}

export interface SchemaSourceOptions {
  /** Credentials of a database source, when not in its URL. */
  username?: string;
  password?: string;
  /** Snapshot files are relative to it. */
  workingDirectory: string;
  /** Changelog sources: the directories their paths are relative to, and how they are run. */
  searchPath: string[];
  properties?: Record<string, string>;
  contexts?: string;
  labels?: string;
  env?: NodeJS.ProcessEnv;
  /** What to read (see takeSnapshot); applied to snapshot files too. */
  schemas?: string[];
  include?: string[];
  exclude?: string[];
  /** Tracking tables left out, besides Liquibase's default names. */
  trackingTables?: string[];
  /** The clock for `generatedAt`; `null` leaves it out. */
  clock?: (() => Date) | null;
  logger: Logger;
}

export interface OpenedSchema {
  source: SchemaSource;
  /** In words, without secrets. */
  description: string;
  snapshot: Snapshot;
  /** The database the snapshot was taken from, still open; absent for snapshot files. */
  connection?: DatabaseConnection;
  /** The database is a throwaway embedded one (a changelog applied, or an empty in-memory database). */
  scratch?: boolean;
  close(): Promise<void>;
}

/**
 * Opens a source and takes its snapshot. Throws a ConfigurationError when the database cannot be
 * reached, the file is not a snapshot, or the changelog does not apply to an empty database.
 */
export async function openSchemaSource(source: SchemaSource, options: SchemaSourceOptions): Promise<OpenedSchema> {
  const description = describeSource(source);
  const snapshotOptions = {
    ...(options.schemas?.length ? { schemas: options.schemas } : {}),
    include: options.include,
    exclude: options.exclude,
    trackingTables: [...DEFAULT_TRACKING_TABLES, ...(options.trackingTables ?? [])],
    clock: options.clock,
    logger: options.logger,
  };

  if (source.kind === 'snapshot') {
    const file = path.resolve(options.workingDirectory, source.path);
    const snapshot = filterSnapshot(await readSnapshotFile(file).catch(unreadable(source.path)), snapshotOptions);
    return { source, description, snapshot, close: async () => {} };
  }

  if (source.kind === 'database') {
    const target = parseDatabaseUrl(source.url, { username: options.username, password: options.password });
    let connection: DatabaseConnection;
    try {
      connection = await connect(target);
    } catch (error) {
      const secret = target.kind === 'postgresql' ? target.password : undefined;
      const message = redactUrl((error as Error).message);
      throw new ConfigurationError(`Cannot connect to ${description}: ${secret ? message.split(secret).join('***') : message}`, { cause: error });
    }
    try {
      const snapshot = await takeSnapshot(connection, snapshotOptions);
      return { source, description, snapshot, connection, scratch: target.kind === 'embedded' && !target.dataDir, close: () => connection.close() };
    } catch (error) {
      await connection.close().catch(() => {});
      throw error;
    }
  }

  const { openEngine } = await import('../engine/open-engine.js');
  const { update } = await import('../engine/update.js');
  const opened = await openEngine({
    changelogFile: source.path,
    searchPath: options.searchPath,
    contexts: options.contexts,
    labels: options.labels,
    properties: options.properties,
    environment: options.env,
    logger: options.logger,
  });
  try {
    const applied = await update(opened.context);
    if (!applied.ok) {
      throw new ConfigurationError(`${source.path} does not apply to an empty database, so it has no schema to compare: ${applied.error?.message ?? 'update failed'}`);
    }
    options.logger.info(`${source.path}: ${applied.changeSets.filter((c) => c.state === 'executed').length} changesets applied to the embedded PostgreSQL`);
    const snapshot = await takeSnapshot(opened.context.db, snapshotOptions);
    return { source, description, snapshot, connection: opened.context.db, scratch: true, close: () => opened.close() };
  } catch (error) {
    await opened.close().catch(() => {});
    throw error;
  }
}

/** A snapshot file that cannot be read is the user's to fix (its content errors already are). */
function unreadable(name: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`cannot read the snapshot ${name}: ${(error as Error).message}`, { cause: error });
  };
}

/**
 * The schema of a database nobody has touched: nothing but the `public` schema, taken as it is
 * in `like` (a new database has it, so generate-changelog must not create it).
 */
export function emptySchemaLike(like: Snapshot): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    source: { dialect: like.source.dialect, database: 'an empty database', serverVersion: like.source.serverVersion },
    schemas: like.schemas.filter((s) => s.name === 'public'),
    extensions: [],
    types: [],
    sequences: [],
    tables: [],
    views: [],
    functions: [],
    triggers: [],
  };
}

export interface CompareOptions {
  /** Options of each side (credentials, filters); `logger` is shared. */
  reference: SchemaSourceOptions;
  target: SchemaSourceOptions;
  /** Report look-alike tables and columns as renames (default true). */
  detectRenames?: boolean;
}

export interface Comparison {
  diff: SchemaDiff;
  /** Each side in words, without secrets. */
  reference: string;
  target: string;
}

/**
 * Opens both sources, aligns view text when they run different PostgreSQL versions, and diffs
 * them: what TARGET lacks or has too many of to look like REFERENCE. Closes everything it opened.
 *
 * @example
 * const { diff } = await compareSchemaSources(parseSchemaSource('changelog:db/changelog.yaml'), parseSchemaSource(url), options);
 */
export async function compareSchemaSources(reference: SchemaSource, target: SchemaSource, options: CompareOptions): Promise<Comparison> {
  const opened: OpenedSchema[] = [];
  try {
    const referenceSide = await openSchemaSource(reference, options.reference);
    opened.push(referenceSide);
    const targetSide = await openSchemaSource(target, options.target);
    opened.push(targetSide);
    const aligned = await alignViewText(referenceSide, targetSide, options.reference.logger);
    if (aligned > 0) options.reference.logger.info(`${aligned} view${aligned === 1 ? '' : 's'} printed differently by the two PostgreSQL versions compared as the same query`);
    const diff = diffSnapshots(referenceSide.snapshot, targetSide.snapshot, { detectRenames: options.detectRenames ?? true });
    return { diff, reference: referenceSide.description, target: targetSide.description };
  } finally {
    for (const side of opened.reverse()) await side.close().catch(() => {});
  }
}
