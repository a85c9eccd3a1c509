import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeSetMatchesContexts, parseRuntimeContexts } from '../../../src/changelog/context-expression.js';
import { dbmsMatches } from '../../../src/changelog/dbms-filter.js';
import { changeSetMatchesLabels, parseRuntimeLabels } from '../../../src/changelog/label-expression.js';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import { FileSystemResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { checkingLoadChange } from '../support/change-loader-for-tests.js';
import { LIQUIBASE_IT } from '../../support/corpus.js';

/**
 * Liquibase 4.28's own reading of each corpus changelog (recorded by the golden recorder under
 * test/golden/liquibase/corpus/<changelog>.changes.json): same changesets, in the same order, with
 * the same ids, authors, FILENAMEs, contexts, labels, dbms, comments and filter decisions.
 */
const corpus = LIQUIBASE_IT;
const goldenRoot = fileURLToPath(new URL('../../golden/liquibase/corpus/', import.meta.url));

interface Golden {
  changelog: string;
  contexts: string | null;
  labels: string | null;
  parameters?: Record<string, string>;
  error?: string;
  changeSets?: Array<{
    id: string;
    author: string;
    filename: string;
    comments: string | null;
    contextFilter: string | null;
    labels: string | null;
    dbms: string | null;
    accepted: { context: boolean; labels: boolean; dbms: boolean };
  }>;
}

function goldenFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const found: string[] = [];
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) found.push(...goldenFiles(full));
    else if (name.endsWith('.changes.json')) found.push(full);
  }
  return found.sort();
}

const goldens = goldenFiles(goldenRoot).map((file) => JSON.parse(readFileSync(file, 'utf8')) as Golden);

function sortedList(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : value.split(',').map((v) => v.trim()).sort().join(',');
}

describe.skipIf(goldens.length === 0)('corpus changelogs as Liquibase 4.28 read them', () => {
  it.each(goldens.map((g) => [g.changelog, g] as const))('%s', async (_name, golden) => {
    const load = loadChangeLog(golden.changelog, {
      resources: new FileSystemResourceAccessor(corpus),
      loadChange: checkingLoadChange,
      contexts: golden.contexts ?? undefined,
      labels: golden.labels ?? undefined,
      properties: golden.parameters ?? {},
      dbms: 'postgresql',
    });
    if (golden.error !== undefined || golden.changeSets === undefined) {
      await expect(load).rejects.toThrow();
      return;
    }
    const changeLog = await load;
    const contexts = parseRuntimeContexts(golden.contexts ?? undefined);
    const labels = parseRuntimeLabels(golden.labels ?? undefined);
    const ours = changeLog.changeSets.map((c) => ({
      id: c.id,
      author: c.author,
      filename: c.filePath,
      comments: c.comment ?? null,
      contextFilter: c.contextFilter ?? null,
      labels: c.labels.length ? c.labels.join(',') : null,
      dbms: sortedList(c.dbms),
      accepted: {
        context: changeSetMatchesContexts(c, contexts),
        labels: changeSetMatchesLabels(c, labels),
        dbms: dbmsMatches(c.dbms, 'postgresql'),
      },
    }));
    const theirs = golden.changeSets.map((g) => ({
      id: g.id,
      author: g.author,
      filename: g.filename,
      comments: g.comments,
      contextFilter: g.contextFilter,
      labels: g.labels,
      dbms: sortedList(g.dbms),
      accepted: g.accepted,
    }));
    expect(ours).toEqual(theirs);
  });
});
