import type { Queryable } from '../database/connection.js';

/** A table, by schema and name as the catalog spells them. */
export interface TableName {
  schema: string;
  name: string;
}

/** What a table holds, cheaply: its row count, and for small tables a digest of its rows. */
export interface TableFingerprint {
  rows: number;
  /** md5 of the rows' text in sorted order; absent above `maxRows` (only the count is compared). */
  digest?: string;
}

/** Above this many rows only the count is compared: hashing a big table per changeset is not cheap. */
export const DEFAULT_MAX_HASHED_ROWS = 10_000;

/**
 * The tables a changeset's SQL (forward and rollback) names, among those that exist: a plain
 * word match on the statement text. It over-approximates (a column named like a table matches
 * too), which only costs a count; it cannot miss a table a statement names, only one a function
 * or trigger reaches indirectly.
 */
export function tablesNamedIn(sqlTexts: string[], tables: TableName[]): TableName[] {
  const text = sqlTexts.join('\n').toLowerCase();
  return tables.filter((table) => new RegExp(`(^|[^\\w$])${escapeRegExp(table.name.toLowerCase())}($|[^\\w$])`).test(text));
}

/**
 * Row count and, up to `maxRows`, md5 of the rows ordered by their text, so the digest does not
 * depend on physical order (an UPDATE and its inverse move rows around).
 */
export async function fingerprintTables(db: Queryable, tables: TableName[], maxRows = DEFAULT_MAX_HASHED_ROWS): Promise<Map<string, TableFingerprint>> {
  const fingerprints = new Map<string, TableFingerprint>();
  for (const table of tables) {
    const relation = `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;
    const counted = await db.query<{ rows: string }>(`SELECT count(*)::text AS rows FROM ${relation}`);
    const rows = Number(counted.rows[0]?.rows ?? 0);
    let digest: string | undefined;
    if (rows <= maxRows) {
      const hashed = await db.query<{ digest: string }>(`SELECT md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest FROM ${relation} AS r`);
      digest = hashed.rows[0]?.digest;
    }
    fingerprints.set(tableKey(table), digest === undefined ? { rows } : { rows, digest });
  }
  return fingerprints;
}

/** `table publication: rows differ (3 before, 0 after rollback)`, one line per table that differs. */
export function dataDifferenceLines(
  before: Map<string, TableFingerprint>,
  after: Map<string, TableFingerprint>,
  display: (table: TableName) => string,
  tables: TableName[],
): string[] {
  const lines: string[] = [];
  for (const table of tables) {
    const a = before.get(tableKey(table));
    const b = after.get(tableKey(table));
    if (!a || !b) continue;
    if (a.rows !== b.rows) lines.push(`table ${display(table)}: rows differ (${a.rows} before, ${b.rows} after rollback)`);
    else if (a.digest !== undefined && b.digest !== undefined && a.digest !== b.digest) {
      lines.push(`table ${display(table)}: row contents differ (${a.rows} row${a.rows === 1 ? '' : 's'} before and after rollback)`);
    }
  }
  return lines;
}

export function tableKey(table: TableName): string {
  return `${table.schema}.${table.name}`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
