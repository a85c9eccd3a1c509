import { defineChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface DropAllForeignKeyConstraintsParams {
  baseTableCatalogName?: string;
  baseTableSchemaName?: string;
  baseTableName: string;
}

/**
 * dropAllForeignKeyConstraints: the foreign keys are read from the database when the SQL is
 * generated (as Liquibase reads a snapshot); offline (a script), one statement finds and drops
 * them when it runs. No automatic rollback.
 */
export const dropAllForeignKeyConstraints = defineChange<DropAllForeignKeyConstraintsParams>({
  name: 'dropAllForeignKeyConstraints',
  fields: [
    { name: 'baseTableCatalogName', kind: 'string' },
    { name: 'baseTableSchemaName', kind: 'string' },
    { name: 'baseTableName', kind: 'string', required: true },
  ],
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.ref(params.baseTableSchemaName, params.baseTableName);
    // Without a database (a script written before the keys exist): drop whatever keys there are when it runs.
    if (!context.database) return context.dialect.statements.dropAllForeignKeys(table, names.quoting).map((sql) => ({ sql }));
    const foreignKeys = await context.dialect.catalog.foreignKeyNames(context.database, table);
    const tableSql = names.table(params.baseTableSchemaName, params.baseTableName);
    return foreignKeys.map((name) => ({ sql: `ALTER TABLE ${tableSql} DROP CONSTRAINT ${names.name(name)}` }));
  },
});
