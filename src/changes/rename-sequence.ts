import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface RenameSequenceParams {
  catalogName?: string;
  schemaName?: string;
  oldSequenceName: string;
  newSequenceName: string;
}

/** renameSequence; its inverse renames back. */
export const renameSequence = defineChange<RenameSequenceParams>({
  name: 'renameSequence',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'oldSequenceName', kind: 'string', required: true },
    { name: 'newSequenceName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .renameSequence(names.ref(params.schemaName, params.oldSequenceName), params.newSequenceName, names.quoting)
      .map((sql) => ({ sql }));
  },
  inverse: (params, change) => [
    derivedChange(
      'renameSequence',
      { catalogName: params.catalogName, schemaName: params.schemaName, oldSequenceName: params.newSequenceName, newSequenceName: params.oldSequenceName },
      change,
    ),
  ],
});
