import type { ChangeSet, PreconditionContainer } from '../changelog/model.js';
import type { SqlStatement } from '../changes/change-type.js';
import { outputMessage } from '../changes/output.js';
import { ConfigurationError } from '../errors.js';
import type { ChangeSetResult, RunResult } from '../report/model.js';
import { truncateColumn, type RanChangeSet, type TrackingRow } from '../tracking/tracking-tables.js';
import { contextsColumnValue as contextsColumn } from '../changelog/context-expression.js';
import { labelsColumnValue as labelsColumn } from '../changelog/label-expression.js';
import { changeSetDescription, changeSetStatements, changeSetTag, sqlContextOf } from './changeset-sql.js';
import { checkChangeLogPreconditions, validationError, validationProblems } from './validate-changelog.js';
import type { EngineContext } from './engine-context.js';
import { planUpdate, type PlannedChangeSet, type UpdatePlan } from './plan-update.js';
import { evaluatePreconditions, type PreconditionOutcome } from './preconditions.js';
import { changeSetResult, failResult, startResult, statementError } from './results.js';
import { ChangeSetBatch, notRun, type BatchItem, type BatchOutcome } from './changeset-batch.js';
import { DatabaseStatementRunner, ScriptStatementRunner, type StatementRunner } from './statement-runner.js';
import { openTrackingSession, readTrackingState, type TrackingSession } from './tracking-session.js';

export interface UpdateOptions {
  command?: 'update' | 'update-count' | 'update-to-tag' | 'update-sql' | 'changelog-sync';
  /** Apply only the next N pending changesets. */
  count?: number;
  /** Apply up to and including the changeset that tags the database with this tag. */
  toTag?: string;
  /** Write the statements into `result.script` instead of running them (update-sql). */
  sqlOnly?: boolean;
  /** Record pending changesets as EXECUTED without running them (changelog-sync). */
  syncOnly?: boolean;
}

/**
 * Applies the pending changesets. Never throws: a failure is reported in the result, with the
 * changeset, the statement and what the database said. Each changeset commits together with its
 * tracking row, so a failed or interrupted run leaves no half-applied changeset behind.
 */
