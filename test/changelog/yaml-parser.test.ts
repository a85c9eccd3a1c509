import { describe, expect, it } from 'vitest';
import type { ChangeSet, ParsedNode } from '../../src/changelog/model.js';
import type { ParseContext } from '../../src/changelog/parser.js';
import { yamlChangeLogParser } from '../../src/changelog/yaml-parser.js';
import { ChangelogError, ChangelogValidationError } from '../../src/errors.js';
import { passThroughLoadChange } from './support/pass-through-load-change.js';

const context = (filePath = 'db/changelog.yaml'): ParseContext => ({
  filePath,
  expand: (text) => text.replace(/\$\{table\}/g, 'person'),
  defineProperty: () => {},
  loadChange: (node: ParsedNode) => passThroughLoadChange(node),
});
const changeSets = (path: string, content: string): ChangeSet[] =>
  yamlChangeLogParser.parse(path, content, context(path)).entries.flatMap((e) => (e.kind === 'changeSet' ? [e.changeSet] : []));

function thrown(fn: () => unknown): ChangelogError[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChangelogValidationError) return error.errors;
    if (error instanceof ChangelogError) return [error];
    throw error;
  }
  throw new Error('expected an error');
}

const yaml = `databaseChangeLog:
  - logicalFilePath: logical/app.yaml
  - property:
      name: table
      value: person
  - preConditions:
      - onFail: WARN
      - dbms:
          type: postgresql
  - changeSet:
      id: 1
      author: nvoxland
      comment: Creates the table
      context: test
      labels: A, b
      runOnChange: yes
      validCheckSum: 9:abc
      preConditions:
        - onFail: MARK_RAN
        - not:
            - tableExists:
                tableName: \${table}
        - sqlCheck:
            expectedResult: 0
            sql: select count(*) from x
      changes:
        - createTable:
            tableName: \${table}
            columns:
              - column:
                  name: id
                  type: int
                  constraints:
                    primaryKey: true
        - sql: select 1
      rollback:
        - dropTable:
            tableName: \${table}
  - changeSet:
      id: 2
      author: n
      rollback: drop table a; drop table b
  - changeSet:
      id: 3
      author: x
      rollback:
  - changeSet:
      id: 4
      author: x
      rollback:
        changeSetId: 1
        changeSetAuthor: nvoxland
  - changeSet:
      id: 5
      author: x
      rollback:
        sql: drop table c
      modifySql:
        - append:
            value: " tablespace t"
            dbms: postgresql
  - include:
      file: other.yaml
      relativeToChangelogFile: true
      context: inc
`;

