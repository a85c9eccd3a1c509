import type { SqlStatement } from '../changes/change-type.js';
import type { DatabaseConnection, Queryable } from '../database/connection.js';

/** A statement the database refused, with the statement itself and what the database said. */
export class StatementFailure extends Error {
  override name = 'StatementFailure';
  constructor(
    readonly statement: string,
    readonly databaseError: { message: string; code?: string; detail?: string; hint?: string; position?: string },
    options?: { cause?: unknown },
  ) {
    super(databaseError.message, options);
  }
}

/**
 * Where the statements of a run go: to the database (update) or into a script (update-sql).
 * The same orchestration code drives both, so update-sql prints exactly what update runs.
 */
export interface StatementRunner {
  /**
   * Runs a changeset's statements and its tracking statement. In a transaction, both commit
   * together; otherwise (runInTransaction=false, or a statement PostgreSQL refuses in a transaction
   * block) each statement runs on its own and the tracking statement right after.
   */
  runChangeSet(statements: SqlStatement[], tracking: string[], inTransaction: boolean): Promise<void>;
  /** Bookkeeping outside any changeset (checksum upgrades, lock, table creation). */
  run(sql: string): Promise<void>;
  /** A comment line for scripts; ignored when running against the database. */
  comment(text: string): void;
}

export class DatabaseStatementRunner implements StatementRunner {
  constructor(private readonly db: DatabaseConnection) {}

  async runChangeSet(statements: SqlStatement[], tracking: string[], inTransaction: boolean): Promise<void> {
    if (inTransaction && statements.every((s) => !s.command && !s.deferred)) {
      await this.runInOneRoundTrip(statements, tracking);
      return;
    }
    if (inTransaction) {
      await this.db.transaction(async (tx) => {
        for (const statement of statements) await runStatement(tx, statement);
        for (const sql of tracking) await execute(tx, sql);
      });
      return;
    }
    for (const statement of statements) await runStatement(this.db, statement);
    await this.db.transaction(async (tx) => {
      for (const sql of tracking) await execute(tx, sql);
    });
  }

  async run(sql: string): Promise<void> {
    await execute(this.db, sql);
  }

  comment(): void {}

  /**
   * The whole changeset — BEGIN, its statements, its tracking row, COMMIT — as one simple-query
   * message: one round trip instead of one per statement (the cost that dominates a changeset of
   * small DDL). On failure the server has stopped at the failing statement; the transaction is
   * rolled back and the statements are replayed one by one in a transaction that is rolled back
   * too, to name the statement that failed and report what the database said about it.
   */
  private async runInOneRoundTrip(statements: SqlStatement[], tracking: string[]): Promise<void> {
    const script = ['BEGIN;', ...statements.map((s) => terminate(s.sql)), ...tracking.map(terminate), 'COMMIT;'].join('\n');
    try {
      await this.db.exec(script);
    } catch (error) {
      await this.db.exec('ROLLBACK').catch(() => {});
      throw await findFailingStatement(this.db, statements.map((s) => s.sql), tracking, error);
    }
  }
}

async function runStatement(db: Queryable, statement: SqlStatement): Promise<void> {
  if (statement.command) return runCommand(statement);
  if (statement.deferred) {
    for (const generated of await statement.deferred(db)) await runStatement(db, generated);
    return;
  }
  await execute(db, statement.sql);
}

/**
 * After a message of several statements failed: replays them one by one in a transaction that is
 * rolled back, to name the statement that failed and what the database said about it.
 */
export async function findFailingStatement(db: DatabaseConnection, statements: string[], tracking: string[], batchError: unknown): Promise<StatementFailure> {
  try {
    await db.exec('BEGIN');
    for (const statement of [...statements, ...tracking]) {
      try {
        await execute(db, statement);
      } catch (failure) {
        if (failure instanceof StatementFailure) return failure;
        throw failure;
      }
    }
  } finally {
    await db.exec('ROLLBACK').catch(() => {});
  }
  // The statements pass one by one (the failure depended on the whole, e.g. deferred constraints at COMMIT).
  const e = batchError as { message?: string; code?: string; detail?: string; hint?: string };
  return new StatementFailure('COMMIT', { message: e.message ?? String(batchError), code: e.code, detail: e.detail, hint: e.hint }, { cause: batchError });
}

/** Runs one statement; a failure names the statement. */
async function execute(db: { exec(sql: string): Promise<void> }, sql: string): Promise<void> {
  try {
    await db.exec(sql);
  } catch (error) {
    const e = error as { message?: string; code?: string; detail?: string; hint?: string; position?: string };
    throw new StatementFailure(sql, { message: e.message ?? String(error), code: e.code, detail: e.detail, hint: e.hint, position: e.position }, { cause: error });
  }
}

/** Runs an executeCommand program; a non-zero exit fails the changeset like a failed statement. */
async function runCommand(statement: SqlStatement): Promise<void> {
  const { executable, args, timeoutMs } = statement.command!;
  // Loaded here: few changelogs run programs, and every update would pay for loading it.
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync(executable, args, { encoding: 'utf8', timeout: timeoutMs || undefined, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status}${result.stderr ? `: ${result.stderr.trim().slice(0, 500)}` : ''}`;
    throw new StatementFailure(statement.sql, { message: `executeCommand ${executable} failed: ${why}` });
  }
}

/** Collects statements into a script that psql can run with the same atomicity as update. */
export class ScriptStatementRunner implements StatementRunner {
  readonly lines: string[] = [];

  /** `database` answers the reads of deferred statements (nothing is written to it). */
  constructor(private readonly database?: Queryable) {}

  async runChangeSet(statements: SqlStatement[], tracking: string[], inTransaction: boolean): Promise<void> {
    if (inTransaction) this.lines.push('BEGIN;');
    for (const statement of statements) {
      if (statement.deferred && this.database) {
        for (const generated of await statement.deferred(this.database)) this.lines.push(terminate(generated.sql));
      } else {
        this.lines.push(terminate(statement.sql));
      }
    }
    if (!inTransaction && tracking.length) this.lines.push('BEGIN;');
    for (const sql of tracking) this.lines.push(terminate(sql));
    if (tracking.length || inTransaction) this.lines.push('COMMIT;');
    this.lines.push('');
  }

  async run(sql: string): Promise<void> {
    this.lines.push(terminate(sql));
  }

  comment(text: string): void {
    for (const line of text.split('\n')) this.lines.push(`-- ${line}`);
  }

  get script(): string {
    return `${this.lines.join('\n').trimEnd()}\n`;
  }
}

/** Ends a statement with `;` unless it already ends with one (or with a psql-style `/` delimiter). */
export function terminate(sql: string): string {
  const trimmed = sql.trimEnd();
  if (/;$/.test(trimmed)) return trimmed;
  // A trailing `-- comment` would swallow the semicolon.
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return lastLine.includes('--') ? `${trimmed}\n;` : `${trimmed};`;
}
