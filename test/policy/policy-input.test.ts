import { describe, expect, test } from 'vitest';
import type { ChangeSet } from '../../src/changelog/model.js';
import { policyChangeSet, terminateStatement, toRegoInput } from '../../src/policy/policy-input.js';
import { changeSet, policyInput } from './support/policy-input-builder.js';

describe('policy input', () => {
  test('the Rego input: every statement ending in ";", changesets with their metadata, the environment', () => {
    const input = policyInput([changeSet('CREATE TABLE a (id bigint PRIMARY KEY);\nDROP TABLE b', { id: '1', comment: 'why' })], 'production');
    expect(toRegoInput(input)).toEqual({
      dialect: 'postgresql',
      environment: 'production',
      sqlStatements: ['CREATE TABLE a (id bigint PRIMARY KEY);', 'DROP TABLE b;'],
      changeSets: [
        {
          id: '1',
          author: 'jane.doe',
          filePath: 'db/changelog.sql',
          sourceFile: 'db/changelog.sql',
          line: 1,
          changeTypes: ['sql'],
          hasRollback: true,
          runInTransaction: true,
          comment: 'why',
          contexts: null,
          labels: null,
          sqlStatements: ['CREATE TABLE a (id bigint PRIMARY KEY);', 'DROP TABLE b;'],
          statements: [
            { sql: 'CREATE TABLE a (id bigint PRIMARY KEY);', line: 2 },
            { sql: 'DROP TABLE b;', line: 3 },
          ],
        },
      ],
    });
    expect(toRegoInput({ ...input, environment: undefined }).environment).toBeNull();
  });

  test('terminateStatement keeps a trailing line comment from swallowing the ";"', () => {
    expect(terminateStatement('  SELECT 1;  ')).toBe('SELECT 1;');
    expect(terminateStatement('SELECT 1')).toBe('SELECT 1;');
    expect(terminateStatement('SELECT 1 -- one')).toBe('SELECT 1 -- one\n;');
  });

  test('policyChangeSet reads the changelog model', () => {
    const cs = {
      id: '7',
      author: 'ann',
      filePath: 'db/changelog.xml',
      physicalPath: 'db/changelog.xml',
      location: { file: 'db/changelog.xml', line: 40 },
      changes: [
        { type: 'createTable', params: {}, location: { file: 'db/changelog.xml' } },
        { type: 'createIndex', params: {}, location: { file: 'db/changelog.xml' } },
      ],
      comment: 'people',
      contextFilter: 'test',
      inheritedContexts: ['!prod'],
      labels: ['v2'],
      inheritedLabels: ['team-a'],
      runAlways: false,
      runOnChange: false,
      failOnError: true,
      runInTransaction: false,
      ignore: false,
      onValidationFail: 'HALT',
      validCheckSums: [],
      modifySql: [],
    } satisfies ChangeSet;
    expect(policyChangeSet(cs, [{ sql: 'SELECT 1' }], { automaticRollback: true })).toEqual({
      ref: { id: '7', author: 'ann', filePath: 'db/changelog.xml', sourceFile: 'db/changelog.xml', line: 40 },
      changeTypes: ['createTable', 'createIndex'],
      hasRollback: true,
      runInTransaction: false,
      comment: 'people',
      contexts: '(!prod) and (test)',
      labels: 'team-a,v2',
      statements: [{ sql: 'SELECT 1' }],
    });
    expect(policyChangeSet({ ...cs, rollback: undefined }, [], { automaticRollback: false }).hasRollback).toBe(false);
    expect(policyChangeSet({ ...cs, rollback: { changes: [], references: [], location: cs.location } }, [], { automaticRollback: false }).hasRollback).toBe(true);
  });
});
