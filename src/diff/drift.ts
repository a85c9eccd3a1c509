/**
 * Drift: does a live database still have the schema its changelog says it has? The changesets its
 * DATABASECHANGELOG records as applied are replayed on a throwaway embedded PostgreSQL, both
 * databases are snapshotted, and the difference is the drift: what someone changed out of band.
 */
import type { DriftOptions, DriftResult } from '../actions/commands.js';
import type { ChangeSet } from '../changelog/model.js';
import { ConfigurationError } from '../errors.js';
import type { EngineContext } from '../engine/engine-context.js';
import { openEngine, type OpenEngineOptions, type OpenedEngine } from '../engine/open-engine.js';
import { changeSetKey, planUpdate } from '../engine/plan-update.js';
import { readTrackingRows } from '../engine/tracking-session.js';
import { update } from '../engine/update.js';
import type { Logger } from '../logger.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import { diffSnapshots } from './diff-snapshots.js';
import { isEmptyDiff, type SchemaDiff } from './model.js';
import { renderDriftText } from './render-drift-text.js';
import { schemaChangeOf } from './schema-change.js';
import { alignViewText } from './view-text.js';

export interface DriftCheckOptions {
  /** The changelog, relative to the search path. */
  changelogFile: string;
  searchPath: string[];
  /** The database to check (required: drift is about a live database). */
  url: string;
  username?: string;
  password?: string;
  /** `-D` properties and the variables `${…}` sees, as when the changesets were applied. */
  properties?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /**
   * The filters the database was updated with. They decide which modifySql apply (so the SQL
   * replayed, and the checksums); which changesets are replayed is what DATABASECHANGELOG says.
   */
  contexts?: string;
  labels?: string;
  /** What to compare (see takeSnapshot). */
  schemas?: string[];
  include?: string[];
  exclude?: string[];
  /** The database's tracking tables, when not Liquibase's defaults. */
  trackingSchema?: string;
  changelogTableName?: string;
  lockTableName?: string;
  /** Report look-alike tables and columns as renames (default true). */
  detectRenames?: boolean;
  logger: Logger;
}

export interface ChangeSetId {
  id: string;
  author: string;
  filePath: string;
}

export interface DriftReport {
  drifted: boolean;
  /** The database checked, without secrets. */
  database: string;
  changelog: string;
  /** Reference: what the applied changesets build; target: the database. */
  diff: SchemaDiff;
  /** Changesets replayed (run or marked ran, as the database records them). */
  replayed: number;
  /** Applied changesets the changelog no longer has: their effect cannot be replayed. */
  notInChangelog: ChangeSetId[];
  /** Applied changesets edited since (checksum changed): replayed as they are now. */
  changedSinceApplied: ChangeSetId[];
  /** Objects differing, all kinds together. */
  differences: number;
}

/**
 * Replays on the embedded PostgreSQL exactly the changesets the database records as applied, in
 * changelog order (the order update runs them in; DATABASECHANGELOG's ORDEREXECUTED moves a re-run
 * changeset to the end), those recorded MARK_RAN marked ran again without running; then compares.
 * Which changesets run is what the database's rows say; `contexts` and `labels` only decide which
 * modifySql apply, as when the changesets were applied.
 *
 * Throws a ConfigurationError when the database cannot be reached, the changelog cannot be read,
 * or the applied changesets do not replay (the changelog changed incompatibly, or relies on
 * objects made outside it).
 *
 * @example
 * const report = await checkDrift({ changelogFile: 'db/changelog.yaml', searchPath: ['.'], url, logger });
 * if (report.drifted) process.exitCode = 1;
 */
