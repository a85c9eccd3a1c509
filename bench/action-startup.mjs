#!/usr/bin/env node
// How fast an action starts, measured as the runner starts it: `node dist/actions/apply.js` in a
// fresh process with INPUT_* variables and runner files. Reports, per scenario, the time from
// spawn to the first line on stdout, to the first line of the action's own work, and to exit.
//
//   node bench/action-startup.mjs [--dist DIR] [--runs N]
//
// Scenarios:
//   first line   the banner, printed before anything heavy is loaded (goal: < 300 ms warm)
//   config error no changelog-file: inputs read, @actions/core loaded, step failed (no database)
//   dry run      update-sql against PostgreSQL (DBOPS_BENCH_PG_URL, default the local server's
//                `postgres` database; nothing is changed), skipped when unreachable
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const dist = path.resolve(root, arg('--dist', 'dist'));
const runs = Number(arg('--runs', '10'));
const pgUrl = process.env.DBOPS_BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const workspace = mkdtempSync(path.join(tmpdir(), 'dbops-startup-'));
mkdirSync(path.join(workspace, 'db'));
writeFileSync(
  path.join(workspace, 'db', 'changelog.yaml'),
  'databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: bench\n      changes:\n        - createTable:\n            tableName: bench_startup\n            columns:\n              - column:\n                  name: id\n                  type: bigint\n',
);

function runOnce(inputs, workLine) {
  const output = path.join(workspace, `output-${process.hrtime.bigint()}.txt`);
  const summary = `${output}.md`;
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env = { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'acme/bench', GITHUB_EVENT_NAME: 'push' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
    const child = spawn(process.execPath, [path.join(dist, 'actions', 'apply.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const times = {};
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      times.firstLine ??= ms();
      buffer += chunk;
      if (workLine && times.work === undefined && workLine.test(buffer)) times.work = ms();
    });
    child.on('close', (code) => resolve({ ...times, exit: ms(), code }));
  });
}

function stats(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return 'n/a';
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})`;
}

async function scenario(name, inputs, workLine) {
  await runOnce(inputs, workLine); // warm the disk cache
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(inputs, workLine));
  console.log(`${name} (${runs} runs)`);
  console.log(`  first output line: ${stats(results.map((r) => r.firstLine))}`);
  if (workLine) console.log(`  action at work:    ${stats(results.map((r) => r.work))}`);
  console.log(`  exit:              ${stats(results.map((r) => r.exit))}  exit codes ${[...new Set(results.map((r) => r.code))].join(',')}`);
  return results;
}

console.log(`node ${process.version}, bundle ${path.relative(root, dist) || dist}`);
const configError = await scenario('config error (no changelog-file)', {}, /::error::/);
const pg = await import(path.join(root, 'node_modules', 'pg', 'lib', 'index.js')).catch(() => undefined);
let reachable = false;
if (pg) {
  const client = new pg.default.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  reachable = await client.connect().then(() => client.end().then(() => true), () => false);
}
if (reachable) {
  await scenario('dry run against PostgreSQL', { 'changelog-file': 'db/changelog.yaml', url: pgUrl, 'dry-run': 'true', comment: 'false' }, /^Dry run \(SQL only\)/m);
} else {
  console.log(`dry run against PostgreSQL: skipped (${pgUrl} unreachable)`);
}
const median = configError.map((r) => r.firstLine).sort((a, b) => a - b)[Math.floor(runs / 2)];
console.log(median < 300 ? `OK: first line in ${median.toFixed(0)} ms (goal < 300 ms)` : `SLOW: first line in ${median.toFixed(0)} ms (goal < 300 ms)`);
