import type { Node } from 'libpg-query';
import type { Severity } from '../report/model.js';
import type { SchemaTimeline } from './schema-timeline.js';
import type { ParsedChangeSet, SqlUnit } from './sql-parser.js';
import type { PolicyStatement } from './policy-input.js';

/**
 * The contract of a built-in rule: its metadata (code, default severity, documentation, the
 * peer tools' equivalents) and the hooks the runner calls while it walks the changesets.
 */

export type RuleFamily =
  | 'parser'
  | 'destructive'
  | 'backward-incompatible'
  | 'data-dependent'
  | 'locking'
  | 'types'
  | 'naming'
  | 'hygiene';

export const RULE_FAMILIES: readonly RuleFamily[] = [
  'parser',
  'destructive',
  'backward-incompatible',
  'data-dependent',
  'locking',
  'types',
  'naming',
  'hygiene',
];

export type RuleOptionType = 'boolean' | 'string' | 'string-list' | 'naming-pattern' | 'enum';

/** One configurable option, documented from this description. */
export interface RuleOptionSpec {
  type: RuleOptionType;
  default: unknown;
  description: string;
  /** For `enum`. */
  values?: readonly string[];
}

/** A documented example: SQL of one changeset, optionally with changeset metadata and rule options. */
export interface RuleExample {
  sql: string;
  /** Changeset attributes that matter for the example (author, comment, hasRollback, ...). */
  changeSet?: {
    author?: string;
    comment?: string;
    hasRollback?: boolean;
    runInTransaction?: boolean;
    changeTypes?: string[];
  };
  options?: Record<string, unknown>;
  /** One line saying what the example shows. */
  note?: string;
}

export interface RuleMeta {
  /** Stable code, e.g. `DB101`. Never reused. */
  code: string;
  /** Kebab-case name, usable in configuration and suppressions in place of the code. */
  name: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  /** Opt-in rules are off unless the configuration enables them. */
  enabledByDefault: boolean;
  /** One line: what the rule flags. */
  summary: string;
  /** One line: how to fix it (shown with every finding). */
  hint: string;
  /** Docs: why it matters (Markdown). */
  why: string;
  /** Docs: how to fix it, in more detail than the hint (Markdown). */
  fix: string;
  examples: { triggers: RuleExample; nearMiss: RuleExample };
  /** The rules of the peer tools that look for the same thing. */
  peers: { squawk: readonly string[]; bytebase: readonly string[]; atlas: readonly string[] };
  options?: Record<string, RuleOptionSpec>;
}

/** A statement as the rules see it: the parsed unit and where it came from. */
export interface StatementRef {
  unit: SqlUnit;
  statement: PolicyStatement;
  /** Index of the unit within the changeset's units. */
  unitIndex: number;
}

export interface Report {
  message: string;
  /** Overrides the rule's hint for this finding. */
  hint?: string;
  /** The statement the finding is about; defaults to the current one (none at changeset level). */
  at?: StatementRef;
}

interface BaseContext {
  readonly changeSet: ParsedChangeSet;
  readonly changeSetIndex: number;
  /** Every parsed statement of the changeset, in order. */
  readonly units: readonly StatementRef[];
  /** State of the set before the current statement (or after the changeset, at changeset end). */
  readonly timeline: SchemaTimeline;
  report(report: Report): void;
  /**
   * Records that the rule deliberately did not flag something a stricter tool would, with a
   * stable reason key (`created-in-set`, ...). Used to explain differences from peer tools.
   */
  exempt(reason: string, at?: StatementRef): void;
}

export interface StatementContext extends BaseContext {
  readonly current: StatementRef;
  readonly node: Node;
}

export type ChangeSetContext = BaseContext;

export interface EndContext {
  readonly changeSets: readonly ParsedChangeSet[];
  readonly units: ReadonlyArray<readonly StatementRef[]>;
  readonly timeline: SchemaTimeline;
  report(report: Report & { changeSetIndex: number }): void;
}

/** What a rule does during one run; created fresh per run so rules may keep state. */
export interface RuleVisitor {
  /** Called for each statement whose node type is in `Rule.kinds` (every statement when `kinds` is `'*'`). */
  statement?(ctx: StatementContext): void;
  /** Called after the last statement of each changeset. */
  changeSetEnd?(ctx: ChangeSetContext): void;
  /** Called once after every changeset. */
  end?(ctx: EndContext): void;
}

export interface Rule extends RuleMeta {
  /** AST node types the statement hook wants, e.g. `['AlterTableStmt']`; `'*'` for all. */
  kinds: readonly string[] | '*';
  create(options: Readonly<Record<string, unknown>>): RuleVisitor;
}
