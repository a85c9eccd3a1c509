import type { Queryable } from '../../database/connection.js';
import type { CatalogCapabilities } from './catalog-capabilities.js';

/** What every catalog reader receives: the connection, the probed catalog, the schemas to read. */
export interface CatalogContext {
  db: Queryable;
  caps: CatalogCapabilities;
  /** Schema names to read, passed to queries as `$1::text[]`. */
  schemas: string[];
}

/**
 * SQL predicate: the object is not a member of an extension (those are created by CREATE
 * EXTENSION, so a snapshot that listed them would make a diff recreate them).
 */
export function notExtensionMember(catalog: string, oid: string): string {
  return `not exists (select 1 from pg_catalog.pg_depend ext
                       where ext.classid = 'pg_catalog.${catalog}'::regclass and ext.objid = ${oid} and ext.deptype = 'e')`;
}

/** SQL join bringing an object's comment in as `<alias>.description`. */
export function commentJoin(alias: string, catalog: string, oid: string, subId = '0'): string {
  return `left join pg_catalog.pg_description ${alias}
            on ${alias}.classoid = 'pg_catalog.${catalog}'::regclass and ${alias}.objoid = ${oid} and ${alias}.objsubid = ${subId}`;
}

/** SQL expression: a collation as SQL text (`"C"`, `myschema.mycoll`), schema omitted for pg_catalog. */
export function collationSql(collationOid: string): string {
  return `(select case when cn.nspname = 'pg_catalog' then pg_catalog.quote_ident(co.collname)
                       else pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname) end
             from pg_catalog.pg_collation co join pg_catalog.pg_namespace cn on cn.oid = co.collnamespace
            where co.oid = ${collationOid})`;
}

/** Drops null/undefined and empty-string comments so optional fields stay absent in the JSON. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value === null || value === undefined || (value as unknown) === '' ? undefined : value;
}
