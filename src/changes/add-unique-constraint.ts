import { defineChange, derivedChange } from './define-change.js';
import { SqlNames } from './sql-names.js';

export interface AddUniqueConstraintParams {
  catalogName?: string;
  schemaName?: string;
  tableName: string;
  columnNames: string;
  constraintName?: string;
  tablespace?: string;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  disabled?: boolean;
  clustered?: boolean;
  forIndexName?: string;
  forIndexSchemaName?: string;
  forIndexCatalogName?: string;
  validate?: boolean;
}

/**
 * addUniqueConstraint. Liquibase also writes `CLUSTERED` and `USING INDEX <name>` here, which
 * PostgreSQL rejects; this engine writes PostgreSQL's own forms instead (CLUSTER after the
 * constraint, `UNIQUE USING INDEX` for an existing index). Inverse: dropUniqueConstraint.
 */
export const addUniqueConstraint = defineChange<AddUniqueConstraintParams>({
  name: 'addUniqueConstraint',
  fields: [
    { name: 'catalogName', kind: 'string' },
    { name: 'schemaName', kind: 'string' },
    { name: 'tableName', kind: 'string', required: true },
    { name: 'columnNames', kind: 'string', required: true },
    { name: 'constraintName', kind: 'string' },
    { name: 'tablespace', kind: 'string' },
    { name: 'deferrable', kind: 'boolean' },
    { name: 'initiallyDeferred', kind: 'boolean' },
    { name: 'disabled', kind: 'boolean' },
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
    let sql = params.forIndexName
      ? `ALTER TABLE ${table} ADD ${constraint}UNIQUE USING INDEX ${names.name(params.forIndexName)}`
      : `ALTER TABLE ${table} ADD ${constraint}UNIQUE (${names.columnList(params.columnNames)})`;
    if (params.deferrable) sql += ' DEFERRABLE';
    if (params.initiallyDeferred) sql += ' INITIALLY DEFERRED';
    if (params.tablespace && !params.forIndexName) sql += ` USING INDEX TABLESPACE ${params.tablespace}`;
    const statements = [{ sql }];
    if (params.clustered && params.constraintName !== undefined) {
      statements.push(...context.dialect.statements.cluster(names.ref(params.schemaName, params.tableName), params.constraintName, names.quoting).map((s) => ({ sql: s })));
    }
    return statements;
  },
  inverse: (params, change) => [
    derivedChange(
      'dropUniqueConstraint',
      {
        catalogName: params.catalogName,
        schemaName: params.schemaName,
        tableName: params.tableName,
        constraintName: params.constraintName,
        uniqueColumns: params.constraintName === undefined ? params.columnNames : undefined,
      },
      change,
    ),
  ],
});
