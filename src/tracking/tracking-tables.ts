import type { Queryable } from '../database/connection.js';
import { sqlString } from './sql-literal.js';

/** Where the tracking tables live; Liquibase's defaults. */
export interface TrackingTableNames {
  /** Schema; undefined means the connection's default (`public` on PostgreSQL). */
  schema?: string;
  changelogTable: string;
  lockTable: string;
}

export const defaultTrackingTableNames: TrackingTableNames = {
  schema: undefined,
  changelogTable: 'databasechangelog',
  lockTable: 'databasechangeloglock',
};

/**
 * The version written to the LIQUIBASE column. The reference (npm liquibase@4.28.1) really writes
 * 4.28.0, as recorded in test/golden/liquibase; later Liquibase releases key compatibility retries on
 * this value, and 4.28.x falls in none of their windows.
 */
export const LIQUIBASE_COLUMN_VERSION = '4.28.0';

/** One DATABASECHANGELOG row as read back. */
export interface RanChangeSet {
  id: string;
  author: string;
  filename: string;
  dateExecuted: Date;
  orderExecuted: number;
  execType: 'EXECUTED' | 'RERAN' | 'MARK_RAN';
  md5sum: string | null;
  description: string | null;
  comments: string | null;
  tag: string | null;
  liquibase: string | null;
  contexts: string | null;
  labels: string | null;
  deploymentId: string | null;
}

/** What to write for one changeset. */
export interface TrackingRow {
  id: string;
  author: string;
  filename: string;
  orderExecuted: number;
  execType: 'EXECUTED' | 'RERAN' | 'MARK_RAN';
  md5sum: string;
  description: string;
  comments: string;
  tag: string | null;
  contexts: string | null;
  labels: string | null;
  deploymentId: string;
}

/**
 * The statements that create, read and write the tracking tables, as text (update-sql prints them,
 * update runs them). Column names and types are Liquibase 4.x's, created unquoted (lower case on
 * PostgreSQL) so that Liquibase and dbops can take turns on the same database.
 */
export class TrackingSql {
  readonly changelogTable: string;
  readonly lockTable: string;

  constructor(readonly names: TrackingTableNames, private readonly defaultSchema: string) {
    const schema = names.schema ?? defaultSchema;
    this.changelogTable = `${schema}.${names.changelogTable}`;
    this.lockTable = `${schema}.${names.lockTable}`;
  }

  get schema(): string {
    return this.names.schema ?? this.defaultSchema;
  }

  createChangelogTable(): string {
    return `CREATE TABLE ${this.changelogTable} (ID VARCHAR(255) NOT NULL, AUTHOR VARCHAR(255) NOT NULL, FILENAME VARCHAR(255) NOT NULL, DATEEXECUTED TIMESTAMP WITHOUT TIME ZONE NOT NULL, ORDEREXECUTED INTEGER NOT NULL, EXECTYPE VARCHAR(10) NOT NULL, MD5SUM VARCHAR(35), DESCRIPTION VARCHAR(255), COMMENTS VARCHAR(255), TAG VARCHAR(255), LIQUIBASE VARCHAR(20), CONTEXTS VARCHAR(255), LABELS VARCHAR(255), DEPLOYMENT_ID VARCHAR(10))`;
  }

  createLockTable(): string {
    return `CREATE TABLE ${this.lockTable} (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL, LOCKGRANTED TIMESTAMP WITHOUT TIME ZONE, LOCKEDBY VARCHAR(255), CONSTRAINT ${this.names.lockTable}_pkey PRIMARY KEY (ID))`;
  }

  initLockRow(): string[] {
    return [`DELETE FROM ${this.lockTable}`, `INSERT INTO ${this.lockTable} (ID, LOCKED) VALUES (1, FALSE)`];
  }

  acquireLock(lockedBy: string): string {
    return `UPDATE ${this.lockTable} SET LOCKED = TRUE, LOCKEDBY = ${sqlString(lockedBy)}, LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE`;
  }

  releaseLock(): string {
    return `UPDATE ${this.lockTable} SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1`;
  }

  insertRow(row: TrackingRow): string {
    return `INSERT INTO ${this.changelogTable} (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID${row.tag !== null ? ', TAG' : ''}) VALUES (${sqlString(row.id)}, ${sqlString(row.author)}, ${sqlString(row.filename)}, NOW(), ${row.orderExecuted}, ${sqlString(row.md5sum)}, ${sqlString(row.description)}, ${sqlString(row.comments)}, ${sqlString(row.execType)}, ${sqlString(row.contexts)}, ${sqlString(row.labels)}, ${sqlString(LIQUIBASE_COLUMN_VERSION)}, ${sqlString(row.deploymentId)}${row.tag !== null ? `, ${sqlString(row.tag)}` : ''})`;
  }

