import { statementTables } from '../statement-tables.js';
import type { Rule } from '../rule.js';

/** Groups names connected by appearing in the same statement (union-find). */
function connectedGroups(statements: string[][]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const tables of statements) {
    for (const t of tables) if (!parent.has(t)) parent.set(t, t);
    for (const t of tables.slice(1)) parent.set(find(t), find(tables[0]!));
  }
  const groups = new Map<string, string[]>();
  for (const t of parent.keys()) {
    const root = find(t);
    const group = groups.get(root);
    if (group) group.push(t);
    else groups.set(root, [t]);
  }
  return [...groups.values()];
}

export const unrelatedChanges: Rule = {
  code: 'DB704',
  name: 'unrelated-changes',
  family: 'hygiene',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'One changeset changes tables that are unrelated to each other.',
  hint: 'Split the changeset: one changeset per logical change.',
  why:
    'A changeset is the unit of deployment, rollback and review. Unrelated changes in one changeset roll back ' +
    'together, fail together, and hide each other in review.',
  fix: 'Put each change in its own changeset. Statements on the same table, or on tables joined by a foreign key, count as related.',
  examples: {
    triggers: {
      sql: 'CREATE TABLE invoice (id bigint PRIMARY KEY);\nALTER TABLE person ADD COLUMN nickname text;',
      changeSet: { changeTypes: ['createTable', 'addColumn'] },
    },
    nearMiss: {
      sql: 'CREATE TABLE invoice (id bigint PRIMARY KEY, person_id bigint REFERENCES person (id));\nCREATE INDEX idx_invoice_person_id ON invoice (person_id);',
      changeSet: { changeTypes: ['createTable', 'createIndex'] },
    },
  },
  peers: { squawk: [], bytebase: ['STATEMENT_MERGE_ALTER_TABLE'], atlas: [] },
  kinds: [],
  create: () => ({
    changeSetEnd(ctx) {
      const groups = connectedGroups(ctx.units.map((u) => statementTables(u.unit)).filter((t) => t.length));
      if (groups.length < 2) return;
      ctx.report({ message: `Changeset changes ${groups.length} unrelated groups of tables: ${groups.map((g) => g.join(', ')).join('; ')}.` });
    },
  }),
};
