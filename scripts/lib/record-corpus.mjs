// Every changelog of the Liquibase integration-test corpus: checksums and hashed texts for those
// Liquibase can parse, Liquibase's own message for those it rejects.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runOracle } from './checksum-oracle.mjs';
import { caseFolder, writeJson } from './golden-files.mjs';
import { LIQUIBASE, runLiquibase } from './liquibase-cli.mjs';
import { oracleFile } from './record-update-case.mjs';
import { createThrowawayDatabase, LOGIN_USER } from './throwaway-database.mjs';

const CHANGELOG_EXTENSIONS = /\.(xml|ya?ml|json|sql)$/i;

/**
 * Changelog-like files under `changelogs/`, sorted.
 * @param {string} root
 * @returns {string[]} paths relative to `root`, with `/`
 */
export function listCorpusChangelogs(root) {
  /** @type {string[]} */
  const found = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (CHANGELOG_EXTENSIONS.test(entry.name)) found.push(child);
    }
  };
  walk('changelogs');
  return found.sort();
}

/**
 * @param {{ name: string, cwd: string, rejectedFile: string }} spec `rejectedFile` is where
 *   rejected.json goes (test/golden/liquibase/rejected.json)
 */
export async function recordCorpus(spec) {
  console.log(`case ${spec.name}: every changelog under ${spec.cwd}/changelogs`);
  const dir = caseFolder(spec.name);
  const files = listCorpusChangelogs(spec.cwd);
  const params = { loginUser: LOGIN_USER };

  // 1. Parse each file as a root changelog with Liquibase's parser.
  const parsed = runOracle({ cwd: spec.cwd, changelogs: files, params });

  // 2. Ask the CLI too: `validate` adds the checks that need a database (required attributes,
  //    duplicate identifiers, ...) and prints Liquibase's message the way a user sees it.
  const db = await createThrowawayDatabase(spec.name);
  /** @type {Record<string, string>} */
  const rejected = {};
  /** @type {Record<string, unknown>} */
  const index = {};
  try {
    for (const [i, file] of files.entries()) {
      const result = parsed[i];
      const validate = runLiquibase({ cwd: spec.cwd, database: db, changelog: file, command: ['validate', `-DloginUser=${LOGIN_USER}`], allowFailure: true });
      const entry = {};
      if (result.ok) {
        const changes = result.changeSets.reduce((n, cs) => n + cs.changes.length, 0);
        Object.assign(entry, { parsed: true, changeSets: result.changeSets.length, changes });
        writeJson(path.join(dir, `${file}.changes.json`), oracleFile(result, { changelog: file, params }, spec.cwd));
      } else {
        Object.assign(entry, { parsed: false, parseError: maskPaths(result.error, spec.cwd) });
      }
      const validateError = validate.code === 0 ? null : maskPaths(validate.error ?? `exit code ${validate.code}`, spec.cwd);
      entry.validate = validateError ?? 'ok';
      if (validateError) rejected[file] = validateError;
      else if (!result.ok) rejected[file] = maskPaths(result.error, spec.cwd);
      index[file] = entry;
      console.log(`  ${file}: ${result.ok ? `${entry.changeSets} changesets` : 'parse error'}, validate ${validate.code === 0 ? 'ok' : 'failed'}`);
    }
  } finally {
    await db.drop();
  }
  writeJson(path.join(dir, 'index.json'), index);
  writeJson(spec.rejectedFile, rejected);
  return index;
}

/**
 * Liquibase lists its search path in "file not found" messages: mask this machine's folders and
 * fold the class-path entries (their order is not stable) into one line.
 * @param {string} message
 * @param {string} searchPath
 */
function maskPaths(message, searchPath) {
  const home = path.dirname(LIQUIBASE.current);
  const lines = message.split(searchPath).join('<search-path>').split(home).join('<liquibase-home>').split('\n');
  const folded = [];
  for (const line of lines) {
    if (/^\s*- <liquibase-home>/.test(line)) {
      if (!folded.at(-1)?.endsWith('<liquibase class path>')) folded.push('    - <liquibase class path>');
    } else {
      folded.push(line);
    }
  }
  return folded.join('\n');
}
