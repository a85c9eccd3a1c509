/**
 * The canonical text Liquibase hashes for a typed change (its `StringChangeLogSerializer`, note
 * §2.4). The change modules turn their params into this neutral tree; this module only prints it.
 */

/** A serializable object: a change, a column, a constraints block, a modifySql visitor. */
export interface SerialObject {
  readonly kind: 'object';
  /** Field name → value; absent (undefined) fields are not written. */
  readonly fields: ReadonlyMap<string, SerialValue | undefined>;
}

/** A map field (customChange `param`): written `key="value"` sorted by key. */
export interface SerialMap {
  readonly kind: 'map';
  readonly entries: ReadonlyMap<string, string>;
}

/** Scalars are already in their printed form (`true`, `150`, `varchar(50)`). */
export type SerialValue = string | SerialObject | SerialMap | readonly SerialValue[];

export function serialObject(fields: Iterable<readonly [string, SerialValue | undefined]>): SerialObject {
  return { kind: 'object', fields: new Map(fields) };
}

const INDENT = 4;

/**
 * `<name>:[` + the object's block at level 1.
 *
 * @example serializeChange('tagDatabase', serialObject([['tag', 'v1']])) // 'tagDatabase:[\n    tag="v1"\n]'
 */
export function serializeChange(name: string, object: SerialObject): string {
  return `${name}:${printObject(object, 1, containsCarriageReturn(object))}`;
}

/** Indentation strings by level, built as they are first needed. */
const indents: string[] = [];

function indent(level: number): string {
  return (indents[level] ??= ' '.repeat(INDENT * level));
}

/**
 * `crlf`: some text in the object holds a CR, which each block turns into LF before its parent
 * sorts it (so it can change the order). Without one, there is nothing to rewrite at any level.
 */
function printObject(object: SerialObject, level: number, crlf: boolean): string {
  // Entries are sorted as whole strings (nested lines included) and duplicates dropped, as
  // Liquibase collects them in a TreeSet: a nested block's leading `[` sorts before field names.
  const entries: string[] = [];
  const pad = indent(level);
  object.fields.forEach((value, field) => {
    if (value === undefined) return;
    if (typeof value === 'string') entries.push(`${pad}${field}="${value}"`);
    else if (isObject(value)) entries.push(pad + printObject(value, level + 1, crlf));
    else if (isMap(value)) entries.push(`${pad}${field}=${printMap(value, level + 1)}`);
    else if (Array.isArray(value)) entries.push(`${pad}${field}=${printCollection(value, level + 1, crlf)}`);
    else entries.push(`${pad}${field}="${value as unknown as string}"`);
  });
  // The default sort compares strings by UTF-16 code units, as compareCodeUnits does, without
  // calling back into JavaScript for every comparison.
  if (entries.length > 1) entries.sort();
  let body = '';
  for (let i = 0; i < entries.length; i++) {
    // Sorted, so a duplicate sits next to its twin.
    if (i > 0 && entries[i] === entries[i - 1]) continue;
    body += `\n${entries[i]}`;
  }
  const text = `[${body === '' ? '' : `${body}\n`}${indent(level - 1)}]`;
  return crlf ? text.replace(/\r\n?/g, '\n') : text;
}

function printCollection(items: readonly SerialValue[], level: number, crlf: boolean): string {
  if (items.length === 0) return '[]';
  const lines = items.map((item) => indent(level) + (isObject(item) ? printObject(item, level + 1, crlf) : String(item)));
  return `[\n${lines.join(',\n')}\n${indent(level - 1)}]`;
}

function printMap(map: SerialMap, level: number): string {
  if (map.entries.size === 0) return '[]';
  const keys = [...map.entries.keys()].sort();
  const lines = keys.map((key) => `${indent(level)}${key}="${map.entries.get(key)}"`);
  return `{\n${lines.join(',\n')}\n${indent(level - 1)}}`;
}

/** Whether any text the object prints (names, values, nested blocks) holds a CR. */
function containsCarriageReturn(value: SerialValue): boolean {
  if (typeof value === 'string') return value.includes('\r');
  if (Array.isArray(value)) return value.some((item) => (isObject(item) ? containsCarriageReturn(item) : String(item).includes('\r')));
  let found = false;
  if (isMap(value)) {
    value.entries.forEach((text, key) => {
      found ||= key.includes('\r') || String(text).includes('\r');
    });
    return found;
  }
  if (isObject(value)) {
    value.fields.forEach((fieldValue, field) => {
      found ||= fieldValue !== undefined && (field.includes('\r') || containsCarriageReturn(fieldValue));
    });
    return found;
  }
  return String(value).includes('\r');
}

function isObject(value: SerialValue): value is SerialObject {
  return typeof value === 'object' && !Array.isArray(value) && (value as SerialObject).kind === 'object';
}

function isMap(value: SerialValue): value is SerialMap {
  return typeof value === 'object' && !Array.isArray(value) && (value as SerialMap).kind === 'map';
}

/** Java's String.compareTo: UTF-16 code units, which is also what `<` does on JS strings. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