export async function update(context: EngineContext, options: UpdateOptions = {}): Promise<RunResult> {
  const started = Date.now();
  const command = options.command ?? (options.sqlOnly ? 'update-sql' : options.syncOnly ? 'changelog-sync' : options.count !== undefined ? 'update-count' : options.toTag ? 'update-to-tag' : 'update');
  const result = startResult(command, context.db.displayName, context.changeLog.rootPath);
  const runner: StatementRunner = options.sqlOnly ? new ScriptStatementRunner(context.db) : new DatabaseStatementRunner(context.db);
  if (options.sqlOnly) runner.comment(`${command} of ${context.changeLog.rootPath} against ${context.db.displayName}`);

  let session: TrackingSession | undefined;
  let skippedFiles: Set<string>;
  let upToDate: { plan: UpdatePlan; rows: RanChangeSet[] } | undefined;
  let batches: BatchedChangeSets | undefined;
  try {
    const problems = validationProblems(context);
    if (problems.length > 0) throw validationError(problems);
    const before = await readTrackingState(context);
    // Changelog preconditions are checked before anything is created or locked: a changelog
    // written for another database is rejected without touching this one.
    skippedFiles = await checkChangeLogPreconditions(context, before.rows, options);
    // As Liquibase, an update with nothing to run and no checksum to rewrite returns without
    // taking the lock (so it does not wait for, or fail on, another process's lock).
    if (!options.sqlOnly && before.changelogTable) {
      const plan = await planUpdate(context, before.rows);
      if (plan.mismatches.length === 0 && !plan.entries.some((entry) => entry.upgradeChecksum) && selectChangeSets(plan, options).size === 0) {
        upToDate = { plan, rows: before.rows };
      }
    }
    if (!upToDate) session = await openTrackingSession(context, runner, { sqlOnly: options.sqlOnly ?? false, seen: before });
  } catch (error) {
    failResult(result, error);
    result.durationMs = Date.now() - started;
    return result;
  }
  try {
    const ranChangeSets = session?.ranChangeSets ?? upToDate!.rows;
    const plan = upToDate?.plan ?? (await planUpdate(context, ranChangeSets));
    if (plan.mismatches.length > 0) throw checksumValidationError(plan);
    const selected = selectChangeSets(plan, options);

    for (const entry of plan.entries) {
      if (entry.upgradeChecksum && entry.ran) {
        if (entry.ran.md5sum && !options.sqlOnly) {
          context.logger.info(`Upgrading checksum for Changeset ${entry.ran.filename}::${entry.ran.id}::${entry.ran.author} from ${entry.ran.md5sum} to ${entry.checksum}.`);
        }
        await runner.run(context.tracking.updateChecksum(entry.ran.id, entry.ran.author, entry.ran.filename, entry.checksum));
      }
    }

    const run = new RunState(context, runner, ranChangeSets, options, started);
    const total = selected.size;
    const reportBatch = (outcome: BatchOutcome) => {
      for (const item of [...outcome.committed, ...(outcome.failed ? [outcome.failed] : [])]) {
        context.onProgress?.({ kind: 'start', index: item.index, total, changeSet: item.result });
        context.onProgress?.({ kind: 'end', index: item.index, total, result: item.result });
      }
      if (outcome.failed) {
        run.halted = true;
        const failed = outcome.failed.result;
        result.ok = false;
        result.error = { message: `Changeset ${failed.filePath}::${failed.id}::${failed.author} failed: ${failed.error?.message ?? 'unknown error'}`, changeSet: failed, detail: failed.error };
      }
    };
    // Plain changesets go to the database in batches (one round trip each), when running for real.
    batches = runner instanceof DatabaseStatementRunner ? new BatchedChangeSets(new ChangeSetBatch(context.db, context.tracking, run.deploymentId), result, reportBatch) : undefined;
    // Entries from here on get the results of a stopped run.
    let stoppedAt = plan.entries.length;
    // Changesets run so far (executed, reran, markRan, failed): the progress index, kept as a count.
    let ranSoFar = 0;
    for (let i = 0; i < plan.entries.length; i++) {
      const entry = plan.entries[i]!;
      const { changeSet } = entry;
      if (entry.action === 'ran') {
        result.changeSets.push(changeSetResult(changeSet, 'applied', { checksum: entry.checksum, description: entry.ran?.description ?? '' }));
        continue;
      }
      if (entry.action === 'skip') {
        result.changeSets.push(changeSetResult(changeSet, 'skipped', { checksum: entry.checksum, reason: entry.reason }));
        continue;
      }
      if (!selected.has(entry)) {
        result.changeSets.push(changeSetResult(changeSet, 'pending', { checksum: entry.checksum }));
        continue;
      }
      if (skippedFiles.has(changeSet.physicalPath)) {
        result.changeSets.push(changeSetResult(changeSet, 'skipped', { checksum: entry.checksum, reason: 'changelog preconditions failed (CONTINUE)' }));
        continue;
      }
      const index = ranSoFar + 1;
      if (batches && run.batchable(entry)) {
        const item = await run.prepare(entry, index);
        if (item) {
          ranSoFar = index;
          if (await batches.add(item, i + 1)) continue;
          stoppedAt = batches.stoppedAt;
          break;
        }
      }
      if (batches && !(await batches.drain(i))) {
        stoppedAt = batches.stoppedAt;
        break;
      }
      context.onProgress?.({ kind: 'start', index, total, changeSet });
      const changeSetOutcome = await run.execute(entry);
      result.changeSets.push(changeSetOutcome);
      if (changeSetOutcome.state === 'executed' || changeSetOutcome.state === 'reran' || changeSetOutcome.state === 'markRan' || changeSetOutcome.state === 'failed') ranSoFar = index;
      context.onProgress?.({ kind: 'end', index, total, result: changeSetOutcome });
      if (changeSetOutcome.state === 'failed') {
        result.ok = false;
        result.error = {
          message: `Changeset ${changeSet.filePath}::${changeSet.id}::${changeSet.author} failed: ${changeSetOutcome.error?.message ?? 'unknown error'}`,
          changeSet: changeSetOutcome,
          detail: changeSetOutcome.error,
        };
      }
      if (run.halted) {
        stoppedAt = i + 1;
        break;
      }
    }
    if (!run.halted && batches && !(await batches.drain(plan.entries.length))) stoppedAt = batches.stoppedAt;
    for (const entry of plan.entries.slice(stoppedAt)) {
      result.changeSets.push(changeSetResult(entry.changeSet, entry.action === 'ran' ? 'applied' : entry.action === 'skip' ? 'skipped' : 'notExecuted', { checksum: entry.checksum }));
    }
    if (run.stopMessage && result.ok) {
      result.ok = false;
      result.error = { message: run.stopMessage };
    }
  } catch (error) {
    await batches?.abandon();
    failResult(result, error);
  } finally {
    try {
      await session?.release();
    } catch (error) {
      if (result.ok) failResult(result, error);
    }
  }
  if (runner instanceof ScriptStatementRunner) result.script = runner.script;
  result.durationMs = Date.now() - started;
  return result;
}

