import type { DatabaseConnection } from '../database/connection.js';
import type { ChangeSetResult } from '../report/model.js';
import type { TrackingSql } from '../tracking/tracking-tables.js';
import { statementError } from './results.js';
import { findFailingStatement, terminate } from './statement-runner.js';

/** One changeset ready to send: its statements and its tracking statement, and its (provisional) result. */
export interface BatchItem {
  result: ChangeSetResult;
  statements: string[];
  tracking: string[];
  /** Its place in the run, for progress. */
  index: number;
}

export interface BatchOutcome {
  /** The items that committed, in order. */
  committed: BatchItem[];
  /** The item that failed (its result is marked failed), and those after it (marked notExecuted). */
  failed?: BatchItem;
  notRun: BatchItem[];
}

/**
 * Put in every transaction of a batch but the last: its COMMIT returns without waiting for the log
 * to reach the disk. The last COMMIT of the batch waits (the session's setting), and the log is
 * written in order, so when the batch returns every one of its changesets is as durable as if each
 * had waited: each still commits atomically with its tracking row, and none is reported before the
 * disk has it. What is saved is a disk flush per changeset (about 15% of the time PostgreSQL takes
 * to apply small DDL changesets). Should the server crash mid-batch, it loses a tail of the
 * changesets the batch had not reported yet, each with its row, as an interrupted run leaves them.
 */
const DEFER_FLUSH = 'SET LOCAL synchronous_commit TO OFF;';

/**
 * Consecutive plain changesets (no preconditions, no programs, nothing PostgreSQL refuses in a
 * transaction) sent to the database as ONE message: `BEGIN; …; INSERT INTO databasechangelog …;
 * COMMIT; BEGIN; …` — the script update-sql prints, with DEFER_FLUSH in all transactions but the
 * last. Each changeset still commits on its own with its tracking row; PostgreSQL runs the message
 * in order and stops at the first error, so the changesets before a failing one are committed and
 * the ones after it never run. What saves the time is the round trips: one per batch instead of
 * one per changeset.
 *
 * `send` does not wait for the database: while one batch runs, the caller prepares the next (SQL,
 * tracking rows), and only sends it after `settle` has said the one before committed. So at most
 * one batch is ever on the connection, nothing is sent after a failure, and the time the engine
 * spends preparing is hidden behind the time the database spends applying.
 */
export class ChangeSetBatch {
  private items: BatchItem[] = [];
  private bytes = 0;
  private inFlight?: Promise<{ outcome: BatchOutcome } | { error: unknown }>;
  private deferFlushSupported?: Promise<boolean>;

  constructor(
    private readonly db: DatabaseConnection,
    private readonly tracking: TrackingSql,
    private readonly deploymentId: string,
    private readonly limits = { changeSets: 100, bytes: 512 * 1024 },
  ) {}

  /** Changesets gathered and not sent yet. */
  get size(): number {
    return this.items.length;
  }

  add(item: BatchItem): void {
    this.items.push(item);
    this.bytes += item.statements.reduce((n, s) => n + s.length, 0) + item.tracking.reduce((n, s) => n + s.length, 0);
  }

  get full(): boolean {
    return this.items.length >= this.limits.changeSets || this.bytes >= this.limits.bytes;
  }

  /**
   * Sends what is gathered and returns at once; `settle` gives the outcome. The batch sent before
   * must have been settled (and have committed).
   */
  send(): void {
    if (this.inFlight) throw new Error('ChangeSetBatch.send: the batch sent before has not been settled');
    const items = this.take();
    if (items.length === 0) return;
    // Settled into a value at once, so that a connection failure is never an unhandled rejection
    // while the caller is busy preparing the next batch; `settle` throws it.
    this.inFlight = this.apply(items).then(
      (outcome) => ({ outcome }),
      (error: unknown) => ({ error }),
    );
  }

  /**
   * Waits for the batch in flight: which changesets committed and which failed (never throws for a
   * failed changeset); undefined when none is in flight. Throws when the connection itself failed.
   */
  async settle(): Promise<BatchOutcome | undefined> {
    const inFlight = this.inFlight;
    if (!inFlight) return undefined;
    this.inFlight = undefined;
    const settled = await inFlight;
    if ('error' in settled) throw settled.error;
    return settled.outcome;
  }

