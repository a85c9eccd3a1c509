import type { SqlStatement } from './change-type.js';
import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddNotNullConstraintParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  columnDataType?: string;
  defaultNullValue?: string;
  constraintName?: string;
  validate?: boolean;
}

/**
 * addNotNullConstraint: existing NULLs are first replaced by `defaultNullValue` when given.
 * Its inverse is dropNotNullConstraint.
 */
export const addNotNullConstraint = defineChange<AddNotNullConstraintParams>({
  name: 'addNotNullConstraint',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'columnDataType', kind: 'string' },
    { name: 'defaultNullValue', kind: 'string' },
    { name: 'constraintName', kind: 'string' },
    { name: 'validate', kind: 'boolean' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const statements: SqlStatement[] = [];
    if (params.defaultNullValue !== undefined) {
      const column = names.name(params.columnName);
      const value = context.dialect.valueSql({ kind: 'string', value: params.defaultNullValue }, params.columnDataType, names.quoting);
      statements.push({ sql: `UPDATE ${names.table(params.schemaName, params.tableName)} SET ${column} = ${value} WHERE ${column} IS NULL` });
    }
    const options = { columnType: params.columnDataType, constraintName: params.constraintName, validate: params.validate };
    statements.push(...context.dialect.statements.setNotNull(names.ref(params.schemaName, params.tableName), params.columnName, options, names.quoting).map((sql) => ({ sql })));
    return statements;
  },
  inverse: (params, change) => [
    derivedChange(
      'dropNotNullConstraint',
      {
        catalogName: params.catalogName,
        schemaName: params.schemaName,
        tableName: params.tableName,
        columnName: params.columnName,
        columnDataType: params.columnDataType,
        constraintName: params.constraintName,
      },
      change,
    ),
  ],
});
