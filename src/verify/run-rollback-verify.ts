import type { ChangeSetId } from '../changelog/model.js';
import { parseDatabaseUrl } from '../database/database-url.js';
import { openEngine, type OpenedEngine } from '../engine/open-engine.js';
import type { Logger } from '../logger.js';
import type { RollbackVerification, RollbackVerifyResult } from '../report/model.js';
import { runRollbackVerification } from './rollback-verify.js';

export interface RollbackVerifyOptions {
  /** Relative to the search path. */
  changelogFile: string;
  /** Directories the changelog and its includes are read from. */
  searchPath: string[];
  /** A scratch database; undefined: the embedded PostgreSQL, in memory and empty, so every changeset is verified. */
  url?: string;
  username?: string;
  password?: string;
  contexts?: string;
  labels?: string;
  /** `-D` properties for `${…}`. */
  properties?: Record<string, string>;
  /** Variables changelogs see as `${NAME}` (the caller filters out what they must not see). */
  env?: NodeJS.ProcessEnv;
  /** Also compare the rows of the tables each changeset names. */
  compareData?: boolean;
  /** Default: every pending changeset. */
  changeSets?: 'pending' | ChangeSetId[];
  /** Tracking tables and lock, as `--liquibase-schema-name` and friends. */
  trackingSchema?: string;
  changelogTableName?: string;
  lockTableName?: string;
  lockWaitSeconds?: number;
  logger: Logger;
}

/**
 * rollback-verify as the CLI and the actions run it: opens the changelog on the database (the
 * embedded PostgreSQL when there is no URL), verifies every pending changeset's rollback, closes.
 *
 * On the embedded database, when a rollback leaves it in a state the next changesets cannot be
 * applied to, verification goes on on a fresh embedded database with everything up to that
 * changeset applied: one bad rollback in old history does not hide the changesets a pull request
 * adds. On a URL, the run stops there (we do not recreate someone's database).
 *
 * Throws (ConfigurationError) when the changelog cannot be read or the database reached; every
 * changeset's failure is in the result.
 *
 * @example
 * const result = await rollbackVerify({ changelogFile: 'changelog.xml', searchPath: ['db'], logger });
 * if (!result.ok) process.exitCode = 1;
 */
export async function rollbackVerify(options: RollbackVerifyOptions): Promise<RollbackVerifyResult> {
  const started = Date.now();
  const target = parseDatabaseUrl(options.url, { username: options.username, password: options.password });
  const throwaway = target.kind === 'embedded' && !target.dataDir;
  const verify = { compareData: options.compareData ?? false, logger: options.logger };

  let opened = await open(options);
  try {
    let run = await runRollbackVerification(opened.context, { ...verify, changeSets: options.changeSets ?? 'pending' });
    const verifications = run.result.verifications;
    while (throwaway && run.resumeAfter) {
      const after = verifications.findIndex((v) => sameChangeSet(v, run.resumeAfter!));
      const rest = verifications.slice(after + 1).filter((v) => v.status === 'skipped');
      if (rest.length === 0) break;
      options.logger.info(`Continuing with the ${rest.length} changeset${rest.length === 1 ? '' : 's'} after ${run.resumeAfter.id}::${run.resumeAfter.author} on a fresh embedded PostgreSQL`);
      await opened.close();
      opened = await open(options);
      run = await runRollbackVerification(opened.context, { ...verify, changeSets: rest.map(({ id, author, filePath }) => ({ id, author, filePath })) });
      for (const v of run.result.verifications) verifications[verifications.findIndex((old) => sameChangeSet(old, v))] = v;
    }
    const redact = opened.redact;
    return {
      changelog: run.result.changelog,
      ok: verifications.every((v) => v.status !== 'mismatch' && v.status !== 'error'),
      verifications: verifications.map((v) => redacted(v, redact)),
      durationMs: Date.now() - started,
    };
  } finally {
    await opened.close();
  }
}

function open(options: RollbackVerifyOptions): Promise<OpenedEngine> {
  return openEngine({
    changelogFile: options.changelogFile,
    searchPath: options.searchPath,
    url: options.url,
    username: options.username,
    password: options.password,
    contexts: options.contexts,
    labels: options.labels,
    properties: options.properties,
    environment: options.env,
    trackingSchema: options.trackingSchema,
    changelogTableName: options.changelogTableName,
    lockTableName: options.lockTableName,
    lockWaitSeconds: options.lockWaitSeconds,
    logger: options.logger,
  });
}

function sameChangeSet(a: ChangeSetId, b: ChangeSetId): boolean {
  return a.id === b.id && a.author === b.author && a.filePath === b.filePath;
}

/** Database messages can quote a connection string; nothing we return carries a secret. */
function redacted(v: RollbackVerification, redact: (text: string) => string): RollbackVerification {
  return {
    ...v,
    ...(v.differences ? { differences: v.differences.map(redact) } : {}),
    ...(v.error
      ? {
          error: {
            ...v.error,
            message: redact(v.error.message),
            ...(v.error.statement !== undefined ? { statement: redact(v.error.statement) } : {}),
            ...(v.error.detail !== undefined ? { detail: redact(v.error.detail) } : {}),
            ...(v.error.hint !== undefined ? { hint: redact(v.error.hint) } : {}),
          },
        }
      : {}),
  };
}