  /** Takes back what is gathered without sending it (the run stopped before it). */
  discard(): BatchItem[] {
    return this.take();
  }

  private take(): BatchItem[] {
    const items = this.items;
    this.items = [];
    this.bytes = 0;
    return items;
  }

  private async apply(items: BatchItem[]): Promise<BatchOutcome> {
    const started = Date.now();
    const flushOnce = items.length > 1 && (await this.canDeferFlush());
    const texts = items.map((item, i) =>
      ['BEGIN;', ...(flushOnce && i < items.length - 1 ? [DEFER_FLUSH] : []), ...item.statements.map(terminate), ...item.tracking.map(terminate), 'COMMIT;'].join('\n'),
    );
    try {
      await this.db.exec(texts.join('\n'));
    } catch (error) {
      await this.db.exec('ROLLBACK').catch(() => {});
      return this.afterFailure(items, texts, error, flushOnce);
    }
    const each = Math.round((Date.now() - started) / items.length);
    for (const item of items) item.result.durationMs = each;
    return { committed: items, notRun: [] };
  }

  /**
   * Whether this server takes `SET LOCAL synchronous_commit` (PostgreSQL does; a wire-compatible
   * engine may not), asked once.
   */
  private canDeferFlush(): Promise<boolean> {
    this.deferFlushSupported ??= this.db.exec(`BEGIN;\n${DEFER_FLUSH}\nROLLBACK;`).then(
      () => true,
      async () => {
        await this.db.exec('ROLLBACK').catch(() => {});
        return false;
      },
    );
    return this.deferFlushSupported;
  }

  /** Which changesets committed (their rows are there), which one failed and why. */
  private async afterFailure(items: BatchItem[], texts: string[], batchError: unknown, flushDeferred: boolean): Promise<BatchOutcome> {
    // The changesets before the failed one committed without waiting for the disk; they are
    // reported as committed, so make them durable first. A transaction that takes a transaction
    // id commits synchronously, which writes out the log up to there (theirs included).
    if (flushDeferred) await this.db.exec('SELECT txid_current()');
    const rows = await this.db.query<{ id: string; author: string; filename: string }>(
      `SELECT ID AS id, AUTHOR AS author, FILENAME AS filename FROM ${this.tracking.changelogTable} WHERE DEPLOYMENT_ID = $1`,
      [this.deploymentId],
    );
    const written = new Set(rows.rows.map((row) => `${row.filename}::${row.id}::${row.author}`));
    const firstNotWritten = items.findIndex((item) => !written.has(`${item.result.filePath}::${item.result.id}::${item.result.author}`));
    let committed = items.slice(0, firstNotWritten < 0 ? items.length - 1 : firstNotWritten);
    let failed = items[committed.length]!;
    const at = itemAtPosition(texts, (batchError as { position?: string }).position);
    if (firstNotWritten === 0 && at !== undefined && at > 0) {
      // PostgreSQL parses a whole message before it runs any of it: a syntax error in one
      // changeset refused them all. The ones before it never ran: send them again.
      const before = await this.apply(items.slice(0, at));
      if (before.failed) return { ...before, notRun: notRun([...before.notRun, ...items.slice(at)]) };
      committed = before.committed;
      failed = items[at]!;
    }
    const failure = await findFailingStatement(this.db, failed.statements, failed.tracking, batchError);
    failed.result.state = 'failed';
    failed.result.error = statementError(failure);
    delete failed.result.durationMs;
    return { committed, failed, notRun: notRun(items.slice(items.indexOf(failed) + 1)) };
  }
}

/** Marks changesets that never ran (after a failed one, or prepared and never sent). */
export function notRun(items: BatchItem[]): BatchItem[] {
  for (const item of items) {
    item.result.state = 'notExecuted';
    delete item.result.durationMs;
  }
  return items;
}

/** Which changeset's text holds a 1-based character position of the message (PostgreSQL's error position). */
function itemAtPosition(texts: string[], position: string | undefined): number | undefined {
  if (position === undefined) return undefined;
  let offset = Number(position) - 1;
  if (!Number.isInteger(offset) || offset < 0) return undefined;
  for (let i = 0; i < texts.length; i++) {
    if (offset <= texts[i]!.length) return i;
    offset -= texts[i]!.length + 1;
  }
  return undefined;
}