describe('yamlChangeLogParser (YAML)', () => {
  it('supports .yaml, .yml and .json', () => {
    expect(['a.yaml', 'a.YML', 'a.json'].map((p) => yamlChangeLogParser.supports(p, ''))).toEqual([true, true, true]);
    expect(yamlChangeLogParser.supports('a.xml', '')).toBe(false);
  });

  it('maps Liquibase YAML onto the model, with source lines', () => {
    const parsed = yamlChangeLogParser.parse('db/changelog.yaml', yaml, context());
    expect(parsed.logicalFilePath).toBe('logical/app.yaml');
    expect(parsed.entries.map((e) => e.kind)).toEqual(['preConditions', 'changeSet', 'changeSet', 'changeSet', 'changeSet', 'changeSet', 'include']);
    expect(parsed.entries[0]).toMatchObject({ preconditions: { onFail: 'WARN', conditions: [{ type: 'dbms', attributes: { type: 'postgresql' } }] } });
    const first = (parsed.entries[1] as { changeSet: ChangeSet }).changeSet;
    expect(first).toMatchObject({
      id: '1',
      author: 'nvoxland',
      filePath: 'logical/app.yaml',
      location: { file: 'db/changelog.yaml', line: 10 },
      comment: 'Creates the table',
      contextFilter: 'test',
      labels: ['a', 'b'],
      runOnChange: true,
      validCheckSums: ['9:abc'],
      preconditions: {
        onFail: 'MARK_RAN',
        conditions: [
          { type: 'not', nested: [{ type: 'tableExists', attributes: { tableName: 'person' } }] },
          { type: 'sqlCheck', attributes: { expectedResult: 0 }, text: 'select count(*) from x' },
        ],
      },
    });
    expect(first.changes).toMatchObject([
      {
        type: 'createTable',
        params: { tableName: 'person', columns: { column: { name: 'id', type: 'int', constraints: { primaryKey: true } } } },
        location: { line: 27 },
      },
      { type: 'sql', params: { text: 'select 1' }, location: { line: 35 } },
    ]);
    expect(first.rollback!.changes).toMatchObject([{ type: 'dropTable', params: { tableName: 'person' } }]);
    expect(parsed.entries[6]).toMatchObject({ kind: 'include', file: 'other.yaml', relativeToChangelogFile: true, context: 'inc', location: { line: 62 } });
  });

  it('reads rollback as SQL text, empty, a reference or a change keyed by name', () => {
    const [, second, third, fourth, fifth] = changeSets('db/changelog.yaml', yaml);
    expect(second!.author).toBe('n');
    expect(second!.rollback!.changes).toMatchObject([{ type: 'sql', params: { text: 'drop table a; drop table b', splitStatements: 'true' } }]);
    expect(third!.rollback).toMatchObject({ changes: [], references: [] });
    expect(fourth!.rollback).toMatchObject({ changes: [], references: [{ id: '1', author: 'nvoxland' }] });
    expect(fifth!.rollback!.changes).toMatchObject([{ type: 'sql', params: { text: 'drop table c' } }]);
    expect(fifth!.modifySql).toMatchObject([{ kind: 'append', value: ' tablespace t', dbms: 'postgresql', applyToRollback: false }]);
  });

  it("rejects `preconditions` (lower case) as 4.28 does: it is read as a change", () => {
    const parsed = yamlChangeLogParser.parse(
      'x.yaml',
      'databaseChangeLog:\n  - changeSet:\n      id: p\n      author: a\n      preconditions:\n        preConditions:\n          nestedPreconditions: []\n',
      context('x.yaml'),
    );
    expect((parsed.entries[0] as { changeSet: ChangeSet }).changeSet.changes[0]).toMatchObject({ type: 'preconditions', location: { line: 5 } });
  });

  it('reports syntax errors and a missing databaseChangeLog with their line', () => {
    expect(thrown(() => yamlChangeLogParser.parse('bad.yaml', 'databaseChangeLog:\n  - changeSet:\n    id: [1\n', context()))[0]!.message).toMatch(
      /^bad\.yaml:\d+: Syntax error in YAML/,
    );
    expect(thrown(() => yamlChangeLogParser.parse('bad.yaml', 'changeLog: []\n', context()))[0]!.message).toMatch(/Could not find databaseChangeLog node/);
    expect(thrown(() => yamlChangeLogParser.parse('bad.yaml', 'databaseChangeLog:\n  changeSet: {}\n', context()))[0]!.message).toMatch(
      /bad\.yaml:2: databaseChangeLog does not contain a list/,
    );
    expect(thrown(() => yamlChangeLogParser.parse('empty.yaml', '', context()))[0]!.message).toMatch(/Empty file/);
  });
});

describe('yamlChangeLogParser (JSON)', () => {
  const json = `{
  "databaseChangeLog": [
    {
      "changeSet": {
        "id": "1",
        "author": "nvoxland",
        "runAlways": true,
        "changes": [
          { "createTable": { "tableName": "\${table}", "columns": [ { "column": { "name": "id", "type": "int" } } ] } }
        ],
        "rollback": [ { "dropTable": { "tableName": "x" } } ]
      }
    },
    { "include": { "file": "changelogs/common/included.json" } }
  ]
}`;
  it('reads the same shape with JSON line numbers', () => {
    const parsed = yamlChangeLogParser.parse('db/changelog.json', json, context('db/changelog.json'));
    const changeSet = (parsed.entries[0] as { changeSet: ChangeSet }).changeSet;
    expect(changeSet).toMatchObject({ id: '1', runAlways: true, location: { line: 4 }, filePath: 'db/changelog.json' });
    expect(changeSet.changes[0]).toMatchObject({ type: 'createTable', params: { tableName: 'person' }, location: { line: 9 } });
    expect(changeSet.rollback!.changes[0]).toMatchObject({ type: 'dropTable' });
    expect(parsed.entries[1]).toMatchObject({ kind: 'include', file: 'changelogs/common/included.json', location: { line: 14 } });
  });

  it('keeps JSON numbers and YAML 1.2 strings: yes is a string in JSON', () => {
    const tree = yamlChangeLogParser.parseTree('a.json', '{"databaseChangeLog": [{"changeSet": {"id": 7, "author": "yes"}}]}');
    expect(tree.root.children[0]!.attributes).toEqual({ id: 7, author: 'yes' });
    expect(tree.strictAttributes).toBe(false);
  });
});
