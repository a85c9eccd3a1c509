import type { ChangeSet } from '../changelog/model.js';
import type { ResourceAccessor } from '../changelog/resource-accessor.js';
import { stringChecksum, stringChecksumDetail } from '../checksum/md5-checksum.js';
import { serialObject, serializeChange } from '../checksum/serialized-text.js';
import { sqlChecksum } from '../checksum/sql-checksum.js';
import type { SqlStatement } from './change-type.js';
import { decodeText, readChangeFile } from './change-resources.js';
import { defineChange, derivedChange } from './define-change.js';
import { serializeFields, type FieldSpec } from './field-schema.js';
import { SqlNames } from './sql-names.js';

export interface CreateViewParams {
  catalogName?: string;
  schemaName?: string;
  viewName: string;
  selectQuery?: string;
  replaceIfExists?: boolean;
  fullDefinition?: boolean;
  path?: string;
  relativeToChangelogFile?: boolean;
  encoding?: string;
  remarks?: string;
}

const fields: readonly FieldSpec[] = [
  { name: 'catalogName', kind: 'string' },
  { name: 'schemaName', kind: 'string' },
  { name: 'viewName', kind: 'string', required: true },
  { name: 'selectQuery', kind: 'string', directValue: true, notHashedIn: [9] },
  { name: 'replaceIfExists', kind: 'boolean' },
  { name: 'fullDefinition', kind: 'boolean' },
  { name: 'path', kind: 'string', notHashedIn: [9] },
  { name: 'relativeToChangelogFile', kind: 'boolean', notHashedIn: [9] },
  { name: 'encoding', kind: 'string', notHashedIn: [9] },
  { name: 'remarks', kind: 'string' },
];

/**
 * createView: the query inline or from `path` (expanded). v9 hashes the typed fields and the query
 * text separately, so reformatting the query does not change the checksum. Inverse: dropView.
 */
export const createView = defineChange<CreateViewParams>({
  name: 'createView',
  fields,
  load(reader, params) {
    // The element text always wins over a selectQuery attribute, as in Liquibase.
    const text = reader.text();
    if (text !== undefined) params.selectQuery = text;
    if (params.selectQuery === undefined && params.path === undefined) {
      throw reader.error("createView needs a query (nested text) or a 'path'");
    }
  },
  async checksum(params, context) {
    const typed = serializeChange('createView', serialObject(serializeFields(params as never, fields, context.version)));
    if (context.version === 8) {
      if (params.path === undefined) return stringChecksumDetail(typed, 8);
      const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
      return stringChecksumDetail(`${stringChecksum(typed, 8)}:${sqlChecksum(bytes, 8, { endDelimiter: ';', splitStatements: false, stripComments: false })}`, 8);
    }
    const query = await viewQuery(params, context.changeSet, context.resources, context.expand);
    return stringChecksumDetail(`${stringChecksum(typed, 9)}:${sqlChecksum(query ?? '', 9)}`, 9);
  },
  async generateSql(params, context) {
    const names = new SqlNames(context.dialect, context.changeSet);
    const query = (await viewQuery(params, context.changeSet, context.resources, context.expand))?.trim() ?? '';
    const statements: SqlStatement[] = [];
    if (params.fullDefinition) statements.push({ sql: query });
    else statements.push({ sql: `CREATE ${params.replaceIfExists ? 'OR REPLACE ' : ''}VIEW ${names.table(params.schemaName, params.viewName)} AS ${query}` });
    if (params.remarks?.trim()) {
      statements.push(...context.dialect.statements.viewRemarks(names.ref(params.schemaName, params.viewName), params.remarks, names.quoting).map((sql) => ({ sql })));
    }
    return statements;
  },
  inverse: (params, change) => [derivedChange('dropView', { schemaName: params.schemaName, viewName: params.viewName }, change)],
});

async function viewQuery(
  params: CreateViewParams,
  changeSet: ChangeSet,
  resources: ResourceAccessor,
  expand: (text: string) => string,
): Promise<string | undefined> {
  if (params.path === undefined) return params.selectQuery;
  const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, changeSet, resources);
  return expand(decodeText(bytes, params.encoding));
}
