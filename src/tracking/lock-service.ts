import { hostname, networkInterfaces } from 'node:os';
import type { DatabaseConnection } from '../database/connection.js';
import type { Logger } from '../logger.js';
import { tableExists, type TrackingSql } from './tracking-tables.js';

/** Who holds the lock, as recorded in DATABASECHANGELOGLOCK. */
export interface LockStatus {
  locked: boolean;
  lockedBy: string | null;
  lockGranted: Date | null;
}

export class LockTimeoutError extends Error {
  override name = 'LockTimeoutError';
  constructor(readonly holder: LockStatus, waitedMs: number, staleHint?: string) {
    super(
      `Could not acquire change log lock after waiting ${Math.round(waitedMs / 1000)} s. Currently locked by ${holder.lockedBy ?? 'unknown'} since ${holder.lockGranted?.toISOString() ?? 'unknown'}` +
        (staleHint ? `. ${staleHint}` : '. If that process is gone, run `dbops release-locks`.'),
    );
  }
}

export interface LockOptions {
  /** How long to wait for another process's lock (Liquibase: 5 minutes). */
  waitMs: number;
  pollMs: number;
  logger: Logger;
  /** Written to LOCKEDBY; Liquibase's `host#description (ip)` form. */
  lockedBy?: string;
}

/**
 * Liquibase's lock protocol on DATABASECHANGELOGLOCK (row ID 1), so that dbops and Liquibase
 * exclude each other. LOCKEDBY carries the process id, which lets dbops tell a lock left by a dead
 * process on this host.
 */
export class LockService {
  private held = false;
  readonly lockedBy: string;

  constructor(
    private readonly db: DatabaseConnection,
    private readonly sql: TrackingSql,
    private readonly options: LockOptions,
  ) {
    this.lockedBy = options.lockedBy ?? defaultLockedBy();
  }

  /**
   * Creates the lock table and its row if missing; safe when several processes race.
   * `seenMissing`: the caller has just looked, so the table is created without looking again.
   */
  async ensureTable(options: { seenMissing?: boolean } = {}): Promise<void> {
    let seenMissing = options.seenMissing === true;
    await retryOnRace(async () => {
      const missing = seenMissing || !(await tableExists(this.db, this.sql.schema, this.sql.names.lockTable));
      // After a race, look again.
      seenMissing = false;
      if (missing) {
        // One message is one transaction: no other process sees the table before its row is there
        // (so none can initialise the row again after another has taken the lock).
        await this.db.exec([this.sql.createLockTable(), ...this.sql.initLockRow()].join(';\n'));
        return;
      }
      const count = await this.db.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${this.sql.lockTable}`);
      if (Number(count.rows[0]?.n ?? 0) === 0) {
        await this.db.transaction(async (tx) => {
          for (const statement of this.sql.initLockRow()) await tx.exec(statement);
        });
      }
    });
  }

  /**
   * Takes the lock, waiting for another holder up to `waitMs`. With `ensured: false` (the table
   * was seen a moment ago, so `ensureTable` was skipped), a missing table or row is created on the
   * way: the usual case costs one round trip.
   */
  async acquire(options: { ensured?: boolean } = {}): Promise<void> {
    const started = Date.now();
    let ensured = options.ensured ?? true;
    let announced = false;
    for (;;) {
      let result;
      try {
        result = await this.db.query(this.sql.acquireLock(this.lockedBy));
      } catch (error) {
        if (ensured || (error as { code?: string }).code !== '42P01') throw error;
        await this.ensureTable();
        ensured = true;
        continue;
      }
      if (result.rowCount === 1) {
        this.held = true;
        return;
      }
      if (result.rowCount > 1) throw new Error(`${this.sql.lockTable} has ${result.rowCount} rows with ID 1; it should have one`);
      const holder = await this.status();
      if (!holder.locked && !ensured) {
        // No row (or released just now): initialise it if missing, and try again at once.
        await this.ensureTable();
        ensured = true;
        continue;
      }
      const waited = Date.now() - started;
      if (waited >= this.options.waitMs) throw new LockTimeoutError(holder, waited, staleLockHint(holder));
      if (!announced) {
        this.options.logger.info(`Waiting for the change log lock held by ${holder.lockedBy ?? 'unknown'} since ${holder.lockGranted?.toISOString() ?? 'unknown'}`);
        announced = true;
      }
      await sleep(this.options.pollMs);
    }
  }

  async release(): Promise<void> {
    if (!this.held) return;
    await this.db.exec(this.sql.releaseLock());
    this.held = false;
  }

  /** Clears the lock whoever holds it (`release-locks`). */
  async forceRelease(): Promise<LockStatus> {
    const before = await this.status();
    await this.db.exec(this.sql.releaseLock());
    this.held = false;
    return before;
  }

  async status(): Promise<LockStatus> {
    const result = await this.db.query<{ locked: boolean; lockedby: string | null; lockgranted: Date | string | null }>(
      `SELECT LOCKED, LOCKEDBY, LOCKGRANTED FROM ${this.sql.lockTable} WHERE ID = 1`,
    );
    const row = result.rows[0];
    if (!row) return { locked: false, lockedBy: null, lockGranted: null };
    return {
      locked: row.locked === true,
      lockedBy: row.lockedby,
      lockGranted: row.lockgranted === null ? null : row.lockgranted instanceof Date ? row.lockgranted : new Date(row.lockgranted),
    };
  }
}

/** `host#dbops-<pid> (ip)`: Liquibase's LOCKEDBY shape with the process id as host description. */
export function defaultLockedBy(): string {
  return `${hostname()}#dbops-${process.pid} (${localAddress()})`;
}

/** Says whether a lock was left by a process of this host that no longer runs. */
export function staleLockHint(holder: LockStatus): string | undefined {
  const match = holder.lockedBy?.match(/^(.*)#dbops-(\d+) \(/);
  if (!match || match[1] !== hostname()) return undefined;
  const pid = Number(match[2]);
  if (pid === process.pid || processAlive(pid)) return undefined;
  return `The holder (process ${pid} on this host) is no longer running: the lock is stale; run \`dbops release-locks\` to clear it`;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function localAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return '127.0.0.1';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two processes creating the tracking tables at the same moment: one of them gets a duplicate
 * error (42P07 duplicate table, 23505 on the catalog's unique index). The table now exists, so retry.
 */
export async function retryOnRace<T>(fn: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || (code !== '42P07' && code !== '23505' && code !== '42710')) throw error;
      await sleep(20 + Math.random() * 100);
    }
  }
}
