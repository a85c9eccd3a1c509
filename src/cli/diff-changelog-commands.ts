import { userInfo } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { DiffChangelogResult } from '../diff/diff-changelog.js';
import type { SchemaDiff } from '../diff/model.js';
import type { CliIo } from './cli-io.js';
import { reportError, type CommandHandler } from './main.js';
import type { CliSettings } from './settings.js';
import { flag, redactorOf, referenceUrl, sourceOptions } from './snapshot-commands.js';

/**
 * `dbops diff-changelog --url TARGET --reference-url REFERENCE --changelog-file OUT [--author A]
 * [--changeset-id-prefix TICKET] [--labels L] [--contexts C] [--comment TEXT]
 * [--no-rename-detection] [--include-drops]`: writes the changesets that make TARGET look like
 * REFERENCE into OUT (format from its extension), appending when OUT exists. Drops of what only
 * TARGET has are generated with --include-drops only (a warning lists them otherwise).
 */
export const diffChangelogCommand: CommandHandler = async (settings, io) => {
  const redact = redactorOf(settings);
  try {
    const output = outputFile(settings);
    const { compareSchemaSources, parseSchemaSource } = await import('../diff/schema-source.js');
    const { diff } = await compareSchemaSources(parseSchemaSource(referenceUrl(settings)), parseSchemaSource(settings.url), {
      reference: sourceOptions(settings, io, 'reference', true),
      target: sourceOptions(settings, io, 'target', true),
      detectRenames: !flag(settings, 'no-rename-detection'),
    });
    return await write(diff, settings, io, output, 'append', flag(settings, 'include-drops'));
  } catch (error) {
    return reportError(error, io, redact);
  }
};

/**
 * `dbops generate-changelog [--url URL] --changelog-file OUT [--author A] [--overwrite-output-file]`:
 * everything in the database as changesets (a diff from an empty database), to adopt dbops on a
 * database that has none. OUT must not exist unless --overwrite-output-file, as in Liquibase.
 */
export const generateChangelogCommand: CommandHandler = async (settings, io) => {
  const redact = redactorOf(settings);
  try {
    const output = outputFile(settings);
    const { emptySchemaLike, openSchemaSource, parseSchemaSource } = await import('../diff/schema-source.js');
    const { diffSnapshots } = await import('../diff/diff-snapshots.js');
    const opened = await openSchemaSource(parseSchemaSource(settings.url), sourceOptions(settings, io, 'target', true));
    await opened.close();
    const diff = diffSnapshots(opened.snapshot, emptySchemaLike(opened.snapshot), { detectRenames: false });
    return await write(diff, settings, io, output, flag(settings, 'overwrite-output-file') ? 'overwrite' : 'refuse', false);
  } catch (error) {
    return reportError(error, io, redact);
  }
};

async function write(diff: SchemaDiff, settings: CliSettings, io: CliIo, output: string, whenExists: 'append' | 'refuse' | 'overwrite', includeDrops: boolean): Promise<number> {
  const { writeDiffChangelog } = await import('../diff/diff-changelog.js');
  const option = (name: string) => {
    const value = settings.options[name];
    if (value === 'true') throw new ConfigurationError(`--${name} needs a value`);
    return value;
  };
  const result = await writeDiffChangelog(diff, {
    changelogFile: path.resolve(settings.workingDirectory, output),
    origin: output,
    whenExists,
    author: option('author') ?? defaultAuthor(io),
    idPrefix: option('changeset-id-prefix'),
    labels: settings.labels,
    contexts: settings.contexts,
    comment: option('comment'),
    includeDrops,
  });
  report(result, output, settings, io);
  return 0;
}

function report(result: DiffChangelogResult, output: string, settings: CliSettings, io: CliIo): void {
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  if (settings.format === 'json') {
    const changeSets = result.changeSets.map((c) => ({ id: c.id, author: c.author, ...(c.comment ? { comment: c.comment } : {}) }));
    io.stdout(`${JSON.stringify({ changelogFile: output, written: result.written, changeSets, warnings: result.warnings }, null, 2)}\n`);
    return;
  }
  if (result.written === 'unchanged') {
    io.stdout(`No differences: ${output} not written.\n`);
    return;
  }
  const count = `${result.changeSets.length} changeset${result.changeSets.length === 1 ? '' : 's'}`;
  io.stdout(`${result.written === 'appended' ? `Appended ${count} to` : `Wrote ${count} to`} ${output}\n`);
  for (const c of result.changeSets) io.stdout(`  ${c.id}::${c.author}${c.comment ? `  ${c.comment}` : ''}\n`);
}

/** `--changelog-file`: the file written (relative to the working directory). */
function outputFile(settings: CliSettings): string {
  if (!settings.changelogFile || settings.changelogFile === 'true') throw new ConfigurationError(`${settings.command} needs --changelog-file: the changelog to write (.xml, .yaml, .json or .sql)`);
  return settings.changelogFile;
}

/** Liquibase's default author of generated changesets: `<user> (generated)`. */
function defaultAuthor(io: CliIo): string {
  let user = io.env.USER ?? io.env.USERNAME;
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = 'dbops';
    }
  }
  return `${user} (generated)`;
}
