/**
 * Liquibase type names to PostgreSQL types, as Liquibase 4.28.1's DataTypeFactory and its type
 * classes translate them (`int` → INTEGER, `datetime` → TIMESTAMP WITHOUT TIME ZONE, `blob` →
 * OID, `clob` → TEXT, `currency` → DECIMAL, unknown names upper-cased). The quirks are kept on
 * purpose: the resulting schema must be the one Liquibase builds.
 */

/** The Liquibase type class a name resolves to; it decides both the SQL type and how values are written. */
export type TypeClass =
  | 'int'
  | 'bigint'
  | 'smallint'
  | 'tinyint'
  | 'mediumint'
  | 'varchar'
  | 'nvarchar'
  | 'char'
  | 'nchar'
  | 'clob'
  | 'blob'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime'
  | 'timestamp'
  | 'float'
  | 'double'
  | 'decimal'
  | 'number'
  | 'currency'
  | 'uuid'
  | 'xml'
  | 'function'
  | 'unknown';

const ALIASES: Record<Exclude<TypeClass, 'unknown'>, string[]> = {
  int: ['int', 'int4', 'integer', 'serial', 'serial4', 'java.lang.integer', 'java.sql.types.integer'],
  bigint: ['bigint', 'bigserial', 'int8', 'integer8', 'serial8', 'java.lang.long', 'java.math.biginteger', 'java.sql.types.bigint'],
  smallint: ['smallint', 'int2', 'smallserial', 'java.sql.types.smallint'],
  tinyint: ['tinyint', 'java.sql.types.tinyint'],
  mediumint: ['mediumint'],
  varchar: ['varchar', 'varchar2', 'character varying', 'java.lang.string', 'java.sql.types.varchar'],
  nvarchar: ['nvarchar', 'nvarchar2', 'national', 'java.sql.types.nvarchar'],
  char: ['char', 'character', 'bpchar', 'java.sql.types.char'],
  nchar: ['nchar', 'nchar2', 'java.sql.types.nchar'],
  clob: [
    'clob', 'text', 'longtext', 'mediumtext', 'tinytext', 'nclob', 'ntext', 'longvarchar', 'longnvarchar', 'long varchar',
    'long nvarchar', 'java.sql.types.clob', 'java.sql.types.nclob', 'java.sql.types.longvarchar', 'java.sql.types.longnvarchar',
  ],
  blob: [
    'blob', 'binary', 'varbinary', 'longblob', 'mediumblob', 'tinyblob', 'image', 'longvarbinary', 'long binary', 'long varbinary',
    'java.sql.types.blob', 'java.sql.types.binary', 'java.sql.types.varbinary', 'java.sql.types.longblob', 'java.sql.types.longvarbinary',
  ],
  boolean: ['boolean', 'bool', 'bit', 'java.lang.boolean', 'java.sql.types.boolean'],
  date: ['date', 'java.sql.date', 'java.sql.types.date'],
  time: ['time', 'timetz', 'java.sql.time', 'java.sql.types.time'],
  datetime: ['datetime', 'datetime2', 'smalldatetime', 'java.util.date', 'java.sql.types.datetime'],
  timestamp: ['timestamp', 'timestamptz', 'java.sql.timestamp', 'java.sql.types.timestamp', 'java.sql.types.timestamp_with_timezone'],
  float: ['float', 'real', 'java.lang.float', 'java.sql.types.float', 'java.sql.types.real'],
  double: ['double', 'java.lang.double', 'java.sql.types.double'],
  decimal: ['decimal', 'java.math.bigdecimal', 'java.sql.types.decimal'],
  number: ['number', 'numeric', 'java.sql.types.numeric'],
  currency: ['currency', 'money', 'smallmoney'],
  uuid: ['uuid', 'uniqueidentifier', 'java.util.uuid'],
  xml: ['xml', 'xmltype', 'java.sql.types.sqlxml'],
  function: ['function', 'liquibase.statement.databasefunction'],
};

const REGISTRY = new Map<string, TypeClass>(
  Object.entries(ALIASES).flatMap(([typeClass, names]) => names.map((name) => [name, typeClass as TypeClass] as const)),
);

const SERIAL_TYPES = new Set(['serial', 'serial4', 'serial8', 'bigserial', 'smallserial']);

/** A type description broken up as Liquibase's DataTypeFactory.fromDescription does. */
export interface ParsedType {
  /** The original text. */
  definition: string;
  /** The (unquoted) name used for the lookup; for unknown INTERVAL types, the whole definition. */
  name: string;
  typeClass: TypeClass;
  /** Text between the first parentheses, split on commas. */
  parameters: string[];
  /** What followed the name after the first space (`WITH TIME ZONE`, `COLLATE "C"`). */
  additionalInformation?: string;
  /** `serial` types and `… identity` names make the column auto-increment. */
  autoIncrement: boolean;
}

