import type { ChangeSet, ChangeSetId } from '../changelog/model.js';
import type { SqlStatement } from '../changes/change-type.js';
import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../report/model.js';
import type { RanChangeSet } from '../tracking/tracking-tables.js';
import { changeSetFilter } from './changeset-filter.js';
import { changeSetDescription, rollbackStatements, sqlContextOf } from './changeset-sql.js';
import type { EngineContext } from './engine-context.js';
import { changeSetKey } from './plan-update.js';
import { changeSetResult, failResult, startResult, statementError } from './results.js';
import { DatabaseStatementRunner, ScriptStatementRunner, type StatementRunner } from './statement-runner.js';
import { openTrackingSession, readTrackingRows } from './tracking-session.js';

export type RollbackTarget =
  /** Everything applied after the row tagged with this tag. */
  | { tag: string }
  /** The last N applied changesets. */
  | { count: number }
  /** Changesets applied after this moment. */
  | { date: Date }
  /** Exactly these changesets (the apply action's rollback-on-failure). */
  | { changeSets: ChangeSetId[] };

export interface RollbackOptions {
  command?: RunResult['command'];
  /** Write the statements into `result.script` instead of running them (rollback-sql). */
  sqlOnly?: boolean;
}

/**
 * Undoes applied changesets, newest first, each in one transaction with the removal of its
 * tracking row. Every rollback is generated before anything runs: a changeset without a usable
 * rollback stops the command before it changes anything.
 */
export async function rollback(context: EngineContext, target: RollbackTarget, options: RollbackOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const result = startResult(options.command ?? (options.sqlOnly ? 'rollback-sql' : 'rollback'), context.db.displayName, context.changeLog.rootPath);
  const runner: StatementRunner = options.sqlOnly ? new ScriptStatementRunner(context.db) : new DatabaseStatementRunner(context.db);
  if (options.sqlOnly) runner.comment(`Rollback of ${context.changeLog.rootPath} against ${context.db.displayName}`);

  let session;
  try {
    session = await openTrackingSession(context, runner, { sqlOnly: options.sqlOnly ?? false });
  } catch (error) {
    failResult(result, error);
    result.durationMs = Date.now() - started;
    return result;
  }
  try {
    const rows = selectRows(session.ranChangeSets, target, context);
    const plans = await planRollbacks(context, rows);
    let halted = false;
    for (const plan of plans) {
      if (halted) {
        result.changeSets.push(changeSetResult(plan.changeSet, 'notExecuted'));
        continue;
      }
      const begun = Date.now();
      if (options.sqlOnly) runner.comment(`Rolling Back Changeset: ${plan.changeSet.filePath}::${plan.changeSet.id}::${plan.changeSet.author}`);
      try {
        const inTransaction = plan.changeSet.runInTransaction && !plan.statements.some((s) => s.nonTransactional || context.dialect.requiresAutocommit(s.sql));
        await runner.runChangeSet(plan.statements, [context.tracking.deleteRow(plan.row.id, plan.row.author, plan.row.filename)], inTransaction);
        result.changeSets.push(
          changeSetResult(plan.changeSet, 'rolledBack', { description: plan.description, sql: plan.statements.map((s) => s.sql), durationMs: Date.now() - begun, reason: plan.reason }),
        );
      } catch (error) {
        halted = true;
        const failed = changeSetResult(plan.changeSet, 'failed', { description: plan.description, sql: plan.statements.map((s) => s.sql), error: statementError(error), durationMs: Date.now() - begun });
        result.changeSets.push(failed);
        result.ok = false;
        result.error = { message: `Rollback of changeset ${plan.changeSet.filePath}::${plan.changeSet.id}::${plan.changeSet.author} failed: ${failed.error!.message}`, changeSet: failed, detail: failed.error };
      }
    }
  } catch (error) {
    failResult(result, error);
  } finally {
    try {
      await session.release();
    } catch (error) {
      if (result.ok) failResult(result, error);
    }
  }
  if (runner instanceof ScriptStatementRunner) result.script = runner.script;
  result.durationMs = Date.now() - started;
  return result;
}

