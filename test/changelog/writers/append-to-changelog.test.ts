import { describe, expect, test } from 'vitest';
import { loadChangeLog } from '../../../src/changelog/load-changelog.js';
import type { ParsedNode } from '../../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { appendToChangelog, existingIdentifiers } from '../../../src/changelog/writers/append-to-changelog.js';
import type { WritableChangeSet } from '../../../src/changelog/writers/writable-changeset.js';
import { writeYamlChangelog } from '../../../src/changelog/writers/yaml-changelog-writer.js';
import { loadChange } from '../../../src/changes/registry.js';
import { change } from '../../../src/diff/change-nodes.js';
import { ConfigurationError } from '../../../src/errors.js';

const added: WritableChangeSet[] = [
  {
    id: 'T-2',
    author: 'jane',
    comment: 'Add column public.t.note',
    changes: [change('addColumn', { schemaName: 'public', tableName: 't' }, [change('column', { name: 'note', type: 'text' })])],
  },
];

async function ids(path: string, text: string): Promise<string[]> {
  const changeLog = await loadChangeLog(path, { resources: new MemoryResourceAccessor({ [path]: text }), loadChange });
  return changeLog.changeSets.map((c) => `${c.id}::${c.author}`);
}

describe('appendToChangelog: YAML', () => {
  const existing = [
    '# The master changelog. Keep this comment.',
    'databaseChangeLog:',
    '# first things first',
    '- changeSet:',
    "    id: '1'   # quoted on purpose",
    '    author: bob',
    '    changes:',
    '    - createTable:',
    '        tableName: t',
    '        columns:',
    '        - column: {name: id, type: int}',
    '',
  ].join('\n');

  test('keeps comments, quoting and list style; the new changeset comes last', async () => {
    const text = await appendToChangelog(existing, 'yaml', added);
    // Not a byte of the existing file changes.
    expect(text.startsWith(existing)).toBe(true);
    expect(text.slice(existing.length)).toMatch(/^- changeSet:\n    id: T-2\n    author: jane\n    comment: Add column public.t.note\n/);
    expect(await ids('master.yaml', text)).toEqual(['1::bob', 'T-2::jane']);
  });

  test('other layouts go through the yaml Document API, comments kept', async () => {
    const flow = '# empty so far\ndatabaseChangeLog: []\n';
    const text = await appendToChangelog(flow, 'yaml', added);
    expect(text).toContain('# empty so far');
    expect(await ids('master.yaml', text)).toEqual(['T-2::jane']);
    const indented = 'databaseChangeLog:\n  - changeSet:\n      id: "1"\n      author: bob\n      changes: []\n  # trailing comment\n';
    const appended = await appendToChangelog(indented, 'yaml', added);
    expect(appended.startsWith(indented.trimEnd())).toBe(true);
    expect(appended).toContain('\n  - changeSet:\n      id: T-2\n');
    expect(await ids('master.yaml', appended)).toEqual(['1::bob', 'T-2::jane']);
  });

  test('an empty file becomes a whole changelog', async () => {
    expect(await appendToChangelog('', 'yaml', added)).toBe(writeYamlChangelog(added));
  });
});

describe('appendToChangelog: XML', () => {
  const existing = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- The master changelog -->',
    '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">',
    '  <!-- keep me -->',
    '  <changeSet id="1" author="bob">',
    '    <createTable tableName="t"><column name="id" type="int"/></createTable>',
    '  </changeSet>',
    '</databaseChangeLog>',
    '',
  ].join('\n');

  test('inserted before </databaseChangeLog> with the file’s indentation; the rest untouched', async () => {
    const text = await appendToChangelog(existing, 'xml', added);
    const closing = existing.indexOf('</databaseChangeLog>');
    expect(text.startsWith(existing.slice(0, closing).trimEnd())).toBe(true);
    expect(text).toContain(
      [
        '  <changeSet id="T-2" author="jane">',
        '    <comment>Add column public.t.note</comment>',
        '    <addColumn schemaName="public" tableName="t">',
        '      <column name="note" type="text"/>',
        '    </addColumn>',
        '  </changeSet>',
        '',
        '</databaseChangeLog>',
        '',
      ].join('\n'),
    );
    expect(await ids('master.xml', text)).toEqual(['1::bob', 'T-2::jane']);
  });

  test('a self-closing root and a prefixed root', async () => {
    const empty = '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"/>\n';
    expect(await ids('a.xml', await appendToChangelog(empty, 'xml', added))).toEqual(['T-2::jane']);
    const prefixed = '<lb:databaseChangeLog xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog">\n\t<lb:changeSet id="1" author="bob"><lb:sql>SELECT 1</lb:sql></lb:changeSet>\n</lb:databaseChangeLog>\n';
    const text = await appendToChangelog(prefixed, 'xml', added);
    expect(text).toContain('\t<lb:changeSet id="T-2" author="jane">\n\t\t<lb:comment>');
    expect(existingIdentifiers(text, 'xml').map((e) => e.id)).toEqual(['1', 'T-2']);
  });
});

