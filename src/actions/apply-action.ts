import type { EngineContext } from '../engine/engine-context.js';
import { runAnnotations } from '../github/annotations.js';
import { renderApplySection } from '../report/apply-section.js';
import type { SchemaChange } from '../report/er-diagram.js';
import { renderSchemaChangeSection } from '../report/schema-change-section.js';
import type { Snapshot } from '../snapshot/model.js';
import { changeSetLabel } from '../report/changeset-label.js';
import type { ChangeSetResult, RunResult } from '../report/model.js';
import { type ActionEnvironment, commentKey, repositoryPath } from './action-environment.js';
import { commandOptions, openActionEngine } from './action-engine.js';
import { readApplyInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The apply action: update (or update-sql with `dry-run`), then, if a changeset failed and
 * `rollback-on-failure` is on, roll back exactly the changesets this run applied, so the database
 * is as it was before the step. Reports to the PR comment, the job summary and annotations,
 * sets `applied`, `changesets` and `comment-url`, and fails the step with the changeset, the
 * statement and what the database said.
 */
export async function runApply(env: ActionEnvironment): Promise<void> {
  const inputs = readApplyInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const key = commentKey(env, inputs.changelogFile, inputs.environment);
  env.logger.info(
    `${inputs.dryRun ? 'Dry run (SQL only) of' : 'Applying'} ${key.changelog}${inputs.environment ? ` to ${inputs.environment}` : ''}` +
      `${inputs.url ? '' : ' on the embedded PostgreSQL (no url input)'}`,
  );

  const opened = await openActionEngine(env, commandOptions(env, inputs));
  let result: RunResult;
  let schemaChange: SchemaChange | undefined;
  try {
    const { update } = await import('../engine/update.js');
    // The schema before and after, for the comment's diagram of the tables this apply touched.
    const before = inputs.dryRun ? undefined : await schemaSnapshot(opened.context, env);
    result = await update(opened.context, inputs.dryRun ? { sqlOnly: true } : {});
    if (before && result.ok && result.changeSets.some((c) => c.state === 'executed' || c.state === 'reran')) {
      schemaChange = await schemaChangeSince(before, opened.context, env);
    }
    if (!result.ok && !inputs.dryRun && inputs.rollbackOnFailure) result = await rollBackThisRun(env, opened.context, result);
    else if (!result.ok && !inputs.dryRun) env.logger.info('rollback-on-failure is false: the changesets this run applied before the failure stay applied.');
  } finally {
    await opened.close();
  }

  if (inputs.dryRun) {
    result = asPending(result);
    if (result.script) env.logger.group(`SQL that update would run (${result.changeSets.filter((c) => c.state === 'pending').length} changesets)`, result.script);
  }

  const applied = result.changeSets.filter((c) => c.state === 'executed' || c.state === 'reran');
  env.runtime.setOutput('applied', applied.length);
  env.runtime.setOutput(
    'changesets',
    JSON.stringify(result.changeSets.filter((c) => c.state !== 'applied').map(({ id, author, filePath, state }) => ({ id, author, filePath, state }))),
  );
  env.logger.info(summaryLine(result, inputs.dryRun));

  const report = await publishReport(env, {
    key,
    sections: [
      renderApplySection(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {}),
      ...(schemaChange ? [renderSchemaChangeSection(schemaChange, { id: 'schema', title: 'Schema change applied', ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) })] : []),
    ],
    annotations: result.ok ? [] : runAnnotations(result),
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);

  if (!result.ok) env.fail(failureMessage(result, (file) => repositoryPath(env, file)));
}

/**
 * Rolls back the changesets this run recorded (EXECUTED and MARK_RAN rows), newest first. A
 * changeset that re-ran (runOnChange / runAlways) is left alone: its earlier version cannot be
 * restored by a rollback.
 */
async function rollBackThisRun(env: ActionEnvironment, context: EngineContext, failed: RunResult): Promise<RunResult> {
  const ours = failed.changeSets.filter((c) => c.state === 'executed' || c.state === 'markRan');
  const reran = failed.changeSets.filter((c) => c.state === 'reran');
  if (reran.length) env.logger.warn(`Not rolled back (re-ran, their earlier version cannot be restored): ${reran.map(changeSetLabel).join(', ')}`);
  if (ours.length === 0) {
    env.logger.info('No changeset was applied by this run before the failure: nothing to roll back.');
    return failed;
  }
  env.logger.info(`Rolling back the ${ours.length} changeset${ours.length === 1 ? '' : 's'} this run applied before the failure`);
  const { rollback } = await import('../engine/rollback.js');
  const undone = await rollback(context, { changeSets: ours.map(({ id, author, filePath }) => ({ id, author, filePath })) });
  const rolledBack = new Set(undone.changeSets.filter((c) => c.state === 'rolledBack').map(identity));
  const changeSets = failed.changeSets.map((c): ChangeSetResult => (rolledBack.has(identity(c)) ? { ...c, state: 'rolledBack' } : c));
  if (undone.ok) {
    env.logger.info(`Rolled back ${rolledBack.size} changeset${rolledBack.size === 1 ? '' : 's'}: the database is as it was before this step.`);
    return { ...failed, changeSets, rolledBackAfterFailure: true };
  }
  const left = ours.filter((c) => !rolledBack.has(identity(c)));
  const message = `${failed.error?.message ?? 'update failed'}\nThe rollback of this run's changesets failed too: ${undone.error?.message ?? 'unknown error'}.\nStill applied: ${left.map(changeSetLabel).join(', ')}.`;
  env.logger.error(`Rollback after the failure failed: ${undone.error?.message ?? 'unknown error'}`);
  return { ...failed, changeSets, error: { ...failed.error, message } };
}

/** A snapshot of the schema; undefined (and a warning) if it cannot be read: the diagram is a nicety. */
async function schemaSnapshot(context: EngineContext, env: ActionEnvironment): Promise<Snapshot | undefined> {
  try {
    const { takeSnapshot } = await import('../snapshot/take-snapshot.js');
    return await takeSnapshot(context.db, { schemas: [context.dialect.defaultSchema] });
  } catch (error) {
    env.logger.warn(`No schema diagram: the schema could not be read (${(error as Error).message})`);
    return undefined;
  }
}

async function schemaChangeSince(before: Snapshot, context: EngineContext, env: ActionEnvironment): Promise<SchemaChange | undefined> {
  const after = await schemaSnapshot(context, env);
  if (!after) return undefined;
  const { diffSnapshots } = await import('../diff/diff-snapshots.js');
  const { schemaChangeOf } = await import('../diff/schema-change.js');
  return schemaChangeOf(diffSnapshots(after, before));
}

/** Under update-sql the engine reports what it would have run as executed; nothing ran. */
function asPending(result: RunResult): RunResult {
  return { ...result, changeSets: result.changeSets.map((c) => (c.state === 'executed' || c.state === 'reran' ? { ...c, state: 'pending' } : c)) };
}

function identity(c: { id: string; author: string; filePath: string }): string {
  return `${c.filePath}::${c.id}::${c.author}`;
}

function summaryLine(result: RunResult, dryRun: boolean): string {
  const count = (state: ChangeSetResult['state']) => result.changeSets.filter((c) => c.state === state).length;
  if (dryRun) return `Dry run: ${count('pending')} changesets would run; nothing was changed.`;
  const parts = [`${count('executed') + count('reran')} applied`, `${count('applied')} already applied`];
  if (count('failed')) parts.push(`${count('failed')} failed`);
  if (count('rolledBack')) parts.push(`${count('rolledBack')} rolled back`);
  if (count('notExecuted')) parts.push(`${count('notExecuted')} not run`);
  return `Update ${result.ok ? 'finished' : 'failed'}: ${parts.join(', ')} (${result.durationMs} ms).`;
}

/** The failing changeset, where it is, the statement and what the database said. */
export function failureMessage(result: RunResult, toRepository: (file: string) => string = (file) => file): string {
  const failed = result.changeSets.find((c) => c.state === 'failed');
  const lines = [result.error?.message ?? 'The update failed.'];
  const detail = failed?.error ?? result.error?.detail;
  if (failed?.sourceFile) lines.push(`At ${toRepository(failed.sourceFile)}${failed.line ? `:${failed.line}` : ''}.`);
  if (detail?.statement) lines.push(`Statement: ${detail.statement}`);
  if (detail?.code) lines.push(`SQLSTATE ${detail.code}${detail.detail ? `: ${detail.detail}` : ''}`);
  if (detail?.hint) lines.push(`Hint: ${detail.hint}`);
  if (result.rolledBackAfterFailure) lines.push('The changesets this run applied were rolled back.');
  return lines.join('\n');
}
