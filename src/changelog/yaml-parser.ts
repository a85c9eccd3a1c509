import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ChangelogError } from '../errors.js';
import type { ChangeLogTree, ChangeLogTreeParser } from './changelog-tree.js';
import { readWholeTree } from './changelog-tree-reader.js';
import { fileExtension } from './file-path.js';
import type { ParsedNode, Scalar, SourceLocation } from './model.js';
import type { ParsedChangeLog, ParseContext } from './parser.js';
import { javaDoubleText, javaText, recordJavaTypedScalars, type JavaTypedNode, type JavaTypedScalar } from './yaml-typed-scalars.js';

/**
 * Reads YAML and JSON changelogs (`databaseChangeLog: [ {changeSet: {...}}, {include: ...} ]`)
 * into the format-neutral tree, with line numbers from the yaml library's source ranges.
 *
 * Mapping, following Liquibase's ParsedNode rules:
 * - a key with a scalar value becomes an attribute (typed as written, floats and timestamps aside;
 *   YAML files use the YAML 1.1 schema, like SnakeYAML in Liquibase, so `yes` is true and `010` is 8);
 * - a key with a map value becomes a child node;
 * - a key with a list value becomes a child whose children are the list items: an item
 *   `{column: {...}}` (one key) becomes a node named `column`, an item `{onFail: HALT}` becomes a
 *   text-only node `onFail`, an item with several keys or a bare scalar becomes a node named after
 *   the list key;
 * - in the root list, an item whose value is a scalar (`- logicalFilePath: x`) is a root attribute.
 *
 * A float (a Double for SnakeYAML) or a timestamp (a java.util.Date) reaches most properties as
 * Java's text of it, as in Liquibase: `id: 1.0` is the changeset `1.0`, `defaultValue: 2000-01-31`
 * the text `Mon Jan 31 00:00:00 UTC 2000`, and an integer property refuses `100.0`. The few
 * properties Liquibase keeps typed (KEEPS_JAVA_TYPE) hold a JS number or the date as written, which
 * is what the change types need for their SQL; those scalars are recorded, per node, for the
 * checksum, which prints them as Java does (see yaml-typed-scalars.ts).
 */
export const yamlChangeLogParser: ChangeLogTreeParser = {
  supports(resourcePath: string): boolean {
    const extension = fileExtension(resourcePath);
    return extension === 'yaml' || extension === 'yml' || extension === 'json';
  },

  parse(resourcePath: string, content: string, context: ParseContext): ParsedChangeLog {
    return readWholeTree(this.parseTree(resourcePath, content), resourcePath, context);
  },

  parseTree(resourcePath: string, content: string): ChangeLogTree {
    return { root: parseYamlTree(resourcePath, content), strictAttributes: false };
  },
};

const NO_SCALARS: ReadonlyMap<string, JavaTypedScalar> = new Map();

/**
 * The Number and Date properties that receive SnakeYAML's Double or Date itself and print it their
 * own way (`defaultValueNumeric: 1.0` is `DEFAULT 1` in Liquibase's SQL, a date is a column's date).
 * valueNumeric is not among them: Liquibase's SQL prints its Double as Double.toString, the text.
 */
const KEEPS_JAVA_TYPE = new Set(['defaultValueNumeric', 'valueDate', 'defaultValueDate']);

