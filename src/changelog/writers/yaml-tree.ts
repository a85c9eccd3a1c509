import type { ParsedNode, Scalar } from '../model.js';
import type { WritableChangeSet } from './writable-changeset.js';

/**
 * The tree Liquibase's YAML and JSON changelogs use for changesets, as plain data:
 * `{ changeSet: { id, author, ..., comment, changes: [ { createTable: {...} } ], rollback: [...] } }`.
 *
 * A change node's attributes become keys (typed as they are); its text becomes the key Liquibase
 * names it (`sql`, `selectQuery`, ...); `column` children become `columns: [ { column: {...} } ]`;
 * a child with only text becomes a scalar key (`comment: ...`); another single child becomes a
 * nested map (`constraints: {...}`).
 */
export type YamlValue = Scalar | YamlValue[] | { [key: string]: YamlValue };

export function changeSetToYaml(changeSet: WritableChangeSet): { changeSet: Record<string, YamlValue> } {
  const body: Record<string, YamlValue> = { id: changeSet.id, author: changeSet.author };
  for (const [key, value] of Object.entries(changeSet.attributes ?? {})) body[key] = value;
  if (changeSet.comment !== undefined) body.comment = changeSet.comment;
  body.changes = changeSet.changes.map(changeToYaml);
  if (changeSet.rollback !== undefined) body.rollback = changeSet.rollback.map(changeToYaml);
  return { changeSet: body };
}

export function changeToYaml(node: ParsedNode): Record<string, YamlValue> {
  return { [node.name]: nodeBody(node) };
}

/** The key a change's text goes under (XML element text). */
const TEXT_KEYS: Record<string, string> = {
  sql: 'sql',
  createView: 'selectQuery',
  createProcedure: 'procedureBody',
  column: 'value',
  output: 'message',
  stop: 'message',
  where: 'where',
};

/** Children written as a list under a plural key. */
const COLLECTIONS: Record<string, string> = { column: 'columns', param: 'params' };

function nodeBody(node: ParsedNode): Record<string, YamlValue> {
  const body: Record<string, YamlValue> = {};
  for (const [key, value] of Object.entries(node.attributes)) if (value !== null) body[key] = value;
  const byName = new Map<string, ParsedNode[]>();
  for (const child of node.children) byName.set(child.name, [...(byName.get(child.name) ?? []), child]);
  for (const [name, children] of byName) {
    const collection = COLLECTIONS[name];
    if (collection) body[collection] = children.map((child) => ({ [name]: nodeBody(child) }));
    else if (children.length > 1) body[name] = children.map((child) => ({ [name]: simple(child) }));
    else body[name] = simple(children[0]!);
  }
  if (node.text !== undefined) body[TEXT_KEYS[node.name] ?? 'value'] = node.text;
  return body;
}

/** A text-only child is its text; anything else its body. */
function simple(node: ParsedNode): YamlValue {
  if (node.children.length === 0 && Object.keys(node.attributes).length === 0 && node.text !== undefined) return node.text;
  return nodeBody(node);
}
