import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddLookupTableParams {
  existingTableCatalogName?: string;
  existingTableSchemaName?: string;
  existingTableName: string;
  existingColumnName: string;
  newTableCatalogName?: string;
  newTableSchemaName?: string;
  newTableName: string;
  newColumnName: string;
  newColumnDataType?: string;
  constraintName?: string;
}

/** Liquibase's default name for the new foreign key. */
function constraintNameOf(params: AddLookupTableParams): string {
  return params.constraintName ?? `FK_${params.existingTableName}_${params.newTableName}`.toUpperCase();
}

/**
 * addLookupTable: a new table of the distinct values of an existing column, its primary key, and
 * a foreign key from the column to it. Inverse: drop the foreign key, then the new table.
 */
export const addLookupTable = defineChange<AddLookupTableParams>({
  name: 'addLookupTable',
  fields: [
    { name: 'existingTableCatalogName', kind: 'string' },
    { name: 'existingTableSchemaName', kind: 'string' },
    { name: 'existingTableName', kind: 'string', required: true },
    { name: 'existingColumnName', kind: 'string', required: true },
    { name: 'newTableCatalogName', kind: 'string' },
    { name: 'newTableSchemaName', kind: 'string' },
    { name: 'newTableName', kind: 'string', required: true },
    { name: 'newColumnName', kind: 'string', required: true },
    { name: 'newColumnDataType', kind: 'string' },
    { name: 'constraintName', kind: 'string' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const existing = names.table(params.existingTableSchemaName, params.existingTableName);
    const created = names.table(params.newTableSchemaName, params.newTableName);
    const existingColumn = names.name(params.existingColumnName);
    const newColumn = names.name(params.newColumnName);
    return [
      { sql: `CREATE TABLE ${created} AS SELECT DISTINCT ${existingColumn} AS ${newColumn} FROM ${existing} WHERE ${existingColumn} IS NOT NULL` },
      ...context.dialect.statements
        .setNotNull(names.ref(params.newTableSchemaName, params.newTableName), params.newColumnName, { columnType: params.newColumnDataType }, names.quoting)
        .map((sql) => ({ sql })),
      { sql: `ALTER TABLE ${created} ADD PRIMARY KEY (${newColumn})` },
      { sql: `ALTER TABLE ${existing} ADD CONSTRAINT ${names.name(constraintNameOf(params))} FOREIGN KEY (${existingColumn}) REFERENCES ${created} (${newColumn})` },
    ];
  },
  inverse: (params, change) => [
    derivedChange(
      'dropForeignKeyConstraint',
      {
        baseTableCatalogName: params.existingTableCatalogName,
        baseTableSchemaName: params.existingTableSchemaName,
        baseTableName: params.existingTableName,
        constraintName: constraintNameOf(params),
      },
      change,
    ),
    derivedChange('dropTable', { catalogName: params.newTableCatalogName, schemaName: params.newTableSchemaName, tableName: params.newTableName }, change),
  ],
});
