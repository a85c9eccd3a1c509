import type { Precondition, PreconditionContainer } from '../changelog/model.js';
import type { Queryable } from '../database/connection.js';
import { sameFilePath } from '../changelog/file-path.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import type { RanChangeSet } from '../tracking/tracking-tables.js';

/** The outcome of a `<preConditions>` block. */
export type PreconditionOutcome =
  | { status: 'passed' }
  /** A condition was false: `message` says which. */
  | { status: 'failed'; message: string }
  /** A condition could not be evaluated (e.g. its SQL failed). */
  | { status: 'error'; message: string };

export interface PreconditionEnvironment {
  db: Queryable;
  /** Short name of the target database, e.g. `postgresql`. */
  dbms: string;
  defaultSchema: string;
  ranChangeSets: RanChangeSet[];
  /** Properties visible to `changeLogPropertyDefined`. */
  properties: Record<string, string>;
}

/** Evaluates a container: its conditions are ANDed, the first false one is reported. */
export async function evaluatePreconditions(container: PreconditionContainer, env: PreconditionEnvironment): Promise<PreconditionOutcome> {
  try {
    for (const condition of container.conditions) {
      const failure = await check(condition, env);
      if (failure) return { status: 'failed', message: container.onFailMessage ?? failure };
    }
    return { status: 'passed' };
  } catch (error) {
    return { status: 'error', message: container.onErrorMessage ?? `${(error as Error).message}` };
  }
}

/** Returns undefined when the condition holds, else why it does not. */
async function check(condition: Precondition, env: PreconditionEnvironment): Promise<string | undefined> {
  const a = condition.attributes;
  const str = (name: string): string | undefined => (a[name] === null || a[name] === undefined ? undefined : String(a[name]));
  const schema = () => str('schemaName') ?? env.defaultSchema;

  switch (condition.type) {
    case 'and':
      for (const nested of condition.nested) {
        const failure = await check(nested, env);
        if (failure) return failure;
      }
      return undefined;
    case 'or': {
      const failures: string[] = [];
      for (const nested of condition.nested) {
        const failure = await check(nested, env);
        if (!failure) return undefined;
        failures.push(failure);
      }
      return failures.length ? `none of: ${failures.join('; ')}` : undefined;
    }
    case 'not':
      for (const nested of condition.nested) {
        if (!(await check(nested, env))) return `not(${describe(nested)}) is false`;
      }
      return undefined;
    case 'dbms':
      return dbmsMatches(str('type'), env.dbms) ? undefined : `DBMS precondition failed: expected ${str('type')}, got ${env.dbms}`;
    case 'runningAs': {
      const expected = str('username') ?? '';
      const current = (await env.db.query<{ u: string }>('SELECT current_user AS u')).rows[0]?.u ?? '';
      return current.toLowerCase() === expected.toLowerCase() ? undefined : `RunningAs precondition failed: expected ${expected}, was ${current}`;
    }
    case 'tableExists':
      return (await relationExists(env, schema(), str('tableName')!, ['r', 'p', 'f']))
        ? undefined
        : `Table ${schema()}.${str('tableName')} does not exist`;
    case 'viewExists':
      return (await relationExists(env, schema(), str('viewName')!, ['v', 'm'])) ? undefined : `View ${schema()}.${str('viewName')} does not exist`;
    case 'sequenceExists':
      // Liquibase 4.28 looks sequences up on PostgreSQL by the name exactly as written (no folding
      // to lower case), so `SQ_X` does not find the sequence `sq_x`; recorded in test/golden.
      return (await exists(
        env,
        `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND c.relname = $2 AND c.relkind = 'S'`,
        [schema(), str('sequenceName')!],
      ))
        ? undefined
        : `Sequence ${schema()}.${str('sequenceName')} does not exist`;
    case 'columnExists': {
      const found = await exists(
        env,
        `SELECT 1 FROM pg_catalog.pg_attribute att JOIN pg_catalog.pg_class c ON c.oid = att.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname = $2 AND att.attname = $3 AND att.attnum > 0 AND NOT att.attisdropped`,
        [schema(), str('tableName')!, str('columnName')!],
      );
      return found ? undefined : `Column ${schema()}.${str('tableName')}.${str('columnName')} does not exist`;
    }
    case 'indexExists': {
      const indexName = str('indexName');
      const tableName = str('tableName');
      const columns = str('columnNames')?.split(',').map((c) => c.trim()).filter(Boolean);
      const rows = await env.db.query<{ index_name: string; table_name: string; columns: string[] }>(
        `SELECT i.relname AS index_name, t.relname AS table_name,
                ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
         JOIN pg_catalog.pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = $1`,
        [schema()],
      );
      const match = rows.rows.some(
        (row) =>
          (!indexName || sameName(row.index_name, indexName)) &&
          (!tableName || sameName(row.table_name, tableName)) &&
          (!columns || (row.columns.length === columns.length && row.columns.every((c, i) => sameName(c, columns[i]!)))),
      );
      return match ? undefined : `Index ${indexName ?? `on ${tableName}(${columns?.join(', ')})`} does not exist`;
    }
    case 'primaryKeyExists':
      return (await constraintExists(env, schema(), 'p', str('primaryKeyName'), str('tableName')))
        ? undefined
        : `Primary key ${str('primaryKeyName') ?? `on ${str('tableName')}`} does not exist`;
    case 'foreignKeyConstraintExists':
      return (await constraintExists(env, schema(), 'f', str('foreignKeyName'), str('foreignKeyTableName')))
        ? undefined
        : `Foreign key ${str('foreignKeyName')} does not exist`;
    case 'uniqueConstraintExists':
      return (await constraintExists(env, schema(), 'u', str('constraintName'), str('tableName')))
        ? undefined
        : `Unique constraint ${str('constraintName') ?? `on ${str('tableName')}`} does not exist`;
    case 'changeSetExecuted': {
      const id = str('id');
      const author = str('author');
      const file = str('changeLogFile');
      const ran = env.ranChangeSets.some(
        (row) =>
          row.id.toLowerCase() === id?.toLowerCase() &&
          row.author.toLowerCase() === author?.toLowerCase() &&
          (!file || sameFilePath(row.filename, file)),
      );
      return ran ? undefined : `Changeset ${id}::${author}${file ? `::${file}` : ''} has not been executed`;
    }
    case 'sqlCheck': {
      const sql = condition.text ?? str('sql') ?? '';
      const expected = str('expectedResult') ?? '';
      const result = await env.db.query<Record<string, unknown>>(sql);
      const first = result.rows[0];
      const actual = first === undefined ? undefined : Object.values(first)[0];
      const actualText = textValue(actual);
      return actualText === expected ? undefined : `SQL Precondition failed. Expected '${expected}' got '${actualText}'`;
    }
    case 'tableIsEmpty':
    case 'rowCount': {
      const table = `${quoteIdent(schema())}.${quoteIdent(str('tableName')!)}`;
      const count = Number((await env.db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0]?.n ?? 0);
      const expected = condition.type === 'tableIsEmpty' ? 0 : Number(str('expectedRows'));
      return count === expected ? undefined : `Table ${str('tableName')} has ${count} rows, expected ${expected}`;
    }
    case 'changeLogPropertyDefined': {
      const name = str('property')!;
      const value = Object.entries(env.properties).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
      if (value === undefined) return `Property ${name} is not defined`;
      const expected = str('value');
      return expected === undefined || expected === value ? undefined : `Property ${name} is '${value}', expected '${expected}'`;
    }
    case 'expectedQuotingStrategy':
      return undefined;
    default:
      throw new Error(`Unsupported precondition '${condition.type}' at ${condition.location.file}${condition.location.line ? `:${condition.location.line}` : ''}`);
  }
}

