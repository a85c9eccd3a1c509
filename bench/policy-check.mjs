#!/usr/bin/env node
// Times policy-check against Squawk on the same SQL, in the same run: the built-in rules in a
// process of their own, and the whole `dbops policy-check` command.
//
//   node bench/policy-check.mjs [--runs 5] [--dist DIR | --no-cli]
//
// The TypeScript sources of src/policy are compiled first with the project's own tsc
// (bench/policy-check.tsconfig.json, output in .cache/bench-policy-check/, which a clean of build/ does not touch), so no TypeScript
// runner is needed. Squawk comes from tools/reference (`npm install --prefix tools/reference`).
//
// Cases: the pg-regress corpus (each file one changeset, as in the Squawk comparison test) and
// 900 statements (300 tables × CREATE TABLE, CREATE INDEX, ALTER TABLE ADD COLUMN; one changeset
// per table for dbops, one file for Squawk). Each side runs as a fresh process, timed from spawn
// to exit (so dbops pays Node start-up and WASM loading, Squawk its own start-up), median of the
// runs. The dbops process also reports its in-process split: load, parse, rules.
//
// The whole command: `dbops policy-check --format json` (the bundle, as bin/dbops.js runs it) on a
// changelog holding the same SQL (pg-regress: one sqlFile changeset per file, run outside a
// transaction; 900 statements: a formatted SQL changelog, one changeset per table, each with its
// rollback) against `squawk --reporter json` on the SQL files. It pays everything a user waits
// for: Node start-up, loading the changelog, generating the SQL, the rules, the shipped Rego
// policies and the report. The bundle is built from the current sources into
// .cache/bench-policy-check-dist (scripts/build-dist.mjs --out); `--dist dist` times an existing
// one instead (the one bin/dbops.js runs, after `npm run build`).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, '.cache/bench-policy-check/src/policy');
// The npm command (a Node wrapper that starts the native binary) and the native binary itself.
const squawk = join(root, 'tools/reference/node_modules/.bin/squawk');
const squawkNative = join(root, `tools/reference/node_modules/@squawk-cli/${process.platform}-${process.arch}/bin/squawk`);
const pgRegressDir = process.env.PG_REGRESS_DIR ?? '/work/shared/corpus/pg-regress';
const generatedDir = join(tmpdir(), 'dbops-bench-policy-check');
// Two levels below the root, as dist/ is one: the bundle finds the shipped policies/ from there.
const builtDist = join(root, '.cache/bench-policy-check-dist');

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
if (args[0] === '--worker') {
  await worker(args[1]);
} else {
  await main(Number(option('--runs')) || 5, args.includes('--no-cli') ? undefined : (option('--dist') ?? 'build'));
}