/**
 * A run's plain changesets on their way to the database. A batch is sent without waiting for it:
 * the next one is prepared while the database applies it, and sent once it has committed (see
 * ChangeSetBatch). If it failed, the run stops where it was sent: the results gathered since are
 * dropped, and the run goes on from there as a run that had waited for it would.
 */
class BatchedChangeSets {
  /** Where the batch in flight was sent: the entry after its last changeset, and the results then. */
  private sentAt = { entry: 0, results: 0 };
  /** Once a batch failed: the entry from which the run lists changesets as a stopped run does. */
  stoppedAt = 0;

  constructor(
    private readonly batch: ChangeSetBatch,
    private readonly result: RunResult,
    private readonly report: (outcome: BatchOutcome) => void,
  ) {}

  /**
   * Adds a prepared changeset (entry `next - 1`); a full batch is sent once the one before it has
   * committed. False when that one failed: the run stops.
   */
  async add(item: BatchItem, next: number): Promise<boolean> {
    this.result.changeSets.push(item.result);
    this.batch.add(item);
    if (!this.batch.full) return true;
    if (!(await this.settle())) return false;
    this.send(next);
    return true;
  }

  /** Sends what is gathered and waits until everything sent has committed; false when something failed. */
  async drain(next: number): Promise<boolean> {
    if (!(await this.settle())) return false;
    if (this.batch.size === 0) return true;
    this.send(next);
    return this.settle();
  }

  /** After an error outside any changeset: what is in flight may commit, so it is waited for and reported; what was only prepared never ran. */
  async abandon(): Promise<void> {
    try {
      const outcome = await this.batch.settle();
      if (outcome) this.report(outcome);
    } catch {
      // The error being reported already says the connection failed.
    }
    notRun(this.batch.discard());
  }

  private send(next: number): void {
    this.sentAt = { entry: next, results: this.result.changeSets.length };
    this.batch.send();
  }

  private async settle(): Promise<boolean> {
    const outcome = await this.batch.settle();
    if (!outcome) return true;
    this.report(outcome);
    if (!outcome.failed) return true;
    this.batch.discard();
    this.result.changeSets.length = this.sentAt.results;
    this.stoppedAt = this.sentAt.entry;
    return false;
  }
}

/** Per-run state: ORDEREXECUTED counter, deployment id, whether the run stopped. */
class RunState {
  private orderExecuted: number;
  readonly deploymentId: string;
  halted = false;
  stopMessage?: string;

  /** Rows before the run plus those this run wrote (the changeSetExecuted precondition sees both). */
  private readonly ranChangeSets: RanChangeSet[];

  constructor(
    private readonly context: EngineContext,
    private readonly runner: StatementRunner,
    ranBefore: RanChangeSet[],
    private readonly options: UpdateOptions,
    started: number,
  ) {
    this.ranChangeSets = [...ranBefore];
    // Liquibase reads MAX(ORDEREXECUTED) once per run and counts up in memory.
    this.orderExecuted = ranBefore.reduce((max, row) => Math.max(max, row.orderExecuted), 0);
    // One DEPLOYMENT_ID per run: the last 10 digits of its start in epoch milliseconds.
    this.deploymentId = String(started).slice(-10);
  }

