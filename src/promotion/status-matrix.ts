import type { OpenEngineOptions } from '../engine/open-engine.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';

/** One environment to read: its name and database. */
export interface EnvironmentDatabase {
  name: string;
  url: string;
  username?: string;
  password?: string;
}

/**
 * `name=url` items, one per line or comma-separated (`dev=postgresql://…`). Names are what the
 * matrix shows; URLs come from secrets. `source` names the input or option in messages.
 */
export function parseEnvironments(items: string[], source: string): EnvironmentDatabase[] {
  const environments: EnvironmentDatabase[] = [];
  for (const item of items.flatMap((i) => i.split(/[\n,]/)).map((i) => i.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    const name = eq > 0 ? item.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9][\w.-]*$/.test(name)) {
      throw new ConfigurationError(`${source}: each item is name=url (e.g. staging=\${{ secrets.STAGING_DATABASE_URL }}); one does not start with a name.`);
    }
    if (environments.some((e) => e.name === name)) throw new ConfigurationError(`${source}: environment '${name}' is listed twice.`);
    const url = item.slice(eq + 1).trim();
    // An unset secret expands to nothing; reading an empty embedded database instead would show
    // an environment with nothing applied, which is a lie.
    if (url === '') throw new ConfigurationError(`${source}: environment '${name}' has no URL (is its secret set?).`);
    environments.push({ name, url });
  }
  if (environments.length === 0) throw new ConfigurationError(`${source} lists no environment.`);
  return environments;
}

/** A changeset in one environment. */
export type MatrixState =
  /** In its DATABASECHANGELOG (EXECUTED or RERAN). */
  | 'applied'
  /** Recorded as MARK_RAN: nothing of it ran. */
  | 'markRan'
  /** Not applied: the next update applies it. */
  | 'pending'
  /** Not applied, and the environment's contexts/labels leave it out. */
  | 'skipped'
  /** The environment could not be read. */
  | 'unknown';

export interface MatrixCell {
  state: MatrixState;
  /** ISO 8601, for applied and markRan. */
  dateExecuted?: string;
  deploymentId?: string;
}

export interface MatrixRow {
  id: string;
  author: string;
  filePath: string;
  /** False for a changeset some environment applied that the changelog does not contain. */
  inChangelog: boolean;
  states: Record<string, MatrixCell>;
}

export interface MatrixEnvironment {
  name: string;
  /** Redacted description of the database. */
  database?: string;
  applied: number;
  pending: number;
  /** Why the environment could not be read. */
  error?: string;
}

/** What is deployed where: one row per changeset, one column per environment. */
export interface StatusMatrix {
  changelog: string;
  environments: MatrixEnvironment[];
  rows: MatrixRow[];
  ok: boolean;
}

export interface StatusMatrixOptions {
  /** Changelog, search path, contexts and labels: the same for every environment. */
  changelog: Omit<OpenEngineOptions, 'url' | 'username' | 'password' | 'logger'>;
  environments: EnvironmentDatabase[];
  logger: Logger;
  /** Applied to error messages (they may quote a URL). */
  redact?: (text: string) => string;
}

/**
 * Reads every environment's tracking table (in parallel, nothing locked or changed) and lines
 * them up against the changelog. Rows follow the changelog's order; changesets an environment
 * applied that the changelog lacks come last. An unreachable environment is reported in its
 * column (`unknown`) and makes `ok` false; the others are still read.
 *
 * @example
 * ```ts
 * const matrix = await readStatusMatrix({
 *   changelog: { changelogFile: 'changelog.yaml', searchPath: ['db'] },
 *   environments: [{ name: 'dev', url: devUrl }, { name: 'staging', url: stagingUrl }],
 *   logger,
 * });
 * ```
 */
