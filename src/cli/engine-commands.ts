import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../report/model.js';
import type { EngineContext } from '../engine/engine-context.js';
import type { CliIo } from './cli-io.js';
import type { CommandHandler } from './main.js';
import { reportError } from './main.js';
import { openEngine, type OpenedEngine } from '../engine/open-engine.js';
import type { ProgressEvent } from '../engine/engine-context.js';
import { stderrLogger } from './cli-io.js';
import { renderRunResultText } from './run-result-text.js';
import type { CliSettings } from './settings.js';

/**
 * The changelog commands (update, rollback, status, ...). Each opens the changelog and the database,
 * runs one engine function, prints the result as text or JSON, and exits 0 only on success.
 */
export function engineCommand(name: string): CommandHandler {
  return async (settings: CliSettings, io: CliIo) => {
    let opened: OpenedEngine | undefined;
    try {
      if (settings.format === 'sarif') throw new ConfigurationError(`--format sarif is for policy-check; ${name} prints text or json`);
      const options = engineOptions(settings, io);
      // The *-sql commands only print a script: nothing runs, so there is no progress to show.
      if (name.endsWith('-sql')) options.onProgress = undefined;
      opened = await openEngine(options);
      const result = await runEngineCommand(name, opened.context, settings);
      printResult(name, result, settings, io, opened.redact);
      return result.ok ? 0 : 1;
    } catch (error) {
      return reportError(error, io, opened?.redact);
    } finally {
      await opened?.close();
    }
  };
}

function emptyResult(command: RunResult['command'], context: EngineContext): RunResult {
  return { command, database: context.db.displayName, changelog: context.changeLog.rootPath, ok: true, changeSets: [], durationMs: 0 };
}

