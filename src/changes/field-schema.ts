import type { ParamObject, ParamValue, ParsedNode, Scalar } from '../changelog/model.js';
import type { ChecksumVersion } from '../checksum/md5-checksum.js';
import type { SerialValue } from '../checksum/serialized-text.js';
import type { NodeReader } from './node-reader.js';

/**
 * One scalar parameter of a change type, as Liquibase declares it on the change class: its Java
 * type decides how changelog text is converted, its default is part of the checksum text even
 * when the changelog omits it, and some fields are left out of the checksum.
 */
export interface FieldSpec {
  readonly name: string;
  /** string (Java String), boolean (Boolean), integer (Integer), bigInteger (BigInteger, kept as decimal text). */
  readonly kind: 'string' | 'boolean' | 'integer' | 'bigInteger';
  /** Required on every database (Liquibase `requiredForDatabase = all`). */
  readonly required?: boolean;
  /** The value the Liquibase change object holds when the changelog omits the field. */
  readonly default?: string | boolean;
  /** Also read from the node's own text (Liquibase DIRECT_VALUE: `<sql>…</sql>`, `<output>…</output>`). */
  readonly directValue?: boolean;
  /** Other spellings accepted in changelogs. */
  readonly alternateNames?: readonly string[];
  /** Left out of the checksum text in these versions (Liquibase's excluded field filters). */
  readonly notHashedIn?: readonly ChecksumVersion[];
  /** Never in the checksum text (not a Liquibase change property, e.g. executeCommand `os`). */
  readonly notHashed?: boolean;
}

/** Reads the fields from a node into params, applying defaults and checking required ones. */
export function loadFields(reader: NodeReader, fields: readonly FieldSpec[], params: ParamObject = {}): ParamObject {
  const node = reader.node;
  for (const field of fields) {
    let value: Scalar | undefined;
    // Most fields are absent: look for the name before converting anything (a change type has
    // tens of fields, a node a handful of properties).
    if (hasProperty(node, field.name)) value = readField(reader, field, field.name);
    if (value === undefined && field.alternateNames) {
      for (const name of field.alternateNames) {
        if (hasProperty(node, name)) value = readField(reader, field, name);
        if (value !== undefined) break;
      }
    }
    if (value === undefined && field.directValue) value = reader.text();
    if (value === undefined) value = field.default;
    if (value === undefined) {
      if (field.required) throw reader.error(`'${field.name}' is required for ${reader.node.name}`);
      continue;
    }
    params[field.name] = value;
  }
  return params;
}

/** Whether the node has an attribute or a child of that name (NodeReader.raw finds nothing otherwise). */
function hasProperty(node: ParsedNode, name: string): boolean {
  if (Object.hasOwn(node.attributes, name)) return true;
  const children = node.children;
  for (let i = 0; i < children.length; i++) if (children[i]!.name === name) return true;
  return false;
}

function readField(reader: NodeReader, field: FieldSpec, name: string): Scalar | undefined {
  switch (field.kind) {
    case 'string':
      return reader.string(name);
    case 'boolean':
      return reader.boolean(name);
    case 'integer':
      return reader.integer(name);
    case 'bigInteger':
      return reader.bigInteger(name);
  }
}

/** The fields as checksum entries: printed as Liquibase's toString prints them. */
export function serializeFields(params: ParamObject, fields: readonly FieldSpec[], version: ChecksumVersion): Array<[string, SerialValue | undefined]> {
  // Unset fields are not printed: they are left out here rather than carried as undefined.
  const names = hashedFieldNames(fields, version);
  const entries: Array<[string, SerialValue | undefined]> = [];
  for (let i = 0; i < names.length; i++) {
    const text = scalarText(params[names[i]!]);
    if (text !== undefined) entries.push([names[i]!, text]);
  }
  return entries;
}

/** The names of the fields a checksum version hashes, worked out once per field table. */
const hashedNamesByTable = new WeakMap<readonly FieldSpec[], Partial<Record<ChecksumVersion, readonly string[]>>>();

function hashedFieldNames(fields: readonly FieldSpec[], version: ChecksumVersion): readonly string[] {
  let byVersion = hashedNamesByTable.get(fields);
  if (!byVersion) hashedNamesByTable.set(fields, (byVersion = {}));
  return (byVersion[version] ??= fields.filter((field) => !field.notHashed && !field.notHashedIn?.includes(version)).map((field) => field.name));
}

/** The attribute values to write back to a changelog node (defaults left out). */
export function fieldsToAttributes(params: ParamObject, fields: readonly FieldSpec[]): Record<string, Scalar> {
  const attributes: Record<string, Scalar> = {};
  for (const field of fields) {
    const value = params[field.name];
    if (value === undefined || value === null || typeof value === 'object') continue;
    if (field.default !== undefined && value === field.default) continue;
    if (field.directValue) continue;
    attributes[field.name] = value;
  }
  return attributes;
}

export function scalarText(value: ParamValue | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  return String(value);
}

/** A parsed node, for writers: `toNode` builds these. */
export function changeNode(name: string, attributes: Record<string, Scalar>, children: ParsedNode[] = [], text?: string): ParsedNode {
  const node: ParsedNode = { name, attributes, children, location: { file: '' } };
  if (text !== undefined) node.text = text;
  return node;
}
