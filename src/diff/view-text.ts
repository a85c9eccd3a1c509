import type { DatabaseConnection } from '../database/connection.js';
import type { Logger } from '../logger.js';
import type { Snapshot, ViewObject } from '../snapshot/model.js';
import { normalizeViewDefinition } from '../snapshot/postgres/read-relations.js';
import { quoteIdentifier } from './postgres-quoting.js';

/** One side of a comparison: its snapshot and, when it was read from a database, that database. */
export interface ViewTextSide {
  snapshot: Snapshot;
  connection?: DatabaseConnection;
  /** A database dbops made for the comparison: preferred for printing (nobody else's server is touched). */
  scratch?: boolean;
}

/**
 * Makes view text comparable across PostgreSQL major versions. pg_get_viewdef's pretty-printing
 * changed between versions (16 stopped qualifying the columns of single-table queries), so the
 * same view read from PostgreSQL 15 and from the embedded PostgreSQL 18 differs as text. For each
 * view present on both sides whose text differs, the other side's text is created as a temporary
 * view on a database we hold and printed back by that server: when it prints exactly this side's
 * text, the two views are the same query, and the other side's snapshot takes this side's text.
 * Everything happens in a transaction that is rolled back. Only when the major versions differ.
 *
 * Returns how many views were recognised as equal.
 */
export async function alignViewText(a: ViewTextSide, b: ViewTextSide, logger: Logger): Promise<number> {
  const majorA = majorVersion(a.snapshot);
  const majorB = majorVersion(b.snapshot);
  if (majorA === undefined || majorB === undefined || majorA === majorB) return 0;
  // Print on one side's server the other side's text.
  const [printer, other] = (a.connection && a.scratch) || !b.connection ? [a, b] : [b, a];
  if (!printer.connection) {
    logger.warn(`Views are compared as text, and PostgreSQL ${majorA} and ${majorB} print them differently: differences in view definitions may be spelling only.`);
    return 0;
  }
  const byName = new Map(printer.snapshot.views.map((v) => [`${v.schema}.${v.name}`, v]));
  const candidates = other.snapshot.views
    .map((view) => ({ view, mine: byName.get(`${view.schema}.${view.name}`) }))
    .filter((p): p is { view: ViewObject; mine: ViewObject } => p.mine !== undefined && p.mine.definition !== p.view.definition);
  if (candidates.length === 0) return 0;

  const reprinted = await reprint(printer.connection, candidates.map((c) => c.view));
  let aligned = 0;
  const replaced = new Map<ViewObject, ViewObject>();
  candidates.forEach(({ view, mine }, i) => {
    if (reprinted[i] === mine.definition) {
      replaced.set(view, { ...view, definition: mine.definition });
      aligned++;
    }
  });
  if (aligned > 0) other.snapshot = { ...other.snapshot, views: other.snapshot.views.map((v) => replaced.get(v) ?? v) };
  return aligned;
}

/** Each view's query as this server prints it; undefined where the server refuses the query. */
async function reprint(db: DatabaseConnection, views: ViewObject[]): Promise<Array<string | undefined>> {
  const printed: Array<string | undefined> = [];
  await db.exec('BEGIN');
  try {
    // As the snapshot reads views: with an empty search_path every name is printed qualified.
    await db.exec(`SET LOCAL search_path = ''`);
    for (const [i, view] of views.entries()) {
      const name = `pg_temp.${quoteIdentifier(`dbops_view_text_${i}`)}`;
      await db.exec(`SAVEPOINT dbops_view_text`);
      try {
        await db.exec(`CREATE TEMPORARY VIEW ${name} AS ${view.definition}`);
        const { rows } = await db.query<{ definition: string }>(`SELECT pg_catalog.pg_get_viewdef($1::regclass, true) AS definition`, [name]);
        printed.push(rows[0] ? normalizeViewDefinition(rows[0].definition) : undefined);
        await db.exec(`RELEASE SAVEPOINT dbops_view_text`);
      } catch {
        printed.push(undefined);
        await db.exec(`ROLLBACK TO SAVEPOINT dbops_view_text`);
      }
    }
  } finally {
    await db.exec('ROLLBACK');
  }
  return printed;
}

function majorVersion(snapshot: Snapshot): number | undefined {
  const match = /^(\d+)/.exec(snapshot.source.serverVersion ?? '');
  return match ? Number(match[1]) : undefined;
}