export function parseType(definition: string): ParsedType {
  let name = definition;
  if (/.+\(.*\).*/.test(name)) name = name.replace(/\s*\(.*\)/, '');
  if (/.+\{.*/.test(name)) name = name.replace(/\s*\{.*/, '');
  let autoIncrement = false;
  if (name.toLowerCase().endsWith(' identity')) {
    name = name.toLowerCase().replace(/ identity$/, '');
    autoIncrement = true;
  }
  name = unquote(name);

  let additionalInformation: string | undefined;
  const lower = name.toLowerCase();
  if (!REGISTRY.has(lower) && !lower.startsWith('bit varying') && !lower.startsWith('character varying')) {
    const [first, rest] = splitFirstWhitespace(name.trim());
    name = first;
    additionalInformation = rest;
  }

  let typeClass = REGISTRY.get(name.toLowerCase()) ?? 'unknown';
  if (typeClass === 'unknown' && name.toUpperCase().startsWith('INTERVAL')) name = definition;
  if (SERIAL_TYPES.has(name.toLowerCase())) autoIncrement = true;

  const parameters: string[] = [];
  if (/.+\s*\(.*/.test(definition)) {
    const inner = definition.replace(/^.*?\(/, '').replace(/\).*$/, '');
    for (const raw of inner.split(',')) {
      const parameter = raw.trim();
      if (parameter) parameters.push(typeClass === 'char' ? parameter.replace(' BYTE', '') : parameter);
    }
  }
  return { definition, name, typeClass, parameters, additionalInformation, autoIncrement };
}

function splitFirstWhitespace(text: string): [string, string | undefined] {
  const match = /\s+/.exec(text);
  if (!match) return [text, undefined];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

/** Removes one pair of delimiting quotes ("", [], ``, '') when the name starts with one. */
function unquote(name: string): string {
  for (const [open, close] of [['"', '"'], ['[', ']'], ['`', '`'], ["'", "'"]] as const) {
    if (!name.startsWith(open)) continue;
    const closeAt = name.indexOf(close, open.length);
    if (closeAt !== -1 && name.indexOf(close, closeAt + close.length) === -1) {
      return name.slice(open.length, closeAt) + name.slice(closeAt + close.length);
    }
  }
  return name;
}

/** The PostgreSQL type for a Liquibase type description. */
export function postgresType(definition: string): string {
  const type = parseType(definition);
  const params = type.parameters;
  const withParams = (base: string, list = params): string => (list.length ? `${base}(${list.join(', ')})` : base);
  const withInfo = (base: string): string => (type.additionalInformation ? `${base} ${type.additionalInformation}` : base);
  const lowerDefinition = definition.toLowerCase();
  const sizeOnly = params.map((param) => param.replace(/\s+(BYTE|CHAR)$/i, ''));

  switch (type.typeClass) {
    case 'int':
      return 'INTEGER';
    case 'bigint':
      return 'BIGINT';
    case 'smallint':
    case 'tinyint':
      return 'SMALLINT';
    case 'mediumint':
      return withParams('MEDIUMINT');
    case 'varchar':
      return withInfo(withParams('VARCHAR', sizeOnly));
    case 'nvarchar':
      return withParams('VARCHAR', sizeOnly);
    case 'char':
      return withInfo(withParams('CHAR', sizeOnly));
    case 'nchar':
      return withParams('NCHAR', sizeOnly);
    case 'clob':
      return 'TEXT';
    case 'blob':
      // Liquibase maps `blob` to OID (a large-object reference) but the other binary names to BYTEA.
      return lowerDefinition.startsWith('blob') || definition === 'java.sql.Types.BLOB' ? 'OID' : 'BYTEA';
    case 'boolean':
      return lowerDefinition.startsWith('bit') ? withParams('BIT') : withParams('BOOLEAN');
    case 'date':
      return 'date';
    case 'time': {
      const withZone = lowerDefinition.startsWith('timetz') || /with time zone/i.test(definition);
      return `${withParams('time')} ${withZone ? 'WITH TIME ZONE' : 'WITHOUT TIME ZONE'}`;
    }
    case 'datetime':
      return `${withParams('TIMESTAMP')} ${/with time zone/i.test(definition) ? 'WITH TIME ZONE' : 'WITHOUT TIME ZONE'}`;
    case 'timestamp': {
      const base = withParams('TIMESTAMP');
      if (lowerDefinition.startsWith('timestamptz') || definition.includes('TIMESTAMP_WITH_TIMEZONE')) return `${base} WITH TIME ZONE`;
      if (type.additionalInformation) return `${base} ${type.additionalInformation}`;
      return `${base} WITHOUT TIME ZONE`;
    }
    case 'float':
      if (params.length) return withParams('FLOAT');
      return lowerDefinition.startsWith('real') ? 'REAL' : 'FLOAT';
    case 'double':
      return 'DOUBLE PRECISION';
    case 'decimal':
      return withParams('DECIMAL');
    case 'number':
      return withParams('numeric');
    case 'currency':
      return 'DECIMAL';
    case 'uuid':
      return 'UUID';
    case 'xml':
      return 'XML';
    case 'function':
      return 'FUNCTION';
    case 'unknown':
      return withInfo(withParams(type.name.toUpperCase()));
  }
}

/** Whether the type itself makes the column auto-increment (`serial`, `bigserial`, `int identity`). */
export function isAutoIncrementType(definition: string): boolean {
  return parseType(definition).autoIncrement;
}
