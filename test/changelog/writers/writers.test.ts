import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import type { ChangeSet, ParsedNode } from '../../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { changelogFormatForPath, writeChangelog, type ChangelogFormat } from '../../../src/changelog/writers/changelog-format.js';
import { writeFormattedSqlChangelog } from '../../../src/changelog/writers/formatted-sql-changelog-writer.js';
import { writeJsonChangelog } from '../../../src/changelog/writers/json-changelog-writer.js';
import { writeXmlChangelog } from '../../../src/changelog/writers/xml-changelog-writer.js';
import { writeYamlChangelog } from '../../../src/changelog/writers/yaml-changelog-writer.js';
import { changeSetToYaml } from '../../../src/changelog/writers/yaml-tree.js';
import { loadChange } from '../../../src/changes/registry.js';
import { ConfigurationError } from '../../../src/errors.js';
import { sampleChangeSets } from './sample-changesets.js';

/** Reads a changelog back with the engine's own readers and change types. */
async function readBack(path: string, text: string): Promise<ChangeSet[]> {
  const changeLog = await loadChangeLog(path, { resources: new MemoryResourceAccessor({ [path]: text }), loadChange });
  return changeLog.changeSets;
}

/** The params each change loads to straight from the generator's nodes: what every format must give back. */
function expectedChanges(nodes: ParsedNode[]) {
  return nodes.map((node) => {
    const { type, params } = loadChange(node, { changeSet: { id: 'x', author: 'x' } });
    return { type, params };
  });
}

const loaded = (changeSet: ChangeSet) => changeSet.changes.map(({ type, params }) => ({ type, params }));

/** A parsed XML element as a ParsedNode-like tree (attributes as strings, text trimmed). */
function parseXml(text: string): ParsedNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: ParsedNode[] = [{ name: '#document', attributes: {}, children: [], location: { file: '' } }];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = typeof attribute === 'string' ? attribute : attribute.value;
    const node: ParsedNode = { name: tag.local, attributes, children: [], location: { file: '' } };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  const addText = (t: string) => {
    const node = stack.at(-1)!;
    node.text = (node.text ?? '') + t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const node = stack.pop()!;
    if (node.text !== undefined) {
      const trimmed = node.text.trim();
      if (trimmed) node.text = trimmed;
      else delete node.text;
    }
  });
  parser.write(text).close();
  return stack[0]!.children[0]!;
}

describe('XML writer', () => {
  const xml = writeXmlChangelog(sampleChangeSets);

  test('a dbchangelog document with the namespace and the XSD location', () => {
    expect(xml.split('\n').slice(0, 5)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<databaseChangeLog',
      '    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
      '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">',
    ]);
    const root = parseXml(xml);
    expect(root.name).toBe('databaseChangeLog');
  });

  test('parsed back by an XML parser: the same tree', () => {
    const root = parseXml(xml);
    const [first, second, third, fourth] = root.children;
    expect(first!.attributes).toEqual({ id: 'T-1', author: 'jane', context: 'prod', labels: 'jira-1' });
    expect(first!.children.map((c) => c.name)).toEqual(['comment', 'createTable']);
    const createTable = first!.children[1]!;
    expect(createTable.attributes).toEqual({ schemaName: 'public', tableName: 'customer', remarks: 'people & "friends"' });
    expect(createTable.children.map((c) => [c.attributes, c.children.map((k) => k.attributes)])).toEqual([
      [{ name: 'id', type: 'integer' }, [{ nullable: 'false', primaryKey: 'true', primaryKeyName: 'customer_pkey' }]],
      [{ name: 'email', type: 'character varying(200)', defaultValue: "n/a 'x'" }, [{ nullable: 'false' }]],
      [{ name: 'active', type: 'boolean', defaultValueBoolean: 'true' }, []],
    ]);
    // SQL holding < and ]]> survives the CDATA section exactly.
    expect(second!.children[1]!.text).toBe(sampleChangeSets[1]!.changes[0]!.text);
    expect(second!.children[2]).toMatchObject({ name: 'rollback', children: [{ name: 'sql', text: 'DROP FUNCTION public.positive(v integer);' }] });
    expect(third!.children[1]!.text).toBe('SELECT id\n   FROM public.customer\n  WHERE active AND id < 10');
    expect(fourth!.children.map((c) => c.name)).toEqual(['createIndex', 'rollback']);
    expect(fourth!.children[1]!.children).toEqual([]);
    // inverse is for formatted SQL only.
    expect(first!.children.some((c) => c.name === 'rollback')).toBe(false);
  });

  test("read by the engine's XML reader: the same changes, the rollback blocks and attributes", async () => {
    const changeSets = await readBack('changelog.xml', xml);
    expect(changeSets.map((c) => [c.id, c.author, c.comment, c.contextFilter, c.labels, c.runInTransaction])).toEqual([
      ['T-1', 'jane', 'Create table public.customer', 'prod', ['jira-1'], true],
      ['T-2', 'jane', 'Create function public.positive(integer)', undefined, [], true],
      ['T-3', 'jane', 'Create view public.active_customers', undefined, [], false],
      ['T-4', 'jane', undefined, undefined, [], true],
    ]);
    changeSets.forEach((changeSet, i) => expect(loaded(changeSet)).toEqual(expectedChanges(sampleChangeSets[i]!.changes)));
    expect(changeSets[0]!.rollback).toBeUndefined();
    expect(changeSets[3]!.rollback).toMatchObject({ changes: [], references: [] });
  });
});

