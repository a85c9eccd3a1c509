import type { Finding } from '../../../src/report/model.js';
import { parsePolicyConfig, resolvePolicyConfig } from '../../../src/policy/policy-config.js';
import type { PolicyChangeSet, PolicyInput, PolicyStatement } from '../../../src/policy/policy-input.js';
import { runBuiltinRules } from '../../../src/policy/run-rules.js';
import { splitStatements } from '../../../src/sql/split-statements.js';

/** Changeset attributes a test may set; everything else gets a plausible default. */
export interface ChangeSetOptions {
  id?: string;
  author?: string;
  comment?: string;
  hasRollback?: boolean;
  runInTransaction?: boolean;
  changeTypes?: string[];
  /** Line of the changeset in its file; statements follow it. */
  line?: number;
}

let counter = 0;

/** Statements of `sql` as the engine would hand them over: one per statement, each with its line. */
export function statementsOf(sql: string, firstLine = 2): PolicyStatement[] {
  return splitStatements(sql).map((statement) => ({ sql: statement.sql, line: firstLine - 1 + statement.line }));
}

export function changeSet(sql: string, options: ChangeSetOptions = {}): PolicyChangeSet {
  const id = options.id ?? `cs-${++counter}`;
  const line = options.line ?? 1;
  return {
    ref: { id, author: options.author ?? 'jane.doe', filePath: 'db/changelog.sql', sourceFile: 'db/changelog.sql', line },
    changeTypes: options.changeTypes ?? ['sql'],
    hasRollback: options.hasRollback ?? true,
    runInTransaction: options.runInTransaction ?? true,
    ...(options.comment !== undefined ? { comment: options.comment } : {}),
    statements: statementsOf(sql, line + 1),
  };
}

export function policyInput(changeSets: PolicyChangeSet[], environment?: string): PolicyInput {
  return { dialect: 'postgresql', changeSets, ...(environment !== undefined ? { environment } : {}) };
}

/** Findings for changesets under a YAML configuration (default configuration when omitted). */
export async function check(changeSets: PolicyChangeSet | PolicyChangeSet[], configYaml?: string, environment?: string): Promise<Finding[]> {
  const list = Array.isArray(changeSets) ? changeSets : [changeSets];
  const config = resolvePolicyConfig(configYaml === undefined ? undefined : await parsePolicyConfig(configYaml, 'test.yaml'), environment);
  return runBuiltinRules(policyInput(list, environment), config);
}

/** The rule codes found, in order. */
export function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.rule);
}
