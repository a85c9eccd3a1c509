#!/usr/bin/env node
// Engine benchmark: 900 changesets (300 tables × createTable, createIndex, addColumn) applied to
// PostgreSQL by dbops, by `psql -f` of the same statements (one transaction each), and by the real
// Liquibase 4.28, all measured in this run; then update-sql, the peak memory of the apply, and the
// start-up of `dbops status` / `dbops --help`. Prints ratios; asserts nothing.
//
//   node bench/engine.mjs [--tables 300] [--no-liquibase] [--runs 3] [--baseline-bin OTHER/bin.js]
//
// psql and dbops take turns, run by run, so that both see the same load on a shared machine.
// --baseline-bin takes a turn too: another build's CLI (say, the previous bundle), for a before/after
// measured in the same conditions.
//
// Needs PostgreSQL (DBOPS_TEST_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres), psql,
// the committed bundle (dist/), and for Liquibase `npm install --prefix tools/reference` and Java 17.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const tables = Number(option('tables', '300'));
const runs = Number(option('runs', '3'));
const withLiquibase = !args.includes('--no-liquibase');
const baselineBin = option('baseline-bin', undefined);
const adminUrl = process.env.DBOPS_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const work = path.join(root, '.cache', 'bench', 'engine');
mkdirSync(work, { recursive: true });

const dbops = path.join(root, 'bin', 'dbops.js');
const liquibase = path.join(root, 'tools', 'reference', 'node_modules', 'liquibase', 'dist', 'liquibase', 'liquibase');