describe('YAML and JSON writers', () => {
  test("YAML: Liquibase's tree, SQL as block literals, parsed back the same", () => {
    const yaml = writeYamlChangelog(sampleChangeSets);
    expect(yaml).toContain('      changes:\n        - createTable:\n            schemaName: public\n');
    expect(yaml).toContain('            sql: |-\n              CREATE OR REPLACE FUNCTION public.positive(v integer)\n');
    expect(parseYaml(yaml)).toEqual({ databaseChangeLog: sampleChangeSets.map(changeSetToYaml) });
    expect(changeSetToYaml(sampleChangeSets[0]!)).toEqual({
      changeSet: {
        id: 'T-1',
        author: 'jane',
        context: 'prod',
        labels: 'jira-1',
        comment: 'Create table public.customer',
        changes: [
          {
            createTable: {
              schemaName: 'public',
              tableName: 'customer',
              remarks: 'people & "friends"',
              columns: [
                { column: { name: 'id', type: 'integer', constraints: { nullable: false, primaryKey: true, primaryKeyName: 'customer_pkey' } } },
                { column: { name: 'email', type: 'character varying(200)', defaultValue: "n/a 'x'", constraints: { nullable: false } } },
                { column: { name: 'active', type: 'boolean', defaultValueBoolean: true } },
              ],
            },
          },
        ],
      },
    });
    expect(changeSetToYaml(sampleChangeSets[2]!).changeSet.changes).toEqual([
      { createView: { schemaName: 'public', viewName: 'active_customers', selectQuery: 'SELECT id\n   FROM public.customer\n  WHERE active AND id < 10' } },
    ]);
  });

  test.each(['yaml', 'json'] as const)("%s: read by the engine's reader, the same changes", async (format) => {
    const text = format === 'yaml' ? writeYamlChangelog(sampleChangeSets) : writeJsonChangelog(sampleChangeSets);
    if (format === 'json') expect(JSON.parse(text)).toEqual({ databaseChangeLog: sampleChangeSets.map(changeSetToYaml) });
    const changeSets = await readBack(`changelog.${format}`, text);
    expect(changeSets.map((c) => [c.id, c.author, c.contextFilter, c.labels, c.runInTransaction])).toEqual([
      ['T-1', 'jane', 'prod', ['jira-1'], true],
      ['T-2', 'jane', undefined, [], true],
      ['T-3', 'jane', undefined, [], false],
      ['T-4', 'jane', undefined, [], true],
    ]);
    changeSets.forEach((changeSet, i) => expect(loaded(changeSet)).toEqual(expectedChanges(sampleChangeSets[i]!.changes)));
    expect(changeSets[1]!.rollback?.changes.map((c) => c.type)).toEqual(['sql']);
    // `rollback: []`: an empty block, a no-op (not "generate one automatically").
    expect(changeSets[3]!.rollback).toMatchObject({ changes: [], references: [] });
  });
});

