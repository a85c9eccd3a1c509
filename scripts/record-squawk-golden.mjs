#!/usr/bin/env node
// Records what Squawk (the peer PostgreSQL migration linter) reports, so that tests can check
// that dbops's built-in rules flag at least the same things without running Squawk.
//
//   npm install --prefix tools/reference        # once, installs squawk-cli
//   node scripts/record-squawk-golden.mjs
//
// Writes test/golden/squawk/pg-regress.json (every file of /work/shared/corpus/pg-regress, or
// $PG_REGRESS_DIR, linted as Squawk lints a migration file outside a transaction) and
// test/golden/squawk/inputs.json (test/golden/squawk/inputs/*.sql, each a changeset, linted with
// --assume-in-transaction since dbops runs changesets in a transaction). Each file maps to
// { <squawk rule>: [1-based lines] }.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const squawk = join(root, 'tools/reference/node_modules/.bin/squawk');
const goldenDir = join(root, 'test/golden/squawk');
const pgRegressDir = process.env.PG_REGRESS_DIR ?? '/work/shared/corpus/pg-regress';

if (!existsSync(squawk)) {
  console.error(`squawk not found at ${squawk}: run \`npm install --prefix tools/reference\` first`);
  process.exit(2);
}

const version = run(['--version']).stdout.trim().replace(/^squawk\s+/, '');

record({
  name: 'pg-regress',
  dir: pgRegressDir,
  args: ['--reporter', 'json'],
  note: 'PostgreSQL regression-suite files as vendored by Squawk; each file linted as one migration outside a transaction.',
});
record({
  name: 'inputs',
  dir: join(goldenDir, 'inputs'),
  args: ['--reporter', 'json', '--assume-in-transaction'],
  note: 'Hand-written changesets (one file each), linted as dbops runs them: inside a transaction.',
});

function record({ name, dir, args, note }) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const result = run([...args, ...files.map((f) => join(dir, f))]);
  // Squawk exits 1 when it finds violations; anything else without JSON output is a failure.
  let violations;
  try {
    violations = JSON.parse(result.stdout || '[]');
  } catch {
    console.error(`squawk failed on ${name} (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  const byFile = Object.fromEntries(files.map((f) => [f, {}]));
  for (const v of violations) {
    const file = basename(v.file);
    const rules = (byFile[file] ??= {});
    // Squawk's JSON lines are 0-based.
    (rules[v.rule_name] ??= []).push(v.line + 1);
  }
  for (const rules of Object.values(byFile)) {
    for (const lines of Object.values(rules)) lines.sort((a, b) => a - b);
  }
  const golden = {
    tool: 'squawk',
    version,
    command: `squawk ${args.join(' ')} <files>`,
    note,
    violations: violations.length,
    files: sortKeys(Object.fromEntries(Object.entries(byFile).map(([f, rules]) => [f, sortKeys(rules)]))),
  };
  const out = join(goldenDir, `${name}.json`);
  writeFileSync(out, `${JSON.stringify(golden, null, 1)}\n`);
  console.log(`${out}: ${violations.length} violations in ${files.length} files`);
}

function run(args) {
  const result = spawnSync(squawk, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

function sortKeys(obj) {
  return Object.fromEntries(Object.keys(obj).sort().map((k) => [k, obj[k]]));
}
