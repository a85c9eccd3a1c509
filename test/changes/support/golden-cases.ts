import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { GOLDEN_DIR } from '../../support/schema-dump.js';
import { SHARED_DIR } from '../../support/corpus.js';

/** A recorded Liquibase run (test/golden/liquibase/<name>/case.json). */
export interface GoldenCase {
  /** Folder under test/golden/liquibase, e.g. `pgsql-complete` or `change-types/data`. */
  dir: string;
  searchPath: string;
  changelog: string;
  setupSql: string | null;
  contexts: string | null;
  labels: string | null;
  parameters: Record<string, string>;
  rollback?: { commands: string[]; rowsAfter: number };
}

/** Every recorded case that has checksums, one or two folder levels down. */
export function goldenCases(): GoldenCase[] {
  if (!existsSync(GOLDEN_DIR)) return [];
  const dirs: string[] = [];
  for (const entry of readdirSync(GOLDEN_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (existsSync(path.join(GOLDEN_DIR, entry.name, 'case.json'))) dirs.push(entry.name);
    else {
      for (const inner of readdirSync(path.join(GOLDEN_DIR, entry.name), { withFileTypes: true })) {
        if (inner.isDirectory() && existsSync(path.join(GOLDEN_DIR, entry.name, inner.name, 'case.json'))) dirs.push(`${entry.name}/${inner.name}`);
      }
    }
  }
  return dirs
    .filter((dir) => existsSync(path.join(GOLDEN_DIR, dir, 'changes.json')))
    .sort()
    .map((dir) => ({ ...(JSON.parse(readFileSync(path.join(GOLDEN_DIR, dir, 'case.json'), 'utf8')) as Omit<GoldenCase, 'dir'>), dir }));
}

/** The case's search path: relative to the repository, or to the folder above it (shared corpus). */
export function searchPathOf(spec: GoldenCase): string {
  const inRepo = path.resolve(spec.searchPath);
  if (existsSync(inRepo)) return inRepo;
  return spec.searchPath.startsWith('shared/') ? path.join(SHARED_DIR, spec.searchPath.slice('shared/'.length)) : path.resolve('..', spec.searchPath);
}

export function resourcesOf(spec: GoldenCase): FileSystemResourceAccessor {
  return new FileSystemResourceAccessor(searchPathOf(spec));
}

export function readCaseFile<T = string>(spec: GoldenCase, file: string, parse = file.endsWith('.json')): T {
  const text = readFileSync(path.join(GOLDEN_DIR, spec.dir, file), 'utf8');
  return (parse ? JSON.parse(text) : text) as T;
}

export function caseFileExists(spec: GoldenCase, file: string): boolean {
  return existsSync(path.join(GOLDEN_DIR, spec.dir, file));
}
