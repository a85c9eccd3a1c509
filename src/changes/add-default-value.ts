import type { SqlValue } from '../dialect/dialect.js';
import { numericValue } from './column-config.js';
import { defineChange, derivedChange } from './define-change.js';
import { parseIsoDate } from './iso-date-format.js';
import { SqlNames } from './sql-names.js';

export interface AddDefaultValueParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  columnDataType?: string;
  defaultValue?: string;
  defaultValueNumeric?: string;
  defaultValueDate?: string;
  defaultValueBoolean?: boolean;
  defaultValueComputed?: string;
  defaultValueSequenceNext?: string;
  defaultValueConstraintName?: string;
}

/**
 * addDefaultValue. Unlike a column definition, Liquibase writes the value by its own kind, not
 * the column's type (`defaultValue="7"` is `'7'` even on an int column). Inverse: dropDefaultValue.
 */
export const addDefaultValue = defineChange<AddDefaultValueParams>({
  name: 'addDefaultValue',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'columnDataType', kind: 'string' },
    { name: 'defaultValue', kind: 'string' },
    { name: 'defaultValueNumeric', kind: 'string' },
    { name: 'defaultValueDate', kind: 'string' },
    { name: 'defaultValueBoolean', kind: 'boolean' },
    { name: 'defaultValueComputed', kind: 'string' },
    { name: 'defaultValueSequenceNext', kind: 'string' },
    { name: 'defaultValueConstraintName', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.ref(params.schemaName, params.tableName);
    const value = defaultValueOf(params, table.schema);
    if (!value) throw new Error(`addDefaultValue on ${params.tableName}.${params.columnName} sets no default value`);
    const sequence = params.defaultValueSequenceNext !== undefined ? names.ref(params.schemaName, params.defaultValueSequenceNext) : undefined;
    return context.dialect.statements
      .addDefaultValue(table, params.columnName, context.dialect.valueSql(value, undefined, names.quoting), { constraintName: params.defaultValueConstraintName, sequence }, names.quoting)
      .map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange(
      'dropDefaultValue',
      { catalogName: params.catalogName, schemaName: params.schemaName, tableName: params.tableName, columnName: params.columnName, columnDataType: params.columnDataType },
      change,
    ),
  ],
});

function defaultValueOf(params: AddDefaultValueParams, schema: string | undefined): SqlValue | undefined {
  if (params.defaultValue !== undefined) return { kind: 'string', value: params.defaultValue };
  if (params.defaultValueNumeric !== undefined) {
    const numeric = numericValue(params.defaultValueNumeric, 'numeric', 'computed');
    return numeric.numeric !== undefined ? { kind: 'numeric', value: numeric.numeric } : { kind: 'computed', value: numeric.computed ?? 'NULL' };
  }
  if (params.defaultValueDate !== undefined) {
    const date = parseIsoDate(params.defaultValueDate);
    return date ? { kind: 'date', value: date.text } : { kind: 'computed', value: params.defaultValueDate };
  }
  if (params.defaultValueBoolean !== undefined) return { kind: 'boolean', value: params.defaultValueBoolean };
  if (params.defaultValueComputed !== undefined) return { kind: 'computed', value: params.defaultValueComputed };
  if (params.defaultValueSequenceNext !== undefined) return { kind: 'sequenceNext', sequence: params.defaultValueSequenceNext, schema };
  return undefined;
}
