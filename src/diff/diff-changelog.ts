/**
 * diff-changelog and generate-changelog: the changesets that make a target look like a reference,
 * written into a changelog file (new, or appended to), in the format its extension names. Also the
 * diff-to-changelog action's command.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DiffToChangelogOptions, DiffToChangelogResult } from '../actions/commands.js';
import { appendToChangelog } from '../changelog/writers/append-to-changelog.js';
import { changelogFormatForPath, writeChangelog, type ChangelogFormat } from '../changelog/writers/changelog-format.js';
import type { WritableChangeSet } from '../changelog/writers/writable-changeset.js';
import { ConfigurationError } from '../errors.js';
import { sqlForChange } from './change-sql.js';
import { generateChangeSets, type ChangeSetGeneratorOptions } from './changeset-generator.js';
import type { SchemaDiff } from './model.js';
import { schemaChangeOf } from './schema-change.js';
import { compareSchemaSources, type SchemaSource } from './schema-source.js';

export interface DiffChangelogOptions extends ChangeSetGeneratorOptions {
  /** Where to write; the extension picks the format (.xml, .yaml/.yml, .json, .sql). */
  changelogFile: string;
  /**
   * What to do when the file exists: `append` (diff-changelog: add after what is there, refusing
   * ids it already has), `refuse` (generate-changelog without --overwrite-output-file), `overwrite`.
   */
  whenExists: 'append' | 'refuse' | 'overwrite';
  /** Names the file in messages (default: its path). */
  origin?: string;
}

export interface DiffChangelogResult {
  changelogFile: string;
  /** `unchanged`: nothing differed, nothing was written. */
  written: 'created' | 'appended' | 'overwritten' | 'unchanged';
  changeSets: WritableChangeSet[];
  /** What a reviewer must look at, including the objects left alone without `includeDrops`. */
  warnings: string[];
}

/**
 * Generates the changesets of a diff and writes them. Throws a ConfigurationError, writing nothing,
 * when the file name has no changelog extension, when the file exists and may not be touched, or
 * when a generated id is already in it.
 *
 * @example
 * const { diff } = await compareSchemaSources(parseSchemaSource(devUrl), parseSchemaSource('changelog:db/changelog.yaml'), options);
 * await writeDiffChangelog(diff, { changelogFile: '/repo/db/changes/JIRA-42.yaml', author: 'jane', idPrefix: 'JIRA-42', whenExists: 'append' });
 */
export async function writeDiffChangelog(diff: SchemaDiff, options: DiffChangelogOptions): Promise<DiffChangelogResult> {
  const format = changelogFormatForPath(options.changelogFile);
  const origin = options.origin ?? options.changelogFile;
  const existing = await readIfExists(options.changelogFile);
  if (existing !== undefined && options.whenExists === 'refuse') {
    throw new ConfigurationError(`${origin} already exists (use --overwrite-output-file to replace it, or diff-changelog to append to it)`);
  }
  const { changeSets, warnings } = changeSetsOf(diff, options);
  const result = { changelogFile: options.changelogFile, changeSets, warnings };
  if (changeSets.length === 0) return { ...result, written: 'unchanged' };

  const sqlFor = format === 'sql' ? { sqlFor: sqlForChange } : {};
  const append = existing !== undefined && options.whenExists === 'append';
  const text = append
    ? await appendToChangelog(existing, format, changeSets, { ...sqlFor, origin })
    : await writeChangelog(format, changeSets, sqlFor);
  await mkdir(path.dirname(options.changelogFile), { recursive: true });
  await writeFile(options.changelogFile, text, 'utf8');
  return { ...result, written: append ? 'appended' : existing !== undefined ? 'overwritten' : 'created' };
}

/** The changesets and warnings, with a warning naming what `includeDrops: false` leaves alone. */
export function changeSetsOf(diff: SchemaDiff, options: ChangeSetGeneratorOptions): { changeSets: WritableChangeSet[]; warnings: string[] } {
  const generated = generateChangeSets(diff, options);
  const warnings = [...generated.warnings];
  if (options.includeDrops === false && diff.unexpected.length > 0) {
    const names = diff.unexpected.map((e) => `${e.kind} ${e.id}`);
    const shown = names.length > 10 ? [...names.slice(0, 10), `and ${names.length - 10} more`] : names;
    warnings.push(`not dropped (only in the target; drops are generated with --include-drops): ${shown.join(', ')}`);
  }
  return { changeSets: generated.changeSets, warnings };
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigurationError(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * The diff-to-changelog action's command. The changelog is one side, applied to the embedded
 * PostgreSQL; the other is a database: `referenceUrl` (the database designed in, the usual case:
 * the result is what the changelog lacks) or `url` (the result brings that database to the
 * changelog). With both, the two databases are compared. Unexpected objects are not dropped (a
 * warning lists them): a developer's database rarely holds everything others have merged.
 */
export async function diffToChangelog(o: DiffToChangelogOptions): Promise<DiffToChangelogResult> {
  if (!o.referenceUrl && !o.url) {
    throw new ConfigurationError('diff-to-changelog compares the changelog with a database: set reference-url (the database you designed in) or url');
  }
  const changelog: SchemaSource = { kind: 'changelog', path: o.changelogFile };
  const base = { workingDirectory: o.searchPath[0] ?? process.cwd(), searchPath: o.searchPath, contexts: o.contexts, labels: o.labels, env: o.env, logger: o.logger };
  const { diff, reference, target } = await compareSchemaSources(
    o.referenceUrl ? { kind: 'database', url: o.referenceUrl } : changelog,
    o.url ? { kind: 'database', url: o.url } : changelog,
    { reference: base, target: { ...base, username: o.username, password: o.password } },
  );
  o.logger.info(`Compared ${target} with ${reference}`);

  const format = formatOf(o.changelogFile);
  const { changeSets, warnings } = changeSetsOf(diff, { author: o.author, includeDrops: false });
  for (const warning of warnings) o.logger.warn(warning);
  return {
    change: schemaChangeOf(diff),
    ...(changeSets.length > 0 ? { changeLogText: await writeChangelog(format, changeSets, format === 'sql' ? { sqlFor: sqlForChange } : {}) } : {}),
    defaultFileName: `dbops-diff.changelog.${format === 'sql' ? 'sql' : format}`,
    changeSets: changeSets.length,
  };
}

/** The project's changelog format, so the generated file can be included as it is; YAML otherwise. */
function formatOf(changelogFile: string): ChangelogFormat {
  try {
    return changelogFormatForPath(changelogFile);
  } catch {
    return 'yaml';
  }
}
