// Where the recording script reads and writes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Liquibase's integration-test changelogs; Liquibase runs from here with `changelogs/...` paths. */
export const CORPUS_ROOT = path.resolve(REPO_ROOT, process.env.DBOPS_LIQUIBASE_CORPUS ?? '../shared/corpus/liquibase-it');

/** Our own changelogs, run with this folder as the search path. */
export const FIXTURES_ROOT = path.join(REPO_ROOT, 'test/fixtures');

export const GOLDEN_ROOT = path.join(REPO_ROOT, 'test/golden/liquibase');

/** Scratch space (gitignored): compiled Java, oracle output. */
export const CACHE_ROOT = path.join(REPO_ROOT, '.cache/golden');
