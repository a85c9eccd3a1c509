import type { Queryable } from '../../database/connection.js';

/**
 * What this server's catalog has. The snapshot must work on PostgreSQL 10 to 18 and on
 * wire-compatible engines whose catalogs lag behind, so every version-dependent column is probed
 * once, here, instead of guessed from a version number.
 */
export interface CatalogCapabilities {
  serverVersionNum: number;
  serverVersion: string;
  database: string;
  /** pg_sequence (PostgreSQL 10+); otherwise information_schema.sequences is used. */
  hasPgSequence: boolean;
  /** pg_partitioned_table and pg_class.relispartition/relpartbound (10+). */
  hasPartitioning: boolean;
  hasColumn(catalog: CatalogTable, column: string): boolean;
}

export type CatalogTable =
  | 'pg_attribute'
  | 'pg_class'
  | 'pg_constraint'
  | 'pg_index'
  | 'pg_proc'
  | 'pg_trigger';

const PROBED: CatalogTable[] = ['pg_attribute', 'pg_class', 'pg_constraint', 'pg_index', 'pg_proc', 'pg_trigger'];

export async function probeCatalog(db: Queryable): Promise<CatalogCapabilities> {
  const { rows } = await db.query<{
    version_num: string; version: string; database: string; has_sequence: boolean; has_partitioned: boolean; columns: string[];
  }>(
    `select current_setting('server_version_num') as version_num,
            current_setting('server_version') as version,
            current_database()::text as database,
            to_regclass('pg_catalog.pg_sequence') is not null as has_sequence,
            to_regclass('pg_catalog.pg_partitioned_table') is not null as has_partitioned,
            array(select c.relname::text || '.' || a.attname::text
                    from pg_catalog.pg_attribute a
                    join pg_catalog.pg_class c on c.oid = a.attrelid
                    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
                   where n.nspname = 'pg_catalog' and c.relname = any($1::text[]) and a.attnum > 0 and not a.attisdropped) as columns`,
    [PROBED],
  );
  const first = rows[0]!;
  const present = new Set(first.columns);
  return {
    serverVersionNum: Number(first.version_num),
    serverVersion: first.version,
    database: first.database,
    hasPgSequence: first.has_sequence,
    hasPartitioning: first.has_partitioned && present.has('pg_class.relispartition'),
    hasColumn: (catalog, column) => present.has(`${catalog}.${column}`),
  };
}
