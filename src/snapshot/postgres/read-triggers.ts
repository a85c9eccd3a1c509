import type { TriggerObject } from '../model.js';
import { commentJoin, notExtensionMember, optional, type CatalogContext } from './catalog-fragments.js';

export interface TriggerRow {
  relationOid: string;
  trigger: TriggerObject;
}

/** User triggers (not the internal ones behind foreign keys) on relations of the selected schemas. */
export async function readTriggers(ctx: CatalogContext): Promise<TriggerRow[]> {
  const parent = ctx.caps.hasColumn('pg_trigger', 'tgparentid') ? 't.tgparentid <> 0' : 'false';
  const { rows } = await ctx.db.query<{
    relation_oid: string; schema: string; table: string; name: string; definition: string;
    function_schema: string; function_name: string; enabled: string; inherited: boolean; comment: string | null;
  }>(
    `select t.tgrelid::text as relation_oid, n.nspname::text as schema, c.relname::text as table, t.tgname::text as name,
            pg_catalog.pg_get_triggerdef(t.oid, true) as definition,
            pn.nspname::text as function_schema, p.proname::text as function_name,
            t.tgenabled::text as enabled, ${parent} as inherited,
            d.description as comment
       from pg_catalog.pg_trigger t
       join pg_catalog.pg_class c on c.oid = t.tgrelid
       join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       join pg_catalog.pg_proc p on p.oid = t.tgfoid
       join pg_catalog.pg_namespace pn on pn.oid = p.pronamespace
       ${commentJoin('d', 'pg_trigger', 't.oid')}
      where not t.tgisinternal
        and n.nspname = any($1::text[])
        and ${notExtensionMember('pg_trigger', 't.oid')}
      order by n.nspname, c.relname, t.tgname`,
    [ctx.schemas],
  );
  return rows.map((row) => ({
    relationOid: row.relation_oid,
    trigger: {
      schema: row.schema,
      table: row.table,
      name: row.name,
      definition: row.definition,
      function: { schema: row.function_schema, name: row.function_name },
      enabled: (['O', 'D', 'R', 'A'].includes(row.enabled) ? row.enabled : 'O') as TriggerObject['enabled'],
      inherited: row.inherited || undefined,
      comment: optional(row.comment),
    },
  }));
}