describe('formatted SQL writer', () => {
  const sqlFor = (node: ParsedNode): string[] => {
    if (node.name === 'sql') return [node.text!];
    return [`-- ${node.name} ${String(node.attributes.tableName ?? node.attributes.viewName)}`.replace('-- ', 'SELECT ')];
  };

  test('header, changeset lines, comments, SQL and rollbacks', async () => {
    const text = await writeFormattedSqlChangelog(sampleChangeSets, { sqlFor });
    expect(text).toBe(
      [
        '-- liquibase formatted sql',
        '',
        '-- changeset jane:T-1 context:prod labels:jira-1',
        '-- comment: Create table public.customer',
        'SELECT createTable customer;',
        '-- rollback SELECT dropTable customer;',
        '',
        '-- changeset jane:T-2 splitStatements:false',
        '-- comment: Create function public.positive(integer)',
        `${sampleChangeSets[1]!.changes[0]!.text}`,
        '-- rollback DROP FUNCTION public.positive(v integer);',
        '',
        '-- changeset jane:T-3 runInTransaction:false',
        '-- comment: Create view public.active_customers',
        'SELECT createView active_customers;',
        '-- rollback SELECT dropView active_customers;',
        '',
        '-- changeset jane:T-4',
        'SELECT createIndex customer;',
        '-- rollback empty',
        '',
      ].join('\n'),
    );
  });

  test("quoted author and id when needed; read by the engine's formatted SQL reader", async () => {
    const changeSets = [{ ...sampleChangeSets[1]!, author: 'dbops (generated)', id: 'T 2' }];
    const text = await writeFormattedSqlChangelog(changeSets, { sqlFor });
    expect(text.split('\n')[2]).toBe('-- changeset "dbops (generated)":"T 2" splitStatements:false');
    const [read] = await readBack('changelog.sql', text);
    expect([read!.id, read!.author, read!.comment]).toEqual(['T 2', 'dbops (generated)', 'Create function public.positive(integer)']);
    expect(read!.changes[0]!.params.sql).toBe(sampleChangeSets[1]!.changes[0]!.text);
    expect(read!.rollback?.changes.map((c) => c.params.sql)).toEqual(['DROP FUNCTION public.positive(v integer);']);
  });

  test('multi-line rollback SQL goes into a rollback comment block', async () => {
    const text = await writeFormattedSqlChangelog(
      [{ id: '1', author: 'a', changes: [{ name: 'sql', attributes: {}, text: 'SELECT 1', children: [], location: { file: '' } }], rollback: [{ name: 'sql', attributes: {}, text: 'SELECT\n 2', children: [], location: { file: '' } }] }],
      { sqlFor },
    );
    expect(text).toContain('SELECT 1;\n/* liquibase rollback\nSELECT\n 2;\n*/\n');
  });
});

describe('changelog format by file name', () => {
  test.each([
    ['db/changelog.xml', 'xml'],
    ['changes.YAML', 'yaml'],
    ['changes.yml', 'yaml'],
    ['a.b/changes.json', 'json'],
    ['001-init.sql', 'sql'],
  ])('%s is %s', (path, format) => {
    expect(changelogFormatForPath(path)).toBe(format as ChangelogFormat);
  });

  test('an unknown extension is a configuration error', () => {
    expect(() => changelogFormatForPath('changes.txt')).toThrow(ConfigurationError);
  });

  test('writeChangelog dispatches, and formatted SQL needs sqlFor', async () => {
    expect(await writeChangelog('xml', sampleChangeSets)).toBe(writeXmlChangelog(sampleChangeSets));
    await expect(writeChangelog('sql', sampleChangeSets)).rejects.toThrow(/needs the SQL of each change/);
  });
});
