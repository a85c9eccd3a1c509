import type { ChangeSet } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import type { Queryable } from '../database/connection.js';
import type { Dialect, SqlValue } from '../dialect/dialect.js';
import { decodeText, readChangeFile } from './change-resources.js';
import type { ColumnParams } from './column-config.js';
import { numericValue } from './column-config.js';
import { CsvReader } from './csv-reader.js';
import { parseIsoDate } from './iso-date-format.js';

/** The parameters loadData and loadUpdateData share. */
export interface LoadDataParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  file: string;
  relativeToChangelogFile?: boolean;
  encoding?: string;
  separator: string;
  quotchar: string;
  commentLineStartsWith: string;
  usePreparedStatements?: boolean;
  columns: ColumnParams[];
}

/** One value to load, already typed by its column's load type. */
export interface LoadedValue {
  column: string;
  value: SqlValue | { kind: 'bytes'; bytes: Uint8Array } | { kind: 'file'; path: string; binary: boolean };
  allowUpdate: boolean;
}

/** Whole base64 quanta: a BLOB field that is not a file name. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const LOAD_TYPES = new Set(['BOOLEAN', 'NUMERIC', 'DATE', 'STRING', 'COMPUTED', 'SEQUENCE', 'BLOB', 'CLOB', 'SKIP', 'UUID', 'OTHER', 'UNKNOWN']);

/**
 * Reads the CSV file into typed rows, as Liquibase's LoadDataChange does: headers are trimmed and
 * matched to `<column>` configs by index, then header, then name (case-insensitive); blank and
 * commented lines are skipped; `NULL` (any case) is SQL NULL; an empty field takes the column's
 * defaultValue. Columns without a type take the load type of the table's column when a database
 * is at hand, else are written as text.
 */
export async function readLoadDataRows(
  params: LoadDataParams,
  context: { changeSet: ChangeSet; resources: ResourceAccessor; dialect: Dialect; database?: Queryable },
): Promise<LoadedValue[][]> {
  const bytes = await readChangeFile(params.file, params.relativeToChangelogFile, context.changeSet, context.resources, { gunzip: true });
  let text = decodeText(bytes, params.encoding);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const reader = new CsvReader(text, { separator: params.separator === '\\t' ? '\t' : params.separator, quoteChar: params.quotchar });
  const headers = reader.readNext();
  if (!headers) throw new Error(`Data file ${params.file} was empty`);

  const loadTypes = await tableLoadTypes(params, context);
  const rows: LoadedValue[][] = [];
  let lineNumber = 1;
  for (let line = reader.readNext(); line; line = reader.readNext()) {
    lineNumber++;
    if (line.length === 0 || (line.length === 1 && line[0]!.trim() === '')) continue;
    if (params.commentLineStartsWith && line[0]!.startsWith(params.commentLineStartsWith)) continue;
    if (line.length !== headers.length) {
      throw new Error(
        `CSV file ${params.file} Line ${lineNumber} has ${line.length} values defined, Header has ${headers.length}. Numbers MUST be equal (check for unquoted string with embedded commas)`,
      );
    }
    const row: LoadedValue[] = [];
    headers.forEach((rawHeader, index) => {
      const header = rawHeader.trim();
      const config = columnConfig(params.columns, index, header);
      const type = (config?.type ?? loadTypes.get(header.toLowerCase()) ?? '').trim();
      if (type.toUpperCase() === 'SKIP') return;
      const column = config?.name ?? header;
      let raw: string | undefined = line[index]!;
      if (raw === '') raw = config?.defaultValue;
      row.push({ column, value: typedValue(raw, type, config), allowUpdate: config?.allowUpdate !== false });
    });
    rows.push(row);
  }
  // BLOB and CLOB fields name files, read relative to the changelog (else from the search path).
  for (const row of rows) {
    for (const entry of row) {
      if (entry.value.kind !== 'file') continue;
      const { path, binary } = entry.value;
      const content = await readChangeFile(path, true, context.changeSet, context.resources).catch(() => readChangeFile(path, false, context.changeSet, context.resources));
      entry.value = binary ? { kind: 'bytes', bytes: content } : { kind: 'string', value: decodeText(content, params.encoding) };
    }
  }
  return rows;
}

function columnConfig(columns: ColumnParams[], index: number, header: string): ColumnParams | undefined {
  for (const column of columns) {
    if (column.index !== undefined && column.index === index) return column;
    if (column.header !== undefined && column.header.toLowerCase() === header.toLowerCase()) return column;
    if (column.name !== undefined && column.name.toLowerCase() === header.toLowerCase()) return column;
  }
  return undefined;
}

/**
 * One CSV field as its column's load type says. An empty field has already become the column's
 * defaultValue; when that is absent too, the type's own default applies (defaultValueNumeric,
 * defaultValueBoolean, defaultValueDate, defaultValueComputed), and text columns get ''.
 */
