import type { SequenceParams } from './create-sequence.js';
import { sequenceOptionFields } from './create-sequence.js';
import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

/** alterSequence. No automatic rollback (the previous settings are unknown). */
export const alterSequence = defineChange<SequenceParams>({
  name: 'alterSequence',
  fields: [{ name: 'catalogName', kind: 'string' }, { name: 'schemaName', kind: 'string' }, { name: 'sequenceName', kind: 'string', required: true }, ...sequenceOptionFields],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements.alterSequence(names.ref(params.schemaName, params.sequenceName), params, names.quoting).map((sql) => ({ sql }));
  },
});
