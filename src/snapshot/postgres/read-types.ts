import { collationSql, commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';

export interface TypeRow {
  oid: string;
  schema: string;
  name: string;
  kind: 'enum' | 'composite' | 'domain';
  /** Enum labels in sort order. */
  labels: string[];
  /** The composite type's pg_class row, whose columns are its attributes. */
  relationOid?: string;
  baseType?: string;
  notNull: boolean;
  default?: string;
  collation?: string;
  comment?: string;
}

/**
 * User-defined enum, composite and domain types of the selected schemas in one query (array types
 * and the row types of tables are not user-defined types in this sense).
 */
export async function readTypes(ctx: CatalogContext): Promise<TypeRow[]> {
  const { rows } = await ctx.db.query<{
    oid: string; schema: string; name: string; typtype: string; labels: string[] | null; relation_oid: string;
    base_type: string | null; not_null: boolean; default: string | null; collation: string | null; comment: string | null;
  }>(
    `select t.oid::text as oid, n.nspname::text as schema, t.typname::text as name, t.typtype::text as typtype,
            case when t.typtype = 'e' then
              array(select e.enumlabel::text from pg_catalog.pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)
            end as labels,
            t.typrelid::text as relation_oid,
            case when t.typtype = 'd' then pg_catalog.format_type(t.typbasetype, t.typtypmod) end as base_type,
            t.typnotnull as not_null,
            case when t.typtype = 'd' then coalesce(pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typdefault) end as default,
            case when t.typtype = 'd' and t.typcollation <> 0
                  and t.typcollation <> coalesce((select b.typcollation from pg_catalog.pg_type b where b.oid = t.typbasetype), 0)
                 then ${collationSql('t.typcollation')} end as collation,
            d.description as comment
       from pg_catalog.pg_type t
       join pg_catalog.pg_namespace n on n.oid = t.typnamespace
       ${commentJoin('d', 'pg_type', 't.oid')}
      where (t.typtype in ('e', 'd')
             or (t.typtype = 'c' and exists (select 1 from pg_catalog.pg_class r where r.oid = t.typrelid and r.relkind = 'c')))
        and n.nspname = any($1::text[])
        and ${notExtensionMember('pg_type', 't.oid')}
      order by n.nspname, t.typname`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    oid: row.oid,
    schema: row.schema,
    name: row.name,
    kind: row.typtype === 'e' ? 'enum' : row.typtype === 'd' ? 'domain' : 'composite',
    labels: row.labels ?? [],
    relationOid: row.typtype === 'c' ? row.relation_oid : undefined,
    baseType: optional(row.base_type),
    notNull: row.not_null,
    default: optional(row.default),
    collation: optional(row.collation),
    comment: optional(row.comment),
  }));
}
