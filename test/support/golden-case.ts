/**
 * The recorded Liquibase cases (test/golden/liquibase/<case>/case.json) and how to replay them
 * with dbops: the same changelog path, search path, contexts, labels and `-D` parameters, the same
 * login user, and the comparisons the tests make (rows, schema, data, update-sql statements).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { splitStatements } from '../../src/sql/split-statements.js';
import { normalizePgDump } from './normalize-pg-dump.js';
import { CORPUS_DIR, GOLDEN_DIR, readGolden } from './schema-dump.js';
import type { TestDatabase } from './databases.js';

const REPO_DIR = path.resolve(import.meta.dirname, '..', '..');

/** case.json, as scripts/lib/record-update-case.mjs writes it. */
export interface GoldenCase {
  name: string;
  /** `shared/corpus/liquibase-it` (relative to /work) or `test/fixtures` (relative to the repository). */
  searchPath: string;
  changelog: string;
  setupSql: string | null;
  contexts: string | null;
  labels: string | null;
  parameters: Record<string, string>;
  loginUser: string;
  counts: { rows: number; changeSets: number; changes: number };
  rollback?: { commands: string[]; rowsAfter: number };
}

/** The recorded update cases under `folders` (e.g. `json-common`, `change-types`), each folder with a case.json. */
export function goldenCases(folders: string[]): GoldenCase[] {
  const cases: GoldenCase[] = [];
  for (const folder of folders) {
    if (existsSync(path.join(GOLDEN_DIR, folder, 'case.json'))) {
      cases.push(readGolden<GoldenCase>(folder, 'case.json'));
      continue;
    }
    for (const entry of readdirSync(path.join(GOLDEN_DIR, folder)).sort()) {
      if (existsSync(path.join(GOLDEN_DIR, folder, entry, 'case.json'))) cases.push(readGolden<GoldenCase>(`${folder}/${entry}`, 'case.json'));
    }
  }
  return cases;
}

/** The directory Liquibase ran from (its search path). */
export function searchPathOf(goldenCase: Pick<GoldenCase, 'searchPath'>): string {
  if (goldenCase.searchPath === 'shared/corpus/liquibase-it') return CORPUS_DIR;
  return path.resolve(REPO_DIR, goldenCase.searchPath);
}

/** The database URL of `db` for the user the recording connected as (Liquibase ran as `root`). */
export function loginUrl(db: TestDatabase, user: string): string {
  const url = new URL(db.url);
  url.username = user;
  return url.toString();
}

/** dbops arguments equivalent to the recorded Liquibase command line (after the command name). */
export function cliArgs(goldenCase: GoldenCase, url: string): string[] {
  return [
    `--changelog-file=${goldenCase.changelog}`,
    `--search-path=${searchPathOf(goldenCase)}`,
    `--url=${url}`,
    ...(goldenCase.contexts !== null ? [`--contexts=${goldenCase.contexts}`] : []),
    ...(goldenCase.labels !== null ? [`--label-filter=${goldenCase.labels}`] : []),
    ...Object.entries(goldenCase.parameters).map(([name, value]) => `-D${name}=${value}`),
  ];
}

