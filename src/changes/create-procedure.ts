import { dbmsMatches } from '../changelog/dbms-filter.js';
import type { ChangeSet } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import { stringChecksum, stringChecksumDetail } from '../checksum/md5-checksum.js';
import { serialObject, serializeChange } from '../checksum/serialized-text.js';
import { sqlChecksum } from '../checksum/sql-checksum.js';
import type { SqlStatement } from './change-type.js';
import { decodeText, readChangeFile } from './change-resources.js';
import { defineChange } from './define-change.js';
import { serializeFields, type FieldSpec } from './field-schema.js';
import { SqlNames } from './sql-names.js';
import { sqlStatements } from './sql.js';

export interface CreateProcedureParams {
  catalogName?: string;
  schemaName?: string;
  procedureName?: string;
  procedureText?: string;
  path?: string;
  relativeToChangelogFile?: boolean;
  encoding?: string;
  comments?: string;
  dbms?: string;
  replaceIfExists?: boolean;
}

const fields: readonly FieldSpec[] = [
  { name: 'catalogName', kind: 'string' },
  { name: 'schemaName', kind: 'string' },
  { name: 'procedureName', kind: 'string' },
  // v8 hashed the text under its older name procedureBody (see serialize); v9 hashes it apart.
  { name: 'procedureText', kind: 'string', directValue: true, alternateNames: ['procedureBody'], notHashedIn: [8, 9] },
  { name: 'path', kind: 'string', notHashedIn: [9] },
  { name: 'relativeToChangelogFile', kind: 'boolean', notHashedIn: [9] },
  { name: 'encoding', kind: 'string', notHashedIn: [9] },
  { name: 'comments', kind: 'string', notHashedIn: [9] },
  { name: 'dbms', kind: 'string', notHashedIn: [9] },
  { name: 'replaceIfExists', kind: 'boolean' },
];

/**
 * createProcedure: a procedure or function body, inline or from `path` (expanded), executed as
 * one statement. `replaceIfExists` first drops a procedure of that name; Liquibase allows it on
 * SQL Server only (4.28 refuses it on PostgreSQL: "replaceIfExists is not allowed on postgresql").
 * No automatic rollback.
 */
export const createProcedure = defineChange<CreateProcedureParams>({
  name: 'createProcedure',
  dbmsTargeted: true,
  fields,
  load(reader, params) {
    const text = reader.text();
    if (text !== undefined) params.procedureText = text;
    if (params.procedureText === undefined && params.path === undefined) {
      throw reader.error("createProcedure needs the procedure text (nested) or a 'path'");
    }
  },
  async checksum(params, context) {
    const entries = serializeFields(params as never, fields, context.version);
    if (context.version === 8) entries.push(['procedureBody', params.procedureText]);
    const typed = serializeChange('createProcedure', serialObject(entries));
    if (context.version === 8) {
      if (params.path === undefined) return stringChecksumDetail(typed, 8);
      const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
      return stringChecksumDetail(`${stringChecksum(typed, 8)}:${sqlChecksum(bytes, 8, { endDelimiter: ';', splitStatements: false, stripComments: false })}`, 8);
    }
    const body = await procedureBody(params, context.changeSet, context.resources, context.expand);
    return stringChecksumDetail(`${stringChecksum(typed, 9)}:${sqlChecksum(body ?? '', 9)}`, 9);
  },
  validate(params, { dialect }) {
    // Liquibase checks it only where the change's own dbms lets it run.
    if (params.replaceIfExists === undefined || !dbmsMatches(params.dbms, dialect.name) || dialect.name === 'mssql') return [];
    return [`replaceIfExists is not allowed on ${dialect.name}`];
  },
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const statements: SqlStatement[] = [];
    if (params.replaceIfExists && params.procedureName !== undefined) {
      const procedure = names.ref(params.schemaName, params.procedureName);
      statements.push(...context.dialect.statements.dropProcedure(procedure, { ifExists: true, qualified: false }, names.quoting).map((sql) => ({ sql })));
    }
    const body = (await procedureBody(params, context.changeSet, context.resources, context.expand)) ?? '';
    statements.push(...sqlStatements(body, { splitStatements: false, stripComments: false }, context.dialect));
    return statements;
  },
});

async function procedureBody(
  params: CreateProcedureParams,
  changeSet: ChangeSet,
  resources: ResourceAccessor,
  expand: (text: string) => string,
): Promise<string | undefined> {
  if (params.path === undefined) return params.procedureText;
  const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, changeSet, resources);
  return expand(decodeText(bytes, params.encoding));
}
