import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeSetMatchesContexts, contextsColumnValue, parseRuntimeContexts } from '../../../src/changelog/context-expression.js';
import { dbmsMatches } from '../../../src/changelog/dbms-filter.js';
import { changeSetMatchesLabels, labelsColumnValue, parseRuntimeLabels } from '../../../src/changelog/label-expression.js';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import type { DatabaseChangeLog } from '../../../src/changelog/model.js';
import { FileSystemResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { passThroughLoadChange } from '../support/pass-through-load-change.js';
import { LIQUIBASE_IT } from '../../support/corpus.js';

const corpus = LIQUIBASE_IT;
const goldenDir = fileURLToPath(new URL('../../golden/liquibase/pgsql-complete/', import.meta.url));

interface GoldenChangeSet {
  id: string;
  author: string;
  filename: string;
  comments: string | null;
  contextFilter: string | null;
  labels: string | null;
  dbms: string | null;
  accepted: { context: boolean; labels: boolean; dbms: boolean };
}
interface GoldenRow {
  id: string;
  author: string;
  filename: string;
  comments: string | null;
  contexts: string | null;
  labels: string | null;
}

describe('changelogs/pgsql/complete/root.changelog.xml (contexts "test, context-b")', () => {
  let changeLog: DatabaseChangeLog;
  beforeAll(async () => {
    changeLog = await loadChangeLog('changelogs/pgsql/complete/root.changelog.xml', {
      resources: new FileSystemResourceAccessor(corpus),
      loadChange: passThroughLoadChange,
      contexts: 'test, context-b',
      properties: { loginUser: 'root' },
      // Liquibase leaves out changesets whose dbms excludes the target, and so does the golden list.
      dbms: 'postgresql',
    });
  });

  it('reads the changesets in Liquibase order, from 22 files', () => {
    expect(changeLog.changeSets).toHaveLength(199);
    expect(changeLog.changeSets.slice(0, 3).map((c) => `${c.id}::${c.author}`)).toEqual(['1::nvoxland', '1.1::nvoxland', '1.2::nvoxland']);
    expect(new Set(changeLog.changeSets.map((c) => c.filePath)).size).toBe(22);
    expect(changeLog.preconditions.length).toBeGreaterThanOrEqual(3);
  });

  it('selects 191 + the precondition-skipped changesets with contexts "test, context-b" on postgresql', () => {
    const contexts = parseRuntimeContexts('test, context-b');
    const labels = parseRuntimeLabels(undefined);
    const selected = changeLog.changeSets.filter(
      (c) => changeSetMatchesContexts(c, contexts) && changeSetMatchesLabels(c, labels) && dbmsMatches(c.dbms, 'postgresql') && !c.ignore,
    );
    expect(selected.length).toBeGreaterThanOrEqual(191);
  });

  const goldenChanges = `${goldenDir}changes.json`;
  it.skipIf(!existsSync(goldenChanges))('matches the golden ids, authors, filenames, comments, contexts and labels', () => {
    const golden = JSON.parse(readFileSync(goldenChanges, 'utf8')) as { changeSets: GoldenChangeSet[] };
    const contexts = parseRuntimeContexts('test, context-b');
    const labels = parseRuntimeLabels(undefined);
    const ours = changeLog.changeSets.map((c) => ({
      id: c.id,
      author: c.author,
      filename: c.filePath,
      comments: c.comment ?? null,
      contextFilter: c.contextFilter ?? null,
      labels: c.labels.length ? c.labels.join(',') : null,
      dbms: sortedList(c.dbms ?? null),
      accepted: {
        context: changeSetMatchesContexts(c, contexts),
        labels: changeSetMatchesLabels(c, labels),
        dbms: dbmsMatches(c.dbms, 'postgresql'),
      },
    }));
    const theirs = golden.changeSets.map((c) => ({
      id: c.id,
      author: c.author,
      filename: c.filename,
      comments: c.comments,
      contextFilter: c.contextFilter,
      labels: c.labels,
      dbms: sortedList(c.dbms),
      accepted: c.accepted,
    }));
    expect(ours).toEqual(theirs);
  });

  const goldenRows = `${goldenDir}databasechangelog.json`;
  it.skipIf(!existsSync(goldenRows))('writes the golden FILENAME, CONTEXTS, LABELS and COMMENTS for every row', () => {
    const rows = JSON.parse(readFileSync(goldenRows, 'utf8')) as GoldenRow[];
    expect(rows).toHaveLength(191);
    for (const row of rows) {
      const changeSet = changeLog.changeSets.find((c) => c.id === row.id && c.author === row.author && c.filePath === row.filename);
      expect(changeSet, `${row.filename}::${row.id}::${row.author}`).toBeDefined();
      expect({ contexts: contextsColumnValue(changeSet!), labels: labelsColumnValue(changeSet!), comments: changeSet!.comment ?? '' }).toEqual({
        contexts: row.contexts,
        labels: row.labels,
        comments: row.comments ?? '',
      });
    }
  });
});

/** Liquibase reports dbms as a set; compare the members. */
function sortedList(value: string | null): string | null {
  return value === null ? null : value.split(',').map((v) => v.trim()).sort().join(',');
}
