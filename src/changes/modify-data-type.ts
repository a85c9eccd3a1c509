import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface ModifyDataTypeParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  newDataType: string;
}

/** modifyDataType (PostgreSQL: `ALTER COLUMN … TYPE … USING (col::type)`). No automatic rollback: the old type is unknown. */
export const modifyDataType = defineChange<ModifyDataTypeParams>({
  name: 'modifyDataType',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'newDataType', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .modifyDataType(names.ref(params.schemaName, params.tableName), params.columnName, params.newDataType, names.quoting)
      .map((sql) => ({ sql }));
  },
});
