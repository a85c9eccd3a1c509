// Runs the reference Liquibase CLI (tools/reference) against the local PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.mjs';

const REFERENCE = path.join(REPO_ROOT, 'tools/reference/node_modules');

/** Launchers of the Liquibase releases installed in tools/reference. */
export const LIQUIBASE = {
  /** npm liquibase@4.28.1 (its jar calls itself 4.28.0). Writes v9 checksums. */
  current: path.join(REFERENCE, 'liquibase/dist/liquibase/liquibase'),
  /** npm liquibase@4.4.0 under the alias liquibase-v8. Writes v8 checksums. */
  v8: path.join(REFERENCE, 'liquibase-v8/dist/liquibase/liquibase'),
};

/** The jars of the current release, for the checksum oracle's class path. */
export const LIQUIBASE_LIB = path.join(REFERENCE, 'liquibase/dist/liquibase/internal/lib');

export class LiquibaseError extends Error {
  /**
   * @param {string} message
   * @param {{ args: string[], code: number | null, stdout: string, stderr: string }} run
   */
  constructor(message, run) {
    super(message);
    this.name = 'LiquibaseError';
    this.run = run;
  }
}

/**
 * Runs one Liquibase command. Dates are written in UTC (the JVM's zone decides DATEEXECUTED).
 * @param {{
 *   launcher?: string,
 *   cwd: string,
 *   database?: { jdbcUrl: string, user: string },
 *   changelog?: string,
 *   command: string[],
 *   globalArgs?: string[],
 *   allowFailure?: boolean,
 * }} options `command` is the command and its own arguments, e.g. ['rollback-count', '--count=3'];
 *   `globalArgs` go before it.
 * @returns {{ args: string[], code: number | null, stdout: string, stderr: string, error: string | null }}
 *   `error` is Liquibase's own one-line-or-more explanation when the command failed.
 */
export function runLiquibase(options) {
  const launcher = options.launcher ?? LIQUIBASE.current;
  if (!existsSync(launcher)) {
    throw new Error(`Liquibase launcher not found: ${launcher}. Run: npm install --prefix tools/reference`);
  }
  const args = [];
  if (launcher === LIQUIBASE.current) args.push('--show-banner=false');
  // 4.4 ships no PostgreSQL driver (borrow 4.28's) and still calls Liquibase Hub.
  if (launcher === LIQUIBASE.v8) args.push('--hub-mode=off', `--classpath=${path.join(LIQUIBASE_LIB, 'postgresql.jar')}`);
  if (options.database) {
    args.push(`--url=${options.database.jdbcUrl}`, `--username=${options.database.user}`);
  }
  if (options.changelog) args.push(`--changelog-file=${options.changelog}`);
  args.push(...(options.globalArgs ?? []), ...options.command);
  const result = spawnSync(launcher, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      JAVA_HOME: process.env.JAVA_HOME,
      LANG: 'C.UTF-8',
      TZ: 'UTC',
      JAVA_OPTS: '-Duser.timezone=UTC -Dfile.encoding=UTF-8 -Duser.language=en -Duser.country=US',
    },
  });
  const run = {
    args,
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    error: null,
  };
  if (result.status !== 0) {
    run.error = extractError(run.stdout + '\n' + run.stderr) ?? `exit code ${result.status}`;
    if (!options.allowFailure) {
      throw new LiquibaseError(`liquibase ${options.command.join(' ')} failed: ${run.error}`, run);
    }
  }
  return run;
}

/**
 * Liquibase's explanation of a failure, as the CLI prints it after "Unexpected error running
 * Liquibase:" (4.28) or "Liquibase Community ... failed:"/"Unexpected error running Liquibase:" (4.4).
 * @param {string} output
 * @returns {string | null}
 */
export function extractError(output) {
  const marker = output.indexOf('Unexpected error running Liquibase:');
  if (marker < 0) return null;
  let message = output.slice(marker + 'Unexpected error running Liquibase:'.length);
  const end = message.search(/\n\s*For more information, please use the --log-level flag|\n\s*\n\s*\[|\n- Caused by:/);
  if (end >= 0) message = message.slice(0, end);
  return message.trim();
}

/**
 * The Liquibase version the CLI reports ("Liquibase Version: 4.28.0").
 * @param {string} output
 */
export function reportedVersion(output) {
  return /Liquibase Version: (\S+)/.exec(output)?.[1] ?? /Liquibase Community (\S+) by/.exec(output)?.[1] ?? null;
}
