import type { Change, ChangeSet, DatabaseChangeLog, ModifySql } from '../changelog/model.js';
import type { GenerateContext, SqlStatement } from '../changes/change-type.js';
import { changeTypes } from '../changes/registry.js';
import { ChangelogError } from '../errors.js';
import { dbmsMatches } from '../changelog/dbms-filter.js';
import { sameFilePath } from '../changelog/file-path.js';
import { truncateColumn } from '../tracking/tracking-tables.js';
import { modifySqlApplies } from './changeset-filter.js';
import type { EngineContext } from './engine-context.js';

/** What one changeset runs, in order, with modifySql applied. */
export interface ChangeSetSqlContext extends Omit<GenerateContext, 'changeSet'> {
  /** Which `<modifySql>` visitors apply to this run (contexts, labels); all when absent. */
  modifySqlApplies?: (visitor: ModifySql) => boolean;
  /**
   * The statements go into a script (update-sql) run later: changes that read the database
   * write the form that reads it when the script runs, since the database holds none of what
   * the script's earlier statements create.
   */
  script?: boolean;
}

/** The SQL-generation context of a run: its dialect, files, properties, database and filters. */
export function sqlContextOf(context: EngineContext): ChangeSetSqlContext {
  return {
    dialect: context.dialect,
    resources: context.resources,
    expand: context.expand,
    database: context.db,
    modifySqlApplies: (visitor) => modifySqlApplies(visitor, context),
  };
}

export async function changeSetStatements(changeSet: ChangeSet, context: ChangeSetSqlContext): Promise<SqlStatement[]> {
  const statements: SqlStatement[] = [];
  for (const change of changeSet.changes) {
    if (!changeApplies(change, context.dialect.name)) continue;
    const type = changeTypeOf(change, changeSet);
    if (READS_DATABASE_WHEN_RUN.has(change.type) && context.script) {
      statements.push(...(await type.generateSql(change, { ...context, changeSet, database: undefined })));
      continue;
    }
    if (READS_DATABASE_WHEN_RUN.has(change.type)) {
      statements.push({
        sql: `-- ${type.description(change)}: statements read from the database when it runs`,
        deferred: (database) => type.generateSql(change, { ...context, changeSet, database }),
      });
      continue;
    }
    statements.push(...withChangelogLines(await type.generateSql(change, { ...context, changeSet }), change));
  }
  return applyModifySql(statements, activeVisitors(changeSet, context, false), context.dialect.name, false);
}

/**
 * The statements that undo a changeset: its explicit rollback block (changes in declared order,
 * then referenced changesets), or the automatic inverse of its changes in reverse order.
 * Throws a ChangelogError naming the changeset when no rollback can be generated.
 */
export async function rollbackStatements(
  changeSet: ChangeSet,
  changeLog: DatabaseChangeLog,
  context: ChangeSetSqlContext,
): Promise<SqlStatement[]> {
  const generate = { ...context, changeSet };
  const statements: SqlStatement[] = [];
  if (changeSet.rollback) {
    for (const change of changeSet.rollback.changes) {
      if (!changeApplies(change, context.dialect.name)) continue;
      statements.push(...(await changeTypeOf(change, changeSet).generateSql(change, generate)));
    }
    for (const reference of changeSet.rollback.references) {
      const target = findReferencedChangeSet(changeLog, changeSet, reference);
      for (const change of target.changes) {
        if (!changeApplies(change, context.dialect.name)) continue;
        statements.push(...(await changeTypeOf(change, target).generateSql(change, { ...context, changeSet: target })));
      }
    }
  } else {
    for (const change of [...changeSet.changes].reverse()) {
      if (!changeApplies(change, context.dialect.name)) continue;
      const type = changeTypeOf(change, changeSet);
      const inverse = type.inverse ? await type.inverse(change, generate) : undefined;
      if (!inverse) {
        throw new ChangelogError(
          `No inverse to ${change.type} can be generated automatically; add a <rollback> block to the changeset (an empty one if nothing needs undoing)`,
          { location: changeSet.location, changeSet },
        );
      }
      for (const inverseChange of inverse) {
        statements.push(...(await changeTypeOf(inverseChange, changeSet).generateSql(inverseChange, generate)));
      }
    }
  }
  return applyModifySql(statements, activeVisitors(changeSet, context, true), context.dialect.name, true);
}

