/**
 * Quoting for the SQL the changeset generator writes itself (`sql` changes), with PostgreSQL's own
 * rules (quote_ident / quote_literal), so that the text reads like what pg_dump and the catalog
 * print. Liquibase-style quoting for change types lives in src/dialect/postgres/.
 */

/**
 * PostgreSQL key words that are not "unreserved" (reserved, type/function-name and column-name
 * key words, PostgreSQL 18). quote_ident quotes these; quoting one more than needed is harmless.
 */
const KEYWORDS = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
    'leading limit localtime localtimestamp not null offset on only or order placing primary references returning select ' +
    'session_user some symmetric system_user table then to trailing true union unique user using variadic when where ' +
    'window with ' +
    'authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like ' +
    'natural notnull outer overlaps right similar tablesample verbose ' +
    'between bigint bit boolean char character coalesce dec decimal exists extract float greatest grouping inout int ' +
    'integer interval json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar ' +
    'json_serialize json_table json_value least merge_action national nchar none normalize nullif numeric out overlay ' +
    'position precision real row setof smallint substring time timestamp treat trim values varchar xmlattributes ' +
    'xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable'
  ).split(' '),
);

/** `orders` → `orders`, `Order` → `"Order"`, `user` → `"user"`. */
export function quoteIdentifier(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name`, each part quoted as needed. */
export function qualifiedName(schema: string, name: string): string {
  return `${quoteIdentifier(schema)}.${quoteIdentifier(name)}`;
}

/** A string literal: `'it''s'`, or `E'...'` when it holds a backslash (as quote_literal does). */
export function quoteLiteral(value: string): string {
  const body = value.replaceAll("'", "''");
  return value.includes('\\') ? `E'${body.replaceAll('\\', '\\\\')}'` : `'${body}'`;
}
