/**
 * Where the shared corpora are (../shared/corpus, written by other projects; never edited here).
 * A checkout normally sits beside `shared/`; a clone elsewhere finds it through DBOPS_SHARED_DIR
 * or the workplace's /work/shared.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');

export const SHARED_DIR =
  [process.env.DBOPS_SHARED_DIR, path.resolve(repositoryRoot, '..', 'shared'), '/work/shared'].find(
    (candidate): candidate is string => candidate !== undefined && existsSync(path.join(candidate, 'corpus')),
  ) ?? path.resolve(repositoryRoot, '..', 'shared');

export const CORPUS = path.join(SHARED_DIR, 'corpus');
/** Liquibase's integration-test changelogs. */
export const LIQUIBASE_IT = path.join(CORPUS, 'liquibase-it');
/** PostgreSQL's regression-suite SQL. */
export const PG_REGRESS = path.join(CORPUS, 'pg-regress');
/** OPA's Rego conformance cases. */
export const OPA_REGO = path.join(CORPUS, 'opa-rego');
