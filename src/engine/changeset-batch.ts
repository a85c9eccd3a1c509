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
 * Consecutive plain changesets (no preconditions, no programs, nothing PostgreSQL refuses in a
 * transaction) sent to the database as ONE message: `BEGIN; …; INSERT INTO databasechangelog …;
 * COMMIT; BEGIN; …` — the same script update-sql prints. Each changeset still commits on its own
 * with its tracking row; PostgreSQL runs the message in order and stops at the first error, so the
 * changesets before a failing one are committed and the ones after it never run. What saves the
 * time is the round trips: one per batch instead of one per changeset.
 */
export class ChangeSetBatch {
  private items: BatchItem[] = [];
  private bytes = 0;

  constructor(
    private readonly db: DatabaseConnection,
    private readonly tracking: TrackingSql,
    private readonly deploymentId: string,
    private readonly limits = { changeSets: 100, bytes: 512 * 1024 },
  ) {}

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

  /** Sends what is gathered; never throws for a failed changeset (it is reported in the outcome). */
  async flush(): Promise<BatchOutcome> {
    const items = this.items;
    this.items = [];
    this.bytes = 0;
    if (items.length === 0) return { committed: [], notRun: [] };
    const started = Date.now();
    const message = items.flatMap((item) => ['BEGIN;', ...item.statements.map(terminate), ...item.tracking.map(terminate), 'COMMIT;']).join('\n');
    try {
      await this.db.exec(message);
    } catch (error) {
      await this.db.exec('ROLLBACK').catch(() => {});
      return this.afterFailure(items, error);
    }
    const each = Math.round((Date.now() - started) / items.length);
    for (const item of items) item.result.durationMs = each;
    return { committed: items, notRun: [] };
  }

  /** Which changesets committed (their rows are there), which one failed and why. */
  private async afterFailure(items: BatchItem[], batchError: unknown): Promise<BatchOutcome> {
    const rows = await this.db.query<{ id: string; author: string; filename: string }>(
      `SELECT ID AS id, AUTHOR AS author, FILENAME AS filename FROM ${this.tracking.changelogTable} WHERE DEPLOYMENT_ID = $1`,
      [this.deploymentId],
    );
    const written = new Set(rows.rows.map((row) => `${row.filename}::${row.id}::${row.author}`));
    const firstNotWritten = items.findIndex((item) => !written.has(`${item.result.filePath}::${item.result.id}::${item.result.author}`));
    const failed = items[firstNotWritten < 0 ? items.length - 1 : firstNotWritten]!;
    const failure = await findFailingStatement(this.db, failed.statements, failed.tracking, batchError);
    failed.result.state = 'failed';
    failed.result.error = statementError(failure);
    const notRun = items.slice(items.indexOf(failed) + 1);
    for (const item of notRun) {
      item.result.state = 'notExecuted';
      delete item.result.durationMs;
    }
    return { committed: items.slice(0, items.indexOf(failed)), failed, notRun };
  }
}