function activeVisitors(changeSet: ChangeSet, context: ChangeSetSqlContext, rollback: boolean): ModifySql[] {
  return changeSet.modifySql.filter((visitor) => (!rollback || visitor.applyToRollback) && (context.modifySqlApplies?.(visitor) ?? true));
}

/** Whether a changeset can be rolled back without running anything (for reports and policy). */
export function hasRollback(changeSet: ChangeSet): boolean {
  if (changeSet.rollback) return true;
  return changeSet.changes.every((change) => changeTypes.get(change.type)?.inverse !== undefined);
}

/** DESCRIPTION as Liquibase writes it: the changes' descriptions joined with `; `, or `empty`. */
export function changeSetDescription(changeSet: ChangeSet): string {
  if (changeSet.changes.length === 0) return 'empty';
  return truncateColumn(changeSet.changes.map((change) => changeTypeOf(change, changeSet).description(change)).join('; '));
}

/** The tag of a tagDatabase change in the changeset, written to TAG. */
export function changeSetTag(changeSet: ChangeSet): string | null {
  const tagChange = changeSet.changes.find((change) => change.type === 'tagDatabase');
  const tag = tagChange?.params.tag;
  return typeof tag === 'string' ? tag : null;
}

/**
 * Changes whose SQL depends on what the database holds at that moment, which may be what earlier
 * changes of the same changeset just created: generated when they run, as Liquibase does.
 */
const READS_DATABASE_WHEN_RUN = new Set(['dropAllForeignKeyConstraints', 'loadData', 'loadUpdateData']);

/** Statement lines relative to the change's text become lines of the changelog file. */
function withChangelogLines(statements: SqlStatement[], change: Change): SqlStatement[] {
  const base = change.location.line;
  return statements.map((statement) => ({ ...statement, line: base === undefined ? undefined : base + (statement.line ?? 1) - 1 }));
}

function changeApplies(change: Change, dialectName: string): boolean {
  const dbms = change.params.dbms;
  return typeof dbms !== 'string' || dbmsMatches(dbms, dialectName);
}

function changeTypeOf(change: Change, changeSet: ChangeSet) {
  const type = changeTypes.get(change.type);
  if (!type) throw new ChangelogError(`Unknown change type '${change.type}'`, { location: change.location, changeSet });
  return type;
}

function findReferencedChangeSet(
  changeLog: DatabaseChangeLog,
  from: ChangeSet,
  reference: { id: string; author: string; path?: string },
): ChangeSet {
  const path = reference.path ?? from.filePath;
  const found = changeLog.changeSets.find(
    (candidate) => candidate.id === reference.id && candidate.author === reference.author && sameFilePath(candidate.filePath, path),
  );
  if (!found) {
    throw new ChangelogError(`The rollback refers to changeset ${reference.id}::${reference.author}${reference.path ? ` in ${reference.path}` : ''}, which the changelog does not contain`, {
      location: from.rollback?.location ?? from.location,
      changeSet: from,
    });
  }
  return found;
}

/** Applies `<modifySql>` visitors (replace, regExpReplace, prepend, append) to generated statements. */
export function applyModifySql(statements: SqlStatement[], visitors: ModifySql[], dialectName: string, rollback: boolean): SqlStatement[] {
  const active = visitors.filter((visitor) => (!rollback || visitor.applyToRollback) && (!visitor.dbms || dbmsMatches(visitor.dbms, dialectName)));
  if (active.length === 0) return statements;
  return statements.map((statement) => {
    let sql = statement.sql;
    for (const visitor of active) {
      switch (visitor.kind) {
        case 'replace':
          sql = sql.split(visitor.replace ?? '').join(visitor.with ?? '');
          break;
        case 'regExpReplace':
          sql = sql.replace(new RegExp(visitor.replace ?? '', 'g'), javaReplacement(visitor.with ?? ''));
          break;
        case 'prepend':
          sql = `${visitor.value ?? ''}${sql}`;
          break;
        case 'append':
          sql = `${sql}${visitor.value ?? ''}`;
          break;
      }
    }
    return { ...statement, sql };
  });
}

/** Java's replacement syntax (`$1`, `\$`) to JavaScript's (`$1`, `$$`). */
function javaReplacement(replacement: string): string {
  return replacement.replace(/\\\$/g, '$$$$');
}
