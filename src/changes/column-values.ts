import type { SqlValue } from '../dialect/dialect.js';
import type { ColumnParams } from './column-config.js';

/**
 * The value a column sets (insert, update, addColumn `value`), in Liquibase's precedence:
 * value, valueBoolean, valueNumeric, valueDate, valueComputed, valueSequenceNext,
 * valueSequenceCurrent. Undefined when the column sets nothing (written as NULL where a value
 * is needed). Blob and clob files are read by the changes that support them.
 */
export function columnValue(column: ColumnParams, schema: string | undefined): SqlValue | undefined {
  if (column.value !== undefined) return { kind: 'string', value: column.value };
  if (column.valueBoolean !== undefined) return { kind: 'boolean', value: column.valueBoolean };
  if (column.valueNumeric !== undefined) return { kind: 'numeric', value: column.valueNumeric };
  if (column.valueDate !== undefined) return { kind: 'date', value: column.valueDate };
  if (column.valueComputed !== undefined) return { kind: 'computed', value: column.valueComputed };
  if (column.valueSequenceNext !== undefined) return { kind: 'sequenceNext', sequence: column.valueSequenceNext, schema };
  if (column.valueSequenceCurrent !== undefined) return { kind: 'sequenceCurrent', sequence: column.valueSequenceCurrent, schema };
  return undefined;
}

/** The column's default, in Liquibase's precedence (defaultValue first). */
export function columnDefault(column: ColumnParams, schema: string | undefined): SqlValue | undefined {
  if (column.defaultValue !== undefined) return { kind: 'string', value: column.defaultValue };
  if (column.defaultValueBoolean !== undefined) return { kind: 'boolean', value: column.defaultValueBoolean };
  if (column.defaultValueNumeric !== undefined) return { kind: 'numeric', value: column.defaultValueNumeric };
  if (column.defaultValueDate !== undefined) return { kind: 'date', value: column.defaultValueDate };
  if (column.defaultValueComputed !== undefined) return { kind: 'computed', value: column.defaultValueComputed };
  if (column.defaultValueSequenceNext !== undefined) return { kind: 'sequenceNext', sequence: column.defaultValueSequenceNext, schema };
  return undefined;
}

export function hasDefault(column: ColumnParams): boolean {
  return columnDefault(column, undefined) !== undefined;
}
