import type { Queryable } from '../../../src/database/connection.js';

/**
 * What a schema holds, read from the catalog: tables and views with their columns (type, null,
 * default, identity, comment), constraints, indexes, sequences and row counts. Two snapshots are
 * equal when a change and its inverse leave no trace.
 */
export async function catalogSnapshot(db: Queryable, schema: string): Promise<Record<string, unknown>> {
  const q = async (sql: string): Promise<unknown[]> => (await db.query(sql, [schema])).rows;
  const relations = (await q(
    `SELECT c.relname, c.relkind, obj_description(c.oid, 'pg_class') AS comment,
            CASE WHEN c.relkind = 'v' THEN pg_get_viewdef(c.oid) END AS view
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'S', 'p') ORDER BY c.relname`,
  )) as Array<{ relname: string; relkind: string }>;
  const columns = await q(
    `SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attidentity, col_description(c.oid, a.attnum) AS comment
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'v', 'p') AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum`,
  );
  const constraints = await q(
    `SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 ORDER BY c.relname, k.conname`,
  );
  const indexes = await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY tablename, indexname`);
  const sequences = await q(
    `SELECT sequencename, data_type::text, start_value::text, increment_by::text, min_value::text, max_value::text, cache_size::text, cycle
       FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename`,
  );
  const rows: Record<string, number> = {};
  for (const relation of relations.filter((r) => r.relkind === 'r')) {
    const result = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${schema}"."${relation.relname}"`);
    rows[relation.relname] = Number(result.rows[0]!.n);
  }
  return { relations, columns, constraints, indexes, sequences, rows };
}
