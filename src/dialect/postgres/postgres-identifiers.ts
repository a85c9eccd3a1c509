import type { QuotingStrategy } from '../dialect.js';

/**
 * PostgreSQL's reserved key words as Liquibase's PostgresDatabase lists them: an unquoted name
 * equal to one of these is quoted in every strategy (`"user"`, `"group"`, `"like"`).
 */
const RESERVED_WORDS = new Set(
  (
    'all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation ' +
    'column concurrently constraint create cross current_catalog current_date current_role current_schema current_time ' +
    'current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze ' +
    'from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit ' +
    'localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references ' +
    'returning right select session_user similar some symmetric table tablesample then to trailing true union unique user ' +
    'using variadic verbose when where window with'
  ).split(' '),
);

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name.toLowerCase());
}

/**
 * Quotes a name the way Liquibase does on PostgreSQL:
 * - LEGACY (the default): names in one case are left bare, since PostgreSQL folds them to lower
 *   case anyway (`TEST_TABLE` becomes test_table); mixed-case names are quoted to keep their case
 *   (`"personView"`); reserved words and names that are not plain identifiers are quoted;
 * - QUOTE_ONLY_RESERVED_WORDS: like LEGACY but mixed case is left bare (and so folded);
 * - QUOTE_ALL_OBJECTS: everything is quoted.
 */
export function escapePostgresName(name: string, quoting: QuotingStrategy = 'LEGACY'): string {
  if (quoting === 'QUOTE_ALL_OBJECTS' || mustQuote(name, quoting)) return `"${name.replaceAll('"', '""')}"`;
  return name;
}

function mustQuote(name: string, quoting: QuotingStrategy): boolean {
  if (isReservedWord(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return true;
  return quoting === 'LEGACY' && name !== name.toLowerCase() && name !== name.toUpperCase();
}
