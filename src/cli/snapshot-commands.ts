import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDatabaseUrl, redactUrl } from '../database/database-url.js';
import { ConfigurationError } from '../errors.js';
import { createRedactor } from '../github/masking.js';
import type { SchemaSourceOptions } from '../diff/schema-source.js';
import type { CliIo } from './cli-io.js';
import { stderrLogger } from './cli-io.js';
import { reportError, type CommandHandler } from './main.js';
import type { CliSettings } from './settings.js';

/**
 * `dbops snapshot [--url SOURCE] [--output-file F] [--schemas a,b] [--include GLOB,..] [--exclude GLOB,..]`:
 * the schema as a dbops snapshot (JSON), to a file or stdout. SOURCE is a database URL (none: the
 * embedded PostgreSQL), `changelog:path` (the schema the changelog builds) or a snapshot file.
 */
export const snapshotCommand: CommandHandler = async (settings, io) => {
  const redact = redactorOf(settings);
  try {
    const format = settings.options['snapshot-format'];
    if (format !== undefined && format.toLowerCase() !== 'json') throw new ConfigurationError(`--snapshot-format: dbops writes JSON snapshots only, got '${format}'`);
    const { openSchemaSource, parseSchemaSource } = await import('../diff/schema-source.js');
    const { serializeSnapshot } = await import('../snapshot/snapshot-file.js');
    const opened = await openSchemaSource(parseSchemaSource(settings.url), sourceOptions(settings, io, 'target'));
    let text: string;
    try {
      text = serializeSnapshot(opened.snapshot);
    } finally {
      await opened.close();
    }
    const { tables, views, functions } = opened.snapshot;
    const summary = `${tables.length} tables, ${views.length} views, ${functions.length} functions`;
    const output = settings.options['output-file'];
    if (output === undefined) {
      io.stdout(text);
      return 0;
    }
    const file = path.resolve(settings.workingDirectory, output);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
    io.stderr(`Snapshot of ${opened.description}: ${summary}, written to ${output}\n`);
    return 0;
  } catch (error) {
    return reportError(error, io, redact);
  }
};

/**
 * `dbops diff --url TARGET --reference-url REFERENCE [--format text|json] [--no-rename-detection]`:
 * what TARGET lacks (missing), has too many of (unexpected) and has differently (changed,
 * attribute by attribute) compared with REFERENCE. Each is a database URL, a snapshot file
 * (`snapshot:f.json`, `f.json`, `offline:postgresql?snapshot=f.json`) or `changelog:path`.
 * Exit 0 whether they differ or not: diff is a report (drift is the check).
 */
export const diffCommand: CommandHandler = async (settings, io) => {
  const redact = redactorOf(settings);
  try {
    if (settings.format === 'sarif') throw new ConfigurationError('--format sarif is for policy-check; diff prints text or json');
    const { compareSchemaSources, parseSchemaSource } = await import('../diff/schema-source.js');
    const { renderDiffText } = await import('../diff/render-diff-text.js');
    const { diff } = await compareSchemaSources(parseSchemaSource(referenceUrl(settings)), parseSchemaSource(settings.url), {
      reference: sourceOptions(settings, io, 'reference'),
      target: sourceOptions(settings, io, 'target'),
      detectRenames: !flag(settings, 'no-rename-detection'),
    });
    io.stdout(redact(settings.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : renderDiffText(diff)));
    return 0;
  } catch (error) {
    return reportError(error, io, redact);
  }
};

/** `--reference-url`, required. */
export function referenceUrl(settings: CliSettings): string {
  const value = settings.options['reference-url'];
  if (value === undefined || value === 'true' || value.trim() === '') {
    throw new ConfigurationError(`${settings.command} needs --reference-url: the schema to reach (a database URL, a snapshot file or changelog:path)`);
  }
  return value;
}

/**
 * How one side of a comparison is read: the target with --username/--password, the reference with
 * --reference-username/--reference-password; filters, changelog properties and the search path
 * are shared. Changelog sources run with --contexts/--labels unless `unfiltered` (the commands that
 * write those on generated changesets).
 */
export function sourceOptions(settings: CliSettings, io: CliIo, side: 'reference' | 'target', unfiltered = false): SchemaSourceOptions {
  const reference = side === 'reference';
  return {
    username: reference ? settings.options['reference-username'] : settings.username,
    password: reference ? settings.options['reference-password'] : settings.password,
    workingDirectory: settings.workingDirectory,
    searchPath: settings.searchPath,
    properties: settings.properties,
    ...(unfiltered ? {} : { contexts: settings.contexts, labels: settings.labels }),
    env: io.env,
    schemas: list(settings, 'schemas'),
    include: list(settings, 'include'),
    exclude: list(settings, 'exclude'),
    trackingTables: [settings.options['database-changelog-table-name'], settings.options['database-changelog-lock-table-name']].filter((t): t is string => !!t),
    logger: stderrLogger(io, (settings.options['log-level'] as 'debug' | 'info' | 'warn' | 'error' | undefined) ?? 'warn', redactorOf(settings)),
  };
}

/** A comma-separated option as a list (absent: empty). */
export function list(settings: CliSettings, name: string): string[] {
  const value = settings.options[name];
  if (value === undefined) return [];
  if (value === 'true') throw new ConfigurationError(`--${name} needs a value (comma-separated)`);
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A flag given bare (`--include-drops`) or with a value (`--include-drops=false`). */
export function flag(settings: CliSettings, name: string): boolean {
  const value = settings.options[name];
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw new ConfigurationError(`--${name} takes no value (or true/false), got '${value}'`);
}

/**
 * Removes every credential the command line carries, for both sides: the passwords, and those
 * inside URLs. Not the URLs themselves: a report names the database it checked.
 */
export function redactorOf(settings: CliSettings): (text: string) => string {
  const inUrl = (url: string | undefined) => {
    if (!url || !/^(jdbc:)?postgres(ql)?:/i.test(url.trim())) return undefined;
    try {
      const target = parseDatabaseUrl(url);
      return target.kind === 'postgresql' ? target.password : undefined;
    } catch {
      return undefined;
    }
  };
  const secrets = createRedactor([settings.password, settings.options['reference-password'], inUrl(settings.url), inUrl(settings.options['reference-url'])]);
  return (text) => redactUrl(secrets(text));
}
