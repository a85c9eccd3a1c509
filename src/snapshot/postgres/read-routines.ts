import { commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';

export interface RoutineRow {
  oid: string;
  schema: string;
  name: string;
  kind: 'function' | 'procedure';
  arguments: string;
  returns?: string;
  language: string;
  definition: string;
  comment?: string;
}

/**
 * Functions and procedures of the selected schemas with their full definition, in one query.
 * Aggregates and window functions are left out: pg_get_functiondef cannot print them.
 */
export async function readRoutines(ctx: CatalogContext): Promise<RoutineRow[]> {
  const hasKind = ctx.caps.hasColumn('pg_proc', 'prokind');
  const kind = hasKind ? 'p.prokind' : `case when p.proisagg then 'a' when p.proiswindow then 'w' else 'f' end`;
  const { rows } = await ctx.db.query<{
    oid: string; schema: string; name: string; kind: string; arguments: string; returns: string | null;
    language: string; definition: string; comment: string | null;
  }>(
    `select p.oid::text as oid, n.nspname::text as schema, p.proname::text as name, (${kind})::text as kind,
            pg_catalog.pg_get_function_identity_arguments(p.oid) as arguments,
            pg_catalog.pg_get_function_result(p.oid) as returns,
            l.lanname::text as language,
            pg_catalog.pg_get_functiondef(p.oid) as definition,
            d.description as comment
       from pg_catalog.pg_proc p
       join pg_catalog.pg_namespace n on n.oid = p.pronamespace
       join pg_catalog.pg_language l on l.oid = p.prolang
       ${commentJoin('d', 'pg_proc', 'p.oid')}
      where (${kind}) in ('f', 'p')
        and n.nspname = any($1::text[])
        and ${notExtensionMember('pg_proc', 'p.oid')}
      order by n.nspname, p.proname, 5`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    oid: row.oid,
    schema: row.schema,
    name: row.name,
    kind: row.kind === 'p' ? 'procedure' : 'function',
    arguments: row.arguments,
    returns: row.kind === 'p' ? undefined : optional(row.returns),
    language: row.language,
    definition: row.definition.trimEnd(),
    comment: optional(row.comment),
  }));
}