// --- inputs -------------------------------------------------------------------------------
const changeSets = [];
const statements = [];
for (let i = 1; i <= tables; i++) {
  changeSets.push(
    `  <changeSet id="${i}-table" author="bench">\n    <createTable tableName="bench_${i}">\n      <column name="id" type="int"><constraints primaryKey="true" nullable="false"/></column>\n      <column name="name" type="varchar(100)"/>\n      <column name="created" type="timestamp"/>\n    </createTable>\n  </changeSet>`,
    `  <changeSet id="${i}-index" author="bench">\n    <createIndex indexName="idx_bench_${i}_name" tableName="bench_${i}">\n      <column name="name"/>\n    </createIndex>\n  </changeSet>`,
    `  <changeSet id="${i}-column" author="bench">\n    <addColumn tableName="bench_${i}">\n      <column name="note" type="varchar(255)"/>\n    </addColumn>\n  </changeSet>`,
  );
  statements.push(
    `CREATE TABLE public.bench_${i} (id INTEGER NOT NULL, name VARCHAR(100), created TIMESTAMP WITHOUT TIME ZONE, CONSTRAINT bench_${i}_pkey PRIMARY KEY (id));`,
    `CREATE INDEX idx_bench_${i}_name ON public.bench_${i}(name);`,
    `ALTER TABLE public.bench_${i} ADD note VARCHAR(255);`,
  );
}
writeFileSync(
  path.join(work, 'changelog.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">\n${changeSets.join('\n')}\n</databaseChangeLog>\n`,
);
writeFileSync(path.join(work, 'statements.sql'), `${statements.join('\n')}\n`);

// --- helpers ------------------------------------------------------------------------------
async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
let counter = 0;
async function freshDatabase() {
  const name = `dbops_bench_${process.pid}_${++counter}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  return { name, url: adminUrl.replace(/\/[^/]*$/, `/${name}`), jdbc: `jdbc:postgresql://127.0.0.1:5432/${name}`, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
function timed(command, commandArgs, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: work, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status}):\n${result.stderr?.slice(-2000)}`);
  const rss = /\[max-rss-kb\] (\d+)/.exec(result.stderr ?? '');
  return { seconds, stdout: result.stdout, maxRssMb: rss ? Number(rss[1]) / 1024 : undefined };
}
async function best(label, fn) {
  let bestRun;
  for (let i = 0; i < runs; i++) {
    const run = await fn();
    if (!bestRun || run.seconds < bestRun.seconds) bestRun = run;
  }
  console.error(`  ${label}: ${bestRun.seconds.toFixed(3)} s`);
  return bestRun;
}
/** Like best, for several commands run in turns (the order alternating), so that they share the machine's moods. */
async function bestInTurns(commands) {
  const bests = commands.map(() => undefined);
  for (let i = 0; i < runs; i++) {
    const order = commands.map((_, j) => j);
    if (i % 2) order.reverse();
    for (const j of order) {
      const run = await commands[j][1]();
      if (!bests[j] || run.seconds < bests[j].seconds) bests[j] = run;
    }
  }
  commands.forEach(([label], j) => console.error(`  ${label}: ${bests[j].seconds.toFixed(3)} s`));
  return bests;
}
async function onFreshDatabase(fn) {
  const db = await freshDatabase();
  try {
    return await fn(db);
  } finally {
    await db.drop();
  }
}

// --- measurements -------------------------------------------------------------------------
if (!existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build');
console.error(`${tables * 3} changesets; best of ${runs} runs each`);

const applyWith = (bin) => () =>
  onFreshDatabase((db) => timed(process.execPath, ['--import', path.join(root, 'bench', 'lib', 'report-max-rss.mjs'), bin, 'update', '--changelog-file=changelog.xml', `--url=${db.url}`]));
const [psql, apply, baselineApply] = await bestInTurns([
  ['psql -f', () => onFreshDatabase((db) => timed('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', db.url, '-f', 'statements.sql']))],
  ['dbops update', applyWith(dbops)],
  ...(baselineBin ? [[`dbops update (${baselineBin})`, applyWith(path.resolve(baselineBin))]] : []),
]);
const updateSql = await best('dbops update-sql', () => onFreshDatabase((db) => timed(process.execPath, [dbops, 'update-sql', '--changelog-file=changelog.xml', `--url=${db.url}`])));

const startup = await onFreshDatabase(async (db) => {
  timed(process.execPath, [dbops, 'update', '--changelog-file=changelog.xml', `--url=${db.url}`]);
  const statusWith = (bin) => async () => timed(process.execPath, [bin, 'status', '--changelog-file=changelog.xml', `--url=${db.url}`]);
  const [status, baselineStatus] = await bestInTurns([
    ['dbops status (up to date)', statusWith(dbops)],
    ...(baselineBin ? [[`dbops status (${baselineBin})`, statusWith(path.resolve(baselineBin))]] : []),
  ]);
  const help = await best('dbops --help', async () => timed(process.execPath, [dbops, '--help']));
  return { status: status.seconds, baselineStatus: baselineStatus?.seconds, help: help.seconds };
});

let lbUpdate;
let lbUpdateSql;
if (withLiquibase && existsSync(liquibase)) {
  const lb = (db, command) => timed(liquibase, [`--url=${db.jdbc}`, '--username=postgres', '--changelog-file=changelog.xml', '--log-level=OFF', '--show-banner=false', command]);
  lbUpdate = await best('Liquibase update', () => onFreshDatabase((db) => lb(db, 'update')));
  lbUpdateSql = await best('Liquibase update-sql', () => onFreshDatabase((db) => lb(db, 'update-sql')));
} else if (withLiquibase) {
  console.error('  Liquibase: not installed (npm install --prefix tools/reference); skipped');
}

// --- report -------------------------------------------------------------------------------
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : 'n/a');
const rows = [
  ['apply 900 changesets: psql -f (reference)', `${psql.seconds.toFixed(3)} s`, '1.00×'],
  ['apply: dbops update', `${apply.seconds.toFixed(3)} s`, `${ratio(apply.seconds, psql.seconds)} psql (goal ≤ 1.30×)`],
  ...(baselineApply ? [['apply: dbops update, --baseline-bin', `${baselineApply.seconds.toFixed(3)} s`, `${ratio(baselineApply.seconds, psql.seconds)} psql`]] : []),
  ['apply: Liquibase 4.28 update', lbUpdate ? `${lbUpdate.seconds.toFixed(3)} s` : 'skipped', lbUpdate ? `dbops is ${(lbUpdate.seconds / apply.seconds).toFixed(1)}× faster` : ''],
  ['update-sql: dbops', `${updateSql.seconds.toFixed(3)} s`, 'goal < 0.5 s'],
  ['update-sql: Liquibase 4.28', lbUpdateSql ? `${lbUpdateSql.seconds.toFixed(3)} s` : 'skipped', lbUpdateSql ? `dbops is ${(lbUpdateSql.seconds / updateSql.seconds).toFixed(1)}× faster` : ''],
  ['peak RSS of dbops update', apply.maxRssMb ? `${apply.maxRssMb.toFixed(0)} MB` : 'n/a', 'goal < 150 MB'],
  ['dbops status, up to date (process start to exit)', `${(startup.status * 1000).toFixed(0)} ms`, 'goal < 200 ms'],
  ...(startup.baselineStatus ? [['dbops status, --baseline-bin', `${(startup.baselineStatus * 1000).toFixed(0)} ms`, '']] : []),
  ['dbops --help (process start to exit)', `${(startup.help * 1000).toFixed(0)} ms`, 'goal < 200 ms'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([a, b, c]) => `${a.padEnd(width)}  ${b.padStart(10)}  ${c}`).join('\n'));
