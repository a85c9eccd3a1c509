import { describeExpectation, followsNamingPattern, parseNamingPattern } from '../naming-pattern.js';
import { nodeAs } from '../postgres-ast.js';
import type { Rule } from '../rule.js';

export const tableName: Rule = {
  code: 'DB601',
  name: 'table-name',
  family: 'naming',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'A new or renamed table whose name does not follow the configured pattern.',
  hint: 'Rename the table to follow the naming convention (option `pattern`).',
  why: 'Consistent names make schemas predictable for people, tools and generated code; mixed case forces quoting everywhere.',
  fix: 'Use the configured convention; by default lower_snake_case (`^[a-z][a-z0-9_]*$`).',
  examples: {
    triggers: { sql: 'CREATE TABLE "OrderItem" (id bigint PRIMARY KEY);' },
    nearMiss: { sql: 'CREATE TABLE order_item (id bigint PRIMARY KEY);' },
  },
  peers: { squawk: [], bytebase: ['NAMING_TABLE'], atlas: ['NM102'] },
  options: {
    pattern: { type: 'naming-pattern', default: '^[a-z][a-z0-9_]*$', description: 'Regex (starting with `^`) or template the table name must follow.' },
  },
  kinds: ['CreateStmt', 'CreateTableAsStmt', 'RenameStmt'],
  create: (options) => {
    const pattern = parseNamingPattern(String(options.pattern));
    return {
      statement(ctx) {
        const name =
          nodeAs(ctx.node, 'CreateStmt')?.relation?.relname ??
          nodeAs(ctx.node, 'CreateTableAsStmt')?.into?.rel?.relname ??
          (nodeAs(ctx.node, 'RenameStmt')?.renameType === 'OBJECT_TABLE' ? nodeAs(ctx.node, 'RenameStmt')!.newname : undefined);
        if (!name || followsNamingPattern(name, pattern, { table: name }) !== false) return;
        ctx.report({ message: `Table name ${name} does not follow the naming convention: expected ${describeExpectation(pattern, { table: name })}.` });
      },
    };
  },
};
