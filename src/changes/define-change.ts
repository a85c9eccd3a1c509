import type { Change, ParamObject, ParamValue, ParsedNode, Scalar } from '../changelog/model.js';
import { stringChecksumDetail, type ChecksumDetail, type ChecksumVersion } from '../checksum/md5-checksum.js';
import { serialObject, serializeChange, type SerialValue } from '../checksum/serialized-text.js';
import type { Dialect } from '../dialect/dialect.js';
import type { ChangeType, ChecksumContext, GenerateContext, LoadContext, SqlStatement } from './change-type.js';
import { changeNode, fieldsToAttributes, loadFields, serializeFields, type FieldSpec } from './field-schema.js';
import { NodeReader } from './node-reader.js';

/**
 * What a change-type module declares. Most change types are a table of scalar fields plus SQL;
 * the optional hooks cover nested columns, SQL-text checksums and inverses.
 */
export interface ChangeDefinition<P> {
  name: string;
  /** Scalar parameters, as Liquibase declares them (types, defaults, checksum exclusions). */
  fields: readonly FieldSpec[];
  /** v9 leaves this change out of the changeset checksum when its `dbms` does not match. */
  dbmsTargeted?: boolean;
  /** Reads what the fields do not cover (columns, where params) and validates the whole. */
  load?(reader: NodeReader, params: ParamObject): void;
  /** Checksum entries beyond the fields (columns...). */
  serialize?(params: P, version: ChecksumVersion): Array<[string, SerialValue | undefined]>;
  /** Node content beyond the fields, for writers. */
  toNode?(params: P, node: ParsedNode): void;
  /** Replaces the serialized-text checksum (SQL-bearing changes, loadData). */
  checksum?(params: P, context: ChecksumContext, change: Change): Promise<ChecksumDetail>;
  generateSql(params: P, context: GenerateContext, change: Change): Promise<SqlStatement[]> | SqlStatement[];
  /** What the target database does not allow (see ChangeType.validate). */
  validate?(params: P, context: { dialect: Dialect }): string[];
  inverse?(params: P, change: Change, context: GenerateContext): Promise<Change[] | undefined> | Change[] | undefined;
}

/** A change type built by defineChange: it can also show the text its checksum hashes. */
export interface DefinedChangeType extends ChangeType {
  checksumDetail(change: Change, context: ChecksumContext): Promise<ChecksumDetail>;
}

export function isDefinedChangeType(type: ChangeType): type is DefinedChangeType {
  return typeof (type as Partial<DefinedChangeType>).checksumDetail === 'function';
}

/** Builds a ChangeType from its definition: loading, writing, checksum and description follow Liquibase's generic rules. */
export function defineChange<P>(definition: ChangeDefinition<P>): DefinedChangeType {
  const params = (change: Change): P => change.params as unknown as P;
  const type: DefinedChangeType = {
    name: definition.name,
    dbmsTargeted: definition.dbmsTargeted,

    load(node: ParsedNode, context: LoadContext): Change {
      const reader = new NodeReader(node, context);
      const loaded = loadFields(reader, definition.fields);
      definition.load?.(reader, loaded);
      return { type: definition.name, params: loaded, location: node.location };
    },

    toNode(change: Change): ParsedNode {
      const text = definition.fields.find((field) => field.directValue);
      const value = text ? change.params[text.name] : undefined;
      const node = changeNode(definition.name, fieldsToAttributes(change.params, definition.fields), [], typeof value === 'string' ? value : undefined);
      node.location = change.location;
      definition.toNode?.(params(change), node);
      return node;
    },

    generateSql(change: Change, context: GenerateContext): Promise<SqlStatement[]> {
      return Promise.resolve(definition.generateSql(params(change), context, change));
    },

    async checksum(change: Change, context: ChecksumContext): Promise<string> {
      return (await type.checksumDetail(change, context)).checksum;
    },

    async checksumDetail(change: Change, context: ChecksumContext): Promise<ChecksumDetail> {
      if (definition.checksum) return definition.checksum(params(change), context, change);
      return stringChecksumDetail(serializedText(change, context.version), context.version);
    },

    description(change: Change): string {
      return describe(definition.name, definition.fields, change.params);
    },
  };
  if (definition.validate) {
    const validate = definition.validate;
    type.validate = (change: Change, context: { dialect: Dialect }) => validate(params(change), context);
  }
  if (definition.inverse) {
    const inverse = definition.inverse;
    type.inverse = (change: Change, context: GenerateContext) => Promise.resolve(inverse(params(change), change, context));
  }
  return type;

  function serializedText(change: Change, version: ChecksumVersion): string {
    const entries = serializeFields(change.params, definition.fields, version);
    const extra = definition.serialize?.(params(change), version);
    if (extra) for (const entry of extra) entries.push(entry);
    return serializeChange(definition.name, serialObject(entries));
  }
}

/**
 * Liquibase's change description: the name, then `param=value` for every set parameter whose name
 * ends in `name` (but is not a schema or catalog name) or is `path`, sorted and comma-separated.
 */
export function describe(name: string, fields: readonly FieldSpec[], params: ParamObject): string {
  const parts: string[] = [];
  for (const field of describedFields(fields)) {
    const value = params[field];
    if (value !== undefined && value !== null) parts.push(`${field}=${String(value as Scalar)}`);
  }
  parts.sort();
  return parts.length ? `${name} ${parts.join(', ')}` : name;
}

/** The fields a description can name, worked out once per field table (every changeset of a run is described). */
const describedByTable = new WeakMap<readonly FieldSpec[], readonly string[]>();

function describedFields(fields: readonly FieldSpec[]): readonly string[] {
  let names = describedByTable.get(fields);
  if (!names) {
    names = fields
      .filter((field) => {
        if (field.notHashed) return false;
        const key = field.name.toLowerCase();
        return (key.endsWith('name') && !key.includes('schema') && !key.includes('catalog')) || key === 'path';
      })
      .map((field) => field.name);
    describedByTable.set(fields, names);
  }
  return names;
}

/** A change built in code (an inverse), located where the change it undoes was written. */
export function derivedChange(type: string, params: Record<string, ParamValue | undefined>, from: Change): Change {
  const clean: ParamObject = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) clean[key] = value;
  return { type, params: clean, location: from.location };
}

/** The serialized checksum text of a change built with defineChange (for tests and diagnostics). */
export function serializedChangeText(definition: { name: string; fields: readonly FieldSpec[] }, params: ParamObject, version: ChecksumVersion, extra: Array<[string, SerialValue | undefined]> = []): string {
  return serializeChange(definition.name, serialObject([...serializeFields(params, definition.fields, version), ...extra]));
}
