import type { ParsedNode, Scalar } from './model.js';
import type { ChangeLogParser } from './parser.js';

/**
 * XML, YAML and JSON changelogs are all read in two steps, as in Liquibase: the format's parser
 * turns the file into a format-neutral tree of ParsedNodes (nothing `${…}`-expanded yet), then
 * the changelog tree reader walks it. The loader walks the top-level nodes one by one, so a
 * property defined in an included file is visible to the nodes that follow the include.
 */
export interface ChangeLogTree {
  /** The `databaseChangeLog` node. */
  root: ParsedNode;
  /**
   * The format has a schema that rejects unknown attributes (XML: Liquibase validates against the
   * dbchangelog XSD). YAML and JSON ignore unknown scalar keys, as Liquibase does.
   */
  strictAttributes: boolean;
  /**
   * False when no string in the tree can hold `${`, so expanding properties would change nothing
   * (the reader then skips the walk). Absent means it may.
   */
  mayReferenceProperties?: boolean;
}

/** A ChangeLogParser that can also hand over its raw tree. */
export interface ChangeLogTreeParser extends ChangeLogParser {
  /** Parses the file into its tree; throws ChangelogError when the file is malformed. */
  parseTree(resourcePath: string, content: string): ChangeLogTree;
}

export function isTreeParser(parser: ChangeLogParser): parser is ChangeLogTreeParser {
  return typeof (parser as Partial<ChangeLogTreeParser>).parseTree === 'function';
}

/** The value of an attribute, or of a child holding only text (YAML list items `- onFail: HALT`). */
export function scalarOf(node: ParsedNode, name: string): Scalar | undefined {
  if (Object.prototype.hasOwnProperty.call(node.attributes, name)) return node.attributes[name];
  const children = node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.name === name && child.children.length === 0 && isEmptyObject(child.attributes)) return child.text;
  }
  return undefined;
}

/** Whether an attributes record has no keys (without building the list of keys). */
export function isEmptyObject(record: Record<string, unknown>): boolean {
  for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return false;
  return true;
}

/** The string form of an attribute (numbers and booleans as written by YAML/JSON), or undefined. */
export function stringOf(node: ParsedNode, name: string): string | undefined {
  const value = scalarOf(node, name);
  if (value === undefined || value === null) return undefined;
  return String(value);
}

/**
 * The node with every string passed through `expand`. Copy on write: a subtree in which `expand`
 * changes nothing (most of a changelog: no `${…}`) is returned as it is, not copied, so callers
 * must treat both trees as read-only.
 */
export function mapStrings(node: ParsedNode, expand: (text: string) => string): ParsedNode {
  let attributes: Record<string, Scalar> | undefined;
  for (const key in node.attributes) {
    const value = node.attributes[key]!;
    if (typeof value !== 'string') continue;
    const expanded = expand(value);
    if (expanded === value) continue;
    attributes ??= { ...node.attributes };
    attributes[key] = expanded;
  }
  let children: ParsedNode[] | undefined;
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i]!;
    const mapped = mapStrings(child, expand);
    if (mapped === child) continue;
    children ??= node.children.slice();
    children[i] = mapped;
  }
  const text = node.text === undefined ? undefined : expand(node.text);
  if (attributes === undefined && children === undefined && text === node.text) return node;
  const copy: ParsedNode = {
    name: node.name,
    attributes: attributes ?? { ...node.attributes },
    children: children ?? node.children.slice(),
    location: node.location,
  };
  if (text !== undefined) copy.text = text;
  return copy;
}
