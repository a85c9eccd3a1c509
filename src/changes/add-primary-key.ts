import type { SqlStatement } from './change-type.js';
import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddPrimaryKeyParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnNames: string;
  constraintName?: string;
  tablespace?: string;
  clustered?: boolean;
  forIndexName?: string;
  forIndexSchemaName?: string;
  forIndexCatalogName?: string;
  validate?: boolean;
}

/**
 * addPrimaryKey (`clustered` also CLUSTERs the table on PostgreSQL). Inverse: dropPrimaryKey,
 * keeping the index when the key was built on an existing one (`forIndexName`).
 */
export const addPrimaryKey = defineChange<AddPrimaryKeyParams>({
  name: 'addPrimaryKey',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnNames', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string' },
    { name: 'tablespace', kind: 'string' },
    { name: 'clustered', kind: 'boolean' },
    { name: 'forIndexName', kind: 'string' },
    { name: 'forIndexSchemaName', kind: 'string' },
    { name: 'forIndexCatalogName', kind: 'string' },
    { name: 'validate', kind: 'boolean' },
  ],
  generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const table = names.table(params.schemaName, params.tableName);
    const constraint = params.constraintName !== undefined ? `CONSTRAINT ${names.name(params.constraintName)} ` : '';
    let sql = `ALTER TABLE ${table} ADD ${constraint}PRIMARY KEY (${names.columnList(params.columnNames)})`;
    if (params.tablespace) sql += ` USING INDEX TABLESPACE ${params.tablespace}`;
    const statements: SqlStatement[] = [{ sql }];
    if (params.clustered && params.constraintName !== undefined) {
      statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((s) => ({ sql: s })));
    }
    return statements;
  },
  inverse: (params, change) => [
    derivedChange(
      'dropPrimaryKey',
      {
        catalogName: params.catalogName,
        schemaName: params.schemaName,
        tableName: params.tableName,
        constraintName: params.constraintName,
        dropIndex: params.forIndexName !== undefined ? false : undefined,
      },
      change,
    ),
  ],
});