  async execute(entry: PlannedChangeSet): Promise<ChangeSetResult> {
    const { changeSet } = entry;
    const started = Date.now();
    const base = { checksum: entry.checksum, contexts: contextsColumn(changeSet) ?? undefined, labels: labelsColumn(changeSet) ?? undefined, tag: changeSetTag(changeSet) ?? undefined };
    let description = '';
    try {
      description = changeSetDescription(changeSet);
      if (!this.options.syncOnly && changeSet.preconditions) {
        const outcome = await this.checkPreconditions(changeSet.preconditions);
        const action = outcome.status === 'failed' ? changeSet.preconditions.onFail : outcome.status === 'error' ? changeSet.preconditions.onError : undefined;
        if (outcome.status !== 'passed' && action) {
          const message = (outcome as { message: string }).message;
          switch (action) {
            case 'HALT':
              this.halted = true;
              return changeSetResult(changeSet, 'failed', { ...base, description, reason: 'precondition failed (HALT)', error: { message: `Preconditions failed: ${message}` } });
            case 'CONTINUE':
              return changeSetResult(changeSet, 'skipped', { ...base, description, reason: `precondition failed (CONTINUE): ${message}` });
            case 'MARK_RAN':
              await this.record(entry, 'MARK_RAN', description, []);
              return changeSetResult(changeSet, 'markRan', { ...base, description, reason: `precondition failed (MARK_RAN): ${message}`, durationMs: Date.now() - started });
            case 'WARN':
              this.context.logger.warn(`Changeset ${changeSet.id}::${changeSet.author}: precondition failed, running anyway (WARN): ${message}`);
              break;
          }
        }
      }

      const stop = changeSet.changes.find((change) => change.type === 'stop');
      if (stop && !this.options.syncOnly) {
        this.halted = true;
        this.stopMessage = `Stopped by the stop change in changeset ${changeSet.id}::${changeSet.author}: ${String(stop.params.message ?? 'Stop command in changelog file')}`;
        return changeSetResult(changeSet, 'notExecuted', { ...base, description, reason: this.stopMessage });
      }
      this.emitOutput(changeSet);

      const statements = this.options.syncOnly ? [] : await changeSetStatements(changeSet, { ...sqlContextOf(this.context), script: this.options.sqlOnly });
      const execType = this.options.syncOnly ? 'EXECUTED' : entry.action === 'rerun' ? 'RERAN' : 'EXECUTED';
      await this.record(entry, execType, description, statements);
      return changeSetResult(changeSet, entry.action === 'rerun' ? 'reran' : 'executed', {
        ...base,
        description,
        reason: entry.reason,
        sql: statements.map((s) => s.sql),
        durationMs: Date.now() - started,
      });
    } catch (error) {
      if (!changeSet.failOnError) {
        this.context.logger.warn(`Changeset ${changeSet.id}::${changeSet.author} failed and has failOnError=false: ${statementError(error).message}`);
        return changeSetResult(changeSet, 'skipped', { ...base, description, reason: 'failed with failOnError=false (not recorded)', error: statementError(error), durationMs: Date.now() - started });
      }
      this.halted = true;
      return changeSetResult(changeSet, 'failed', { ...base, description, error: statementError(error), durationMs: Date.now() - started });
    }
  }

  /**
   * Whether a changeset can go in a batch: nothing has to be checked or run between it and the one
   * before (no preconditions, no program, no output, no stop), and a failure stops the run.
   */
  batchable(entry: PlannedChangeSet): boolean {
    const { changeSet } = entry;
    return (
      !this.options.sqlOnly &&
      changeSet.runInTransaction &&
      changeSet.failOnError &&
      (this.options.syncOnly === true || !changeSet.preconditions) &&
      !changeSet.changes.some((change) => change.type === 'stop' || change.type === 'output' || change.type === 'executeCommand')
    );
  }

  /**
   * A batchable changeset's statements, tracking statement and result (as it will be if the batch
   * commits); undefined when its SQL is not plain after all (then it runs on its own).
   */
  async prepare(entry: PlannedChangeSet, index: number): Promise<BatchItem | undefined> {
    const { changeSet } = entry;
    let statements: SqlStatement[];
    let description: string;
    try {
      description = changeSetDescription(changeSet);
      statements = this.options.syncOnly ? [] : await changeSetStatements(changeSet, sqlContextOf(this.context));
    } catch {
      return undefined; // execute() reports it
    }
    if (statements.some((s) => s.command || s.deferred || s.nonTransactional || this.context.dialect.requiresAutocommit(s.sql))) return undefined;
    const execType = this.options.syncOnly ? 'EXECUTED' : entry.action === 'rerun' ? 'RERAN' : 'EXECUTED';
    const tracking = this.trackingStatements(entry, execType, description);
    const result = changeSetResult(changeSet, entry.action === 'rerun' && !this.options.syncOnly ? 'reran' : 'executed', {
      checksum: entry.checksum,
      contexts: contextsColumn(changeSet) ?? undefined,
      labels: labelsColumn(changeSet) ?? undefined,
      tag: changeSetTag(changeSet) ?? undefined,
      description,
      reason: entry.reason,
      sql: statements.map((s) => s.sql),
    });
    return { result, statements: statements.map((s) => s.sql), tracking, index };
  }

  private async record(entry: PlannedChangeSet, execType: TrackingRow['execType'], description: string, statements: SqlStatement[]): Promise<void> {
    const { changeSet } = entry;
    const tracking = this.trackingStatements(entry, execType, description);
    const inTransaction = changeSet.runInTransaction && !statements.some((s) => s.nonTransactional || this.context.dialect.requiresAutocommit(s.sql));
    if (this.options.sqlOnly) this.runner.comment(`Changeset ${changeSet.filePath}::${changeSet.id}::${changeSet.author}`);
    try {
      await this.runner.runChangeSet(statements, tracking, inTransaction);
    } catch (error) {
      this.unrecord(entry);
      throw error;
    }
  }

