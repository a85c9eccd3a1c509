// A database written by Liquibase 4.4 (v8 checksums), then updated by 4.28: how the rows are
// validated and rewritten as v9.
import path from 'node:path';
import { runOracle } from './checksum-oracle.mjs';
import { caseFolder, writeJson, writeText } from './golden-files.mjs';
import { LIQUIBASE, reportedVersion, runLiquibase } from './liquibase-cli.mjs';
import { normalizeLiquibaseOutput } from './normalize-liquibase-output.mjs';
import { commandLog, oracleFile, writeSchema } from './record-update-case.mjs';
import { createThrowawayDatabase } from './throwaway-database.mjs';
import { readChangelogRows } from './tracking-rows.mjs';

/**
 * @param {{ name: string, cwd: string, changelog: string }} spec
 */
export async function recordChecksumUpgrade(spec) {
  console.log(`case ${spec.name}: ${spec.changelog} with Liquibase 4.4, then 4.28`);
  const dir = caseFolder(spec.name);
  const [oracle] = runOracle({ cwd: spec.cwd, changelogs: [spec.changelog] });
  writeJson(path.join(dir, 'changes.json'), oracleFile(oracle, { changelog: spec.changelog }, spec.cwd));

  const db = await createThrowawayDatabase(spec.name);
  const deployments = new Map();
  const cli = (launcher, command) => runLiquibase({ launcher, cwd: spec.cwd, database: db, changelog: spec.changelog, command });
  try {
    const old = cli(LIQUIBASE.v8, ['update']);
    writeText(path.join(dir, 'v8-update.log'), commandLog(old, db));
    const v8Rows = await readChangelogRows(db, deployments);
    writeJson(path.join(dir, 'v8-databasechangelog.json'), v8Rows);

    const sql = cli(LIQUIBASE.current, ['update-sql']);
    writeText(path.join(dir, 'upgrade-update-sql.sql'), normalizeLiquibaseOutput(sql.stdout, { databases: [db.name] }));
    const status = cli(LIQUIBASE.current, ['status', '--verbose']);
    writeText(path.join(dir, 'upgrade-status.txt'), normalizeLiquibaseOutput(commandLog(status, db), { databases: [db.name] }));
    const rowsAfterSql = await readChangelogRows(db, deployments);

    const update = cli(LIQUIBASE.current, ['update']);
    writeText(path.join(dir, 'upgrade-update.log'), commandLog(update, db));
    const v9Rows = await readChangelogRows(db, deployments);
    writeJson(path.join(dir, 'databasechangelog.json'), v9Rows);
    await writeSchema(db, dir);

    // Side by side: what 4.4 stored, what 4.28's own v8 algorithm gives for it, what 4.28 wrote.
    const parsed = new Map(oracle.changeSets.map((cs) => [`${cs.id}::${cs.author}::${cs.filename}`, cs]));
    const comparison = v8Rows.map((row) => {
      const cs = parsed.get(`${row.id}::${row.author}::${row.filename}`);
      const after = v9Rows.find((r) => r.id === row.id && r.author === row.author && r.filename === row.filename);
      return {
        id: row.id,
        author: row.author,
        filename: row.filename,
        storedBy44: row.md5sum,
        v8By428: cs?.v8.checksum ?? null,
        v8Matches: cs?.v8.checksum === row.md5sum,
        storedAfter428Update: after?.md5sum ?? null,
        v9By428: cs?.v9.checksum ?? null,
        descriptionBy44: row.description,
        descriptionAfter428Update: after?.description ?? null,
      };
    });
    writeJson(path.join(dir, 'comparison.json'), {
      liquibase44: reportedVersion(old.stderr + old.stdout),
      liquibase428: reportedVersion(update.stderr + update.stdout),
      rowsChangedByUpdateSqlAndStatus: JSON.stringify(rowsAfterSql) !== JSON.stringify(v8Rows),
      changeSets: comparison,
    });
  } finally {
    await db.drop();
  }
}
