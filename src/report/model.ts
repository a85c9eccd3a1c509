/**
 * What the commands produce and the renderers (CLI text, JSON, PR comment, job summary, SARIF)
 * consume. Every command returns one of these results; it never throws for a failed changeset:
 * the caller decides how to show a partial run.
 */

export interface ChangeSetRef {
  id: string;
  author: string;
  /** FILENAME as in DATABASECHANGELOG. */
  filePath: string;
  /** The file and line where the changeset is written, for annotations. */
  sourceFile?: string;
  line?: number;
}

export type ChangeSetState =
  /** Not applied yet and would run. */
  | 'pending'
  /** Applied by this run (EXECUTED). */
  | 'executed'
  /** Re-applied by this run (runAlways / runOnChange: RERAN). */
  | 'reran'
  /** Recorded without running (precondition MARK_RAN, changelog-sync). */
  | 'markRan'
  /** Already applied before this run. */
  | 'applied'
  /** Filtered out (context, label, dbms, ignore) or skipped by a CONTINUE precondition. */
  | 'skipped'
  /** Failed in this run; nothing of it remains. */
  | 'failed'
  /** Not reached because an earlier changeset failed. */
  | 'notExecuted'
  /** Undone by a rollback in this run. */
  | 'rolledBack';

export interface StatementError {
  message: string;
  /** The statement that failed, when the failure came from the database. */
  statement?: string;
  /** SQLSTATE from the database. */
  code?: string;
  detail?: string;
  hint?: string;
}

export interface ChangeSetResult extends ChangeSetRef {
  description: string;
  comment?: string;
  /** v9 checksum (`9:…`). */
  checksum?: string;
  state: ChangeSetState;
  /** Why it was skipped / marked ran / failed, in one line. */
  reason?: string;
  /** The SQL it runs (or ran, or would run), statements in order, without the tracking statements. */
  sql: string[];
  contexts?: string;
  labels?: string;
  tag?: string;
  durationMs?: number;
  error?: StatementError;
}

export type CommandName =
  | 'update' | 'update-count' | 'update-to-tag' | 'update-sql' | 'status' | 'history' | 'validate'
  | 'rollback' | 'rollback-count' | 'rollback-to-date' | 'rollback-sql' | 'future-rollback-sql'
  | 'tag' | 'tag-exists' | 'changelog-sync' | 'mark-next-changeset-ran' | 'update-testing-rollback' | 'unexpected-changesets'
  | 'clear-checksums' | 'release-locks';

export interface RunResult {
  command: CommandName;
  /** Redacted database description. */
  database: string;
  changelog: string;
  ok: boolean;
  /** The failure that stopped the run, if any, in one line plus detail. */
  error?: { message: string; changeSet?: ChangeSetRef; detail?: StatementError };
  changeSets: ChangeSetResult[];
  /** For *-sql commands: the full script, tracking statements included. */
  script?: string;
  /** Whether changesets applied by this run were rolled back after a failure (apply action). */
  rolledBackAfterFailure?: boolean;
  durationMs: number;
}

export type Severity = 'error' | 'warning' | 'notice';

/** One policy-check finding, from a built-in rule or a Rego policy. */
export interface Finding {
  /** Stable rule code, e.g. `DB001`, or `rego:<package>` for a policy. */
  rule: string;
  severity: Severity;
  message: string;
  hint?: string;
  source: 'builtin' | 'rego' | 'parser';
  changeSet?: ChangeSetRef;
  /** The statement the finding is about. */
  statement?: string;
  /** Where to annotate: the changelog file and line. */
  file?: string;
  line?: number;
  /** Set when suppressed inline; suppressed findings are reported but never fail the check. */
  suppressed?: { reason: string };
}

export interface PolicyCheckResult {
  changelog: string;
  environment?: string;
  findings: Finding[];
  /** Changesets checked. */
  checked: ChangeSetRef[];
  ok: boolean;
  durationMs: number;
}

/** rollback-verify: apply, roll back, compare, per changeset. */
export interface RollbackVerification extends ChangeSetRef {
  description: string;
  status: 'verified' | 'mismatch' | 'error' | 'no-rollback' | 'skipped';
  /** What differs between the schema before the changeset and after its rollback. */
  differences?: string[];
  error?: StatementError;
}

export interface RollbackVerifyResult {
  changelog: string;
  ok: boolean;
  verifications: RollbackVerification[];
  durationMs: number;
}
