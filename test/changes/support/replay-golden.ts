/**
 * Replays a recorded Liquibase run with this engine's change types only: the changesets Liquibase
 * EXECUTED (in its DATABASECHANGELOG order, so preconditions and contexts are already decided)
 * have their SQL generated here and run on a fresh database, whose schema and data must then
 * equal what Liquibase left. Rolling them back (explicit rollback blocks, else the automatic
 * inverses) must leave what Liquibase's rollback left. This isolates SQL generation from the engine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contextExpressionMatches, parseRuntimeContexts } from '../../../src/changelog/context-expression.js';
import { dbmsMatches } from '../../../src/changelog/dbms-filter.js';
import { labelsMatch, parseLabelList, parseRuntimeLabels } from '../../../src/changelog/label-expression.js';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import type { Change, ChangeSet, DatabaseChangeLog, ModifySql } from '../../../src/changelog/model.js';
import type { GenerateContext } from '../../../src/changes/change-type.js';
import { changeTypes, loadChange } from '../../../src/changes/registry.js';
import type { PgConnection } from '../../../src/database/pg-connection.js';
import { PostgresDialect } from '../../../src/dialect/postgres/postgres-dialect.js';
import { normalizePgDump } from '../../support/normalize-pg-dump.js';
import type { GoldenRow } from '../../support/schema-dump.js';
import { readCaseFile, resourcesOf, searchPathOf, type GoldenCase } from './golden-cases.js';

export interface Replay {
  changeLog: DatabaseChangeLog;
  /** The changesets Liquibase executed, in order. */
  executed: ChangeSet[];
  /** Generates and runs one list of changes, each change's SQL generated just before it runs. */
  run(changeSet: ChangeSet, changes: Change[], visitorsApply: (visitor: ModifySql) => boolean): Promise<void>;
  modifySqlApplies(visitor: ModifySql, rollback: boolean): boolean;
}

export async function prepareReplay(spec: GoldenCase, conn: PgConnection, parameters: Record<string, string> = {}): Promise<Replay> {
  const resources = resourcesOf(spec);
  const properties = { ...spec.parameters, ...parameters };
  const changeLog = await loadChangeLog(spec.changelog, { resources, loadChange, properties, contexts: spec.contexts ?? undefined, labels: spec.labels ?? undefined, dbms: 'postgresql' });
  if (spec.setupSql) await conn.exec(readFileSync(path.join(searchPathOf(spec), spec.setupSql), 'utf8'));

  const rows = readCaseFile<GoldenRow[]>(spec, 'databasechangelog.json');
  const byKey = new Map(changeLog.changeSets.map((changeSet) => [`${changeSet.filePath}::${changeSet.id}::${changeSet.author}`, changeSet]));
  const executed = [...rows]
    .sort((a, b) => a.orderexecuted - b.orderexecuted)
    .filter((row) => row.exectype === 'EXECUTED')
    .map((row) => {
      const changeSet = byKey.get(`${row.filename}::${row.id}::${row.author}`);
      if (!changeSet) throw new Error(`recorded changeset ${row.filename}::${row.id}::${row.author} is not in the changelog`);
      return changeSet;
    });

  const runtimeContexts = parseRuntimeContexts(spec.contexts ?? undefined);
  const runtimeLabels = parseRuntimeLabels(spec.labels ?? undefined);
  const dialect = new PostgresDialect();
  const expand = (text: string): string => text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties[name] ?? changeLog.properties[name] ?? whole);

  return {
    changeLog,
    executed,
    modifySqlApplies: (visitor, rollback) =>
      (!rollback || visitor.applyToRollback) &&
      (!visitor.dbms || dbmsMatches(visitor.dbms, 'postgresql')) &&
      contextExpressionMatches(visitor.contextFilter, runtimeContexts) &&
      labelsMatch(parseLabelList(visitor.labels), runtimeLabels),
    async run(changeSet, changes, visitorsApply) {
      const context: GenerateContext = { dialect, changeSet, resources, expand, database: conn };
      const visitors = changeSet.modifySql.filter(visitorsApply);
      for (const change of changes) {
        const type = changeTypes.get(change.type)!;
        if (type.dbmsTargeted && typeof change.params.dbms === 'string' && !dbmsMatches(change.params.dbms, 'postgresql')) continue;
        if (change.type === 'executeCommand' || change.type === 'output') continue;
        for (const statement of await type.generateSql(change, context)) {
          const sql = applyVisitors(statement.sql, visitors);
          try {
            await conn.exec(sql);
          } catch (error) {
            if (changeSet.failOnError === false) return;
            throw new Error(`${changeSet.filePath}::${changeSet.id}::${changeSet.author}: ${(error as Error).message}\n${sql}`, { cause: error });
          }
        }
      }
    },
  };
}

