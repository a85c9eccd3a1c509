import { describeExpectation, followsNamingPattern, parseNamingPattern } from '../naming-pattern.js';
import { alterCommands, nodeAs, tableElements } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const columnName: Rule = {
  code: 'DB602',
  name: 'column-name',
  family: 'naming',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A new or renamed column whose name does not follow the configured pattern.',
  hint: 'Rename the column to follow the naming convention (option `pattern`).',
  why: 'Consistent column names make queries and mappings predictable; mixed case forces quoting in every query.',
  fix: 'Use the configured convention; by default lower_snake_case (`^[a-z][a-z0-9_]*$`).',
  examples: {
    triggers: { sql: 'ALTER TABLE person ADD COLUMN "firstName" text;' },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN first_name text;' },
  },
  peers: { squawk: [], bytebase: ['NAMING_COLUMN'], atlas: ['NM103'] },
  options: {
    pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Regex (starting with `^`) or template the column name must follow.' },
  },
  kinds: ['CreateStmt', 'AlterTableStmt', 'RenameStmt'],
  create: (options) => {
    const pattern = parseNamingPattern(String(options.pattern));
    return {
      statement(ctx) {
        const found: Array<{ table?: string; column: string }> = [];
        const create = nodeAs(ctx.node, 'CreateStmt');
        if (create) {
          for (const col of tableElements(create.tableElts).columns) if (col.colname) found.push({ table: create.relation?.relname, column: col.colname });
        }
        const alter = nodeAs(ctx.node, 'AlterTableStmt');
        if (alter?.objtype === 'OBJECT_TABLE') {
          for (const cmd of alterCommands(alter.cmds)) {
            const col = cmd.subtype === 'AT_AddColumn' ? nodeAs(cmd.def, 'ColumnDef') : undefined;
            if (col?.colname) found.push({ table: alter.relation?.relname, column: col.colname });
          }
        }
        const rename = nodeAs(ctx.node, 'RenameStmt');
        if (rename?.renameType === 'OBJECT_COLUMN' && rename.newname) found.push({ table: rename.relation?.relname, column: rename.newname });
        for (const { table, column } of found) {
          const values = { table, columns: [column] };
          if (followsNamingPattern(column, pattern, values) !== false) continue;
          ctx.report({ message: `Column name ${column} does not follow the naming convention: expected ${describeExpectation(pattern, values)}.` });
        }
      },
    };
  },
};