  /** Re-execution (runAlways / runOnChange): the row is updated, keyed by its stored FILENAME. */
  updateRerun(row: TrackingRow, storedFilename: string): string {
    return `UPDATE ${this.changelogTable} SET DATEEXECUTED = NOW(), ORDEREXECUTED = ${row.orderExecuted}, MD5SUM = ${sqlString(row.md5sum)}, EXECTYPE = 'RERAN', DEPLOYMENT_ID = ${sqlString(row.deploymentId)}, COMMENTS = ${sqlString(row.comments)}, CONTEXTS = ${sqlString(row.contexts)}, LABELS = ${sqlString(row.labels)}, LIQUIBASE = ${sqlString(LIQUIBASE_COLUMN_VERSION)}, DESCRIPTION = ${sqlString(row.description)}${row.tag !== null ? `, TAG = ${sqlString(row.tag)}` : ''} WHERE ${this.keyCondition(row.id, row.author, storedFilename)}`;
  }

  deleteRow(id: string, author: string, storedFilename: string): string {
    return `DELETE FROM ${this.changelogTable} WHERE ${this.keyCondition(id, author, storedFilename)}`;
  }

  updateChecksum(id: string, author: string, storedFilename: string, md5sum: string): string {
    return `UPDATE ${this.changelogTable} SET MD5SUM = ${sqlString(md5sum)} WHERE ${this.keyCondition(id, author, storedFilename)}`;
  }

  clearChecksums(): string {
    return `UPDATE ${this.changelogTable} SET MD5SUM = NULL`;
  }

  /** Tags the most recent row (the `tag` command). */
  tagLatest(tag: string): string {
    return `UPDATE ${this.changelogTable} SET TAG = ${sqlString(tag)} FROM (SELECT DATEEXECUTED, ORDEREXECUTED FROM ${this.changelogTable} ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC LIMIT 1) AS latest WHERE ${this.changelogTable}.DATEEXECUTED = latest.DATEEXECUTED AND ${this.changelogTable}.ORDEREXECUTED = latest.ORDEREXECUTED`;
  }

  /** Every row, in execution order, as one JSON array (see readRanChangeSets). */
  selectRows(): string {
    return `SELECT COALESCE(json_agg(ran ORDER BY ran.dateexecuted ASC, ran.orderexecuted ASC), '[]') AS rows FROM ${this.changelogTable} AS ran`;
  }

  private keyCondition(id: string, author: string, filename: string): string {
    return `ID = ${sqlString(id)} AND AUTHOR = ${sqlString(author)} AND FILENAME = ${sqlString(filename)}`;
  }
}

/** Which of the two tracking tables exist, in one catalog query. */
export async function trackingTablesExist(db: Queryable, sql: TrackingSql): Promise<{ changelogTable: boolean; lockTable: boolean }> {
  const result = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname IN ($2, $3) AND c.relkind IN ('r', 'p')`,
    [sql.schema, sql.names.changelogTable, sql.names.lockTable],
  );
  const names = new Set(result.rows.map((row) => row.name));
  return { changelogTable: names.has(sql.names.changelogTable), lockTable: names.has(sql.names.lockTable) };
}

/** Whether a table exists (schema-qualified, exact lower-case names as created unquoted). */
export async function tableExists(db: Queryable, schema: string, table: string): Promise<boolean> {
  const result = await db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS found`,
    [schema, table],
  );
  return result.rows[0]?.found === true;
}

/**
 * Reads DATABASECHANGELOG in execution order. The rows come as one JSON value: decoding a row per
 * changeset costs the drivers more than json_agg and JSON.parse (4 ms of a `status` of 900
 * changesets). DATEEXECUTED (a timestamp without time zone) arrives as ISO text without an
 * offset, which `new Date` reads as local time, as the drivers read such a column.
 */
export async function readRanChangeSets(db: Queryable, sql: TrackingSql): Promise<RanChangeSet[]> {
  const result = await db.query<{ rows: Array<Record<string, unknown>> | string }>(sql.selectRows());
  const value = result.rows[0]?.rows ?? [];
  const rows = typeof value === 'string' ? (JSON.parse(value) as Array<Record<string, unknown>>) : value;
  return rows.map((row) => {
    const execType = String(row.exectype);
    if (execType !== 'EXECUTED' && execType !== 'RERAN' && execType !== 'MARK_RAN') {
      throw new Error(`Unknown EXECTYPE from database: ${execType} (changeset ${String(row.id)}::${String(row.author)})`);
    }
    return {
      id: String(row.id),
      author: String(row.author),
      filename: String(row.filename),
      dateExecuted: row.dateexecuted instanceof Date ? row.dateexecuted : new Date(String(row.dateexecuted)),
      orderExecuted: Number(row.orderexecuted),
      execType,
      md5sum: (row.md5sum as string | null) ?? null,
      description: (row.description as string | null) ?? null,
      comments: (row.comments as string | null) ?? null,
      tag: (row.tag as string | null) ?? null,
      liquibase: (row.liquibase as string | null) ?? null,
      contexts: (row.contexts as string | null) ?? null,
      labels: (row.labels as string | null) ?? null,
      deploymentId: (row.deployment_id as string | null) ?? null,
    };
  });
}

/** Liquibase cuts DESCRIPTION and COMMENTS at 250 characters, ending with `...`. */
export function truncateColumn(value: string): string {
  return value.length > 250 ? `${value.slice(0, 247)}...` : value;
}