/** The rollback SQL of changesets that are not applied yet, newest first (future-rollback-sql). */
export async function futureRollbackSql(context: EngineContext, options: { count?: number } = {}): Promise<RunResult> {
  const started = Date.now();
  const result = startResult('future-rollback-sql', context.db.displayName, context.changeLog.rootPath);
  const runner = new ScriptStatementRunner(context.db);
  runner.comment(`Rollback of the changesets of ${context.changeLog.rootPath} not yet applied to ${context.db.displayName}`);
  try {
    const ran = new Set((await readTrackingRows(context)).map((row) => changeSetKey(row.id, row.author, row.filename)));
    let pending = context.changeLog.changeSets.filter(
      (changeSet) => !ran.has(changeSetKey(changeSet.id, changeSet.author, changeSet.filePath)) && changeSetFilter(changeSet, context).included,
    );
    if (options.count !== undefined) pending = pending.slice(0, options.count);
    for (const changeSet of [...pending].reverse()) {
      const statements = await rollbackStatements(changeSet, context.changeLog, sqlContextOf(context));
      runner.comment(`Rolling Back Changeset: ${changeSet.filePath}::${changeSet.id}::${changeSet.author}`);
      await runner.runChangeSet(statements, [context.tracking.deleteRow(changeSet.id, changeSet.author, changeSet.filePath)], changeSet.runInTransaction);
      result.changeSets.push(changeSetResult(changeSet, 'pending', { description: changeSetDescription(changeSet), sql: statements.map((s) => s.sql) }));
    }
  } catch (error) {
    failResult(result, error);
  }
  result.script = runner.script;
  result.durationMs = Date.now() - started;
  return result;
}

interface RollbackPlan {
  row: RanChangeSet;
  changeSet: ChangeSet;
  statements: SqlStatement[];
  description: string;
  reason?: string;
}

/** Rows to undo, newest first. */
function selectRows(rows: RanChangeSet[], target: RollbackTarget, context: EngineContext): RanChangeSet[] {
  let selected: RanChangeSet[];
  if ('tag' in target) {
    // Liquibase's AfterTagChangeSetFilter (tag version OLDEST, the default): the rows after the
    // oldest row carrying the tag, except rows carrying the same tag again.
    const carriesTag = (row: RanChangeSet) => row.tag !== null && row.tag.toLowerCase() === target.tag.toLowerCase();
    const tagIndex = rows.findIndex(carriesTag);
    if (tagIndex < 0) throw new ConfigurationError(`Could not find tag '${target.tag}' in the database (DATABASECHANGELOG has no row with that TAG)`);
    selected = rows.slice(tagIndex + 1).filter((row) => !carriesTag(row));
    const tagRow = rows[tagIndex]!;
    // A changeset that only tags the database is undone with what follows it, unless it keeps its tag.
    if (tagRow.description?.trim() === 'tagDatabase' && !keepsTagOnRollback(tagRow, context)) selected.unshift(tagRow);
  } else if ('count' in target) {
    if (!Number.isInteger(target.count) || target.count < 0) throw new ConfigurationError(`--count must be a non-negative whole number, got ${target.count}`);
    selected = target.count === 0 ? [] : rows.slice(-target.count);
  } else if ('date' in target) {
    if (Number.isNaN(target.date.getTime())) throw new ConfigurationError('--date is not a valid date (use ISO 8601, e.g. 2026-11-24T10:00:00)');
    selected = rows.filter((row) => row.dateExecuted.getTime() > target.date.getTime());
  } else {
    const wanted = new Set(target.changeSets.map((id) => changeSetKey(id.id, id.author, id.filePath)));
    selected = rows.filter((row) => wanted.has(changeSetKey(row.id, row.author, row.filename)));
  }
  return [...selected].reverse();
}

function keepsTagOnRollback(row: RanChangeSet, context: EngineContext): boolean {
  const changeSet = findChangeSet(context, row);
  const tagChange = changeSet?.changes.find((change) => change.type === 'tagDatabase');
  return tagChange?.params.keepTagOnRollback === true;
}

/** Generates every rollback first, so a missing one fails the command before anything changes. */
async function planRollbacks(context: EngineContext, rows: RanChangeSet[]): Promise<RollbackPlan[]> {
  const plans: RollbackPlan[] = [];
  for (const row of rows) {
    const changeSet = findChangeSet(context, row);
    if (!changeSet) {
      throw new ConfigurationError(
        `Cannot roll back ${row.filename}::${row.id}::${row.author}: the changelog does not contain this changeset (was it removed or renamed?)`,
      );
    }
    if (row.execType === 'MARK_RAN') {
      // Nothing of it ran; only its row goes.
      plans.push({ row, changeSet, statements: [], description: changeSetDescription(changeSet), reason: 'was MARK_RAN: row removed, nothing to undo' });
      continue;
    }
    const statements = await rollbackStatements(changeSet, context.changeLog, sqlContextOf(context));
    plans.push({ row, changeSet, statements, description: changeSetDescription(changeSet) });
  }
  return plans;
}

function findChangeSet(context: EngineContext, row: RanChangeSet): ChangeSet | undefined {
  const key = changeSetKey(row.id, row.author, row.filename);
  return context.changeLog.changeSets.find((changeSet) => changeSetKey(changeSet.id, changeSet.author, changeSet.filePath) === key);
}