/** A value as JDBC's getString gives it on PostgreSQL (booleans are `t` / `f`). */
function textValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function describe(condition: Precondition): string {
  const attributes = Object.entries(condition.attributes).map(([k, v]) => `${k}=${v}`).join(' ');
  return attributes ? `${condition.type} ${attributes}` : condition.type;
}

/** Liquibase looks names up as written, then in PostgreSQL's folded lower case. */
function sameName(actual: string, wanted: string): boolean {
  return actual === wanted || actual === wanted.toLowerCase();
}

async function relationExists(env: PreconditionEnvironment, schema: string, name: string, kinds: string[]): Promise<boolean> {
  return exists(
    env,
    `SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND (c.relname = $2 OR c.relname = lower($2)) AND c.relkind = ANY($3)`,
    [schema, name, kinds],
  );
}

async function constraintExists(env: PreconditionEnvironment, schema: string, kind: string, name: string | undefined, table: string | undefined): Promise<boolean> {
  return exists(
    env,
    `SELECT 1 FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE (n.nspname = $1 OR n.nspname = lower($1)) AND con.contype = $2
       AND ($3::text IS NULL OR con.conname = $3 OR con.conname = lower($3))
       AND ($4::text IS NULL OR c.relname = $4 OR c.relname = lower($4))`,
    [schema, kind, name ?? null, table ?? null],
  );
}

async function exists(env: PreconditionEnvironment, sql: string, params: unknown[]): Promise<boolean> {
  return (await env.db.query(sql, params)).rows.length > 0;
}

function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