function parseYamlTree(resourcePath: string, content: string): ParsedNode {
  const json = fileExtension(resourcePath) === 'json';
  const lineCounter = new LineCounter();
  const document = parseDocument(content.replace(/^\uFEFF/, ''), {
    lineCounter,
    version: json ? '1.2' : '1.1',
    // Integers beyond 2^53 keep every digit (Liquibase reads them as Long / BigInteger).
    intAsBigInt: true,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const at = (offset: number | undefined): SourceLocation => {
    if (offset === undefined) return { file: resourcePath };
    const { line, col } = lineCounter.linePos(offset);
    return { file: resourcePath, line, column: col };
  };
  const firstError = document.errors[0];
  if (firstError) {
    throw new ChangelogError(`Syntax error in ${json ? 'JSON' : 'YAML'}: ${firstError.message.split('\n')[0]}`, { location: at(firstError.pos[0]) });
  }

  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    throw new ChangelogError(`Empty file ${resourcePath}: a changelog starts with databaseChangeLog:`, { location: at(0) });
  }
  if (!isMap(contents)) {
    throw new ChangelogError('Could not find databaseChangeLog node: the file must be a map with the key databaseChangeLog', { location: at(contents.range?.[0]) });
  }
  const rootPair = contents.items.find((pair) => scalarKey(pair.key) === 'databaseChangeLog');
  if (!rootPair) {
    throw new ChangelogError('Could not find databaseChangeLog node: the file must be a map with the key databaseChangeLog', { location: at(contents.range?.[0]) });
  }
  const root: ParsedNode = { name: 'databaseChangeLog', attributes: {}, children: [], location: at(nodeStart(rootPair.key)) };
  const converter = new TreeConverter(document, at);
  const list = converter.resolve(rootPair.value as YamlNode | null);
  if (list === null || list === undefined || (isScalar(list) && list.value === null)) return root;
  if (!isSeq(list)) {
    throw new ChangelogError("databaseChangeLog does not contain a list of entries. Each changeSet must begin ' - changeSet:'", {
      location: at(nodeStart(list)),
    });
  }
  for (const item of list.items) {
    const resolved = converter.resolve(item as YamlNode);
    if (!isMap(resolved)) {
      throw new ChangelogError("Each databaseChangeLog entry must be a map such as '- changeSet: {…}'", { location: at(nodeStart(resolved)) });
    }
    for (const pair of resolved.items) {
      const key = scalarKey(pair.key);
      const value = converter.resolve(pair.value as YamlNode | null);
      if (value === null || value === undefined || isScalar(value)) {
        root.attributes[key] = converter.textValue(value);
      } else {
        root.children.push(converter.node(key, value, at(nodeStart(pair.key))));
      }
    }
  }
  return root;
}

class TreeConverter {
  /** The typed scalars of each node that has some at or below it. */
  private readonly typedNodes = new WeakMap<ParsedNode, JavaTypedNode>();

  constructor(
    private readonly document: Document,
    private readonly at: (offset: number | undefined) => SourceLocation,
  ) {}

  resolve(node: YamlNode | null | undefined): YamlNode | null | undefined {
    let current: unknown = node;
    for (let depth = 0; isAlias(current) && depth < 100; depth++) current = current.resolve(this.document);
    return current as YamlNode | null | undefined;
  }

  /** A node named `name` for a map, list or scalar value. */
  node(name: string, value: YamlNode | null | undefined, location: SourceLocation): ParsedNode {
    const node: ParsedNode = { name, attributes: {}, children: [], location };
    let scalars: Map<string, JavaTypedScalar> | undefined;
    const resolved = this.resolve(value);
    if (isMap(resolved)) {
      for (const pair of resolved.items) {
        const key = scalarKey(pair.key);
        const child = this.resolve(pair.value as YamlNode | null);
        if (child === null || child === undefined || isScalar(child)) {
          const typed = KEEPS_JAVA_TYPE.has(key) ? javaTyped(child) : undefined;
          node.attributes[key] = typed ? this.typedPropertyValue(key, child, typed) : this.textValue(child);
          if (typed) (scalars ??= new Map()).set(key, typed);
        } else node.children.push(this.node(key, child, this.at(nodeStart(pair.key))));
      }
    } else if (isSeq(resolved)) {
      for (const item of resolved.items) node.children.push(this.listItem(name, item as YamlNode));
    } else if (resolved !== null && resolved !== undefined && isScalar(resolved)) {
      const scalar = this.textValue(resolved);
      if (scalar !== null) node.text = String(scalar);
    }
    this.recordTyped(node, scalars);
    return node;
  }

  private recordTyped(node: ParsedNode, scalars: Map<string, JavaTypedScalar> | undefined): void {
    const children = node.children.map((child) => this.typedNodes.get(child));
    if (scalars === undefined && children.every((child) => child === undefined)) return;
    const typed: JavaTypedNode = {
      name: node.name,
      scalars: scalars ?? NO_SCALARS,
      children: children.map((child, i) => child ?? { name: node.children[i]!.name, scalars: NO_SCALARS, children: [] }),
    };
    this.typedNodes.set(node, typed);
    recordJavaTypedScalars(node.location, typed);
  }

  private listItem(listName: string, item: YamlNode): ParsedNode {
    const resolved = this.resolve(item);
    if (isMap(resolved) && resolved.items.length === 1) {
      const pair = resolved.items[0]!;
      return this.node(scalarKey(pair.key), pair.value as YamlNode | null, this.at(nodeStart(pair.key)));
    }
    return this.node(listName, resolved, this.at(nodeStart(resolved)));
  }

  /** A Double or Date given to a property of KEEPS_JAVA_TYPE, as the change types want it for their SQL. */
  private typedPropertyValue(key: string, node: YamlNode | null | undefined, typed: JavaTypedScalar): Scalar {
    // Liquibase's SQL prints a Double default as Double.toString without a trailing `.0`
    // (`1.0` → 1, `1e3` → 1000, `1.0e7` → 1.0E7, `1.5e-5` → 1.5E-5).
    if (key === 'defaultValueNumeric' && typed.type === 'Double') return javaDoubleText(typed.value).replace(/\.0$/, '');
    return this.scalarValue(node);
  }

  /** The value of a scalar Liquibase may turn into a String: a Double or a Date as Java's text of it. */
  textValue(node: YamlNode | null | undefined): Scalar {
    const typed = javaTyped(node);
    return typed ? javaText(typed) : this.scalarValue(node);
  }

  /** The value as written: a float as a JS number, a timestamp as its text. */
  scalarValue(node: YamlNode | null | undefined): Scalar {
    if (node === null || node === undefined || !isScalar(node)) return null;
    const value = node.value;
    // SnakeYAML's YAML 1.1 booleans leave out y/Y/n/N, which stay strings (`author: n`).
    if (typeof value === 'boolean' && node.source !== undefined && /^[yYnN]$/.test(node.source)) return node.source;
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    // An integer a double cannot hold exactly stays exact, as its decimal text.
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    // Timestamps and other typed scalars keep the text that was written.
    if (node.source !== undefined) return node.source;
    return String(value);
  }
}

/**
 * What SnakeYAML types beyond what the tree keeps: floats (integers are Integer, Long or BigInteger,
 * printed as written digits already) and timestamps in SnakeYAML's forms (a date needs two-digit
 * month and day; `2024-2-9` stays a string for SnakeYAML, though the yaml library reads a date).
 */
function javaTyped(node: YamlNode | null | undefined): JavaTypedScalar | undefined {
  if (node === null || node === undefined || !isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'number') return { type: 'Double', value };
  if (!(value instanceof Date) || node.source === undefined) return undefined;
  const written = node.source;
  if (/^\d{4}-\d\d-\d\d$/.test(written)) return { type: 'Date', instant: value, form: 'date', written };
  const zone = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?[ \t]*([-+]\d\d?(?::?\d\d)?|Z)?$/.exec(written);
  if (!zone) return undefined;
  return { type: 'Date', instant: value, form: zone[1] === undefined || zone[1] === 'Z' ? 'local' : 'zoned', written };
}

function scalarKey(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function nodeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}
