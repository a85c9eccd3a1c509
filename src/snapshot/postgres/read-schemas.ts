import type { ExtensionObject, SchemaObject } from '../model.js';
import { commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';
import type { Queryable } from '../../database/connection.js';

/**
 * User schemas: everything but pg_catalog, information_schema, the pg_toast/pg_temp families and
 * schemas created by an extension. `only` narrows the list (names that do not exist are ignored).
 */
export async function readSchemas(db: Queryable, only?: string[]): Promise<SchemaObject[]> {
  const { rows } = await db.query<{ name: string; comment: string | null }>(
    `select n.nspname::text as name, d.description as comment
       from pg_catalog.pg_namespace n
       ${commentJoin('d', 'pg_namespace', 'n.oid')}
      where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
        and ($1::text[] is null or n.nspname = any($1::text[]))
        and ${notExtensionMember('pg_namespace', 'n.oid')}
      order by n.nspname`,
    [only ?? null],
  );
  return rows.map((row) => ({ name: row.name, comment: optional(row.comment) }));
}

/** Extensions installed in the selected schemas (plpgsql lives in pg_catalog and is left out). */
export async function readExtensions(ctx: CatalogContext): Promise<ExtensionObject[]> {
  const { rows } = await ctx.db.query<{ name: string; schema: string; version: string; comment: string | null }>(
    `select e.extname::text as name, n.nspname::text as schema, e.extversion::text as version, d.description as comment
       from pg_catalog.pg_extension e
       join pg_catalog.pg_namespace n on n.oid = e.extnamespace
       ${commentJoin('d', 'pg_extension', 'e.oid')}
      where n.nspname = any($1::text[])
      order by e.extname`,
    [ctx.schemas],
  );
  return rows.map((row) => ({ name: row.name, schema: row.schema, version: row.version, comment: optional(row.comment) }));
}
