// Writes golden files: stable JSON (two-space indent, trailing newline) and text.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GOLDEN_ROOT, REPO_ROOT } from './paths.mjs';

/** A case's output folder under test/golden/liquibase, emptied for a fresh recording. */
export function caseFolder(name) {
  const dir = path.join(GOLDEN_ROOT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * @param {string} file
 * @param {unknown} value
 */
export function writeJson(file, value) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
  console.log(`  wrote ${path.relative(REPO_ROOT, file)}`);
}

/**
 * @param {string} file
 * @param {string} text
 */
export function writeText(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text.endsWith('\n') || text === '' ? text : text + '\n');
  console.log(`  wrote ${path.relative(REPO_ROOT, file)}`);
}