export async function readStatusMatrix(options: StatusMatrixOptions): Promise<StatusMatrix> {
  const redact = options.redact ?? ((text: string) => text);
  const reads = await Promise.all(options.environments.map((environment) => readEnvironment(options, environment, redact)));

  const rows: MatrixRow[] = [];
  const byKey = new Map<string, MatrixRow>();
  const rowFor = (ref: { id: string; author: string; filePath: string }, inChangelog: boolean) => {
    const key = `${ref.filePath}::${ref.id}::${ref.author}`;
    let row = byKey.get(key);
    if (!row) {
      row = { id: ref.id, author: ref.author, filePath: ref.filePath, inChangelog, states: {} };
      byKey.set(key, row);
      rows.push(row);
    }
    return row;
  };
  // The changelog's order first (every environment reads the same changelog), then the strays.
  for (const read of reads) for (const c of read.changelog) rowFor(c, true);
  for (const read of reads) for (const c of read.applied) if (!byKey.has(`${c.filePath}::${c.id}::${c.author}`)) rowFor(c, false);

  for (const [i, environment] of options.environments.entries()) {
    const read = reads[i]!;
    const states = new Map(read.changelog.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c.state]));
    const applied = new Map(read.applied.map((c) => [`${c.filePath}::${c.id}::${c.author}`, c]));
    for (const row of rows) {
      const key = `${row.filePath}::${row.id}::${row.author}`;
      const ran = applied.get(key);
      if (read.error) row.states[environment.name] = { state: 'unknown' };
      else if (ran) row.states[environment.name] = { state: ran.markRan ? 'markRan' : 'applied', dateExecuted: ran.dateExecuted, ...(ran.deploymentId ? { deploymentId: ran.deploymentId } : {}) };
      else row.states[environment.name] = { state: states.get(key) === 'skipped' ? 'skipped' : 'pending' };
    }
  }

  const environments = options.environments.map((environment, i): MatrixEnvironment => {
    const read = reads[i]!;
    const cells = rows.map((r) => r.states[environment.name]!.state);
    return {
      name: environment.name,
      ...(read.database ? { database: read.database } : {}),
      applied: cells.filter((s) => s === 'applied' || s === 'markRan').length,
      pending: cells.filter((s) => s === 'pending').length,
      ...(read.error ? { error: read.error } : {}),
    };
  });
  return { changelog: options.changelog.changelogFile, environments, rows, ok: reads.every((r) => !r.error) };
}

interface EnvironmentRead {
  database?: string;
  changelog: Array<{ id: string; author: string; filePath: string; state: string }>;
  applied: Array<{ id: string; author: string; filePath: string; dateExecuted: string; deploymentId?: string; markRan: boolean }>;
  error?: string;
}

async function readEnvironment(options: StatusMatrixOptions, environment: EnvironmentDatabase, redact: (text: string) => string): Promise<EnvironmentRead> {
  const { openEngine } = await import('../engine/open-engine.js');
  let opened;
  try {
    opened = await openEngine({
      ...options.changelog,
      url: environment.url,
      username: environment.username,
      password: environment.password,
      logger: options.logger,
    });
  } catch (error) {
    const message = redact((error as Error).message);
    options.logger.warn(`${environment.name}: ${message}`);
    return { changelog: [], applied: [], error: message };
  }
  try {
    const { status } = await import('../engine/status.js');
    const { history } = await import('../engine/history.js');
    const planned = await status(opened.context);
    const ran = await history(opened.context);
    if (!ran.ok || !ran.rows) throw new Error(ran.error?.message ?? 'cannot read DATABASECHANGELOG');
    if (!planned.ok) options.logger.warn(`${environment.name}: ${opened.redact(planned.error?.message ?? 'status failed')}`);
    return {
      database: opened.context.db.displayName,
      changelog: planned.changeSets.map(({ id, author, filePath, state }) => ({ id, author, filePath, state })),
      applied: ran.rows.map((row) => ({
        id: row.id,
        author: row.author,
        filePath: row.filename,
        dateExecuted: row.dateExecuted.toISOString(),
        ...(row.deploymentId ? { deploymentId: row.deploymentId } : {}),
        markRan: row.execType === 'MARK_RAN',
      })),
    };
  } catch (error) {
    const message = redact(opened.redact((error as Error).message));
    options.logger.warn(`${environment.name}: ${message}`);
    return { database: opened.context.db.displayName, changelog: [], applied: [], error: message };
  } finally {
    await opened.close();
  }
}
