// Compiles and runs scripts/java/ChecksumOracle.java: Liquibase itself parses a changelog and
// reports every change's checksum with the exact text it hashed (see docs/golden-files.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { LIQUIBASE_LIB } from './liquibase-cli.mjs';
import { CACHE_ROOT, REPO_ROOT } from './paths.mjs';

const SOURCE = path.join(REPO_ROOT, 'scripts/java/ChecksumOracle.java');
const CLASSES = path.join(REPO_ROOT, '.cache/java');

function classPath() {
  const jars = readdirSync(LIQUIBASE_LIB)
    .filter((f) => f.endsWith('.jar'))
    .sort()
    .map((f) => path.join(LIQUIBASE_LIB, f));
  return [...jars, CLASSES].join(path.delimiter);
}

/** Compiles the oracle into .cache/java when the source is newer than the class. */
export function compileOracle() {
  const compiled = path.join(CLASSES, 'ChecksumOracle.class');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(SOURCE).mtimeMs) return;
  mkdirSync(CLASSES, { recursive: true });
  const result = spawnSync('javac', ['-encoding', 'UTF-8', '-cp', classPath(), '-d', CLASSES, SOURCE], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`javac failed:\n${result.stderr}`);
}

/**
 * Parses changelogs with Liquibase and returns, per changelog, its changesets with checksums and
 * hashed texts (or the parse error).
 * @param {{
 *   cwd: string,
 *   changelogs: string[],
 *   params?: Record<string, string>,
 *   contexts?: string,
 *   labels?: string,
 * }} options
 * @returns {Record<string, any>[]}
 */
export function runOracle(options) {
  compileOracle();
  mkdirSync(CACHE_ROOT, { recursive: true });
  const out = path.join(CACHE_ROOT, `oracle-${process.pid}.jsonl`);
  const args = ['-Duser.timezone=UTC', '-Dfile.encoding=UTF-8', '-cp', classPath(), 'ChecksumOracle', '--search-path', options.cwd, '--out', out];
  for (const [key, value] of Object.entries(options.params ?? {})) args.push('--param', `${key}=${value}`);
  if (options.contexts !== undefined) args.push('--contexts', options.contexts);
  if (options.labels !== undefined) args.push('--labels', options.labels);
  args.push(...options.changelogs);
  const result = spawnSync('java', args, { cwd: options.cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`checksum oracle failed:\n${result.stderr.slice(-4000)}`);
  return readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}
