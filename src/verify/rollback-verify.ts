import type { ChangeSet, ChangeSetId } from '../changelog/model.js';
import { diffSnapshots } from '../diff/diff-snapshots.js';
import { isEmptyDiff } from '../diff/model.js';
import { changeSetDescription, changeSetStatements, hasRollback, rollbackStatements, sqlContextOf } from '../engine/changeset-sql.js';
import type { EngineContext } from '../engine/engine-context.js';
import { history } from '../engine/history.js';
import { changeSetKey } from '../engine/plan-update.js';
import { rollback } from '../engine/rollback.js';
import { status } from '../engine/status.js';
import { update } from '../engine/update.js';
import { ConfigurationError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { ChangeSetResult, RollbackVerification, RollbackVerifyResult, RunResult, StatementError } from '../report/model.js';
import type { Snapshot } from '../snapshot/model.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { dataDifferenceLines, fingerprintTables, tablesNamedIn, type TableName } from './data-fingerprint.js';
import { differenceLines, REAPPLY_WORDING, ROLLBACK_WORDING } from './difference-lines.js';

export interface VerifyRollbacksOptions {
  /** Every pending changeset (default), or these; pending changesets before them are applied unverified. */
  changeSets?: 'pending' | ChangeSetId[];
  /** Also compare the rows of the tables each changeset's SQL names (count, and md5 of small tables). */
  compareData?: boolean;
  logger: Logger;
}

/** A verification run, with what a caller needs to resume it on a fresh database. */
export interface RollbackVerifyRun {
  result: RollbackVerifyResult;
  /**
   * Set when verification stopped because a rollback left the database neither before nor after
   * this changeset (its re-apply failed, or a failed rollback undid part of it): the changesets after
   * it are `skipped`, and could be verified on a fresh database with everything up to this one applied.
   */
  resumeAfter?: ChangeSetId;
}

/**
 * Applies each pending changeset alone, rolls it back, and compares the schema (and with
 * `compareData` the rows of the tables it names) with what it was before; then applies it again
 * and moves on. Run it against a throwaway database: it really applies and rolls back.
 *
 * Never throws for a changeset's failure: each gets a status — `verified`; `mismatch` with the
 * differences, one line each (`table person: column nickname still present`), also when the
 * rollback "worked" but applying the changeset again fails or builds something else; `no-rollback`
 * (no explicit rollback and no automatic inverse), after which it stays applied and verification
 * goes on; `error` with the statement and what the database said. A changeset that does not apply
 * stops the run (what follows depends on it: the rest are `skipped`); a rollback statement that
 * fails does not, when the database is left as the changeset made it.
 * Throws only when the run cannot start: the tracking table cannot be read, an applied changeset
 * changed (checksum), or `changeSets` names one that is not pending.
 *
 * @example
 * const { context, close } = await openEngine({ changelogFile: 'db/changelog.xml', searchPath: ['.'], logger });
 * const result = await verifyRollbacks(context, { logger });
 * for (const v of result.verifications) console.log(v.status, v.id, ...(v.differences ?? []));
 * await close();
 */
export async function verifyRollbacks(context: EngineContext, options: VerifyRollbacksOptions): Promise<RollbackVerifyResult> {
  return (await runRollbackVerification(context, options)).result;
}

/** `verifyRollbacks`, also saying where a fresh database could take over (see `resumeAfter`). */
export async function runRollbackVerification(context: EngineContext, options: VerifyRollbacksOptions): Promise<RollbackVerifyRun> {
  const started = Date.now();
  // The engine's progress events would describe every apply and rollback of every step; this
  // command reports once per changeset, through the logger.
  const engine: EngineContext = { ...context, onProgress: undefined };
  const targets = await selectTargets(engine, options.changeSets ?? 'pending', options.logger);
  const verifier = new ChangeSetVerifier(engine, options);

  const verifications: RollbackVerification[] = [];
  let stoppedAt: ChangeSet | undefined;
  let resumeAfter: ChangeSetId | undefined;
  for (const [index, changeSet] of targets.entries()) {
    if (stoppedAt) {
      verifications.push(verification(changeSet, 'skipped'));
      continue;
    }
    const begun = Date.now();
    const outcome = await verifier.verify(changeSet).catch(
      // Not the changeset's failure but the run's (the connection dropped, a catalog query
      // failed): reported on the changeset it happened at, and nothing after it is tried.
      (error: unknown): Outcome => ({ verification: verification(changeSet, 'error', { error: { message: `verification failed: ${(error as Error)?.message ?? String(error)}` } }), stop: 'final' }),
    );
    verifications.push(outcome.verification);
    options.logger.info(`[${index + 1}/${targets.length}] ${outcome.verification.status.padEnd(11)} ${label(changeSet)} (${Date.now() - begun} ms)`);
    if (outcome.stop) {
      stoppedAt = changeSet;
      if (outcome.stop === 'resumable') resumeAfter = { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath };
      const rest = targets.length - index - 1;
      const after = `the ${rest === 1 ? 'changeset' : `${rest} changesets`} after it`;
      if (rest > 0 && outcome.stop === 'resumable') options.logger.warn(`${label(changeSet)}: after its rollback it cannot be applied again on this database, so ${after} cannot be verified here`);
      else if (rest > 0) options.logger.warn(`${label(changeSet)} did not apply: ${after} depend${rest === 1 ? 's' : ''} on it and ${rest === 1 ? 'is' : 'are'} not verified`);
    }
  }

  const ok = verifications.every((v) => v.status !== 'mismatch' && v.status !== 'error');
  return { result: { changelog: context.changeLog.rootPath, ok, verifications, durationMs: Date.now() - started }, ...(resumeAfter ? { resumeAfter } : {}) };
}

interface Outcome {
  verification: RollbackVerification;
  /** The run cannot go on on this database; `resumable` when a fresh database could. */
  stop?: 'final' | 'resumable';
}

/** One changeset at a time; remembers the snapshot of the database as it is now, to take it once. */
class ChangeSetVerifier {
  private current?: Snapshot;
  /** Pending changesets this run has applied or verified; some stay pending (runAlways, CONTINUE). */
  private readonly handled = new Set<string>();
  private snapshots = 0;

  constructor(
    private readonly context: EngineContext,
    private readonly options: VerifyRollbacksOptions,
  ) {}

  async verify(changeSet: ChangeSet): Promise<Outcome> {
    const key = keyOf(changeSet);
    let pending = await pendingKeys(this.context);
    let index = pending.indexOf(key);
    if (index < 0) return { verification: verification(changeSet, 'skipped') };

    // update applies pending changesets in order, so those before this one that the run has not
    // handled (not asked for) are applied first, unverified.
    if (pending.slice(0, index).some((k) => !this.handled.has(k))) {
      const prepared = await update(this.context, { command: 'update-count', count: index });
      this.current = undefined;
      for (const k of pending.slice(0, index)) this.handled.add(k);
      if (!prepared.ok) return failure(changeSet, 'could not apply the changesets before it', runError(prepared, key), 'final');
      pending = await pendingKeys(this.context);
      index = pending.indexOf(key);
      if (index < 0) return { verification: verification(changeSet, 'skipped') };
    }
    this.handled.add(key);
    // What is still pending ahead of it runs again on every update (runAlways, or a precondition
    // that said CONTINUE): the count takes it along.
    const count = index + 1;

    const before = this.current ?? (await this.snapshot());
    const tables = this.options.compareData ? await this.tablesOf(changeSet, before) : [];
    const dataBefore = this.options.compareData ? await fingerprintTables(this.context.db, tables) : undefined;

    const applied = await update(this.context, { command: 'update-count', count });
    this.current = undefined;
    const own = resultOf(applied, key);
    if (!applied.ok) return failure(changeSet, 'apply failed', runError(applied, key), 'final', own);
    if (own?.state === 'skipped' || own?.state === 'markRan') {
      // Nothing of it ran (a precondition said so): there is nothing to roll back.
      this.current = before;
      return { verification: verification(changeSet, 'skipped', { description: own.description }) };
    }
    if (own?.state !== 'executed' && own?.state !== 'reran') {
      return failure(changeSet, 'apply failed', { message: `the update did not run it (${own?.state ?? 'not in the plan'})` }, 'final', own);
    }
    const after = await this.snapshot();
    const description = own.description || describe(changeSet);

    const undone = await rollback(this.context, { changeSets: [{ id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath }] });
    if (!undone.ok) return this.rollbackFailed(changeSet, undone, after, description);
    if (!undone.changeSets.some((c) => keyOf(c) === key && c.state === 'rolledBack')) {
      return failure(changeSet, 'rollback failed', { message: 'the rollback did not undo it (its DATABASECHANGELOG row was not found)' }, 'final', own);
    }
    const afterRollback = await this.snapshot();
    const differences = differenceLines(diffSnapshots(before, afterRollback, { detectRenames: false }), ROLLBACK_WORDING, this.context.dialect.defaultSchema);
    if (dataBefore) {
      const remaining = tables.filter((t) => afterRollback.tables.some((a) => a.schema === t.schema && a.name === t.name));
      const dataAfter = await fingerprintTables(this.context.db, remaining);
      differences.push(...dataDifferenceLines(dataBefore, dataAfter, (t) => this.display(t), remaining));
    }

    // Applying it again moves on to the next changeset, and shows what the snapshot cannot:
    // a rollback that left a policy or a role behind makes the re-apply fail.
    const again = await update(this.context, { command: 'update-count', count });
    this.current = undefined;
    const ownAgain = resultOf(again, key);
    if (!again.ok || (ownAgain?.state !== 'executed' && ownAgain?.state !== 'reran')) {
      const error = again.ok ? { message: `it did not run (${ownAgain?.state ?? 'not in the plan'}${ownAgain?.reason ? `: ${ownAgain.reason}` : ''})` } : runError(again, key);
      differences.push(
        `re-applying it after the rollback failed: ${error.message}${differences.length ? '' : ' (the rollback left behind something the schema comparison does not show)'}`,
      );
      return {
        verification: verification(changeSet, 'mismatch', { description, differences, error: { ...error, message: `re-apply after rollback failed: ${error.message}` } }),
        stop: 'resumable',
      };
    }
    const reapplied = await this.snapshot();
    differences.push(...differenceLines(diffSnapshots(after, reapplied, { detectRenames: false }), REAPPLY_WORDING, this.context.dialect.defaultSchema));
    this.current = reapplied;
    return { verification: verification(changeSet, differences.length ? 'mismatch' : 'verified', { description, ...(differences.length ? { differences } : {}) }) };
  }

  /** No rollback to generate (nothing ran), or a rollback statement that failed. */
  private async rollbackFailed(changeSet: ChangeSet, undone: RunResult, after: Snapshot, description: string): Promise<Outcome> {
    const failed = undone.changeSets.find((c) => c.state === 'failed');
    if (!failed) {
      // The engine generates every rollback before it runs anything: the database is as the
      // changeset left it, and verification goes on with it applied.
      this.current = after;
      const message = undone.error?.message ?? 'no rollback could be generated';
      if (!hasRollback(changeSet) || /no inverse/i.test(message)) {
        return { verification: verification(changeSet, 'no-rollback', { description, error: { message } }) };
      }
      return { verification: verification(changeSet, 'error', { description, error: { message: `rollback did not run: ${message}` } }) };
    }
    const error = { ...(failed.error ?? { message: 'unknown error' }) };
    error.message = `rollback failed: ${error.message}`;
    // In one transaction the failed rollback undid nothing, and the next changeset can be verified
    // on top of this one. Outside one (runInTransaction: false) part of it may have run.
    const now = await this.snapshot();
    if (isEmptyDiff(diffSnapshots(after, now, { detectRenames: false }))) {
      this.current = after;
      return { verification: verification(changeSet, 'error', { description, error }) };
    }
    error.message += ' (part of the rollback ran: the database is left neither before nor after this changeset)';
    return { verification: verification(changeSet, 'error', { description, error }), stop: 'resumable' };
  }

  private async snapshot(): Promise<Snapshot> {
    const { names } = this.context.tracking;
    // The first snapshot says which object kinds this server cannot describe; the others would repeat it.
    const logger = this.snapshots++ === 0 ? this.options.logger : silentLogger;
    return takeSnapshot(this.context.db, { trackingTables: [names.changelogTable, names.lockTable], clock: null, logger });
  }

  /** The existing tables the changeset's SQL or its rollback's names; all of them if it cannot be generated. */
  private async tablesOf(changeSet: ChangeSet, before: Snapshot): Promise<TableName[]> {
    const all = before.tables.map((t) => ({ schema: t.schema, name: t.name }));
    const sql: string[] = [];
    const generate = sqlContextOf(this.context);
    try {
      sql.push(...(await changeSetStatements(changeSet, generate)).map((s) => s.sql));
      sql.push(...(await rollbackStatements(changeSet, this.context.changeLog, generate)).map((s) => s.sql));
    } catch {
      if (sql.length === 0) return all;
    }
    return tablesNamedIn(sql, all);
  }

  private display(table: TableName): string {
    return table.schema === this.context.dialect.defaultSchema ? table.name : `${table.schema}.${table.name}`;
  }
}

/** The changesets to verify, in the order update applies them. */
async function selectTargets(context: EngineContext, wanted: 'pending' | ChangeSetId[], logger: Logger): Promise<ChangeSet[]> {
  const planned = await status(context);
  if (!planned.ok) throw runFailure(planned);
  const ran = await history(context);
  if (!ran.ok) throw runFailure(ran);
  const recorded = new Set(ran.changeSets.map(keyOf));
  const byKey = new Map(context.changeLog.changeSets.map((changeSet) => [keyOf(changeSet), changeSet]));

  const pending: ChangeSet[] = [];
  for (const entry of planned.changeSets) {
    const changeSet = entry.state === 'pending' ? byKey.get(keyOf(entry)) : undefined;
    if (!changeSet) continue;
    if (changeSet.runAlways && recorded.has(keyOf(changeSet))) {
      // It runs on every update and was verified when it first ran; rolling it back now would
      // compare against its own earlier run.
      logger.debug(`${label(changeSet)} is runAlways and already applied: not verified again`);
      continue;
    }
    pending.push(changeSet);
  }
  if (wanted === 'pending') return pending;

  const asked = new Set(wanted.map(keyOf));
  const selected = pending.filter((changeSet) => asked.has(keyOf(changeSet)));
  if (selected.length < asked.size) {
    const found = new Set(selected.map(keyOf));
    const missing = wanted.filter((id) => !found.has(keyOf(id))).map((id) => `${id.filePath}::${id.id}::${id.author}`);
    throw new ConfigurationError(`Cannot verify the rollback of ${missing.join(', ')}: not a pending changeset of ${context.changeLog.rootPath} on ${context.db.displayName}`);
  }
  return selected;
}

/** Keys of the changesets update would run next, in its order. */
async function pendingKeys(context: EngineContext): Promise<string[]> {
  const planned = await status(context);
  if (!planned.ok) throw runFailure(planned);
  return planned.changeSets.filter((c) => c.state === 'pending').map(keyOf);
}

function runFailure(result: RunResult): Error {
  const message = result.error?.message ?? `${result.command} failed`;
  // A result without detail failed on configuration (checksums, lock settings), not on the database.
  return result.error?.detail ? new Error(message) : new ConfigurationError(message);
}

function resultOf(result: RunResult, key: string): ChangeSetResult | undefined {
  return result.changeSets.find((c) => keyOf(c) === key && c.state !== 'applied');
}

/** The failed changeset's statement and database message (named when it is not the one verified), else the run's error. */
function runError(result: RunResult, key: string): StatementError {
  const failed = result.changeSets.find((c) => c.state === 'failed');
  if (failed?.error) return keyOf(failed) === key ? failed.error : { ...failed.error, message: `${label(failed)}: ${failed.error.message}` };
  return { ...(result.error?.detail ?? {}), message: result.error?.message ?? `${result.command} failed` };
}

function failure(changeSet: ChangeSet, what: string, error: StatementError, stop: Outcome['stop'], own?: ChangeSetResult): Outcome {
  return { verification: verification(changeSet, 'error', { description: own?.description || describe(changeSet), error: { ...error, message: `${what}: ${error.message}` } }), stop };
}

function verification(changeSet: ChangeSet, status: RollbackVerification['status'], extra: Partial<RollbackVerification> = {}): RollbackVerification {
  return {
    id: changeSet.id,
    author: changeSet.author,
    filePath: changeSet.filePath,
    sourceFile: changeSet.location.file,
    ...(changeSet.location.line !== undefined ? { line: changeSet.location.line } : {}),
    description: describe(changeSet),
    status,
    ...extra,
  };
}

function describe(changeSet: ChangeSet): string {
  try {
    return changeSetDescription(changeSet);
  } catch {
    return '';
  }
}

function keyOf(changeSet: { id: string; author: string; filePath: string }): string {
  return changeSetKey(changeSet.id, changeSet.author, changeSet.filePath);
}

function label(changeSet: { id: string; author: string; filePath: string }): string {
  return `${changeSet.filePath}::${changeSet.id}::${changeSet.author}`;
}