describe('appendToChangelog: JSON and formatted SQL', () => {
  test('JSON keeps its indentation', async () => {
    const existing = '{\n    "databaseChangeLog": [\n        {"changeSet": {"id": "1", "author": "bob", "changes": [{"sql": {"sql": "SELECT 1"}}]}}\n    ]\n}\n';
    const text = await appendToChangelog(existing, 'json', added);
    expect(text).toContain('\n    "databaseChangeLog": [\n        {\n            "changeSet": {\n                "id": "1",');
    expect(await ids('master.json', text)).toEqual(['1::bob', 'T-2::jane']);
  });

  test('formatted SQL: appended after the last changeset', async () => {
    const sqlFor = (node: ParsedNode) => [`ALTER TABLE public.t ADD note text -- ${node.name}`];
    const existing = '-- liquibase formatted sql\n\n-- changeset bob:1\nCREATE TABLE t (id int);\n';
    const text = await appendToChangelog(existing, 'sql', added, { sqlFor });
    expect(text).toBe(
      '-- liquibase formatted sql\n\n-- changeset bob:1\nCREATE TABLE t (id int);\n\n-- changeset jane:T-2\n-- comment: Add column public.t.note\nALTER TABLE public.t ADD note text -- addColumn;\n',
    );
    expect(await ids('master.sql', text)).toEqual(['1::bob', 'T-2::jane']);
  });

  test('a plain SQL file is not a changelog to append to', async () => {
    await expect(appendToChangelog('CREATE TABLE t (id int);\n', 'sql', added, { sqlFor: () => [] })).rejects.toThrow(/plain SQL file/);
  });
});

describe('appendToChangelog: identifiers', () => {
  const yaml = 'databaseChangeLog:\n- changeSet:\n    id: T-2\n    author: Jane\n    changes: []\n';

  test.each([
    ['yaml', yaml, /changeset T-2::jane already exists in master.yaml \(line 3\)/],
    ['xml', '<databaseChangeLog>\n<changeSet id="T-2" author="jane"/>\n</databaseChangeLog>', /already exists in master.xml \(line 2\)/],
    ['json', '{"databaseChangeLog": [{"changeSet": {"id": "T-2", "author": "jane"}}]}', /already exists in master.json/],
    ['sql', '-- liquibase formatted sql\n--changeset jane:T-2\nSELECT 1;\n', /already exists in master.sql \(line 2\)/],
  ] as const)('%s: an id::author already in the file is refused', async (format, existing, message) => {
    const attempt = appendToChangelog(existing, format, added, { origin: `master.${format}`, sqlFor: () => ['SELECT 1'] });
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(appendToChangelog(existing, format, added, { origin: `master.${format}`, sqlFor: () => ['SELECT 1'] })).rejects.toThrow(message);
  });

  test('the same id twice among the new changesets is refused', async () => {
    await expect(appendToChangelog('', 'yaml', [...added, { ...added[0]! }])).rejects.toThrow(/T-2::jane appears twice among the new changesets/);
  });

  test('invalid files are reported, not overwritten', async () => {
    await expect(appendToChangelog('<databaseChangeLog>', 'xml', added)).rejects.toThrow(/not well-formed XML/);
    await expect(appendToChangelog('databaseChangeLog: [', 'yaml', added)).rejects.toThrow(/not valid YAML/);
  });
});
