// One "apply a changelog" case: checksums from the oracle, update-sql on an empty database, the
// rows and schema after update, and optionally a full rollback.
import path from 'node:path';
import { runOracle } from './checksum-oracle.mjs';
import { caseFolder, writeJson, writeText } from './golden-files.mjs';
import { reportedVersion, runLiquibase } from './liquibase-cli.mjs';
import { normalizeLiquibaseOutput } from './normalize-liquibase-output.mjs';
import { normalizePgDump } from './normalize-pg-dump.mjs';
import { REPO_ROOT } from './paths.mjs';
import { createThrowawayDatabase, LOGIN_USER, pgDump, runSqlFile } from './throwaway-database.mjs';
import { readChangelogRows, readLockRows } from './tracking-rows.mjs';

/**
 * @typedef {object} UpdateCase
 * @property {string} name folder under test/golden/liquibase
 * @property {string} cwd search path; Liquibase runs from here
 * @property {string} [searchPathLabel] how case.json names `cwd`
 * @property {string} changelog path relative to `cwd`, as passed to --changelog-file
 * @property {string} [setupSql] script run (with psql) on every fresh database first, relative to `cwd`
 * @property {string} [contexts] --contexts
 * @property {string} [labels] --label-filter
 * @property {Record<string, string>} [params] -D properties
 * @property {{ count: 'all' } | { tag: string }} [rollback] roll back after update and record it
 * @property {number} [expectedRows] fail the recording when update writes another number of rows
 * @property {boolean} [recordData] also write data.sql (the table contents, as INSERTs)
 * @property {string[][]} [afterUpdate] commands run after update (failures allowed), each written
 *   to after-update/<command>.log
 */

/**
 * @param {UpdateCase} spec
 * @returns {Promise<Record<string, unknown>>} the case summary (also written as case.json)
 */
export async function recordUpdateCase(spec) {
  console.log(`case ${spec.name}: ${spec.changelog}`);
  const dir = caseFolder(spec.name);
  const params = spec.params ?? {};
  // Command arguments (4.28 rejects --label-filter before the command name).
  const filters = [];
  if (spec.contexts !== undefined) filters.push(`--contexts=${spec.contexts}`);
  if (spec.labels !== undefined) filters.push(`--label-filter=${spec.labels}`);
  const defines = Object.entries(params).map(([k, v]) => `-D${k}=${v}`);
  const cli = (db, command, allowFailure = false) =>
    runLiquibase({ cwd: spec.cwd, database: db, changelog: spec.changelog, command: [...command, ...filters, ...defines], allowFailure });

  // 1. Checksums and hashed texts, from Liquibase's own parser.
  const [oracle] = runOracle({ cwd: spec.cwd, changelogs: [spec.changelog], params, contexts: spec.contexts, labels: spec.labels });
  if (!oracle.ok) throw new Error(`Liquibase cannot parse ${spec.changelog}: ${oracle.error}`);
  writeJson(path.join(dir, 'changes.json'), oracleFile(oracle, spec, spec.cwd));

  const fresh = async (label) => {
    const db = await createThrowawayDatabase(`${spec.name}_${label}`);
    if (spec.setupSql) runSqlFile(db, path.join(spec.cwd, spec.setupSql));
    return db;
  };

  // 2. update-sql against an empty database.
  const sqlDb = await fresh('sql');
  try {
    const run = cli(sqlDb, ['update-sql']);
    writeText(path.join(dir, 'update-sql.sql'), normalizeLiquibaseOutput(run.stdout, { databases: [sqlDb.name] }));
  } finally {
    await sqlDb.drop();
  }

  // 3. update, then the rows, the schema and the tracking tables.
  const db = await fresh('update');
  const summary = {
    name: spec.name,
    searchPath: spec.searchPathLabel ?? (path.relative(REPO_ROOT, spec.cwd) || '.'),
    changelog: spec.changelog,
    setupSql: spec.setupSql ?? null,
    contexts: spec.contexts ?? null,
    labels: spec.labels ?? null,
    parameters: params,
    loginUser: LOGIN_USER,
  };
  try {
    const update = cli(db, ['update']);
    summary.liquibaseVersion = reportedVersion(update.stderr + update.stdout);
    writeText(path.join(dir, 'update.log'), commandLog(update, db));
    const deployments = new Map();
    const rows = await readChangelogRows(db, deployments);
    if (spec.expectedRows !== undefined && rows.length !== spec.expectedRows) {
      throw new Error(`${spec.name}: expected ${spec.expectedRows} DATABASECHANGELOG rows, Liquibase wrote ${rows.length}`);
    }
    writeJson(path.join(dir, 'databasechangelog.json'), rows);
    await writeSchema(db, dir);
    if (spec.recordData) writeData(db, dir);
    for (const command of spec.afterUpdate ?? []) {
      const run = cli(db, command, true);
      writeText(path.join(dir, 'after-update', `${command.join(' ').replace(/[^a-z0-9=-]+/gi, '_')}.log`), commandLog(run, db));
    }
    summary.counts = {
      rows: rows.length,
      changeSets: oracle.changeSets.length,
      changes: oracle.changeSets.reduce((n, cs) => n + cs.changes.length, 0),
    };

    if (spec.rollback) {
      const rollbackDir = path.join(dir, 'rollback');
      const [sqlCommand, command] =
        'tag' in spec.rollback
          ? [['rollback-sql', `--tag=${spec.rollback.tag}`], ['rollback', `--tag=${spec.rollback.tag}`]]
          : [['rollback-count-sql', `--count=${rows.length}`], ['rollback-count', `--count=${rows.length}`]];
      const sql = cli(db, sqlCommand);
      writeText(path.join(rollbackDir, 'rollback-sql.sql'), normalizeLiquibaseOutput(sql.stdout, { databases: [db.name] }));
      const rollback = cli(db, command);
      writeText(path.join(rollbackDir, 'rollback.log'), commandLog(rollback, db));
      const after = await readChangelogRows(db, deployments);
      writeJson(path.join(rollbackDir, 'databasechangelog.json'), after);
      await writeSchema(db, rollbackDir);
      if (spec.recordData) writeData(db, rollbackDir);
      summary.rollback = { commands: [sqlCommand.join(' '), command.join(' ')], rowsAfter: after.length };
    }
  } finally {
    await db.drop();
  }
  writeJson(path.join(dir, 'case.json'), summary);
  return summary;
}

