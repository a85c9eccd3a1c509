import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropSequenceParams {
  catalogName?: string;
  schemaName?: string;
  sequenceName: string;
}

/** dropSequence (`… CASCADE` on PostgreSQL). No automatic rollback. */
export const dropSequence = defineChange<DropSequenceParams>({
  name: 'dropSequence',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'sequenceName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.dropSequence(names.ref(params.schemaName, params.sequenceName), names.quoting).map((sql) => ({ sql }));
  },
});
