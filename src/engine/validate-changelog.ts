import type { ChangeSet } from '../changelog/model.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import { changeTypes } from '../changes/registry.js';
import { ConfigurationError } from '../errors.js';
import type { RanChangeSet } from '../tracking/tracking-tables.js';
import { changeSetFilter } from './changeset-filter.js';
import type { EngineContext } from './engine-context.js';
import { evaluatePreconditions } from './preconditions.js';

/**
 * Evaluates the changelog-level preconditions (HALT refuses the whole run, with where and why);
 * returns the files whose changesets are skipped (CONTINUE, MARK_RAN).
 */
export async function checkChangeLogPreconditions(context: EngineContext, ranChangeSets: RanChangeSet[], options: { sqlOnly?: boolean } = {}): Promise<Set<string>> {
  const skipped = new Set<string>();
  for (const container of context.changeLog.preconditions) {
    if (options.sqlOnly && container.onSqlOutput !== 'TEST') continue;
    const outcome = await evaluatePreconditions(container, {
      db: context.db,
      dbms: context.dialect.name,
      defaultSchema: context.dialect.defaultSchema,
      ranChangeSets,
      properties: context.properties,
    });
    if (outcome.status === 'passed') continue;
    const action = outcome.status === 'failed' ? container.onFail : container.onError;
    const where = `${container.location.file}${container.location.line ? `:${container.location.line}` : ''}`;
    if (action === 'HALT') throw new ConfigurationError(`Changelog preconditions failed at ${where}: ${outcome.message}`);
    if (action === 'WARN') context.logger.warn(`Changelog preconditions failed at ${where} (WARN): ${outcome.message}`);
    else skipped.add(container.location.file);
  }
  return skipped;
}

/** One thing Liquibase's validation refuses, located in the changelog. */
export interface ValidationProblem {
  changeSet: ChangeSet;
  message: string;
}

/**
 * What Liquibase's validation refuses in the changesets of this run (those the contexts, labels
 * and dbms let through), before anything runs: a runWith executor other than `jdbc` ("Unable to
 * locate Executor"), and what a change type does not allow on this database.
 */
export function validationProblems(context: EngineContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  for (const changeSet of context.changeLog.changeSets) {
    if (!changeSetFilter(changeSet, context).included) continue;
    if (changeSet.runWith !== undefined && changeSet.runWith.toLowerCase() !== 'jdbc') {
      problems.push({ changeSet, message: `runWith="${changeSet.runWith}": dbops runs changesets through its own connection only (runWith="jdbc")` });
    }
    for (const change of changeSet.changes) {
      const dbms = change.params.dbms;
      if (typeof dbms === 'string' && !dbmsMatches(dbms, context.dialect.name)) continue;
      for (const message of changeTypes.get(change.type)?.validate?.(change, { dialect: context.dialect }) ?? []) problems.push({ changeSet, message });
    }
  }
  return problems;
}

/** The problems as one configuration error: what to fix, where. */
export function validationError(problems: ValidationProblem[]): ConfigurationError {
  const lines = problems.map(({ changeSet, message }) => {
    const where = `${changeSet.location.file}${changeSet.location.line ? `:${changeSet.location.line}` : ''}`;
    return `  ${where}: ${changeSet.filePath}::${changeSet.id}::${changeSet.author}: ${message}`;
  });
  return new ConfigurationError(`Validation failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the changelog:\n${lines.join('\n')}`);
}
