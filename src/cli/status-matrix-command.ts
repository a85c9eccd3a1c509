import { ConfigurationError } from '../errors.js';
import { createRedactor } from '../github/masking.js';
import { renderStatusMatrixText } from '../promotion/render-status-matrix.js';
import { parseEnvironments, readStatusMatrix } from '../promotion/status-matrix.js';
import type { CliIo } from './cli-io.js';
import { stderrLogger } from './cli-io.js';
import { reportError } from './main.js';
import type { CliSettings } from './settings.js';

/**
 * `dbops status-matrix --changelog-file=… --environments=dev=<url>,staging=<url>`: which
 * changesets each environment has applied, from their tracking tables; text or `--format=json`.
 * The environments may also come from DBOPS_ENVIRONMENTS (one name=url per line), which keeps the
 * URLs out of the shell history. Exit 0 when every environment was read, 1 otherwise.
 */
export async function statusMatrixCommand(settings: CliSettings, io: CliIo): Promise<number> {
  let redact = (text: string) => text;
  try {
    if (!settings.changelogFile) throw new ConfigurationError('status-matrix needs --changelog-file');
    const list = settings.options.environments ?? io.env.DBOPS_ENVIRONMENTS;
    if (!list) throw new ConfigurationError('status-matrix needs --environments=name=url,name=url (or DBOPS_ENVIRONMENTS, one name=url per line)');
    const environments = parseEnvironments([list], '--environments');
    redact = createRedactor(environments.map((e) => e.url));
    const logLevel = (settings.options['log-level'] as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'warn';
    const matrix = await readStatusMatrix({
      changelog: {
        changelogFile: settings.changelogFile,
        searchPath: settings.searchPath,
        ...(settings.contexts ? { contexts: settings.contexts } : {}),
        ...(settings.labels ? { labels: settings.labels } : {}),
        properties: settings.properties,
        environment: io.env,
      },
      environments,
      logger: stderrLogger(io, logLevel, redact),
      redact,
    });
    io.stdout(redact(settings.format === 'json' ? `${JSON.stringify(matrix, null, 2)}\n` : renderStatusMatrixText(matrix)));
    return matrix.ok ? 0 : 1;
  } catch (error) {
    return reportError(error, io, redact);
  }
}
