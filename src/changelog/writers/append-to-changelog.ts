import { SaxesParser } from 'saxes';
import { Document, isMap, isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { ConfigurationError } from '../../errors.js';
import type { ChangelogFormat } from './changelog-format.js';
import { FORMATTED_SQL_HEADER, formattedSqlChangeSet, type SqlForChange } from './formatted-sql-changelog-writer.js';
import type { WritableChangeSet } from './writable-changeset.js';
import { xmlChangeSetLines } from './xml-changelog-writer.js';
import { YAML_OUTPUT } from './yaml-changelog-writer.js';
import { changeSetToYaml } from './yaml-tree.js';
import { writeChangelog } from './changelog-format.js';

export interface AppendOptions {
  /** Formatted SQL only: the SQL of one change. */
  sqlFor?: SqlForChange;
  /** Names the changelog in error messages. */
  origin?: string;
}

/**
 * Adds changesets at the end of an existing changelog, keeping what is there as it is: comments,
 * indentation, quoting. Refuses (ConfigurationError) when a new changeset's id and author are
 * already in the file, or appear twice among the new ones, since Liquibase would reject the file.
 *
 * - YAML: through the yaml library's Document API (comments and scalar styles survive);
 * - XML: inserted before `</databaseChangeLog>` with the file's own indentation and prefix;
 * - JSON: parsed and written again with the file's indentation (JSON has no comments);
 * - formatted SQL: appended after the last changeset.
 *
 * @example
 * const text = await appendToChangelog(await readFile(path, 'utf8'), 'yaml', changeSets);
 */
export async function appendToChangelog(
  existingText: string,
  format: ChangelogFormat,
  newChangeSets: WritableChangeSet[],
  options: AppendOptions = {},
): Promise<string> {
  const origin = options.origin ?? 'the changelog';
  refuseDuplicates(existingIdentifiers(existingText, format, origin), newChangeSets, origin);
  if (existingText.trim() === '') return writeChangelog(format, newChangeSets, options);
  switch (format) {
    case 'yaml':
      return appendYaml(existingText, newChangeSets, origin);
    case 'xml':
      return appendXml(existingText, newChangeSets, origin);
    case 'json':
      return appendJson(existingText, newChangeSets, origin);
    case 'sql':
      return appendSql(existingText, newChangeSets, options);
  }
}

/** An `id::author` already in a changelog, with where it is when known. */
export interface ExistingChangeSet {
  id: string;
  author: string;
  line?: number;
}

/** The changesets a changelog text defines (its own, not those of included files). */
export function existingIdentifiers(text: string, format: ChangelogFormat, origin = 'the changelog'): ExistingChangeSet[] {
  if (text.trim() === '') return [];
  switch (format) {
    case 'yaml':
    case 'json':
      return yamlIdentifiers(text, format, origin);
    case 'xml':
      return xmlIdentifiers(text, origin);
    case 'sql':
      return sqlIdentifiers(text);
  }
}

function refuseDuplicates(existing: ExistingChangeSet[], added: WritableChangeSet[], origin: string): void {
  // Compared without case: the tracking table matches ids and authors case-insensitively.
  const identity = (id: string, author: string) => `${id.toLowerCase()}::${author.toLowerCase()}`;
  const known = new Map(existing.map((e) => [identity(e.id, e.author), e]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const changeSet of added) {
    const key = identity(changeSet.id, changeSet.author);
    const clash = known.get(key);
    if (clash) problems.push(`changeset ${changeSet.id}::${changeSet.author} already exists in ${origin}${clash.line ? ` (line ${clash.line})` : ''}`);
    else if (seen.has(key)) problems.push(`changeset ${changeSet.id}::${changeSet.author} appears twice among the new changesets`);
    seen.add(key);
  }
  if (problems.length > 0) {
    throw new ConfigurationError(
      `cannot append to ${origin}: ${problems.join('; ')}. Choose another id prefix (or first number) so that every id::author is unique`,
    );
  }
}

// ---------------------------------------------------------------- YAML / JSON

function parseYaml(text: string, format: 'yaml' | 'json', origin: string): Document {
  const document = parseDocument(text, { version: format === 'json' ? '1.2' : '1.1', uniqueKeys: false });
  if (document.errors.length > 0) {
    throw new ConfigurationError(`cannot append to ${origin}: it is not valid ${format.toUpperCase()} (${document.errors[0]!.message.split('\n')[0]})`);
  }
  return document;
}

function yamlIdentifiers(text: string, format: 'yaml' | 'json', origin: string): ExistingChangeSet[] {
  const document = parseYaml(text, format, origin);
  const list = document.get('databaseChangeLog', true);
  if (!isSeq(list)) return [];
  const found: ExistingChangeSet[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const changeSet = item.get('changeSet', true);
    if (!isMap(changeSet)) continue;
    const id = changeSet.get('id', true);
    const author = changeSet.get('author', true);
    if (!isScalar(id) || !isScalar(author)) continue;
    const line = id.range ? text.slice(0, id.range[0]).split('\n').length : undefined;
    found.push({ id: String(id.value), author: String(author.value), line });
  }
  return found;
}

function appendYaml(text: string, changeSets: WritableChangeSet[], origin: string): string {
  const document = parseYaml(text, 'yaml', origin);
  const contents = document.contents;
  const list = document.get('databaseChangeLog', true);
  const items = changeSets.map(changeSetToYaml);
  // The usual case, a block list that ends the file: the new items are written after it as text,
  // so nothing of the existing file changes, not even the spacing the yaml library would normalise.
  if (isSeq(list) && !list.flow && list.items.length > 0 && isMap(contents) && contents.items.at(-1)?.value === list) {
    const first = list.items[0] as { range?: [number, number, number] };
    const lineStart = text.lastIndexOf('\n', (first.range?.[0] ?? 0) - 1) + 1;
    const dash = text.slice(lineStart).search(/-/);
    const indent = ' '.repeat(Math.max(0, dash));
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const rendered = new Document(items).toString(YAML_OUTPUT).trimEnd().split('\n').map((line) => (line ? indent + line : line));
    return `${text.replace(/\s*$/, '')}${eol}${rendered.join(eol)}${eol}`;
  }
  let target = list;
  if (target === undefined || target === null || (isScalar(target) && target.value === null)) {
    target = new YAMLSeq();
    document.set('databaseChangeLog', target);
  }
  if (!isSeq(target)) throw new ConfigurationError(`cannot append to ${origin}: databaseChangeLog is not a list`);
  for (const item of items) target.add(document.createNode(item));
  // Keep the file's way of indenting list items (`- changeSet` under the key, or level with it).
  const indentSeq = !/^databaseChangeLog:[^\n]*\n(?:\s*#[^\n]*\n)*-/m.test(text);
  return document.toString({ ...YAML_OUTPUT, indentSeq });
}

function appendJson(text: string, changeSets: WritableChangeSet[], origin: string): string {
  let value: { databaseChangeLog?: unknown };
  try {
    value = JSON.parse(text) as { databaseChangeLog?: unknown };
  } catch (error) {
    throw new ConfigurationError(`cannot append to ${origin}: it is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (value.databaseChangeLog === undefined || value.databaseChangeLog === null) value.databaseChangeLog = [];
  if (!Array.isArray(value.databaseChangeLog)) throw new ConfigurationError(`cannot append to ${origin}: databaseChangeLog is not a list`);
  value.databaseChangeLog.push(...changeSets.map(changeSetToYaml));
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return `${JSON.stringify(value, null, indent)}\n`;
}

// ---------------------------------------------------------------- XML

function xmlIdentifiers(text: string, origin: string): ExistingChangeSet[] {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const found: ExistingChangeSet[] = [];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    if (tag.local !== 'changeSet') return;
    const id = tag.attributes['id'];
    const author = tag.attributes['author'];
    const value = (a: unknown) => (typeof a === 'string' ? a : (a as { value?: string } | undefined)?.value);
    const idValue = value(id);
    const authorValue = value(author);
    if (idValue !== undefined && authorValue !== undefined) found.push({ id: idValue, author: authorValue, line: parser.line });
  });
  parser.write(text).close();
  if (error) throw new ConfigurationError(`cannot append to ${origin}: it is not well-formed XML (${error.message})`, { cause: error });
  return found;
}

function appendXml(text: string, changeSets: WritableChangeSet[], origin: string): string {
  const closing = /<\/(?:([\w.-]+):)?databaseChangeLog\s*>(?![\s\S]*<\/(?:[\w.-]+:)?databaseChangeLog\s*>)/.exec(text);
  const selfClosing = /<(?:([\w.-]+):)?databaseChangeLog\b[^>]*\/>/.exec(text);
  if (!closing && !selfClosing) throw new ConfigurationError(`cannot append to ${origin}: no databaseChangeLog element`);
  const prefix = closing ? closing[1] : selfClosing![1];
  // Indentation as the file has it: the first changeSet's, or one level of the root's children.
  const changeSetIndent = /\n([ \t]*)<(?:[\w.-]+:)?changeSet\b/.exec(text)?.[1];
  const childIndent = /\n([ \t]+)</.exec(text)?.[1];
  const indent = changeSetIndent ?? childIndent ?? '    ';
  const unit = indent.length > 0 ? indent : '    ';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const added = changeSets.map((changeSet) => xmlChangeSetLines(changeSet, { indent: unit, depth: 1, prefix }).join(eol)).join(`${eol}${eol}`);
  if (closing) {
    const head = text.slice(0, closing.index);
    const closingIndent = /[ \t]*$/.exec(head)![0];
    return `${head.replace(/\s*$/, '')}${eol}${eol}${added}${eol}${eol}${closingIndent}${text.slice(closing.index)}`;
  }
  const open = selfClosing![0].replace(/\s*\/>$/, '>');
  const name = prefix ? `${prefix}:databaseChangeLog` : 'databaseChangeLog';
  const after = text.slice(selfClosing!.index + selfClosing![0].length);
  return `${text.slice(0, selfClosing!.index)}${open}${eol}${eol}${added}${eol}${eol}</${name}>${after}`;
}

// ---------------------------------------------------------------- formatted SQL

function sqlIdentifiers(text: string): ExistingChangeSet[] {
  const found: ExistingChangeSet[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*--\s*changeset\s+("[^"]+"|[^:]+):\s*("[^"]+"|\S+)/i.exec(line);
    if (match) found.push({ author: unquote(match[1]!.trim()), id: unquote(match[2]!), line: index + 1 });
  });
  return found;
}

async function appendSql(text: string, changeSets: WritableChangeSet[], options: AppendOptions): Promise<string> {
  if (!options.sqlFor) throw new ConfigurationError('a formatted SQL changelog needs the SQL of each change (sqlFor)');
  const blocks: string[] = [];
  for (const changeSet of changeSets) blocks.push(await formattedSqlChangeSet(changeSet, options.sqlFor));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!/^\s*--\s*liquibase\s+formatted/i.test(text)) {
    throw new ConfigurationError(
      `cannot append to ${options.origin ?? 'the changelog'}: it is a plain SQL file, not a formatted SQL changelog (its first line is not "${FORMATTED_SQL_HEADER}")`,
    );
  }
  return `${text.replace(/\s*$/, '')}${eol}${eol}${blocks.join(`${eol}${eol}`).replaceAll('\n', eol)}${eol}`;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
