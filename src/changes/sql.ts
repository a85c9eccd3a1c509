import { sqlChecksumDetail } from '../checksum/sql-checksum.js';
import { splitStatements } from '../sql/split-statements.js';
import type { SqlStatement } from './change-type.js';
import type { Dialect } from '../dialect/dialect.js';
import { defineChange } from './define-change.js';
import type { FieldSpec } from './field-schema.js';

export interface SqlParams {
  sql?: string;
  comment?: string;
  dbms?: string;
  endDelimiter?: string;
  splitStatements: boolean;
  stripComments: boolean;
  ignoreOriginalSplitStatements?: boolean;
}

/** The attributes shared by `sql` and `sqlFile`. */
export const sqlOptionFields: readonly FieldSpec[] = [
  { name: 'dbms', kind: 'string' },
  { name: 'endDelimiter', kind: 'string' },
  { name: 'splitStatements', kind: 'boolean', default: true },
  { name: 'stripComments', kind: 'boolean', default: false },
  { name: 'ignoreOriginalSplitStatements', kind: 'boolean' },
];

/**
 * sql: raw SQL, split into statements for execution (never inside strings, comments or
 * dollar-quoted bodies). Checksummed on its text (note §2.6), so only the SQL itself counts.
 * No automatic rollback.
 */
export const sql = defineChange<SqlParams>({
  name: 'sql',
  dbmsTargeted: true,
  fields: [{ name: 'sql', kind: 'string', directValue: true }, { name: 'comment', kind: 'string' }, ...sqlOptionFields],
  load(reader, params) {
    // Liquibase trims the SQL to null; the text of a nested <comment> element is the comment.
    const text = typeof params.sql === 'string' ? params.sql.trim() : '';
    if (text) params.sql = text;
    else delete params.sql;
    const comment = reader.child('comment');
    if (comment?.text !== undefined) params.comment = comment.text;
  },
  checksum: async (params, context) =>
    sqlChecksumDetail(params.sql ?? '', context.version, { endDelimiter: params.endDelimiter, splitStatements: params.splitStatements, stripComments: params.stripComments }),
  generateSql: (params, context) => sqlStatements(params.sql ?? '', params, context.dialect),
});

/** Splits SQL text as a `sql`/`sqlFile` change asks (CR removed first, as Liquibase does). */
export function sqlStatements(text: string, options: Pick<SqlParams, 'endDelimiter' | 'splitStatements' | 'stripComments'>, dialect: Dialect): SqlStatement[] {
  const normalised = text.replaceAll('\r', '').trim();
  if (!normalised) return [];
  return splitStatements(normalised, {
    splitStatements: options.splitStatements,
    stripComments: options.stripComments,
    endDelimiter: delimiterForSplitter(options.endDelimiter),
  })
    .filter((statement) => statement.sql.trim() !== '')
    .map((statement) => ({ sql: statement.sql, line: statement.line, nonTransactional: dialect.requiresAutocommit(statement.sql) }));
}

/**
 * A delimiter that starts with a line break (`"\n//"` in JSON/YAML) cannot be matched token by
 * token; written as the regular expression it stands for (`\n//`), the splitter matches it as
 * Liquibase does.
 */
function delimiterForSplitter(endDelimiter: string | undefined): string | undefined {
  if (endDelimiter === undefined || !/^\s/.test(endDelimiter)) return endDelimiter;
  return endDelimiter.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
