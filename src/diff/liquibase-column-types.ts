/**
 * Whether a column type, as PostgreSQL prints it (format_type), comes out of Liquibase's type
 * translation as the same type. Liquibase rewrites types on the way to SQL, and some rewrites
 * change them: `money` becomes DECIMAL, `"char"` CHAR(1), `serial` an identity column, an interval
 * with fields loses them, `character varying(5)[]` becomes invalid, and names are upper-cased (so
 * a quoted upper-case type breaks). Columns of any other type are written as SQL.
 */
const KEPT = new RegExp(
  '^(?:' +
    [
      'smallint', 'integer', 'bigint', 'real', 'double precision', 'numeric(?:\\(\\d+(?:,-?\\d+)?\\))?',
      'character varying(?:\\(\\d+\\))?', 'character(?:\\(\\d+\\))?', 'text', 'bytea', 'boolean', 'date',
      'time(?:\\(\\d\\))? with(?:out)? time zone', 'timestamp(?:\\(\\d\\))? with(?:out)? time zone', 'interval(?:\\(\\d\\))?',
      'uuid', 'json', 'jsonb', 'xml', 'inet', 'cidr', 'macaddr8?', 'bit(?:\\(\\d+\\))?', 'bit varying(?:\\(\\d+\\))?',
      'tsvector', 'tsquery', '(?:int4|int8|num|ts|tstz|date)range', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle',
      'oid', 'name',
      // A user-defined type whose schema and name PostgreSQL folds to themselves.
      '[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*',
    ].join('|') +
    ')$',
);

/** Arrays keep their element type only when it has no modifier (`integer[]`, not `varchar(5)[]`). */
export function liquibaseKeepsType(type: string): boolean {
  const array = /^(.*?)((?:\[\])+)$/.exec(type);
  if (array) return !array[1]!.includes('(') && KEPT.test(array[1]!);
  return KEPT.test(type);
}
