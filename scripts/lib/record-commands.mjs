// What Liquibase's commands print and leave in DATABASECHANGELOG, step by step, on a small
// changelog of our own (test/fixtures/changelogs/commands/changelog.xml).
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runOracle } from './checksum-oracle.mjs';
import { caseFolder, writeJson, writeText } from './golden-files.mjs';
import { reportedVersion, runLiquibase } from './liquibase-cli.mjs';
import { normalizeLiquibaseOutput } from './normalize-liquibase-output.mjs';
import { commandLog, oracleFile, writeSchema } from './record-update-case.mjs';
import { createThrowawayDatabase, LOGIN_USER } from './throwaway-database.mjs';
import { readChangelogRows, readLockRows } from './tracking-rows.mjs';

/** Commands that take --contexts (the others reject it). */
const WITH_CONTEXTS = new Set([
  'status', 'update', 'update-sql', 'update-to-tag', 'update-count', 'update-testing-rollback',
  'rollback', 'rollback-sql', 'rollback-to-date', 'rollback-to-date-sql', 'rollback-count',
  'changelog-sync', 'changelog-sync-sql', 'changelog-sync-to-tag', 'mark-next-changeset-ran',
]);

/**
 * @param {{ name: string, cwd: string, changelog: string, contexts: string }} spec
 */