/** Runs every changeset Liquibase executed. */
export async function replayUpdate(replay: Replay): Promise<void> {
  for (const changeSet of replay.executed) {
    await replay.run(changeSet, changeSet.changes, (visitor) => replay.modifySqlApplies(visitor, false));
  }
}

/** Rolls back the last `count` executed changesets, newest first, as Liquibase's rollback-count does. */
export async function replayRollback(replay: Replay, count: number, conn: PgConnection): Promise<void> {
  const dialect = new PostgresDialect();
  for (const changeSet of replay.executed.slice(-count).reverse()) {
    const visitorsApply = (visitor: ModifySql): boolean => replay.modifySqlApplies(visitor, true);
    if (changeSet.rollback) {
      await replay.run(changeSet, changeSet.rollback.changes, visitorsApply);
      for (const reference of changeSet.rollback.references) {
        const target = replay.changeLog.changeSets.find((candidate) => candidate.id === reference.id && candidate.author === reference.author);
        if (!target) throw new Error(`rollback reference ${reference.id}::${reference.author} not found`);
        await replay.run(target, target.changes, visitorsApply);
      }
      continue;
    }
    const context: GenerateContext = { dialect, changeSet, resources: resourcesOfChangeLog(replay), expand: (text) => text, database: conn };
    for (const change of [...changeSet.changes].reverse()) {
      const type = changeTypes.get(change.type)!;
      if (type.dbmsTargeted && typeof change.params.dbms === 'string' && !dbmsMatches(change.params.dbms, 'postgresql')) continue;
      const inverse = type.inverse ? await type.inverse(change, context) : undefined;
      if (!inverse) throw new Error(`${changeSet.id}::${changeSet.author}: no inverse for ${change.type}`);
      await replay.run(changeSet, inverse, visitorsApply);
    }
  }
}

let currentResources: GenerateContext['resources'] | undefined;
function resourcesOfChangeLog(_replay: Replay): GenerateContext['resources'] {
  if (!currentResources) throw new Error('resources not set');
  return currentResources;
}

/** Which resources the automatic inverses read (loadUpdateData's CSV). */
export function useResources(resources: GenerateContext['resources']): void {
  currentResources = resources;
}

/** Applies modifySql visitors as the engine does (replace, regExpReplace, prepend, append). */
export function applyVisitors(sql: string, visitors: ModifySql[]): string {
  let text = sql;
  for (const visitor of visitors) {
    if (visitor.kind === 'replace') text = text.split(visitor.replace ?? '').join(visitor.with ?? '');
    else if (visitor.kind === 'regExpReplace') text = text.replace(new RegExp(visitor.replace ?? '', 'g'), visitor.with ?? '');
    else if (visitor.kind === 'prepend') text = `${visitor.value ?? ''}${text}`;
    else text = `${text}${visitor.value ?? ''}`;
  }
  return text;
}

/** Table rows as the recorder dumps them (pg_dump --data-only --inserts --column-inserts, normalised). */
export function dumpData(url: string): string {
  const dump = execFileSync('pg_dump', ['--data-only', '--inserts', '--column-inserts', '--exclude-table=public.databasechangelog*', url], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return normalizePgDump(dump);
}
