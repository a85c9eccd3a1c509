import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropNotNullConstraintParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName?: string;
  columnDataType?: string;
  constraintName?: string;
}

/** dropNotNullConstraint; its inverse is addNotNullConstraint. */
export const dropNotNullConstraint = defineChange<DropNotNullConstraintParams>({
  name: 'dropNotNullConstraint',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string' },
    { name: 'columnDataType', kind: 'string' },
    { name: 'constraintName', kind: 'string' },
  ],
  load(reader, params) {
    if (params.columnName === undefined) throw reader.error("'columnName' is required for dropNotNullConstraint on PostgreSQL");
  },
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .dropNotNull(names.ref(params.schemaName, params.tableName), params.columnName ?? '', { columnType: params.columnDataType, constraintName: params.constraintName }, names.quoting)
      .map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange(
      'addNotNullConstraint',
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