/** Runs a script with psql, stopping at the first error (as a user would apply update-sql output). */
export function runPsql(url: string, script: { file?: string; text?: string }): string {
  const source = script.file ? ['-f', script.file] : ['-f', '-'];
  return execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, ...source], {
    encoding: 'utf8',
    input: script.text,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/**
 * The table contents (every table but the tracking tables) as data.sql holds them: sorted INSERT
 * statements. Values the clock produced (CURRENT_TIMESTAMP and friends: times with microseconds
 * and the run's date) cannot match a recording made on another day and are masked on both sides.
 */
export function dumpData(url: string): string {
  const dump = execFileSync('pg_dump', ['--data-only', '--inserts', '--column-inserts', '--exclude-table=public.databasechangelog*', url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return normalizePgDump(dump);
}

/**
 * tracking-tables.sql as the recorder writes it: the tracking tables' DDL, then the
 * DATABASECHANGELOGLOCK rows.
 */
export function dumpTrackingTables(url: string): string {
  const ddl = normalizePgDump(execFileSync('pg_dump', ['--schema-only', '--no-owner', '--no-privileges', url], { encoding: 'utf8' }), { tracking: 'only' });
  const lockRows = normalizePgDump(execFileSync('pg_dump', ['--data-only', '--inserts', '--table=public.databasechangeloglock', url], { encoding: 'utf8' }));
  return ddl + (lockRows ? `\n-- DATABASECHANGELOGLOCK rows (pg_dump --data-only --inserts)\n${lockRows}` : '');
}

/** Masks the values a clock produced: timestamps and times with fractional seconds, and dates in the last year. */
export function maskClockValues(data: string, now = new Date()): string {
  const yearAgo = new Date(now.getTime() - 366 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return data
    .replace(/'(\d{4}-\d{2}-\d{2} )?\d{2}:\d{2}:\d{2}\.\d+([+-]\d{2}(:\d{2})?)?'/g, "'<clock>'")
    .replace(/'(\d{4}-\d{2}-\d{2})'/g, (literal, date: string) => (date >= yearAgo ? "'<clock-date>'" : literal));
}

/**
 * Liquibase's `output` change writes its message to stdout, where update-sql writes the script
 * (sometimes in the middle of a line); dbops writes it as a comment. The messages of the recorded
 * changelogs, removed from Liquibase's scripts before they are compared.
 */
const LIQUIBASE_STDOUT_MESSAGES = ['Printed by the output change', 'Message using stdout target'];

/** The endDelimiter values of the recorded changelogs, with which Liquibase ends their statements. */
const LIQUIBASE_END_DELIMITERS = ['//', 'X'];

/**
 * What Liquibase's update-sql prints instead of a statement it runs with bind parameters (loadData
 * rows with typed values): one warning per row, then nothing runnable. dbops prints the statement.
 */
const PREPARED_STATEMENT_WARNING = /(?:WARNING: This statement uses a prepared statement which cannot be execute directly by this script\. Only works in 'update' mode\s*)+/g;
/** Stands for one statement Liquibase could not print (see {@link PREPARED_STATEMENT_WARNING}). */
export const UNPRINTABLE_STATEMENT = '<statement Liquibase cannot print: prepared statement>';

/**
 * The statements of an update-sql script, for comparing dbops's with Liquibase's. Both print one
 * statement after another; they differ in what surrounds them, which is dropped:
 * - comments (Liquibase's banner and `-- Changeset …` lines; dbops's own comment lines);
 * - `SET SEARCH_PATH` (Liquibase repeats it before each changeset; dbops schema-qualifies instead);
 * - `BEGIN` / `COMMIT` (dbops's script commits each changeset with its tracking row, as dbops update
 *   does; Liquibase's script has no transaction control);
 * - what varies by run: LOCKEDBY, and the DEPLOYMENT_ID of tracking INSERTs (masked as Liquibase's
 *   recording masks them);
 * - date and time literals: the recording masks every `YYYY-MM-DD hh:mm:ss` as `<timestamp>`, so
 *   dates compare masked here (the schema and data comparisons check the values themselves);
 * - statement terminators: Liquibase ends a statement with its change's endDelimiter (`//`, `X`
 *   in the recorded changelogs: {@link LIQUIBASE_END_DELIMITERS}), which psql cannot run; dbops
 *   ends every statement with `;`;
 * - the order of the FOREIGN KEY clauses of a CREATE TABLE: Liquibase keeps a table's foreign keys
 *   in a hash set, so their order changes from run to run; they are sorted.
 * Liquibase's stdout noise ({@link LIQUIBASE_STDOUT_MESSAGES}) is removed and its prepared-statement
 * warnings become {@link UNPRINTABLE_STATEMENT}. Runs of whitespace outside quotes are collapsed,
 * since where a change type breaks its lines is not what is being tested.
 */
export function scriptStatements(script: string): string[] {
  let text = script;
  for (const message of LIQUIBASE_STDOUT_MESSAGES) text = text.split(`${message}\n`).join('');
  text = text.replace(PREPARED_STATEMENT_WARNING, `${UNPRINTABLE_STATEMENT};\n`);
  for (const delimiter of LIQUIBASE_END_DELIMITERS) text = text.split(`${delimiter}\n\n`).join(';\n\n');
  const statements: string[] = [];
  for (const { sql } of splitStatements(text, { stripComments: true })) {
    const statement = collapseWhitespace(sql.trim());
    if (statement === '' || /^(BEGIN|COMMIT|SET SEARCH_PATH TO .*)$/i.test(statement)) continue;
    statements.push(sortForeignKeyClauses(maskRunValues(statement)));
  }
  return statements;
}

/**
 * dbops's statements without the ones it writes where Liquibase's script has what it read from the
 * database when update-sql ran (dropAllForeignKeyConstraints: nothing, on an empty database):
 * dbops writes a block that reads the database when the script runs (dollar tag `$dbops$`).
 */
export function withoutRunTimeStatements(dbops: string[]): string[] {
  return dbops.filter((statement) => !statement.startsWith('DO $dbops$'));
}

/**
 * dbops's statements, with each one that Liquibase could not print (an INSERT where Liquibase's
 * script has {@link UNPRINTABLE_STATEMENT}) replaced by the same placeholder, so that the rest
 * compares one to one.
 */
export function alignUnprintable(dbops: string[], liquibase: string[]): string[] {
  return dbops.map((statement, i) => (liquibase[i] === UNPRINTABLE_STATEMENT && /^INSERT INTO /i.test(statement) ? UNPRINTABLE_STATEMENT : statement));
}

function maskRunValues(statement: string): string {
  let masked = statement
    .replace(/LOCKEDBY = '(?:[^']|'')*'/, "LOCKEDBY = '<lockedby>'")
    .replace(/\b\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}:\d{2}(\.\d+)?)?\b/g, '<timestamp>');
  if (/^INSERT INTO \S*databasechangelog \(/i.test(masked)) {
    // DEPLOYMENT_ID is the 13th value (TAG, when present, comes after it).
    masked = replaceNthLiteral(masked, 'DEPLOYMENT_ID', "'<deployment_id>'");
  }
  return masked;
}

/** Replaces the value of `column` in `INSERT INTO t (c1, c2, …) VALUES (v1, v2, …)`. */
function replaceNthLiteral(insert: string, column: string, replacement: string): string {
  const columnsMatch = /\(([^)]*)\)\s*VALUES\s*\(/i.exec(insert);
  if (!columnsMatch) return insert;
  const columns = columnsMatch[1]!.split(',').map((c) => c.trim().toUpperCase());
  const index = columns.indexOf(column);
  if (index < 0) return insert;
  const valuesStart = columnsMatch.index + columnsMatch[0].length;
  const values = splitValues(insert.slice(valuesStart));
  if (!values || index >= values.items.length) return insert;
  values.items[index] = replacement;
  return `${insert.slice(0, valuesStart)}${values.items.join(', ')}${values.rest}`;
}

/** Splits `v1, 'a, b', NOW(), v4) …` into its top-level values and what follows the closing parenthesis. */
function splitValues(text: string): { items: string[]; rest: string } | undefined {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      const end = endOfQuoted(text, i);
      current += text.slice(i, end);
      i = end - 1;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) {
        items.push(current.trim());
        return { items, rest: text.slice(i) };
      }
      depth--;
    }
    if (c === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  return undefined;
}

function endOfQuoted(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Collapses whitespace runs outside single-quoted literals to one space. */
function collapseWhitespace(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === "'") {
      const end = endOfQuoted(sql, i);
      out += sql.slice(i, end);
      i = end - 1;
    } else if (/\s/.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
    } else {
      out += c;
    }
  }
  return out.trim();
}

/** `CREATE TABLE t (…, CONSTRAINT b FOREIGN KEY …, CONSTRAINT a FOREIGN KEY …)` with its FOREIGN KEY clauses sorted. */
function sortForeignKeyClauses(statement: string): string {
  if (!/^CREATE TABLE /i.test(statement)) return statement;
  const open = statement.indexOf('(');
  const items: string[] = [];
  let depth = 0;
  let start = open + 1;
  let end = -1;
  for (let i = open + 1; i < statement.length && end < 0; i++) {
    const c = statement[i]!;
    if (c === "'") {
      i = endOfQuoted(statement, i) - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
    } else if (c === ')') {
      items.push(statement.slice(start, i).trim());
      end = i;
    } else if (c === ',' && depth === 0) {
      items.push(statement.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (end < 0) return statement;
  const isForeignKey = (item: string) => /^CONSTRAINT \S+ FOREIGN KEY /i.test(item);
  const sorted = items.filter(isForeignKey).sort();
  const reordered = items.map((item) => (isForeignKey(item) ? sorted.shift()! : item));
  return `${statement.slice(0, open + 1)}${reordered.join(', ')}${statement.slice(end)}`;
}
