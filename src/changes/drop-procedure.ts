import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropProcedureParams {
  catalogName?: string;
  schemaName?: string;
  procedureName: string;
}

/** dropProcedure. No automatic rollback. */
export const dropProcedure = defineChange<DropProcedureParams>({
  name: 'dropProcedure',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'procedureName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .dropProcedure(names.ref(params.schemaName, params.procedureName), { ifExists: false, qualified: true }, names.quoting)
      .map((sql) => ({ sql }));
  },
});
