import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddAutoIncrementParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnName: string;
  columnDataType?: string;
  startWith?: string;
  incrementBy?: string;
  defaultOnNull?: boolean;
  generationType?: string;
}

/** addAutoIncrement (PostgreSQL: a `<table>_<column>_seq` sequence owned by the column). No automatic rollback. */
export const addAutoIncrement = defineChange<AddAutoIncrementParams>({
  name: 'addAutoIncrement',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnName', kind: 'string', required: true },
    { name: 'columnDataType', kind: 'string' },
    { name: 'startWith', kind: 'bigInteger' },
    { name: 'incrementBy', kind: 'bigInteger' },
    { name: 'defaultOnNull', kind: 'boolean' },
    { name: 'generationType', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return context.dialect.statements
      .addAutoIncrement(names.ref(params.schemaName, params.tableName), params.columnName, params.columnDataType, params, names.quoting)
      .map((sql) => ({ sql }));
  },
});
