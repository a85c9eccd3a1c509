/**
 * Floats and timestamps of YAML/JSON changelogs reach Liquibase as a Double or a java.util.Date,
 * which most properties receive as Java's text of it (SnakeYAML, YAML 1.1). The reader writes that
 * text into the tree; the Number and Date properties keep the value for the change types' SQL.
 * Expected texts are those Liquibase 4.28 wrote to DATABASECHANGELOG and its SQL in UTC runs (see
 * test/changes/yaml-typed-values-sql.test.ts, which replays them against the whole pipeline).
 */
import { describe, expect, it } from 'vitest';
import { loadChangeLog } from '../../src/changelog/load-changelog.js';
import type { ParsedNode } from '../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../src/changelog/resource-accessor.js';
import { xmlChangeLogParser } from '../../src/changelog/xml-parser.js';
import { yamlChangeLogParser } from '../../src/changelog/yaml-parser.js';
import { loadChange } from '../../src/changes/registry.js';
import { ChangelogValidationError } from '../../src/errors.js';

function changeSetNode(file: string, text: string): ParsedNode {
  return yamlChangeLogParser.parseTree(file, text).root.children[0]!;
}

describe('Java text of typed scalars in the YAML tree', () => {
  it.each([
    ['1.0', '1.0'],
    ['1e3', '1000.0'],
    ['1.5e-5', '1.5E-5'],
    ['12345678.9', '1.23456789E7'],
    ['.5', '0.5'],
    ['-0.0', '-0.0'],
    ['2000-01-31', 'Mon Jan 31 00:00:00 UTC 2000'],
    ['2024-02-29T13:14:15.5', '2024-02-29 13:14:15'],
    ['2001-12-14t21:59:43.10-05:00', 'Sat Dec 15 02:59:43 UTC 2001'],
  ])('id: %s is the changeset %s', (written, text) => {
    const node = changeSetNode('a.yaml', `databaseChangeLog:\n  - changeSet: {id: ${written}, author: ${written}}\n`);
    expect(node.attributes).toEqual({ id: text, author: text });
  });

  it('leaves what SnakeYAML types as Liquibase prints it: integers, booleans, non-dates', () => {
    const node = changeSetNode('a.yaml', 'databaseChangeLog:\n  - changeSet: {id: 010, author: 0x10, comment: yes, labels: 2024-2-9, context: 12:30}\n');
    expect(node.attributes).toEqual({ id: 8, author: 16, comment: true, labels: '2024-2-9', context: 750 });
  });

  it('writes the text into text properties and a node text, at any depth', () => {
    const node = changeSetNode(
      'a.yaml',
      [
        'databaseChangeLog:',
        '  - changeSet:',
        '      id: x',
        '      author: p',
        '      changes:',
        '        - createTable: {tableName: t, remarks: 1.0, columns: [{column: {name: c, defaultValue: 1.5e3, remarks: 2000-01-31, valueNumeric: 1.0}}]}',
        '        - sql: 1.0',
        '',
      ].join('\n'),
    );
    const [createTable, sql] = node.children[0]!.children;
    expect(createTable!.attributes.remarks).toBe('1.0');
    expect(createTable!.children[0]!.children[0]!.attributes).toEqual({ name: 'c', defaultValue: '1500.0', remarks: 'Mon Jan 31 00:00:00 UTC 2000', valueNumeric: '1.0' });
    expect(sql!.text).toBe('1.0');
  });

  it('keeps the Number and Date properties for the change types', () => {
    const node = changeSetNode(
      'a.yaml',
      'databaseChangeLog:\n  - changeSet: {id: x, author: p, changes: [{addDefaultValue: {defaultValueNumeric: 1.0, defaultValueDate: 2000-01-31}}, {insert: {columns: [{column: {valueDate: 2024-02-29T13:14:15, defaultValueNumeric: 1.0e7}}]}}]}\n',
    );
    const [addDefaultValue, insert] = node.children[0]!.children;
    // Liquibase's SQL: DEFAULT 1 and DEFAULT 1.0E7 (Double.toString without a trailing `.0`).
    expect(addDefaultValue!.attributes).toEqual({ defaultValueNumeric: '1', defaultValueDate: '2000-01-31' });
    expect(insert!.children[0]!.children[0]!.attributes).toEqual({ valueDate: '2024-02-29T13:14:15', defaultValueNumeric: '1.0E7' });
  });

  it('reads JSON numbers with a fraction or exponent as Doubles too', () => {
    const node = changeSetNode('a.json', '{"databaseChangeLog": [{"changeSet": {"id": 1.0, "author": 1e3, "comment": 2.50, "labels": 10}}]}');
    expect(node.attributes).toEqual({ id: '1.0', author: '1000.0', comment: '2.5', labels: 10 });
  });

  it('leaves XML text as written', () => {
    const tree = xmlChangeLogParser.parseTree!(
      'a.xml',
      '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"><changeSet id="1.0" author="2000-01-31"/></databaseChangeLog>',
    );
    expect(tree.root.children[0]!.attributes).toMatchObject({ id: '1.0', author: '2000-01-31' });
  });
});

describe('changesets read from YAML and JSON', () => {
  it('are identified by the Java text, as in DATABASECHANGELOG', async () => {
    const resources = new MemoryResourceAccessor({
      'a.yaml': 'databaseChangeLog:\n  - changeSet: {id: 1.0, author: 2000-01-31, comment: 1.5e3, changes: [{tagDatabase: {tag: 1.0}}]}\n',
      'a.json': '{"databaseChangeLog": [{"changeSet": {"id": 2.50, "author": 1e3, "changes": [{"tagDatabase": {"tag": 1.0}}]}}]}',
    });
    const yaml = (await loadChangeLog('a.yaml', { resources, loadChange })).changeSets[0]!;
    expect([yaml.id, yaml.author, yaml.comment, yaml.changes[0]!.params.tag]).toEqual(['1.0', 'Mon Jan 31 00:00:00 UTC 2000', '1500.0', '1.0']);
    const json = (await loadChangeLog('a.json', { resources, loadChange })).changeSets[0]!;
    expect([json.id, json.author, json.changes[0]!.params.tag]).toEqual(['2.5', '1000.0', '1.0']);
  });

  it.each([
    ['a.yaml', 'databaseChangeLog:\n  - changeSet:\n      id: s1\n      author: p\n      changes:\n        - createSequence: {sequenceName: s, startValue: 100.0}\n', 6],
    ['a.json', '{"databaseChangeLog": [\n  {"changeSet": {"id": "s1", "author": "p", "changes": [\n    {"createSequence": {"sequenceName": "s", "startValue": 100.0}}]}}]}', 3],
  ])('refuse a Double in an integer property (%s), located', async (file, text, line) => {
    const resources = new MemoryResourceAccessor({ [file]: text });
    const error = await loadChangeLog(file, { resources, loadChange }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChangelogValidationError);
    expect((error as Error).message).toBe(
      `${file}:${line}, changeset s1::p: 'startValue' of createSequence must be an integer, not "100.0": write a whole number, without a fraction or exponent`,
    );
  });
});
