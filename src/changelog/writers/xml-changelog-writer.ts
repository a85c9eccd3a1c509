import type { ParsedNode, Scalar } from '../model.js';
import type { WritableChangeSet } from './writable-changeset.js';

export const DBCHANGELOG_NAMESPACE = 'http://www.liquibase.org/xml/ns/dbchangelog';
export const DBCHANGELOG_XSD = 'http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd';

/**
 * A whole XML changelog with the dbchangelog namespace and XSD location, as Liquibase writes it,
 * indented with four spaces.
 *
 * @example
 * writeXmlChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
export function writeXmlChangelog(changeSets: WritableChangeSet[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<databaseChangeLog',
    `    xmlns="${DBCHANGELOG_NAMESPACE}"`,
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `    xsi:schemaLocation="${DBCHANGELOG_NAMESPACE} ${DBCHANGELOG_XSD}">`,
  ];
  for (const changeSet of changeSets) lines.push('', ...xmlChangeSetLines(changeSet, { indent: '    ', depth: 1 }));
  lines.push('', '</databaseChangeLog>', '');
  return lines.join('\n');
}

export interface XmlLayout {
  /** One level of indentation. */
  indent: string;
  /** The changeSet element's level. */
  depth: number;
  /** Namespace prefix of the changelog's elements (`lb` for `<lb:databaseChangeLog>`), if any. */
  prefix?: string;
}

/** One `<changeSet>` element, as lines (for whole files and for appending to an existing one). */
export function xmlChangeSetLines(changeSet: WritableChangeSet, layout: XmlLayout): string[] {
  const attributes: Record<string, Scalar> = { id: changeSet.id, author: changeSet.author, ...changeSet.attributes };
  const children: ParsedNode[] = [];
  if (changeSet.comment !== undefined) children.push(textNode('comment', changeSet.comment));
  children.push(...changeSet.changes);
  if (changeSet.rollback !== undefined) children.push({ name: 'rollback', attributes: {}, children: changeSet.rollback, location: { file: '' } });
  return elementLines({ name: 'changeSet', attributes, children, location: { file: '' } }, layout, layout.depth);
}

function elementLines(node: ParsedNode, layout: XmlLayout, depth: number): string[] {
  const pad = layout.indent.repeat(depth);
  const name = layout.prefix ? `${layout.prefix}:${node.name}` : node.name;
  const attributes = Object.entries(node.attributes)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  const text = node.text;
  if (node.children.length === 0) {
    if (text === undefined || text === '') return [`${pad}<${name}${attributes}/>`];
    return [`${pad}<${name}${attributes}>${escapeText(text)}</${name}>`];
  }
  const lines = [`${pad}<${name}${attributes}>`];
  for (const child of node.children) lines.push(...elementLines(child, layout, depth + 1));
  if (text !== undefined && text !== '') lines.push(`${layout.indent.repeat(depth + 1)}${escapeText(text)}`);
  lines.push(`${pad}</${name}>`);
  return lines;
}

function textNode(name: string, text: string): ParsedNode {
  return { name, attributes: {}, children: [], text, location: { file: '' } };
}

/**
 * Element text: SQL with `<` or `&` goes into CDATA so it stays readable (a `]]>` inside is split
 * across two sections); other text is escaped.
 */
function escapeText(text: string): string {
  if (/[<&]/.test(text)) return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
  return text.replaceAll(']]>', ']]&gt;');
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}
