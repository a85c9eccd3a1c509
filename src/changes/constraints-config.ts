import type { ParamObject, ParsedNode } from '../changelog/model.js';
import { serialObject, type SerialObject } from '../checksum/serialized-text.js';
import { changeNode, fieldsToAttributes, loadFields, serializeFields, type FieldSpec } from './field-schema.js';
import type { NodeReader } from './node-reader.js';

/** A column's `<constraints>` (Liquibase ConstraintsConfig): every field is optional. */
export interface ConstraintsParams {
  nullable?: boolean;
  notNullConstraintName?: string;
  primaryKey?: boolean;
  primaryKeyName?: string;
  primaryKeyTablespace?: string;
  references?: string;
  referencedTableCatalogName?: string;
  referencedTableSchemaName?: string;
  referencedTableName?: string;
  referencedColumnNames?: string;
  unique?: boolean;
  uniqueConstraintName?: string;
  checkConstraint?: string;
  deleteCascade?: boolean;
  foreignKeyName?: string;
  initiallyDeferred?: boolean;
  deferrable?: boolean;
  validateNullable?: boolean;
  validateUnique?: boolean;
  validatePrimaryKey?: boolean;
  validateForeignKey?: boolean;
}

export const constraintsFields: readonly FieldSpec[] = [
  { name: 'nullable', kind: 'boolean' },
  { name: 'notNullConstraintName', kind: 'string' },
  { name: 'primaryKey', kind: 'boolean' },
  { name: 'primaryKeyName', kind: 'string' },
  { name: 'primaryKeyTablespace', kind: 'string' },
  { name: 'references', kind: 'string' },
  { name: 'referencedTableCatalogName', kind: 'string' },
  { name: 'referencedTableSchemaName', kind: 'string' },
  { name: 'referencedTableName', kind: 'string' },
  { name: 'referencedColumnNames', kind: 'string' },
  { name: 'unique', kind: 'boolean' },
  { name: 'uniqueConstraintName', kind: 'string' },
  { name: 'checkConstraint', kind: 'string' },
  { name: 'deleteCascade', kind: 'boolean' },
  { name: 'foreignKeyName', kind: 'string' },
  { name: 'initiallyDeferred', kind: 'boolean' },
  { name: 'deferrable', kind: 'boolean' },
  { name: 'validateNullable', kind: 'boolean' },
  { name: 'validateUnique', kind: 'boolean' },
  { name: 'validatePrimaryKey', kind: 'boolean' },
  { name: 'validateForeignKey', kind: 'boolean' },
];

export function loadConstraints(reader: NodeReader): ConstraintsParams {
  return loadFields(reader, constraintsFields) as ConstraintsParams;
}

/** Always a block, even an empty one: an empty `<constraints/>` still prints `[ ]` in the checksum. */
export function serializeConstraints(constraints: ConstraintsParams): SerialObject {
  return serialObject(serializeFields(constraints as ParamObject, constraintsFields, 9));
}

export function constraintsToNode(constraints: ConstraintsParams): ParsedNode {
  return changeNode('constraints', fieldsToAttributes(constraints as ParamObject, constraintsFields));
}
