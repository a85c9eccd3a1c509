import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropForeignKeyConstraintParams {
  baseTableCatalogName?: string;
  baseTableSchemaName?: string;
  baseTableName: string;
  constraintName: string;
}

/** dropForeignKeyConstraint. No automatic rollback. */
export const dropForeignKeyConstraint = defineChange<DropForeignKeyConstraintParams>({
  name: 'dropForeignKeyConstraint',
  fields: [
    { name: 'baseTableCatalogName', kind: 'string' },
    { name: 'baseTableSchemaName', kind: 'string' },
    { name: 'baseTableName', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string', required: true },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    return [{ sql: `ALTER TABLE ${names.table(params.baseTableSchemaName, params.baseTableName)} DROP CONSTRAINT ${names.name(params.constraintName)}` }];
  },
});
