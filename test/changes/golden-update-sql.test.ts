/**
 * The SQL text itself: what we generate for each changeset equals what Liquibase printed for it in
 * `update-sql` (tracking-table statements and Liquibase's SET SEARCH_PATH lines aside).
 */
import { describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../src/changelog/load-changelog.js';
import { contextExpressionMatches, parseRuntimeContexts } from '../../src/changelog/context-expression.js';
import { dbmsMatches } from '../../src/changelog/dbms-filter.js';
import { labelsMatch, parseLabelList, parseRuntimeLabels } from '../../src/changelog/label-expression.js';
import type { GenerateContext } from '../../src/changes/change-type.js';
import { changeTypes, loadChange } from '../../src/changes/registry.js';
import { PostgresDialect } from '../../src/dialect/postgres/postgres-dialect.js';
import { caseFileExists, goldenCases, readCaseFile, resourcesOf } from './support/golden-cases.js';
import { applyVisitors } from './support/replay-golden.js';

/** Changesets whose SQL depends on the database state at the time (Liquibase read it while printing). */
const DEPENDS_ON_DATABASE = new Set(['dropAllForeignKeyConstraints', 'loadData', 'loadUpdateData']);


/**
 * Liquibase's update-sql output as `file::id::author` → the text printed for the changeset's own
 * statements (tracking-table statements, SET SEARCH_PATH and comment lines left out).
 */
function recordedBlocks(updateSql: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let key: string | undefined;
  let lines: string[] = [];
  const flush = (): void => {
    if (key !== undefined) blocks.set(key, lines.join('\n'));
  };
  for (const line of updateSql.split('\n')) {
    if (line.startsWith('-- Changeset ')) {
      flush();
      key = line.slice('-- Changeset '.length).trim();
      lines = [];
    } else if (key !== undefined) {
      lines.push(line);
    }
  }
  flush();
  for (const [name, text] of blocks) {
    // A changeset's text ends where its tracking row is inserted.
    const end = text.search(/^INSERT INTO public\.databasechangelog /m);
    blocks.set(name, end >= 0 ? text.slice(0, end) : text);
  }
  return blocks;
}

/**
 * What both sides are compared on: no comment lines, no SET SEARCH_PATH, statement delimiters
 * (`;` or the change's endDelimiter) and white space runs ignored, and literal timestamps masked
 * as the recorder masks them.
 */
function comparable(text: string, delimiters: string[]): string {
  let result = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--') && !/^SET SEARCH_PATH/i.test(line.trim()))
    .join('\n');
  for (const delimiter of delimiters) result = result.split(delimiter).join(' ');
  return result
    .replace(/'\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?'/g, "'<timestamp>'")
    .replace(/\s+/g, ' ')
    .trim();
}

const cases = goldenCases().filter((spec) => caseFileExists(spec, 'update-sql.sql'));

/** Changesets whose values depend on the YAML/JSON reader matching SnakeYAML (exact longs, dates). */
const READER_DEPENDENT = new Set([
  'changelogs/change-types/json-values.json::json-table::dbops',
  'changelogs/change-types/json-values.json::json-insert::dbops',
  'changelogs/change-types/yaml-values.yaml::yaml-table::dbops',
  'changelogs/change-types/yaml-values.yaml::yaml-insert::dbops',
]);

describe.each(cases.map((spec) => [spec.dir, spec] as const))('update-sql text of %s', (_name, spec) => {
  it('equals what Liquibase printed, changeset by changeset', async () => {
    const resources = resourcesOf(spec);
    const changeLog = await loadChangeLog(spec.changelog, { resources, loadChange, properties: spec.parameters, contexts: spec.contexts ?? undefined, labels: spec.labels ?? undefined, dbms: 'postgresql' });
    const recorded = recordedBlocks(readCaseFile(spec, 'update-sql.sql'));
    const runtimeContexts = parseRuntimeContexts(spec.contexts ?? undefined);
    const runtimeLabels = parseRuntimeLabels(spec.labels ?? undefined);
    const dialect = new PostgresDialect();
    const expand = (text: string): string => text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => spec.parameters[name] ?? changeLog.properties[name] ?? whole);
    const differences: string[] = [];
    let compared = 0;
    for (const changeSet of changeLog.changeSets) {
      const key = `${changeSet.filePath}::${changeSet.id}::${changeSet.author}`;
      const expected = recorded.get(key);
      if (expected === undefined || READER_DEPENDENT.has(key)) continue;
      if (changeSet.changes.some((change) => DEPENDS_ON_DATABASE.has(change.type) || change.type === 'executeCommand')) continue;
      const context: GenerateContext = { dialect, changeSet, resources, expand };
      const visitors = changeSet.modifySql.filter(
        (visitor) =>
          (!visitor.dbms || dbmsMatches(visitor.dbms, 'postgresql')) &&
          contextExpressionMatches(visitor.contextFilter, runtimeContexts) &&
          labelsMatch(parseLabelList(visitor.labels), runtimeLabels),
      );
      const ours: string[] = [];
      const delimiters = [';'];
      for (const change of changeSet.changes) {
        const type = changeTypes.get(change.type)!;
        if (type.dbmsTargeted && typeof change.params.dbms === 'string' && !dbmsMatches(change.params.dbms, 'postgresql')) continue;
        if (typeof change.params.endDelimiter === 'string' && change.params.endDelimiter.trim()) delimiters.push(change.params.endDelimiter.trim());
        ours.push(...(await type.generateSql(change, context)).map((statement) => applyVisitors(statement.sql, visitors)));
      }
      compared++;
      const mine = comparable(ours.join('\n'), delimiters);
      const theirs = comparable(expected, delimiters);
      if (mine !== theirs) differences.push(`${key}\n  ours:      ${mine}\n  liquibase: ${theirs}`);
    }
    console.log(`${spec.dir}: ${compared - differences.length}/${compared} changesets print the same SQL`);
    expect(differences).toEqual([]);
  });
});
