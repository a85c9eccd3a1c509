import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import type { Change, ParsedNode } from '../../../src/changelog/model.js';
import type { LoadContext } from '../../../src/changes/change-type.js';
import { FileSystemResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { ChangelogError, ChangelogValidationError } from '../../../src/errors.js';
import { changeLoaderForTests } from '../support/change-loader-for-tests.js';
import { LIQUIBASE_IT } from '../../support/corpus.js';

const corpus = LIQUIBASE_IT;

function changelogFiles(directory: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory)) {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) found.push(...changelogFiles(full));
    else if (/\.(xml|ya?ml|json)$/i.test(name)) found.push(path.relative(corpus, full).split(path.sep).join('/'));
  }
  return found.sort();
}

const files = changelogFiles(path.join(corpus, 'changelogs'));

/** Files Liquibase 4.28 itself rejects, with the reason a compatible reader must give. */
const rejected: Record<string, RegExp> = {
  'changelogs/yaml/common.tests.changelog.yaml': /Unknown change type 'preconditions'/,
  'changelogs/common/invalid.xsd.changelog.xml': /thisTagIsNotDefined/,
  'changelogs/common/invalid.reference.changelog.xml': /foo\.xml.*does not exist/,
  'changelogs/external-entity.xml': /root element must be <databaseChangeLog>/,
};

describe('every XML/YAML/JSON changelog of the Liquibase corpus', () => {
  let loadChange: (node: ParsedNode, context: LoadContext) => Change;
  let realRegistry = false;
  beforeAll(async () => {
    ({ loadChange, real: realRegistry } = await changeLoaderForTests());
  });

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  it.each(files)('%s loads or fails with a located ChangelogError', async (file) => {
    let failure: unknown;
    try {
      const changeLog = await loadChangeLog(file, {
        resources: new FileSystemResourceAccessor(corpus),
        loadChange,
        properties: { loginUser: 'root' },
      });
      for (const changeSet of changeLog.changeSets) {
        expect(changeSet.id).not.toBe('');
        expect(changeSet.author).not.toBe('');
        expect(changeSet.filePath).not.toBe('');
      }
    } catch (error) {
      failure = error;
    }
    if (failure === undefined) {
      expect(rejected[file], `${file} should have been rejected`).toBeUndefined();
      return;
    }
    if (!(failure instanceof ChangelogValidationError) && !(failure instanceof ChangelogError)) throw failure;
    const errors = failure instanceof ChangelogValidationError ? failure.errors : [failure];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ChangelogError);
      expect(error.location?.file, error.message).toBeTruthy();
    }
    const expected = rejected[file];
    if (expected) expect(failure.message).toMatch(expected);
    else if (!realRegistry) expect.fail(`${file} was rejected: ${failure.message}`);
  });

  it.runIf(realRegistryAvailable())("rejects changelogs/yaml/rollback.tests.changelog.yaml with the change module's message", async () => {
    await expect(
      loadChangeLog('changelogs/yaml/rollback.tests.changelog.yaml', {
        resources: new FileSystemResourceAccessor(corpus),
        loadChange,
      }),
    ).rejects.toThrow(/rollback\.tests\.changelog\.yaml:\d+.*column 'type' is required|type.*required/);
  });
});

function realRegistryAvailable(): boolean {
  try {
    return statSync(new URL('../../../src/changes/registry.ts', import.meta.url)).isFile();
  } catch {
    return false;
  }
}
