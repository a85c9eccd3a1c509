import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropUniqueConstraintParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  constraintName?: string;
  uniqueColumns?: string;
}

/** dropUniqueConstraint. No automatic rollback. */
export const dropUniqueConstraint = defineChange<DropUniqueConstraintParams>({
  name: 'dropUniqueConstraint',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string' },
    { name: 'uniqueColumns', kind: 'string' },
  ],
  generateSql(params, context) {
    if (params.constraintName === undefined) {
      // Liquibase writes `DROP CONSTRAINT null` here, which can only fail.
      throw new Error(`dropUniqueConstraint on ${params.tableName} needs a constraintName (the constraint was created without one)`);
    }
    const names = new SqlNames(context.dialect, context.changeSet);
    return [{ sql: `ALTER TABLE ${names.table(params.schemaName, params.tableName)} DROP CONSTRAINT ${names.name(params.constraintName)}` }];
  },
});