export async function recordCommands(spec) {
  console.log(`case ${spec.name}: ${spec.changelog}`);
  const dir = caseFolder(spec.name);
  const [oracle] = runOracle({ cwd: spec.cwd, changelogs: [spec.changelog], contexts: spec.contexts });
  writeJson(path.join(dir, 'changes.json'), oracleFile(oracle, { changelog: spec.changelog, contexts: spec.contexts }, spec.cwd));

  /** @type {{ step: string, database: string, command: string, output?: string, rows?: string, note?: string }[]} */
  const steps = [];
  let version = null;
  let n = 0;

  /**
   * Runs one command and records what it printed and, when `rows` is set, the rows after it.
   * @param {import('./throwaway-database.mjs').ThrowawayDatabase} db
   * @param {string} label database label in steps.json
   * @param {Map<string, string>} deployments
   * @param {string} step file name stem
   * @param {string[]} command
   * @param {{ rows?: boolean, note?: string, allowFailure?: boolean, globalArgs?: string[] }} [options]
   */
  const run = async (db, label, deployments, step, command, options = {}) => {
    const stem = `${String(++n).padStart(2, '0')}-${step}`;
    const result = runLiquibase({
      cwd: spec.cwd,
      database: db,
      changelog: spec.changelog,
      command: WITH_CONTEXTS.has(command[0]) ? [...command, `--contexts=${spec.contexts}`] : command,
      allowFailure: options.allowFailure,
      globalArgs: options.globalArgs,
    });
    version ??= reportedVersion(result.stderr + result.stdout);
    const args = WITH_CONTEXTS.has(command[0]) ? [...command, `--contexts=${spec.contexts}`] : command;
    const shown = [...(options.globalArgs ?? []), ...args].map((a) => (a.startsWith('--date=') ? '--date=<between D1 and D2>' : a));
    const entry = { step: stem, database: label, command: shown.join(' ') };
    const output = normalizeLiquibaseOutput(commandLog(result, db), { databases: [db.name], tables: true, deploymentIds: true });
    writeText(path.join(dir, `${stem}.txt`), output);
    entry.output = `${stem}.txt`;
    if (result.code !== 0) entry.exitCode = result.code;
    if (options.rows) {
      writeJson(path.join(dir, `${stem}.rows.json`), await readChangelogRows(db, deployments));
      entry.rows = `${stem}.rows.json`;
    }
    if (options.note) entry.note = options.note;
    steps.push(entry);
    return result;
  };

  // A: update-to-tag, update, tag, status, history, calculate-checksum, rollback-to-date, rollback --tag,
  //    clear-checksums, locks.
  const a = await createThrowawayDatabase(`${spec.name}_a`);
  const da = new Map();
  try {
    await run(a, 'A', da, 'status-empty', ['status', '--verbose']);
    await run(a, 'A', da, 'update-to-tag-v1', ['update-to-tag', '--tag=v1'], { rows: true });
    await run(a, 'A', da, 'status-pending', ['status', '--verbose']);
    await run(a, 'A', da, 'tag-exists-v1', ['tag-exists', '--tag=v1']);
    await run(a, 'A', da, 'tag-exists-v2', ['tag-exists', '--tag=v2']);
    // A point in time between two deployments, for rollback-to-date. The JVM runs in UTC, so
    // DATEEXECUTED is UTC too.
    await sleep(1500);
    const between = new Date().toISOString().slice(0, 19);
    await sleep(1500);
    await run(a, 'A', da, 'update', ['update'], { rows: true });
    await run(a, 'A', da, 'status-up-to-date', ['status', '--verbose']);
    await run(a, 'A', da, 'history', ['history']);
    await run(a, 'A', da, 'calculate-checksum', ['calculate-checksum', `--changeset-identifier=${spec.changelog}::create-person::dbops`]);
    await run(a, 'A', da, 'tag-manual', ['tag', '--tag=manual'], { rows: true, note: 'tags the newest row' });
    await run(a, 'A', da, 'rollback-to-date-sql', ['rollback-to-date-sql', `--date=${between}`], {
      note: 'the date lies between the update-to-tag run (D1) and the update run (D2)',
    });
    await run(a, 'A', da, 'rollback-to-date', ['rollback-to-date', `--date=${between}`], { rows: true });
    await run(a, 'A', da, 'update-again', ['update'], { rows: true });
    await run(a, 'A', da, 'rollback-tag-v1-sql', ['rollback-sql', '--tag=v1']);
    await run(a, 'A', da, 'rollback-tag-v1', ['rollback', '--tag=v1'], { rows: true });
    await run(a, 'A', da, 'update-count-1', ['update-count', '--count=1'], { rows: true });
    await run(a, 'A', da, 'clear-checksums', ['clear-checksums'], { rows: true });
    await run(a, 'A', da, 'update-after-clear', ['update'], { rows: true, note: 'NULL MD5SUMs are filled in again' });
    await run(a, 'A', da, 'unexpected-changesets', ['unexpected-changesets', '--verbose']);
    await run(a, 'A', da, 'validate', ['validate']);
    await run(a, 'A', da, 'list-locks', ['list-locks']);
    await run(a, 'A', da, 'rollback-count-1', ['rollback-count', '--count=1'], { rows: true, note: 'so that the next update has work to do' });
    // A lock left behind by another process, as Liquibase shows and clears it.
    await a.query(
      `UPDATE databasechangeloglock SET locked = TRUE, lockgranted = '2024-01-02 03:04:05', lockedby = 'other-host (10.0.0.5)' WHERE id = 1`,
    );
    await run(a, 'A', da, 'list-locks-held', ['list-locks'], { note: 'lock set by hand: other-host (10.0.0.5) since 2024-01-02 03:04:05' });
    writeJson(path.join(dir, 'lock-held.json'), await readLockRows(a));
    await run(a, 'A', da, 'update-while-locked', ['update'], {
      globalArgs: ['--changelog-lock-wait-time-in-minutes=0'],
      allowFailure: true,
      note: 'fails: the lock is held',
    });
    await run(a, 'A', da, 'release-locks', ['release-locks']);
    await run(a, 'A', da, 'update-after-release', ['update'], { rows: true });
    writeJson(path.join(dir, 'lock-released.json'), await readLockRows(a));
    await writeSchema(a, dir);
  } finally {
    await a.drop();
  }

  // B: changelog-sync on an empty database writes EXECUTED rows without running anything.
  const b = await createThrowawayDatabase(`${spec.name}_b`);
  const db_ = new Map();
  try {
    await run(b, 'B', db_, 'changelog-sync-sql', ['changelog-sync-sql']);
    await run(b, 'B', db_, 'changelog-sync', ['changelog-sync'], { rows: true });
    await run(b, 'B', db_, 'status-after-sync', ['status', '--verbose']);
    await writeSchema(b, path.join(dir, 'after-changelog-sync'));
  } finally {
    await b.drop();
  }

  // C: tag on an empty DATABASECHANGELOG, changelog-sync-to-tag, mark-next-changeset-ran.
  const c = await createThrowawayDatabase(`${spec.name}_c`);
  const dc = new Map();
  try {
    await run(c, 'C', dc, 'tag-empty', ['tag', '--tag=empty'], { rows: true, note: 'no rows yet: Liquibase inserts a placeholder row' });
    await run(c, 'C', dc, 'changelog-sync-to-tag-v1', ['changelog-sync-to-tag', '--tag=v1'], { rows: true });
    await run(c, 'C', dc, 'mark-next-changeset-ran', ['mark-next-changeset-ran'], { rows: true });
  } finally {
    await c.drop();
  }

  // D: update-testing-rollback on an empty database.
  const d = await createThrowawayDatabase(`${spec.name}_d`);
  try {
    await run(d, 'D', new Map(), 'update-testing-rollback', ['update-testing-rollback'], { rows: true });
  } finally {
    await d.drop();
  }

  writeJson(path.join(dir, 'steps.json'), { changelog: spec.changelog, contexts: spec.contexts, liquibaseVersion: version, loginUser: LOGIN_USER, steps });
}