  /**
   * The tracking statement of a changeset about to run, counted in ORDEREXECUTED and seen by later
   * changeSetExecuted preconditions.
   */
  private trackingStatements(entry: PlannedChangeSet, execType: TrackingRow['execType'], description: string): string[] {
    const { changeSet } = entry;
    const row: TrackingRow = {
      id: changeSet.id,
      author: changeSet.author,
      filename: changeSet.filePath,
      orderExecuted: this.orderExecuted + 1,
      execType,
      md5sum: entry.checksum,
      description,
      comments: truncateColumn(changeSet.comment?.trim() ?? ''),
      tag: changeSetTag(changeSet),
      contexts: contextsColumn(changeSet),
      labels: labelsColumn(changeSet),
      deploymentId: this.deploymentId,
    };
    this.orderExecuted += 1;
    this.ranChangeSets.push({ ...row, dateExecuted: new Date(), liquibase: null });
    return entry.action === 'rerun' && entry.ran && execType !== 'MARK_RAN'
      ? [this.context.tracking.updateRerun(row, entry.ran.filename)]
      : [this.context.tracking.insertRow(row)];
  }

  /** A changeset that did not run after all gives back its ORDEREXECUTED and its place. */
  private unrecord(entry: PlannedChangeSet): void {
    this.orderExecuted -= 1;
    const i = this.ranChangeSets.findIndex((row) => row.id === entry.changeSet.id && row.author === entry.changeSet.author && row.filename === entry.changeSet.filePath && row.deploymentId === this.deploymentId);
    if (i >= 0) this.ranChangeSets.splice(i, 1);
  }

  private async checkPreconditions(container: PreconditionContainer): Promise<PreconditionOutcome> {
    if (this.options.sqlOnly && container.onSqlOutput !== 'TEST') {
      if (container.onSqlOutput === 'FAIL') return { status: 'error', message: 'preconditions cannot be checked under update-sql (onSqlOutput=FAIL)' };
      return { status: 'passed' };
    }
    return evaluatePreconditions(container, {
      db: this.context.db,
      dbms: this.context.dialect.name,
      defaultSchema: this.context.dialect.defaultSchema,
      ranChangeSets: this.ranChangeSets,
      properties: this.context.properties,
    });
  }

  private emitOutput(changeSet: ChangeSet): void {
    for (const change of changeSet.changes) {
      if (change.type !== 'output') continue;
      const { message, target } = outputMessage(change.params);
      if (this.options.sqlOnly) this.runner.comment(message);
      else if (target === 'WARN') this.context.logger.warn(message);
      else this.context.logger.info(message);
    }
  }
}

/** Which of the runnable changesets this command applies (all, the next N, or up to a tag). */
function selectChangeSets(plan: UpdatePlan, options: UpdateOptions): Set<PlannedChangeSet> {
  const runnable = plan.entries.filter((entry) => entry.action === 'run' || entry.action === 'rerun');
  if (options.count !== undefined) {
    if (!Number.isInteger(options.count) || options.count < 0) throw new ConfigurationError(`--count must be a non-negative whole number, got ${options.count}`);
    return new Set(runnable.slice(0, options.count));
  }
  if (options.toTag !== undefined) {
    const tagIndex = plan.entries.findIndex((entry) => changeSetTag(entry.changeSet) === options.toTag);
    if (tagIndex < 0) throw new ConfigurationError(`The tag '${options.toTag}' is not set by any tagDatabase change in the changelog`);
    const upTo = new Set(plan.entries.slice(0, tagIndex + 1));
    return new Set(runnable.filter((entry) => upTo.has(entry)));
  }
  return new Set(runnable);
}

function checksumValidationError(plan: UpdatePlan): ConfigurationError {
  const lines = plan.mismatches.map(
    (m) => `  ${m.changeSet.filePath}::${m.changeSet.id}::${m.changeSet.author} (${m.changeSet.location.file}${m.changeSet.location.line ? `:${m.changeSet.location.line}` : ''}) was: ${m.stored} but is now: ${m.current}`,
  );
  return new ConfigurationError(
    `Validation failed: ${plan.mismatches.length} changeset${plan.mismatches.length === 1 ? '' : 's'} changed after being applied (checksum mismatch):\n${lines.join('\n')}\n` +
      'Revert the edit and add a new changeset, or mark the changeset runOnChange="true", or add <validCheckSum> with the new value.',
  );
}