export async function checkDrift(options: DriftCheckOptions): Promise<DriftReport> {
  const engineOptions: OpenEngineOptions = {
    changelogFile: options.changelogFile,
    searchPath: options.searchPath,
    contexts: options.contexts,
    labels: options.labels,
    properties: options.properties,
    environment: options.env,
    trackingSchema: options.trackingSchema,
    changelogTableName: options.changelogTableName,
    lockTableName: options.lockTableName,
    logger: options.logger,
  };
  const opened: OpenedEngine[] = [];
  try {
    const live = await openEngine({ ...engineOptions, url: options.url, username: options.username, password: options.password });
    opened.push(live);
    const database = live.context.db.displayName;
    const rows = await readTrackingRows(live.context);
    if (rows.length === 0) options.logger.warn(`${database} has no applied changesets (no ${live.context.tracking.names.changelogTable} rows): everything in it counts as drift`);
    const plan = await planUpdate(live.context, rows);
    const applied = plan.entries.filter((e) => e.ran);
    const notInChangelog = plan.unexpected.map((r) => ({ id: r.id, author: r.author, filePath: r.filename }));
    const changedSinceApplied = plan.mismatches.map((m) => idOf(m.changeSet));
    for (const c of notInChangelog) options.logger.warn(`${c.filePath}::${c.id}::${c.author} is applied but no longer in the changelog: not replayed`);
    for (const c of changedSinceApplied) options.logger.warn(`${c.filePath}::${c.id}::${c.author} changed since it was applied: replayed as it is now`);

    // What the replay warns of (WARN preconditions, ...) was said when the changesets were applied.
    const { logger } = options;
    const quiet = { debug: (m: string) => logger.debug(m), info: (m: string) => logger.debug(m), warn: (m: string) => logger.debug(m), error: (m: string) => logger.error(m) };
    const scratch = await openEngine({ ...engineOptions, logger: quiet });
    opened.push(scratch);
    const left = await replay(scratch.context, applied.map((e) => ({ key: keyOf(e.changeSet), markRan: e.ran!.execType === 'MARK_RAN' })));
    for (const c of left) options.logger.warn(`${c.filePath}::${c.id}::${c.author} is applied but left out by --contexts/--labels: not replayed`);
    options.logger.info(`Replayed ${applied.length - left.length} applied changesets of ${options.changelogFile} on the embedded PostgreSQL`);

    const snapshotOptions = {
      ...(options.schemas?.length ? { schemas: options.schemas } : {}),
      include: options.include,
      exclude: options.exclude,
      trackingTables: [live.context.tracking.names.changelogTable, live.context.tracking.names.lockTable, 'databasechangelog', 'databasechangeloglock'],
      clock: null,
      logger: options.logger,
    };
    const built = { snapshot: await takeSnapshot(scratch.context.db, snapshotOptions), connection: scratch.context.db, scratch: true };
    const actual = { snapshot: await takeSnapshot(live.context.db, snapshotOptions), connection: live.context.db };
    await alignViewText(built, actual, options.logger);
    const diff = diffSnapshots(built.snapshot, actual.snapshot, { detectRenames: options.detectRenames ?? true });
    diff.reference = { ...diff.reference, database: `what the ${applied.length - left.length} applied changesets build (replayed on the embedded PostgreSQL)` };
    diff.target = { ...diff.target, database };
    const differences = diff.missing.length + diff.unexpected.length + diff.changed.length + diff.renamed.length;
    return {
      drifted: !isEmptyDiff(diff),
      database,
      changelog: options.changelogFile,
      diff,
      replayed: applied.length - left.length,
      notInChangelog,
      changedSinceApplied,
      differences,
    };
  } finally {
    for (const engine of opened.reverse()) await engine.close().catch(() => {});
  }
}

/**
 * Runs the changesets in runs of the same kind (executed, or marked ran), each run an update over
 * only its own changesets: those of earlier runs are in DATABASECHANGELOG already, so
 * changeSetExecuted preconditions see them, and runAlways changesets run once. Returns the
 * changesets the run's filters left out.
 */
async function replay(context: EngineContext, wanted: Array<{ key: string; markRan: boolean }>): Promise<ChangeSetId[]> {
  const byKey = new Map(context.changeLog.changeSets.map((c) => [keyOf(c), c]));
  const runs: Array<{ markRan: boolean; changeSets: ChangeSet[] }> = [];
  for (const { key, markRan } of wanted) {
    const changeSet = byKey.get(key)!;
    const last = runs.at(-1);
    if (last && last.markRan === markRan) last.changeSets.push(changeSet);
    else runs.push({ markRan, changeSets: [changeSet] });
  }
  const left: ChangeSetId[] = [];
  for (const run of runs) {
    const replayContext: EngineContext = { ...context, changeLog: { ...context.changeLog, changeSets: run.changeSets } };
    const result = await update(replayContext, run.markRan ? { command: 'changelog-sync', syncOnly: true } : { command: 'update' });
    for (const c of result.changeSets) if (c.state === 'skipped' && /^(context|labels) /.test(c.reason ?? '')) left.push({ id: c.id, author: c.author, filePath: c.filePath });
    if (!result.ok) {
      throw new ConfigurationError(
        `The applied changesets do not replay on an empty database, so drift cannot be measured: ${result.error?.message ?? 'update failed'}\n` +
          'The changelog may have changed since they were applied, or rely on objects made outside it.',
      );
    }
  }
  return left;
}

function keyOf(changeSet: ChangeSet): string {
  return changeSetKey(changeSet.id, changeSet.author, changeSet.filePath);
}

function idOf(changeSet: ChangeSet): ChangeSetId {
  return { id: changeSet.id, author: changeSet.author, filePath: changeSet.filePath };
}

/** The drift action's command: the database at `url` against its changelog. */
export async function drift(o: DriftOptions): Promise<DriftResult> {
  if (!o.url) throw new ConfigurationError('drift checks a live database: set the url input');
  const report = await checkDrift({
    changelogFile: o.changelogFile,
    searchPath: o.searchPath,
    url: o.url,
    username: o.username,
    password: o.password,
    env: o.env,
    contexts: o.contexts,
    labels: o.labels,
    schemas: o.schemas,
    logger: o.logger,
  });
  if (report.drifted) o.logger.info(renderDriftText(report).trimEnd());
  return { drifted: report.drifted, change: schemaChangeOf(report.diff, { perspective: 'target' }), database: report.database };
}
