import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropDefaultValueParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  columnDataType?: string;
}

/** dropDefaultValue. No automatic rollback (the old default is unknown). */
export const dropDefaultValue = defineChange<DropDefaultValueParams>({
  name: 'dropDefaultValue',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'columnDataType', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.dropDefaultValue(names.ref(params.schemaName, params.tableName), params.columnName, names.quoting).map((sql) => ({ sql }));
  },
});