function typedValue(raw: string | undefined, type: string, config: ColumnParams | undefined): LoadedValue['value'] {
  if (raw !== undefined && raw.toLowerCase() === 'null') return { kind: 'null' };
  const upper = type.toUpperCase();
  const loadType = LOAD_TYPES.has(upper) ? upper : type === '' ? '' : 'UNKNOWN';
  if (loadType === 'BOOLEAN') {
    if (raw !== undefined) return { kind: 'boolean', value: parseBoolean(raw) };
    return config?.defaultValueBoolean !== undefined ? { kind: 'boolean', value: config.defaultValueBoolean } : { kind: 'null' };
  }
  if (loadType === 'NUMERIC') {
    const text = raw ?? config?.defaultValueNumeric;
    if (text === undefined) return { kind: 'null' };
    const numeric = numericValue(text, 'numeric', 'computed');
    return numeric.numeric !== undefined ? { kind: 'numeric', value: numeric.numeric } : { kind: 'computed', value: numeric.computed! };
  }
  if ((/date|time/i.test(type) && loadType !== 'UNKNOWN') || upper === 'DATE') {
    if (raw === undefined) return config?.defaultValueDate !== undefined ? { kind: 'date', value: config.defaultValueDate } : { kind: 'null' };
    const date = parseIsoDate(raw);
    if (date) return { kind: 'date', value: date.text };
    return { kind: 'computed', value: nowOrToday(raw) ?? raw };
  }
  if (loadType === 'COMPUTED') {
    const expression = raw ?? config?.defaultValueComputed;
    return expression !== undefined ? { kind: 'computed', value: expression } : { kind: 'null' };
  }
  if (raw === undefined) return loadType === 'STRING' ? { kind: 'string', value: '' } : { kind: 'null' };
  if (loadType === 'SEQUENCE') return { kind: 'sequenceNext', sequence: raw };
  if (loadType === 'BLOB') {
    if (BASE64.test(raw)) return { kind: 'bytes', bytes: Buffer.from(raw, 'base64') };
    return { kind: 'file', path: raw, binary: true };
  }
  if (loadType === 'CLOB') return { kind: 'file', path: raw, binary: false };
  return { kind: 'string', value: raw };
}

/**
 * Liquibase reads `NOW`, `NOW+1h` (m, h, d, y units) and `TODAY`, `TODAY-1` (days) in date
 * columns as the current time when the file is loaded; the same moment is asked of the server here.
 */
function nowOrToday(value: string): string | undefined {
  const lower = value.toLowerCase();
  if (lower === 'now') return 'NOW()';
  if (lower === 'today') return 'CURRENT_DATE';
  const now = /^now([+-])(\d+)([mhdy])/.exec(lower);
  if (now) {
    const unit = { m: 'minutes', h: 'hours', d: 'days', y: 'years' }[now[3] as 'm' | 'h' | 'd' | 'y'];
    return `(NOW() ${now[1]} INTERVAL '${now[2]} ${unit}')`;
  }
  const today = /^today([+-])(\d+)$/.exec(lower);
  if (today) return `(CURRENT_DATE ${today[1]} ${today[2]})`;
  return undefined;
}

/** Liquibase's BooleanParser: true/t/yes/y/1 (any case, trimmed), anything else false. */
function parseBoolean(value: string): boolean {
  return ['true', 't', 'yes', 'y', '1'].includes(value.trim().toLowerCase());
}

/**
 * The load type of each column of the target table, as Liquibase derives it from a snapshot when
 * a column has no type: booleans, numbers and dates are written as such, everything else as text.
 */
async function tableLoadTypes(
  params: LoadDataParams,
  context: { dialect: Dialect; database?: Queryable },
): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  if (!context.database) return types;
  const columns = await context.dialect.catalog.columnTypes(context.database, { schema: params.schemaName, name: params.tableName });
  for (const [column, dataType] of columns) {
    let loadType = 'STRING';
    if (dataType === 'boolean') loadType = 'BOOLEAN';
    else if (/int|numeric|decimal|real|double|money/.test(dataType)) loadType = 'NUMERIC';
    else if (/date|time/.test(dataType)) loadType = 'DATE';
    else if (dataType === 'uuid') loadType = 'UUID';
    types.set(column, loadType);
  }
  return types;
}

/** A loaded value as SQL. */
export function loadedValueSql(value: LoadedValue['value'], dialect: Dialect, schema: string | undefined): string {
  if (value.kind === 'file') throw new Error(`loadData file value ${value.path} was not read`);
  if (value.kind === 'bytes') return `'\\x${Buffer.from(value.bytes).toString('hex')}'`;
  if (value.kind === 'sequenceNext' && value.schema === undefined) return dialect.valueSql({ ...value, schema: schema || dialect.defaultSchema });
  return dialect.valueSql(value);
}
