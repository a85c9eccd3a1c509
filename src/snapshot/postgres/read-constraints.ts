import type { ReferentialAction } from '../model.js';
import { commentJoin, optional, type CatalogContext } from './catalog-fragments.js';

export interface ConstraintRow {
  /** The table (0 for a domain constraint). */
  relationOid: string;
  /** The domain (0 for a table constraint). */
  domainOid: string;
  name: string;
  type: 'p' | 'u' | 'f' | 'c' | 'x';
  definition: string;
  /** CHECK expression alone. */
  expression?: string;
  columns: string[];
  referencedSchema?: string;
  referencedTable?: string;
  referencedColumns: string[];
  onUpdate: ReferentialAction;
  onDelete: ReferentialAction;
  match: 'SIMPLE' | 'FULL' | 'PARTIAL';
  deferrable: boolean;
  initiallyDeferred: boolean;
  validated: boolean;
  noInherit: boolean;
  inherited: boolean;
  /** Primary key and unique constraints: the table is marked CLUSTER ON the constraint's index. */
  clustered: boolean;
  comment?: string;
}

const ACTIONS: Record<string, ReferentialAction> = {
  a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT',
};
const MATCH: Record<string, ConstraintRow['match']> = { s: 'SIMPLE', f: 'FULL', p: 'PARTIAL' };

/**
 * Primary key, unique, foreign key, check and exclusion constraints of tables, and check
 * constraints of domains, in one query. NOT NULL constraints (catalogued since PostgreSQL 18) are
 * column nullability and are read with the columns.
 */
export async function readConstraints(ctx: CatalogContext, known: Map<string, string> = new Map()): Promise<ConstraintRow[]> {
  const parent = ctx.caps.hasColumn('pg_constraint', 'conparentid') ? 'k.conparentid <> 0' : 'false';
  const noInherit = ctx.caps.hasColumn('pg_constraint', 'connoinherit') ? 'k.connoinherit' : 'false';
  const { rows } = await ctx.db.query<{
    relation_oid: string; domain_oid: string; name: string; type: ConstraintRow['type']; definition: string;
    expression: string | null; column_numbers: number[] | null; referenced_oid: string; referenced_numbers: number[] | null;
    referenced_schema: string | null; referenced_table: string | null; on_update: string; on_delete: string; match: string; deferrable: boolean;
    deferred: boolean; validated: boolean; no_inherit: boolean; inherited: boolean; clustered: boolean; comment: string | null;
  }>(
    `select k.conrelid::text as relation_oid, k.contypid::text as domain_oid, k.conname::text as name,
            k.contype::text as type,
            pg_catalog.pg_get_constraintdef(k.oid, true) as definition,
            case when k.contype = 'c' then pg_catalog.pg_get_expr(k.conbin, k.conrelid) end as expression,
            k.conkey::int[] as column_numbers, k.confrelid::text as referenced_oid, k.confkey::int[] as referenced_numbers,
            rn.nspname::text as referenced_schema, rc.relname::text as referenced_table,
            k.confupdtype::text as on_update, k.confdeltype::text as on_delete, k.confmatchtype::text as match,
            k.condeferrable as deferrable, k.condeferred as deferred, k.convalidated as validated,
            ${noInherit} as no_inherit,
            (not k.conislocal or ${parent}) as inherited,
            coalesce(ci.indisclustered, false) as clustered,
            d.description as comment
       from pg_catalog.pg_constraint k
       join pg_catalog.pg_namespace n on n.oid = k.connamespace
       left join pg_catalog.pg_class rc on rc.oid = k.confrelid
       left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
       left join pg_catalog.pg_index ci on ci.indexrelid = k.conindid and k.contype in ('p', 'u', 'x')
       ${commentJoin('d', 'pg_constraint', 'k.oid')}
      where k.contype in ('p', 'u', 'f', 'c', 'x')
        and n.nspname = any($1::text[])
      order by k.conrelid, k.contypid, k.conname`,
    [ctx.schemas],
  );
  // Column numbers become names here rather than per row in SQL: the names are mostly known
  // already (`known`: relationOid:attnum → name, from the columns read), and a lookup per
  // constraint column was the costliest part of the query. Only other relations are looked up.
  const missing = rows.flatMap((row) => [
    ...(row.column_numbers?.some((n) => !known.has(`${row.relation_oid}:${n}`)) ? [row.relation_oid] : []),
    ...(row.referenced_numbers?.some((n) => !known.has(`${row.referenced_oid}:${n}`)) ? [row.referenced_oid] : []),
  ]);
  const names = new Map([...known, ...(await columnNames(ctx, missing))]);
  const nameOf = (relation: string, numbers: number[] | null) => (numbers ?? []).map((n) => names.get(`${relation}:${n}`) ?? `#${n}`);
  return rows.map((row) => ({
    relationOid: row.relation_oid,
    domainOid: row.domain_oid,
    name: row.name,
    type: row.type,
    definition: row.definition,
    expression: optional(row.expression),
    columns: nameOf(row.relation_oid, row.column_numbers),
    referencedSchema: optional(row.referenced_schema),
    referencedTable: optional(row.referenced_table),
    referencedColumns: nameOf(row.referenced_oid, row.referenced_numbers),
    onUpdate: ACTIONS[row.on_update] ?? 'NO ACTION',
    onDelete: ACTIONS[row.on_delete] ?? 'NO ACTION',
    match: MATCH[row.match] ?? 'SIMPLE',
    deferrable: row.deferrable,
    initiallyDeferred: row.deferred,
    validated: row.validated,
    noInherit: row.no_inherit,
    inherited: row.inherited,
    clustered: row.clustered,
    comment: optional(row.comment),
  }));
}

/** `relationOid:attnum` → column name for the given relations, in one query. */
async function columnNames(ctx: CatalogContext, relationOids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(relationOids)];
  if (unique.length === 0) return new Map();
  const { rows } = await ctx.db.query<{ relation: string; number: number; name: string }>(
    `select a.attrelid::text as relation, a.attnum::int as number, a.attname::text as name
       from pg_catalog.pg_attribute a
      where a.attrelid = any($1::oid[]) and a.attnum > 0`,
    [unique],
  );
  return new Map(rows.map((row) => [`${row.relation}:${row.number}`, row.name]));
}
