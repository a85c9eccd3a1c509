import { isoDateSqlText, parseIsoDate } from '../../changes/iso-date-format.js';
import { escapePostgresName } from './postgres-identifiers.js';
import { parseType, type TypeClass } from './postgres-data-types.js';
import type { QuotingStrategy, SqlValue } from '../dialect.js';

const NUMERIC_CLASSES = new Set<TypeClass>(['int', 'bigint', 'smallint', 'tinyint', 'mediumint', 'decimal', 'number', 'float', 'double', 'currency']);
const DATE_CLASSES = new Set<TypeClass>(['date', 'time', 'datetime', 'timestamp']);

/**
 * A value as Liquibase writes it on PostgreSQL. Without a column type (INSERT, UPDATE,
 * addDefaultValue) the value's own kind decides: text is quoted, numbers are written as given.
 * With the column type (defaults in createTable / addColumn) Liquibase lets the type decide, so
 * `defaultValue="0"` on an int column is `0`, on a varchar column `'0'`.
 */
export function postgresValueSql(value: SqlValue, columnType: string | undefined, quoting: QuotingStrategy = 'LEGACY'): string {
  switch (value.kind) {
    case 'null':
      return 'NULL';
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'date':
      return `'${value.value.replace('T', ' ')}'`;
    case 'computed':
      return functionSql(value.value);
    case 'sequenceNext':
      return `nextval('${sequenceName(value.schema, value.sequence, quoting)}')`;
    case 'sequenceCurrent':
      return `currval('${sequenceName(value.schema, value.sequence, quoting)}')`;
    case 'numeric':
      if (columnType && !NUMERIC_CLASSES.has(parseType(columnType).typeClass) && textClass(columnType)) return quote(value.value);
      return value.value;
    case 'string':
      if (columnType) return typedString(value.value, columnType);
      // Liquibase writes the text NULL (any case) as SQL NULL in inserts and updates.
      return value.value.toLowerCase() === 'null' ? 'NULL' : quote(value.value);
  }
}

function textClass(columnType: string): boolean {
  const typeClass = parseType(columnType).typeClass;
  return !NUMERIC_CLASSES.has(typeClass) && typeClass !== 'boolean' && !DATE_CLASSES.has(typeClass);
}

function typedString(text: string, columnType: string): string {
  const typeClass = parseType(columnType).typeClass;
  if (NUMERIC_CLASSES.has(typeClass)) return text;
  if (typeClass === 'boolean') {
    if (/^(true|t|1|y|yes|on)$/i.test(text.trim())) return 'TRUE';
    if (/^(false|f|0|n|no|off)$/i.test(text.trim())) return 'FALSE';
    return text;
  }
  if (DATE_CLASSES.has(typeClass)) {
    // A date-like default is a literal; anything else (now(), CURRENT_DATE) is written as given.
    const iso = parseIsoDate(text);
    return iso ? `'${isoDateSqlText(iso)}'` : text;
  }
  if (typeClass === 'clob' && text.toLowerCase() === 'null') return 'null';
  return quote(text);
}

export function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Liquibase's portable "current date and time" spellings (current_timestamp…, current_datetime…,
 * now()) become NOW(); any other function or expression is written as given.
 */
export function functionSql(expression: string): string {
  const lower = expression.toLowerCase();
  if (lower.startsWith('current_timestamp') || lower.startsWith('current_datetime') || lower === 'now()') return 'NOW()';
  return expression;
}

function sequenceName(schema: string | undefined, sequence: string, quoting: QuotingStrategy): string {
  const name = schema ? `${escapePostgresName(schema, quoting)}.${escapePostgresName(sequence, quoting)}` : escapePostgresName(sequence, quoting);
  return name.replaceAll("'", "''");
}
