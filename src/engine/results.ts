import type { ChangeSet } from '../changelog/model.js';
import { ConfigurationError } from '../errors.js';
import type { ChangeSetResult, ChangeSetState, RunResult, StatementError } from '../report/model.js';
import { StatementFailure } from './statement-runner.js';

/** The parts of a changeset's result that do not depend on what happened to it. */
export function changeSetResult(changeSet: ChangeSet, state: ChangeSetState, extra: Partial<ChangeSetResult> = {}): ChangeSetResult {
  return {
    id: changeSet.id,
    author: changeSet.author,
    filePath: changeSet.filePath,
    sourceFile: changeSet.location.file,
    line: changeSet.location.line,
    description: '',
    comment: changeSet.comment,
    state,
    sql: [],
    ...extra,
  };
}

/** What the user needs from a failure: the message, and for database errors the statement and SQLSTATE. */
export function statementError(error: unknown): StatementError {
  if (error instanceof StatementFailure) {
    return {
      message: error.databaseError.message,
      statement: error.statement,
      code: error.databaseError.code,
      detail: error.databaseError.detail,
      hint: error.databaseError.hint,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A command's result before it runs; the command fills in changesets and the outcome. */
export function startResult(command: RunResult['command'], database: string, changelog: string): RunResult {
  return { command, database, changelog, ok: true, changeSets: [], durationMs: 0 };
}

/** Marks a result failed with an error that is not about one changeset (lock, validation, config). */
export function failResult(result: RunResult, error: unknown): RunResult {
  result.ok = false;
  const detail = statementError(error);
  result.error = { message: detail.message, detail: error instanceof ConfigurationError ? undefined : detail };
  return result;
}
