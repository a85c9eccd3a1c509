import { ConfigurationError } from '../errors.js';
import { stderrLogger } from './cli-io.js';
import { reportError, type CommandHandler } from './main.js';
import { flag, list, redactorOf } from './snapshot-commands.js';

/**
 * `dbops drift --url URL --changelog-file F [--format text|json] [--schemas a,b] [--include ..]
 * [--exclude ..]`: replays the changesets the database records as applied on the embedded
 * PostgreSQL and compares. Exit 1 on drift, 0 without: made for a scheduled workflow.
 */
export const driftCommand: CommandHandler = async (settings, io) => {
  const redact = redactorOf(settings);
  try {
    if (settings.format === 'sarif') throw new ConfigurationError('--format sarif is for policy-check; drift prints text or json');
    if (!settings.changelogFile) throw new ConfigurationError('drift needs --changelog-file: the changelog the database was updated from');
    if (!settings.url) throw new ConfigurationError('drift needs --url: the database to check');
    const { checkDrift } = await import('../diff/drift.js');
    const report = await checkDrift({
      changelogFile: settings.changelogFile,
      searchPath: settings.searchPath,
      url: settings.url,
      username: settings.username,
      password: settings.password,
      properties: settings.properties,
      env: io.env,
      contexts: settings.contexts,
      labels: settings.labels,
      schemas: list(settings, 'schemas'),
      include: list(settings, 'include'),
      exclude: list(settings, 'exclude'),
      trackingSchema: settings.options['liquibase-schema-name'],
      changelogTableName: settings.options['database-changelog-table-name'],
      lockTableName: settings.options['database-changelog-lock-table-name'],
      detectRenames: !flag(settings, 'no-rename-detection'),
      logger: stderrLogger(io, (settings.options['log-level'] as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'warn', redact),
    });
    if (settings.format === 'json') {
      io.stdout(redact(`${JSON.stringify(report, null, 2)}\n`));
    } else {
      const { renderDriftText } = await import('../diff/render-drift-text.js');
      io.stdout(redact(renderDriftText(report)));
    }
    return report.drifted ? 1 : 0;
  } catch (error) {
    return reportError(error, io, redact);
  }
};