async function main(runs, dist) {
  const tsc = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(root, 'bench/policy-check.tsconfig.json')], { encoding: 'utf8' });
  // Type errors elsewhere in the tree do not stop the emit; only a missing output does.
  try {
    readdirSync(built);
  } catch {
    console.error(`compilation failed:\n${tsc.stdout}${tsc.stderr}`);
    process.exit(1);
  }
  writeGenerated();
  const cases = [
    { name: 'pg-regress', files: sqlFiles(pgRegressDir), changelog: 'pg-regress.changelog.yaml' },
    { name: '900 statements', files: [join(generatedDir, 'bench-900.sql')], changelog: 'bench-900.changelog.sql' },
  ];
  const cli = dist ? cliCommand(dist) : undefined;
  const haveSquawk = spawnSync(squawk, ['--version']).status === 0;
  if (!haveSquawk) console.warn(`squawk not found at ${squawk} (npm install --prefix tools/reference): timing dbops only`);

  const runSquawk = (files) => {
    const t = performance.now();
    const s = spawnSync(squawk, ['--reporter', 'json', ...files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if (s.status !== 0 && s.status !== 1) throw new Error(`squawk failed: ${s.stderr}`);
    return performance.now() - t;
  };

  const rows = [];
  const cliRows = [];
  for (const c of cases) {
    const dbops = [];
    const split = [];
    const sq = [];
    const native = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--worker', c.name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      dbops.push(performance.now() - t0);
      if (out.status !== 0) throw new Error(`dbops worker failed: ${out.stderr}`);
      split.push(JSON.parse(out.stdout));
      if (haveSquawk) {
        sq.push(runSquawk(c.files));
        const t2 = performance.now();
        spawnSync(squawkNative, ['--reporter', 'json', ...c.files], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
        native.push(performance.now() - t2);
      }
    }
    const m = median(dbops);
    const inner = split[dbops.indexOf(m)] ?? split[0];
    rows.push({
      case: c.name,
      statements: inner.statements,
      dbops: m,
      squawk: haveSquawk ? median(sq) : undefined,
      native: haveSquawk ? median(native) : undefined,
      detail: inner,
    });
    if (!cli) continue;
    const command = [];
    const commandSquawk = [];
    let report;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const out = spawnSync(process.execPath, [...cli, 'policy-check', `--changelog-file=${c.changelog}`, '--format', 'json'], {
        cwd: generatedDir,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      command.push(performance.now() - t);
      if (out.status !== 0 && out.status !== 1) throw new Error(`dbops policy-check failed: ${out.stderr}`);
      report = JSON.parse(out.stdout);
      if (haveSquawk) commandSquawk.push(runSquawk(c.files));
    }
    cliRows.push({ case: c.name, dbops: median(command), squawk: haveSquawk ? median(commandSquawk) : undefined, report });
  }

  console.log(`policy-check built-in rules vs squawk ${haveSquawk ? spawnSync(squawk, ['--version'], { encoding: 'utf8' }).stdout.trim() : '(absent)'}, median of ${runs} runs, wall time per process`);
  console.log('squawk = the npm `squawk` command (Node wrapper + native binary); native = the binary alone');
  console.log('case              statements   dbops (s)   squawk (s)   dbops/squawk   native (s)   dbops in-process: load / parse / rules (s), findings');
  for (const r of rows) {
    const ratio = r.squawk ? (r.dbops / r.squawk).toFixed(2) : '-';
    console.log(
      `${r.case.padEnd(18)}${String(r.statements).padStart(10)}${sec(r.dbops).padStart(12)}${(r.squawk ? sec(r.squawk) : '-').padStart(13)}${ratio.padStart(15)}` +
        `${(r.native ? sec(r.native) : '-').padStart(13)}   ${sec(r.detail.load)} / ${sec(r.detail.parse)} / ${sec(r.detail.rules)}, ${r.detail.findings}`,
    );
  }
  if (!cliRows.length) return;
  console.log(`\nthe whole command: dbops policy-check --format json (${relative(root, dist === 'build' ? builtDist : resolve(dist))}) vs squawk --reporter json, same files`);
  console.log('case                dbops (s)   squawk (s)   dbops/squawk   changesets, findings (dbops), its own durationMs');
  for (const r of cliRows) {
    const ratio = r.squawk ? (r.dbops / r.squawk).toFixed(2) : '-';
    console.log(
      `${r.case.padEnd(18)}${sec(r.dbops).padStart(11)}${(r.squawk ? sec(r.squawk) : '-').padStart(13)}${ratio.padStart(15)}   ` +
        `${r.report.checked.length}, ${r.report.findings.length}, ${r.report.durationMs} ms`,
    );
  }
}

/** The command that runs the CLI bundle: built from the current sources, or an existing one. */
function cliCommand(dist) {
  const dir = dist === 'build' ? builtDist : resolve(dist);
  if (dist === 'build') {
    const build = spawnSync(process.execPath, [join(root, 'scripts/build-dist.mjs'), '--out', builtDist], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the bundle failed:\n${build.stdout}${build.stderr}`);
  }
  if (!existsSync(join(dir, 'index.js'))) throw new Error(`no bundle in ${dir} (npm run build)`);
  // What bin/dbops.js does, against this bundle.
  const launcher = join(generatedDir, 'dbops-cli.mjs');
  writeFileSync(launcher, `import { processIo, runCli } from ${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)};\nprocess.exitCode = await runCli(process.argv.slice(2), processIo());\n`);
  return [launcher];
}

/** Runs one case in this (fresh) process and prints its in-process timings as JSON. */
async function worker(name) {
  const t0 = performance.now();
  const { parsePolicyInput } = await import(pathToFileURL(join(built, 'sql-parser.js')).href);
  const { checkRules } = await import(pathToFileURL(join(built, 'run-rules.js')).href);
  const { resolvePolicyConfig } = await import(pathToFileURL(join(built, 'policy-config.js')).href);
  const { loadSqlParser } = await import(pathToFileURL(join(built, 'sql-parser.js')).href);
  await loadSqlParser();
  const t1 = performance.now();
  // Each input is checked on its own, as separate dbops runs would (a pg-regress file is one changelog).
  const inputs = name === 'pg-regress' ? pgRegressInputs() : [generatedInput()];
  const config = resolvePolicyConfig();
  let parseTime = 0;
  let rulesTime = 0;
  let findings = 0;
  let statements = 0;
  for (const input of inputs) {
    const a = performance.now();
    const parsed = await parsePolicyInput(input);
    const b = performance.now();
    findings += checkRules(parsed, config).length;
    rulesTime += performance.now() - b;
    parseTime += b - a;
    for (const cs of parsed.changeSets) for (const s of cs.statements) statements += s.parsed.units.length + s.parsed.errors.length;
  }
  const t2 = t1 + parseTime;
  const t3 = t2 + rulesTime;
  process.stdout.write(JSON.stringify({ load: t1 - t0, parse: t2 - t1, rules: t3 - t2, findings, statements }));
}

function pgRegressInputs() {
  return sqlFiles(pgRegressDir).map((file) => ({
    dialect: 'postgresql',
    changeSets: [
      {
        ref: { id: file, author: 'postgresql', filePath: file, line: 1 },
        changeTypes: ['sql'],
        hasRollback: true,
        runInTransaction: false,
        statements: [{ sql: readFileSync(file, 'utf8'), line: 1 }],
      },
    ],
  }));
}

function tableStatements(i) {
  return [
    `CREATE TABLE bench_table_${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`,
    `CREATE INDEX idx_bench_table_${i}_name ON bench_table_${i} (name);`,
    `ALTER TABLE bench_table_${i} ADD COLUMN note text;`,
  ];
}

function generatedInput() {
  const changeSets = [];
  for (let i = 0; i < 300; i++) {
    changeSets.push({
      ref: { id: String(i + 1), author: 'bench', filePath: 'bench-900.sql', line: 3 * i + 1 },
      changeTypes: ['createTable', 'createIndex', 'addColumn'],
      hasRollback: true,
      runInTransaction: true,
      statements: tableStatements(i).map((sql, k) => ({ sql, line: 3 * i + k + 1 })),
    });
  }
  return { dialect: 'postgresql', changeSets };
}

function writeGenerated() {
  mkdirSync(generatedDir, { recursive: true });
  const lines = [];
  for (let i = 0; i < 300; i++) lines.push(...tableStatements(i));
  writeFileSync(join(generatedDir, 'bench-900.sql'), `${lines.join('\n')}\n`);
  // The same statements as a changelog: one changeset per table, with its rollback.
  const changelog = ['-- liquibase formatted sql', ''];
  for (let i = 0; i < 300; i++) {
    changelog.push(`-- changeset bench:${i + 1}`, ...tableStatements(i), `-- rollback DROP TABLE bench_table_${i};`, '');
  }
  writeFileSync(join(generatedDir, 'bench-900.changelog.sql'), changelog.join('\n'));
  const yaml = ['databaseChangeLog:'];
  for (const file of sqlFiles(pgRegressDir)) {
    yaml.push('  - changeSet:', `      id: ${JSON.stringify(basename(file))}`, '      author: postgresql', '      runInTransaction: false', '      changes:', '        - sqlFile:', `            path: ${JSON.stringify(file)}`);
  }
  writeFileSync(join(generatedDir, 'pg-regress.changelog.yaml'), `${yaml.join('\n')}\n`);
}

function sqlFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => join(dir, f));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function sec(ms) {
  return (ms / 1000).toFixed(3);
}
