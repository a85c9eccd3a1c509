import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropViewParams {
  catalogName?: string;
  schemaName?: string;
  viewName: string;
  ifExists?: boolean;
}

/** dropView. No automatic rollback. */
export const dropView = defineChange<DropViewParams>({
  name: 'dropView',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'viewName', kind: 'string', required: true },
    { name: 'ifExists', kind: 'boolean' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return [{ sql: `DROP VIEW ${params.ifExists ? 'IF EXISTS ' : ''}${names.table(params.schemaName, params.viewName)}` }];
  },
});