async function runEngineCommand(name: string, context: EngineContext, settings: CliSettings): Promise<RunResult> {
  const option = (key: string) => settings.options[key];
  const required = (key: string) => {
    const value = option(key);
    if (value === undefined || value === 'true') throw new ConfigurationError(`${name} needs --${key}`);
    return value;
  };
  const count = () => {
    const value = Number(required('count'));
    if (!Number.isInteger(value) || value < 0) throw new ConfigurationError(`--count must be a non-negative whole number, got '${option('count')}'`);
    return value;
  };
  const date = () => {
    const value = new Date(required('date'));
    if (Number.isNaN(value.getTime())) throw new ConfigurationError(`--date is not a date: '${option('date')}' (use ISO 8601, e.g. 2026-11-24T10:00:00)`);
    return value;
  };

  const { update } = await import('../engine/update.js');
  switch (name) {
    case 'update':
      return update(context, { command: 'update' });
    case 'update-sql':
      return update(context, { command: 'update-sql', sqlOnly: true });
    case 'update-count':
      return update(context, { command: 'update-count', count: count() });
    case 'update-count-sql':
      return update(context, { command: 'update-sql', count: count(), sqlOnly: true });
    case 'update-to-tag':
      return update(context, { command: 'update-to-tag', toTag: required('tag') });
    case 'update-to-tag-sql':
      return update(context, { command: 'update-sql', toTag: required('tag'), sqlOnly: true });
    case 'changelog-sync':
      return update(context, { command: 'changelog-sync', syncOnly: true });
    case 'changelog-sync-sql':
      return update(context, { command: 'changelog-sync', syncOnly: true, sqlOnly: true });
    case 'changelog-sync-to-tag':
      return update(context, { command: 'changelog-sync', syncOnly: true, toTag: required('tag') });
    case 'mark-next-changeset-ran':
      return update(context, { command: 'changelog-sync', syncOnly: true, count: 1 }).then((r) => ({ ...r, command: 'mark-next-changeset-ran' }));
    case 'mark-next-changeset-ran-sql':
      return update(context, { command: 'changelog-sync', syncOnly: true, count: 1, sqlOnly: true });
    case 'update-testing-rollback': {
      // Update, roll back exactly what this run applied, update again: proves the rollbacks work
      // on the real target (rollback-verify does it changeset by changeset on a scratch database).
      const { rollback } = await import('../engine/rollback.js');
      const first = await update(context, { command: 'update' });
      if (!first.ok) return { ...first, command: 'update-testing-rollback' };
      const applied = first.changeSets.filter((c) => c.state === 'executed').map((c) => ({ id: c.id, author: c.author, filePath: c.filePath }));
      const undone = await rollback(context, { changeSets: applied }, { command: 'update-testing-rollback' });
      if (!undone.ok) return undone;
      const second = await update(context, { command: 'update' });
      return { ...second, command: 'update-testing-rollback', changeSets: second.changeSets, durationMs: first.durationMs + undone.durationMs + second.durationMs };
    }
    case 'tag-exists': {
      const { tagExists } = await import('../engine/tracking-maintenance.js');
      const tag = required('tag');
      const exists = await tagExists(context, tag);
      return { ...emptyResult('tag-exists', context), script: `The tag '${tag}' ${exists ? 'exists' : 'does not exist'} in ${context.db.displayName}\n`, tagExists: exists } as RunResult;
    }
    case 'unexpected-changesets': {
      const { unexpectedChangeSets } = await import('../engine/status.js');
      const rows = await unexpectedChangeSets(context);
      const result = emptyResult('unexpected-changesets', context);
      result.changeSets = rows.map((row) => ({ id: row.id, author: row.author, filePath: row.filename, description: row.description ?? '', state: 'applied', reason: 'applied to the database but not in the changelog', sql: [] }));
      result.script = rows.length === 0 ? `No unexpected changesets in ${context.db.displayName}\n` : `${rows.length} unexpected changeset(s) in ${context.db.displayName}:\n${rows.map((r) => `  ${r.filename}::${r.id}::${r.author}`).join('\n')}\n`;
      return result;
    }
    case 'status':
    case 'validate': {
      const { status } = await import('../engine/status.js');
      return status(context, name);
    }
    case 'history': {
      const { history } = await import('../engine/history.js');
      return history(context);
    }
    case 'rollback':
    case 'rollback-sql':
    case 'rollback-count':
    case 'rollback-count-sql':
    case 'rollback-to-date':
    case 'rollback-to-date-sql': {
      const { rollback } = await import('../engine/rollback.js');
      const sqlOnly = name.endsWith('-sql');
      const base = name.replace(/-sql$/, '');
      const target = base === 'rollback' ? { tag: required('tag') } : base === 'rollback-count' ? { count: count() } : { date: date() };
      return rollback(context, target, { command: name as RunResult['command'], sqlOnly });
    }
    case 'future-rollback-sql':
    case 'future-rollback-count-sql': {
      const { futureRollbackSql } = await import('../engine/rollback.js');
      return futureRollbackSql(context, name === 'future-rollback-count-sql' ? { count: count() } : {});
    }
    case 'tag': {
      const { tagDatabase } = await import('../engine/tracking-maintenance.js');
      const tagged = await tagDatabase(context, required('tag'));
      return tagged.ok ? { ...tagged, script: `Tagged the most recent changeset of ${context.db.displayName} with '${required('tag')}'\n` } : tagged;
    }
    case 'clear-checksums': {
      const { clearChecksums } = await import('../engine/tracking-maintenance.js');
      return clearChecksums(context);
    }
    case 'release-locks': {
      const { releaseLocks } = await import('../engine/tracking-maintenance.js');
      return releaseLocks(context);
    }
    case 'list-locks': {
      const { listLocks } = await import('../engine/tracking-maintenance.js');
      const lock = await listLocks(context);
      return { command: 'release-locks', database: context.db.displayName, changelog: context.changeLog.rootPath, ok: true, changeSets: [], durationMs: 0, lock } as RunResult;
    }
    case 'calculate-checksum': {
      const { calculateChecksum } = await import('../engine/calculate-checksum.js');
      return calculateChecksum(context, required('changeset-identifier'));
    }
    default:
      throw new ConfigurationError(`unknown command '${name}'`);
  }
}

