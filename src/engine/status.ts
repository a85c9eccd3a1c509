import type { RunResult } from '../report/model.js';
import type { RanChangeSet } from '../tracking/tracking-tables.js';
import type { EngineContext } from './engine-context.js';
import { planUpdate } from './plan-update.js';
import { checkChangeLogPreconditions, validationError, validationProblems } from './validate-changelog.js';
import { changeSetResult, failResult, startResult } from './results.js';
import { readTrackingRows } from './tracking-session.js';

/**
 * What update would do, without locking or creating anything: pending changesets, applied ones,
 * filtered ones, and checksum mismatches (`validate` fails on those).
 */
export async function status(context: EngineContext, command: 'status' | 'validate' = 'status'): Promise<RunResult> {
  const started = Date.now();
  const result = startResult(command, context.db.displayName, context.changeLog.rootPath);
  try {
    const rows = await readTrackingRows(context);
    const plan = await planUpdate(context, rows);
    const mismatched = new Map(plan.mismatches.map((m) => [m.changeSet, m]));
    for (const entry of plan.entries) {
      const mismatch = mismatched.get(entry.changeSet);
      const state = entry.action === 'ran' ? 'applied' : entry.action === 'skip' ? 'skipped' : 'pending';
      result.changeSets.push(
        changeSetResult(entry.changeSet, state, {
          checksum: entry.checksum,
          reason: mismatch ? `checksum changed: was ${mismatch.stored}, now ${mismatch.current}` : entry.reason,
          description: entry.ran?.description ?? '',
        }),
      );
    }
    if (plan.mismatches.length > 0) {
      result.ok = false;
      result.error = {
        message: `${plan.mismatches.length} applied changeset${plan.mismatches.length === 1 ? '' : 's'} changed since ${plan.mismatches.length === 1 ? 'it was' : 'they were'} applied (checksum mismatch): ${plan.mismatches
          .map((m) => `${m.changeSet.filePath}::${m.changeSet.id}::${m.changeSet.author}`)
          .join(', ')}`,
      };
    }
    if (command === 'validate' && result.ok) {
      // As Liquibase's validate: changelog preconditions (HALT) and what this database refuses.
      await checkChangeLogPreconditions(context, rows);
      const problems = validationProblems(context);
      if (problems.length > 0) throw validationError(problems);
    }
  } catch (error) {
    failResult(result, error);
  }
  result.durationMs = Date.now() - started;
  return result;
}

/** `unexpected-changesets`: DATABASECHANGELOG rows of changesets the changelog does not contain. */
export async function unexpectedChangeSets(context: EngineContext): Promise<RanChangeSet[]> {
  return (await planUpdate(context, await readTrackingRows(context))).unexpected;
}
