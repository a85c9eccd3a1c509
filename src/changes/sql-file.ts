import { sqlChecksumDetail } from '../checksum/sql-checksum.js';
import { decodeText, readChangeFile } from './change-resources.js';
import { defineChange } from './define-change.js';
import { sqlOptionFields, sqlStatements } from './sql.js';

export interface SqlFileParams {
  path: string;
  relativeToChangelogFile?: boolean;
  encoding?: string;
  dbms?: string;
  endDelimiter?: string;
  splitStatements: boolean;
  stripComments: boolean;
}

/**
 * sqlFile: SQL read from a file. `${…}` in the file is expanded for execution but not for the v9
 * checksum (Liquibase 4.25.2 and later), so property values do not change it. No automatic rollback.
 */
export const sqlFile = defineChange<SqlFileParams>({
  name: 'sqlFile',
  dbmsTargeted: true,
  fields: [
    { name: 'path', kind: 'string', required: true },
    { name: 'relativeToChangelogFile', kind: 'boolean' },
    { name: 'encoding', kind: 'string' },
    ...sqlOptionFields,
  ],
  async checksum(params, context) {
    const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
    const header = { endDelimiter: params.endDelimiter, splitStatements: params.splitStatements, stripComments: params.stripComments };
    if (context.version === 8) return sqlChecksumDetail(bytes, 8, header);
    return sqlChecksumDetail(decodeText(bytes, params.encoding), 9);
  },
  async generateSql(params, context) {
    const bytes = await readChangeFile(params.path, params.relativeToChangelogFile, context.changeSet, context.resources);
    return sqlStatements(context.expand(decodeText(bytes, params.encoding)), params, context.dialect);
  },
});
