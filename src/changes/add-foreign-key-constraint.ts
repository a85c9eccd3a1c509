import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddForeignKeyConstraintParams {
  baseTableCatalogName?: string;
  baseTableSchemaName?: string;
  baseTableName: string;
  baseColumnNames: string;
  constraintName: string;
  referencedTableCatalogName?: string;
  referencedTableSchemaName?: string;
  referencedTableName: string;
  referencedColumnNames: string;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  onDelete?: string;
  onUpdate?: string;
  validate?: boolean;
}

/**
 * addForeignKeyConstraint. `deleteCascade` is Liquibase's old spelling of `onDelete="CASCADE"`;
 * it is folded into onDelete on load and never hashed (and, as in Liquibase, `deleteCascade`
 * given next to an `onDelete` clears it). Inverse: dropForeignKeyConstraint.
 */
export const addForeignKeyConstraint = defineChange<AddForeignKeyConstraintParams>({
  name: 'addForeignKeyConstraint',
  fields: [
    { name: 'baseTableCatalogName', kind: 'string' },
    { name: 'baseTableSchemaName', kind: 'string' },
    { name: 'baseTableName', kind: 'string', required: true },
    { name: 'baseColumnNames', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string', required: true },
    { name: 'referencedTableCatalogName', kind: 'string' },
    { name: 'referencedTableSchemaName', kind: 'string' },
    { name: 'referencedTableName', kind: 'string', required: true },
    { name: 'referencedColumnNames', kind: 'string', required: true },
    { name: 'deferrable', kind: 'boolean' },
    { name: 'initiallyDeferred', kind: 'boolean' },
    { name: 'onDelete', kind: 'string' },
    { name: 'onUpdate', kind: 'string' },
    { name: 'validate', kind: 'boolean' },
  ],
  load(reader, params) {
    const deleteCascade = reader.boolean('deleteCascade');
    if (deleteCascade !== undefined) {
      if (deleteCascade && params.onDelete === undefined) params.onDelete = 'CASCADE';
      else delete params.onDelete;
    }
  },
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    let sql =
      `ALTER TABLE ${names.table(params.baseTableSchemaName, params.baseTableName)} ADD CONSTRAINT ${names.name(params.constraintName)} ` +
      `FOREIGN KEY (${names.columnList(params.baseColumnNames)}) ` +
      `REFERENCES ${names.table(params.referencedTableSchemaName, params.referencedTableName)} (${names.columnList(params.referencedColumnNames)})`;
    if (params.onUpdate) sql += ` ON UPDATE ${params.onUpdate}`;
    if (params.onDelete) sql += ` ON DELETE ${params.onDelete}`;
    if (params.deferrable) sql += ' DEFERRABLE';
    if (params.initiallyDeferred) sql += ' INITIALLY DEFERRED';
    if (params.validate === false) sql += ' NOT VALID';
    return [{ sql }];
  },
  inverse: (params, change) => [
    derivedChange(
      'dropForeignKeyConstraint',
      { baseTableSchemaName: params.baseTableSchemaName, baseTableName: params.baseTableName, constraintName: params.constraintName },
      change,
    ),
  ],
});