/**
 * schema.sql (without the tracking tables) and tracking-tables.sql (their DDL and the lock row).
 * @param {import('./throwaway-database.mjs').ThrowawayDatabase} db
 * @param {string} dir
 */
export async function writeSchema(db, dir) {
  const dump = pgDump(db);
  writeText(path.join(dir, 'schema.sql'), normalizePgDump(dump, { tracking: 'exclude' }));
  const lock = await readLockRows(db);
  const lockData = lock.length > 0 ? normalizePgDump(pgDump(db, ['--data-only', '--inserts', '--table=public.databasechangeloglock'])) : '';
  writeText(
    path.join(dir, 'tracking-tables.sql'),
    normalizePgDump(dump, { tracking: 'only' }) + (lockData ? `\n-- DATABASECHANGELOGLOCK rows (pg_dump --data-only --inserts)\n${lockData}` : ''),
  );
}

/**
 * data.sql: the rows of every table except the tracking tables, as sorted INSERT statements.
 * @param {import('./throwaway-database.mjs').ThrowawayDatabase} db
 * @param {string} dir
 */
export function writeData(db, dir) {
  const dump = pgDump(db, ['--data-only', '--inserts', '--column-inserts', '--exclude-table=public.databasechangelog*']);
  writeText(path.join(dir, 'data.sql'), normalizePgDump(dump));
}

/**
 * The changes.json document: how the oracle ran, then its changesets.
 * @param {Record<string, any>} oracle
 * @param {{ changelog: string, contexts?: string, labels?: string, params?: Record<string, string> }} spec
 * @param {string} searchPath masked as `<search-path>` in error messages
 */
export function oracleFile(oracle, spec, searchPath) {
  const changeSets = JSON.parse(JSON.stringify(oracle.changeSets).split(searchPath).join('<search-path>'));
  return {
    changelog: spec.changelog,
    database: 'postgresql',
    contexts: spec.contexts ?? null,
    labels: spec.labels ?? null,
    parameters: spec.params ?? {},
    changeSets,
  };
}

/**
 * What the CLI printed (messages on stderr, then stdout), normalised; the line giving the start
 * time is dropped.
 * @param {{ stdout: string, stderr: string }} run
 * @param {{ name: string }} db
 */
export function commandLog(run, db) {
  const messages = run.stderr
    .split('\n')
    .filter((line) => !/^Starting Liquibase at /.test(line))
    .join('\n');
  return normalizeLiquibaseOutput(`${messages.trim()}\n\n${run.stdout.trim()}\n`, { databases: [db.name] });
}
