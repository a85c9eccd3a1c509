import type { ParsedNode, Scalar } from '../model.js';
import type { WritableChangeSet } from './writable-changeset.js';

/** The SQL one change runs, statements in order (from its change-type module). */
export type SqlForChange = (node: ParsedNode, changeSet: WritableChangeSet) => string[] | Promise<string[]>;

export const FORMATTED_SQL_HEADER = '-- liquibase formatted sql';

/**
 * A formatted SQL changelog: `-- liquibase formatted sql`, then per changeset its
 * `-- changeset author:id` line, `-- comment:`, the SQL of its changes and `-- rollback` lines.
 * Without an explicit rollback, the automatic one (`inverse`) is written out, since formatted SQL
 * has none of its own. Bodies holding `;` inside a statement (functions) turn statement splitting
 * off for the changeset.
 *
 * @example
 * await writeFormattedSqlChangelog(changeSets, { sqlFor: (node) => sqlOf(node) });
 */
export async function writeFormattedSqlChangelog(changeSets: WritableChangeSet[], options: { sqlFor: SqlForChange }): Promise<string> {
  const blocks = [FORMATTED_SQL_HEADER];
  for (const changeSet of changeSets) blocks.push(await formattedSqlChangeSet(changeSet, options.sqlFor));
  return `${blocks.join('\n\n')}\n`;
}

export async function formattedSqlChangeSet(changeSet: WritableChangeSet, sqlFor: SqlForChange): Promise<string> {
  const body = await statementsOf(changeSet.changes, changeSet, sqlFor);
  const rollbackNodes = changeSet.rollback ?? changeSet.inverse;
  const rollback = rollbackNodes === undefined ? undefined : await statementsOf(rollbackNodes, changeSet, sqlFor);

  // The SQL is written out already quoted: a quoting strategy means nothing in this format.
  const { objectQuotingStrategy: _, ...attributes }: Record<string, Scalar> = { ...changeSet.attributes };
  if (body.some(needsWholeText)) attributes.splitStatements = false;
  if (rollback?.some(needsWholeText)) attributes.rollbackSplitStatements = false;
  const head = [`-- changeset ${quoted(changeSet.author, /[\s:"]/)}:${quoted(changeSet.id, /[\s"]/)}`];
  for (const [key, value] of Object.entries(attributes)) if (value !== null) head.push(`${key}:${quoted(String(value), /[\s"]/)}`);

  const lines = [head.join(' ')];
  if (changeSet.comment) lines.push(`-- comment: ${changeSet.comment.replace(/\s*\n\s*/g, ' ')}`);
  lines.push(...body.map((statement) => `${statement};`));
  if (rollback !== undefined) {
    if (rollback.length === 0) lines.push('-- rollback empty');
    else if (rollback.some((s) => s.includes('\n') || s.includes('*/'))) {
      lines.push('/* liquibase rollback', ...rollback.map((s) => `${s};`), '*/');
    } else lines.push(...rollback.map((s) => `-- rollback ${s};`));
  }
  return lines.join('\n');
}

async function statementsOf(nodes: ParsedNode[], changeSet: WritableChangeSet, sqlFor: SqlForChange): Promise<string[]> {
  const statements: string[] = [];
  for (const node of nodes) {
    for (const sql of await sqlFor(node, changeSet)) {
      const statement = sql.trim().replace(/;\s*$/, '').trimEnd();
      if (statement) statements.push(statement);
    }
  }
  return statements;
}

/** A statement Liquibase's splitter would cut: a `;` or a dollar-quoted body inside it. */
function needsWholeText(statement: string): boolean {
  return statement.includes(';') || /\$[A-Za-z_]*\$/.test(statement);
}

function quoted(value: string, needsQuotes: RegExp): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '')}"` : value;
}
