import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface SetTableRemarksParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  remarks?: string;
}

/** setTableRemarks (`COMMENT ON TABLE`). No automatic rollback. */
export const setTableRemarks = defineChange<SetTableRemarksParams>({
  name: 'setTableRemarks',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'remarks', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.tableRemarks(names.ref(params.schemaName, params.tableName), params.remarks ?? '', names.quoting).map((sql) => ({ sql }));
  },
});
