import type { ChangeSet } from '../changelog/model.js';
import type { ChangeSetRef } from '../report/model.js';

/**
 * What policy-check looks at: the SQL each pending changeset will really run, with the
 * changeset's metadata. The engine builds it (generated SQL for the dialect plus raw SQL from
 * sql / sqlFile / formatted changesets); the built-in rules and the Rego policies both read it.
 */
export interface PolicyInput {
  /** Changesets in the order they would run. */
  changeSets: PolicyChangeSet[];
  /** The environment being checked (`dev`, `production`, ...): selects per-environment config. */
  environment?: string;
  /** Target database short name, e.g. `postgresql`. */
  dialect: string;
}

export interface PolicyChangeSet {
  ref: ChangeSetRef;
  /** Liquibase change type names in declared order, e.g. `['createTable', 'createIndex']`. */
  changeTypes: string[];
  /** True when the changeset has an explicit rollback block or every change can be undone automatically. */
  hasRollback: boolean;
  /** Whether dbops wraps the changeset in a transaction (Liquibase `runInTransaction`, default true). */
  runInTransaction: boolean;
  comment?: string;
  /** The context expression as written (own and inherited, joined with `and`). */
  contexts?: string;
  /** Labels as written (own and inherited, comma separated). */
  labels?: string;
  /** Statements in execution order. */
  statements: PolicyStatement[];
}

export interface PolicyStatement {
  sql: string;
  /** 1-based line of the statement's first character in `ref.sourceFile`, when it was written there. */
  line?: number;
}

/**
 * Builds the policy view of a changeset from the changelog model and the statements the engine
 * planned for it. `automaticRollback` says whether every change of it has an automatic inverse.
 *
 * @example
 * const input: PolicyInput = {
 *   dialect: 'postgresql',
 *   changeSets: [policyChangeSet(changeSet, [{ sql: 'DROP TABLE person' }], { automaticRollback: false })],
 * };
 */
export function policyChangeSet(
  changeSet: ChangeSet,
  statements: PolicyStatement[],
  options: { automaticRollback: boolean },
): PolicyChangeSet {
  const contexts = [...changeSet.inheritedContexts, ...(changeSet.contextFilter ? [changeSet.contextFilter] : [])];
  const labels = [...changeSet.inheritedLabels, ...changeSet.labels];
  return {
    ref: {
      id: changeSet.id,
      author: changeSet.author,
      filePath: changeSet.filePath,
      sourceFile: changeSet.location.file,
      ...(changeSet.location.line !== undefined ? { line: changeSet.location.line } : {}),
    },
    changeTypes: changeSet.changes.map((change) => change.type),
    hasRollback: changeSet.rollback !== undefined || options.automaticRollback,
    runInTransaction: changeSet.runInTransaction,
    ...(changeSet.comment !== undefined ? { comment: changeSet.comment } : {}),
    ...(contexts.length ? { contexts: contexts.map((c) => (contexts.length > 1 ? `(${c})` : c)).join(' and ') } : {}),
    ...(labels.length ? { labels: labels.join(',') } : {}),
    statements,
  };
}

/**
 * The document Rego policies receive as `input` (see docs/policy-check.md). Plain JSON: no
 * undefined values, every statement terminated by `;` so that policies can match whole statements.
 */
export interface RegoInput {
  dialect: string;
  environment: string | null;
  /** Every statement of every changeset, in execution order. */
  sqlStatements: string[];
  changeSets: RegoChangeSet[];
}

export interface RegoChangeSet {
  id: string;
  author: string;
  filePath: string;
  sourceFile: string | null;
  line: number | null;
  changeTypes: string[];
  hasRollback: boolean;
  runInTransaction: boolean;
  comment: string | null;
  contexts: string | null;
  labels: string | null;
  /** This changeset's statements, each ending in `;`. */
  sqlStatements: string[];
  /** The same statements with their source lines. */
  statements: Array<{ sql: string; line: number | null }>;
}

/** Derives the Rego `input` document from the policy input. */
export function toRegoInput(input: PolicyInput): RegoInput {
  const changeSets = input.changeSets.map((cs): RegoChangeSet => {
    const statements = cs.statements.map((s) => ({ sql: terminateStatement(s.sql), line: s.line ?? null }));
    return {
      id: cs.ref.id,
      author: cs.ref.author,
      filePath: cs.ref.filePath,
      sourceFile: cs.ref.sourceFile ?? null,
      line: cs.ref.line ?? null,
      changeTypes: [...cs.changeTypes],
      hasRollback: cs.hasRollback,
      runInTransaction: cs.runInTransaction,
      comment: cs.comment ?? null,
      contexts: cs.contexts ?? null,
      labels: cs.labels ?? null,
      sqlStatements: statements.map((s) => s.sql),
      statements,
    };
  });
  return {
    dialect: input.dialect,
    environment: input.environment ?? null,
    sqlStatements: changeSets.flatMap((cs) => cs.sqlStatements),
    changeSets,
  };
}

/**
 * Trims and ends the statement with `;`. When the last line may be a `--` comment the
 * terminator goes on its own line, or it would be commented out.
 */
export function terminateStatement(sql: string): string {
  const trimmed = sql.trim();
  if (trimmed.endsWith(';')) return trimmed;
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return lastLine.includes('--') ? `${trimmed}\n;` : `${trimmed};`;
}
