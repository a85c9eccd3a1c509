import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface SetColumnRemarksParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  remarks?: string;
  columnDataType?: string;
  columnParentType?: string;
}

/** setColumnRemarks (`COMMENT ON COLUMN`). No automatic rollback. */
export const setColumnRemarks = defineChange<SetColumnRemarksParams>({
  name: 'setColumnRemarks',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'remarks', kind: 'string' },
    { name: 'columnDataType', kind: 'string' },
    { name: 'columnParentType', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .columnRemarks(names.ref(params.schemaName, params.tableName), params.columnName, params.remarks ?? '', { columnParentType: params.columnParentType }, names.quoting)
      .map((sql) => ({ sql }));
  },
});
