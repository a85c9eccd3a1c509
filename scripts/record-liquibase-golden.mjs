#!/usr/bin/env node
// Records golden outputs from the real Liquibase (tools/reference) on the local PostgreSQL into
// test/golden/liquibase/. Needs Java and `npm install --prefix tools/reference`; tests never run this,
// they only read what it wrote. See docs/golden-files.md.
//
//   npm run record-golden                     # every case
//   npm run record-golden -- pgsql-complete   # only the named cases
//   npm run record-golden -- --list
//
// DBOPS_GOLDEN_KEEP_DATABASES=1 keeps the throwaway databases for inspection.
import path from 'node:path';
import { recordChecksumUpgrade } from './lib/record-checksum-upgrade.mjs';
import { recordCommands } from './lib/record-commands.mjs';
import { recordCorpus } from './lib/record-corpus.mjs';
import { recordUpdateCase } from './lib/record-update-case.mjs';
import { CORPUS_ROOT, FIXTURES_ROOT, GOLDEN_ROOT } from './lib/paths.mjs';
import { LOGIN_USER, serverVersion } from './lib/throwaway-database.mjs';

const CORPUS_LABEL = 'shared/corpus/liquibase-it';

/** @type {{ name: string, about: string, run: () => Promise<unknown> }[]} */
const CASES = [
  {
    name: 'pgsql-complete',
    about: "Liquibase's PostgreSQL integration suite (191 rows)",
    run: () =>
      recordUpdateCase({
        name: 'pgsql-complete',
        cwd: CORPUS_ROOT,
        searchPathLabel: CORPUS_LABEL,
        changelog: 'changelogs/pgsql/complete/root.changelog.xml',
        setupSql: 'setup-postgresql.sql',
        contexts: 'test, context-b',
        params: { loginUser: LOGIN_USER },
        expectedRows: 191,
      }),
  },
  {
    name: 'json-common',
    about: "Liquibase's JSON suite (26 changesets run)",
    run: () =>
      recordUpdateCase({
        name: 'json-common',
        cwd: CORPUS_ROOT,
        searchPathLabel: CORPUS_LABEL,
        changelog: 'changelogs/json/common.tests.changelog.json',
        params: { loginUser: LOGIN_USER },
      }),
  },
  {
    name: 'sqlstyle-formatted',
    about: "Liquibase's formatted SQL changelog",
    run: () =>
      recordUpdateCase({
        name: 'sqlstyle-formatted',
        cwd: CORPUS_ROOT,
        searchPathLabel: CORPUS_LABEL,
        changelog: 'changelogs/common/sqlstyle/formatted.changelog.sql',
        params: { loginUser: LOGIN_USER },
        recordData: true,
      }),
  },
  {
    name: 'pgsql-rollback',
    about: "Liquibase's PostgreSQL rollback suite (18 changesets), then everything rolled back",
    run: () =>
      recordUpdateCase({
        name: 'pgsql-rollback',
        cwd: CORPUS_ROOT,
        searchPathLabel: CORPUS_LABEL,
        changelog: 'changelogs/pgsql/rollback/rollbackable.changelog.xml',
        params: { loginUser: LOGIN_USER },
        rollback: { count: 'all' },
        expectedRows: 18,
      }),
  },
  {
    name: 'corpus',
    about: 'changes.json of every corpus changelog Liquibase parses; rejected.json for the others',
    run: () => recordCorpus({ name: 'corpus', cwd: CORPUS_ROOT, rejectedFile: path.join(GOLDEN_ROOT, 'rejected.json') }),
  },
  ...changeTypeCases(),
  {
    name: 'commands',
    about: 'tag, update-to-tag, rollback, changelog-sync, clear-checksums, status, history, locks...',
    run: () => recordCommands({ name: 'commands', cwd: FIXTURES_ROOT, changelog: 'changelogs/commands/changelog.xml', contexts: 'test' }),
  },
  {
    name: 'quirks/insert-sequence-schema',
    about: 'a stored checksum that differs from the parsed one (insert + schemaName + valueSequenceNext)',
    run: () =>
      recordUpdateCase({
        name: 'quirks/insert-sequence-schema',
        cwd: FIXTURES_ROOT,
        changelog: 'changelogs/quirks/insert-sequence-schema.xml',
        afterUpdate: [['validate'], ['status', '--verbose']],
      }),
  },
  {
    name: 'checksum-upgrade',
    about: 'applied by Liquibase 4.4.0 (v8 checksums), then updated by 4.28 (rewritten as v9)',
    run: () => recordChecksumUpgrade({ name: 'checksum-upgrade', cwd: FIXTURES_ROOT, changelog: 'changelogs/checksum-upgrade/changelog.xml' }),
  },
];

/**
 * One case per file of test/fixtures/changelogs/change-types: applied, then rolled back
 * completely (every changeset there has an automatic or explicit rollback).
 */
function changeTypeCases() {
  /** @type {[string, string, Partial<import('./lib/record-update-case.mjs').UpdateCase>][]} */
  const files = [
    ['tables', 'tables.xml', {}],
    ['constraints', 'constraints.xml', {}],
    ['indexes-sequences', 'indexes-sequences.yaml', {}],
    ['views-procedures', 'views-procedures.yaml', {}],
    ['data', 'data.xml', { recordData: true }],
    ['sql-and-misc', 'sql-and-misc.json', { recordData: true }],
    ['preconditions', 'preconditions.xml', { labels: 'mod' }],
    ['formatted', 'formatted.sql', { recordData: true }],
    ['includes', 'includes.xml', { recordData: true, rollback: { tag: 'baseline' } }],
    ['yaml-values', 'yaml-values.yaml', { recordData: true }],
    ['json-values', 'json-values.json', { recordData: true }],
  ];
  return files.map(([name, file, options]) => ({
    name: `change-types/${name}`,
    about: `test/fixtures/changelogs/change-types/${file}`,
    run: () =>
      recordUpdateCase({
        name: `change-types/${name}`,
        cwd: FIXTURES_ROOT,
        changelog: `changelogs/change-types/${file}`,
        params: { loginUser: LOGIN_USER },
        contexts: 'test',
        rollback: { count: 'all' },
        ...options,
      }),
  }));
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const c of CASES) console.log(`${c.name.padEnd(24)} ${c.about}`);
    return;
  }
  // A name selects that case, or every case under it ("change-types" selects change-types/*).
  const matches = (c, arg) => c.name === arg || c.name.startsWith(`${arg}/`);
  const unknown = args.filter((a) => !CASES.some((c) => matches(c, a)));
  if (unknown.length > 0) throw new Error(`unknown case(s): ${unknown.join(', ')} (see --list)`);
  const selected = args.length === 0 ? CASES : CASES.filter((c) => args.some((a) => matches(c, a)));
  console.log(`PostgreSQL ${await serverVersion()}; Liquibase corpus at ${CORPUS_ROOT}`);
  const failures = [];
  for (const c of selected) {
    const started = Date.now();
    try {
      await c.run();
      console.log(`case ${c.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failures.push(c.name);
      console.error(`case ${c.name}: FAILED: ${error instanceof Error ? error.stack : error}`);
      if (error && typeof error === 'object' && 'run' in error) {
        console.error(String(error.run.stdout).slice(-3000));
        console.error(String(error.run.stderr).slice(-3000));
      }
    }
  }
  if (failures.length > 0) {
    console.error(`failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