/** The CLI's settings as engine options; progress goes to stderr in text mode. */
export function engineOptions(settings: CliSettings, io: CliIo) {
  if (!settings.changelogFile) throw new ConfigurationError('--changelog-file is required (or changeLogFile in liquibase.properties)');
  const redactPassword = (text: string) => (settings.password ? text.split(settings.password).join('***') : text);
  return {
    changelogFile: settings.changelogFile,
    searchPath: settings.searchPath,
    url: settings.url,
    username: settings.username,
    password: settings.password,
    contexts: settings.contexts,
    labels: settings.labels,
    properties: settings.properties,
    environment: io.env,
    trackingSchema: settings.options['liquibase-schema-name'],
    changelogTableName: settings.options['database-changelog-table-name'],
    lockTableName: settings.options['database-changelog-lock-table-name'],
    lockWaitSeconds: settings.options['lock-wait-timeout'] !== undefined ? Number(settings.options['lock-wait-timeout']) : undefined,
    logger: stderrLogger(io, (settings.options['log-level'] as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'info', redactPassword),
    onProgress: settings.format === 'text' ? progressPrinter(io) : undefined,
  };
}

/** On a terminal, one line redrawn per changeset; in a log, one plain line per finished changeset. */
function progressPrinter(io: CliIo): (event: ProgressEvent) => void {
  // Writes to a pipe or a file block on Linux: a line per changeset written one by one costs more
  // than applying a small changeset. Lines are gathered and written at most every 200 ms (and at
  // the last changeset, or when one fails); a terminal gets one redrawn line, at most every 50 ms.
  let pending: string[] = [];
  let lastWrite = 0;
  const flush = () => {
    if (pending.length) io.stderr(pending.join(''));
    pending = [];
    lastWrite = Date.now();
  };
  return (event) => {
    const now = Date.now();
    if (event.kind === 'start') {
      if (io.isTTY && now - lastWrite >= 50) {
        io.stderr(`\r\x1b[K[${event.index}/${event.total}] ${event.changeSet.filePath}::${event.changeSet.id}::${event.changeSet.author}`);
        lastWrite = now;
      }
      return;
    }
    const { result } = event;
    const line = `[${event.index}/${event.total}] ${result.state.padEnd(8)} ${result.filePath}::${result.id}::${result.author}${result.durationMs !== undefined ? ` (${result.durationMs} ms)` : ''}`;
    pending.push(io.isTTY ? `\r\x1b[K${line}\n` : `${line}\n`);
    const last = event.index === event.total || result.state === 'failed';
    if (last || now - lastWrite >= (io.isTTY ? 50 : 200)) flush();
  };
}

function printResult(name: string, result: RunResult, settings: CliSettings, io: CliIo, redact: (text: string) => string): void {
  if (settings.format === 'json') {
    io.stdout(`${redact(JSON.stringify(result, null, 2))}\n`);
    return;
  }
  if (result.script !== undefined && result.ok) {
    io.stdout(redact(result.script));
    return;
  }
  // The report goes to stdout; what failed, with the statement and the database's answer, to
  // stderr once (so it is not also repeated in the report).
  const report = result.ok ? result : { ...result, error: undefined, changeSets: result.changeSets.map((c) => (c.state === 'failed' ? { ...c, error: undefined } : c)) };
  const progressShown = /^(update|changelog-sync)/.test(name) && result.changeSets.some((c) => c.durationMs !== undefined);
  const text = renderRunResultText(name, report, { verbose: settings.options.verbose === 'true', progressShown, color: io.isTTY && !io.env.NO_COLOR });
  if (text) io.stdout(redact(text));
  if (!result.ok && result.error) io.stderr(`${redact(failureText(result))}\n`);
}

/** One line that says what failed, then the detail. */
function failureText(result: RunResult): string {
  const error = result.error!;
  const [first, ...rest] = error.message.split('\n');
  const lines = [`dbops: ${first}`, ...rest];
  const detail = error.detail;
  if (detail?.statement) lines.push(`  statement: ${detail.statement.split('\n').join('\n             ')}`);
  if (detail?.code) lines.push(`  SQLSTATE: ${detail.code}`);
  if (detail?.detail) lines.push(`  detail: ${detail.detail}`);
  if (detail?.hint) lines.push(`  hint: ${detail.hint}`);
  const notRun = result.changeSets.filter((c) => c.state === 'notExecuted').length;
  if (notRun) lines.push(`  ${notRun} later changeset(s) were not run.`);
  return lines.join('\n');
}
