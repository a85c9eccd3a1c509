/**
 * rollback-verify on Liquibase's own rollback integration changelog (corpus, liquibase-it:
 * changelogs/pgsql/rollback/rollbackable.changelog.xml), which Liquibase updates and rolls back
 * without an error. Every rollback runs; one does not restore the schema: changeset 3 drops a NOT
 * NULL that the column never had, and its automatic inverse adds one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import type { RollbackVerifyResult } from '../../src/report/model.js';
import { rollbackVerify } from '../../src/verify/run-rollback-verify.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { statuses } from './support/verify-databases.js';
import { LIQUIBASE_IT } from '../support/corpus.js';

const CORPUS = LIQUIBASE_IT;
const CHANGELOG = 'changelogs/pgsql/rollback/rollbackable.changelog.xml';
const available = await postgresAvailable();

const EXPECTED = {
  '1': 'verified', // createTable
  '2': 'verified', // addColumn NOT NULL + createIndex
  '3': 'mismatch', // dropNotNullConstraint on a nullable column: the inverse makes it NOT NULL
  '4': 'verified', // renameColumn
  '5': 'verified', // renameTable
  '6': 'verified', // inserts, rollback `delete from publication`
  '7': 'verified', // addColumn
  '8': 'verified', // addNotNullConstraint with defaultNullValue
  '9': 'verified', // createSequence
  '10': 'verified', // createView
  '11': 'verified', // renameView
  '12': 'verified', // createTable
  '13': 'verified', // addForeignKeyConstraint
  '14': 'verified', // addLookupTable
  '15': 'verified', // addDefaultValue
  '16': 'verified', // createTable
  '17': 'verified', // addPrimaryKey
  '18': 'verified', // addUniqueConstraint
};

function expectCorpusOutcome(result: RollbackVerifyResult): void {
  expect(statuses(result)).toEqual(EXPECTED);
  expect(result.verifications.map((v) => v.id)).toEqual(Object.keys(EXPECTED).sort((a, b) => Number(a) - Number(b)));
  const three = result.verifications.find((v) => v.id === '3')!;
  expect(three.differences).toEqual(['table magazine: column title nullable: true before, false after rollback']);
  expect(three).toMatchObject({ author: 'nvoxland', filePath: CHANGELOG, line: 29 });
  expect(result.ok).toBe(false);
}

describe('rollback-verify on the corpus rollbackable.changelog.xml', () => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.drop();
    db = undefined;
  });

  it('on the embedded PostgreSQL', async () => {
    const result = await rollbackVerify({ changelogFile: CHANGELOG, searchPath: [CORPUS], logger: memoryLogger() });
    expectCorpusOutcome(result);
  });

  it.skipIf(!available)('on PostgreSQL 15, comparing data too', async () => {
    db = await createTestDatabase('dbops_verify_corpus');
    // compareData: changeset 6's inserts and their `delete from` rollback, 8's defaultNullValue
    // update and 14's lookup table copy all leave the rows as they were.
    const result = await rollbackVerify({ changelogFile: CHANGELOG, searchPath: [CORPUS], url: db.url, compareData: true, logger: memoryLogger() });
    expectCorpusOutcome(result);
  });
});
