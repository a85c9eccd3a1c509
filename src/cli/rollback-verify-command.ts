import { ConfigurationError } from '../errors.js';
import { createRedactor } from '../github/masking.js';
import { renderRollbackText } from '../report/terminal-text.js';
import type { CliIo } from './cli-io.js';
import { engineOptions } from './engine-commands.js';
import { reportError, type CommandHandler } from './main.js';
import type { CliSettings } from './settings.js';

/**
 * `dbops rollback-verify`: applies each pending changeset, rolls it back and compares, on the
 * embedded PostgreSQL unless `--url` names a scratch database. Exit 1 when a rollback does not
 * restore the schema or fails (with `--require-rollback`, also when a changeset has none).
 */
export const rollbackVerifyCommand: CommandHandler = async (settings: CliSettings, io: CliIo) => {
  const redact = createRedactor([settings.url, settings.password]);
  try {
    const compareData = flag(settings, 'compare-data');
    const requireRollback = flag(settings, 'require-rollback');
    // The engine's per-step progress lines would repeat each changeset four times; the
    // verification logs one line per changeset instead.
    const { onProgress: _progress, environment, ...engine } = engineOptions(settings, io);
    const { rollbackVerify } = await import('../verify/run-rollback-verify.js');
    const result = await rollbackVerify({ ...engine, env: environment, compareData });

    if (settings.format === 'json') io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
    else io.stdout(redact(renderRollbackText(result, { color: io.isTTY && !io.env.NO_COLOR })));

    const failing = result.verifications.filter((v) => v.status === 'mismatch' || v.status === 'error' || (requireRollback && v.status === 'no-rollback'));
    return failing.length > 0 ? 1 : 0;
  } catch (error) {
    return reportError(error, io, redact);
  }
};

/** A flag given bare (`--compare-data`) or with a value (`--compare-data=false`). */
function flag(settings: CliSettings, name: string): boolean {
  const value = settings.options[name];
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigurationError(`--${name} takes no value (or true/false), got '${value}'`);
}
