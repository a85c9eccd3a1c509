/**
 * The hash primitives, the serializer and the aggregate against the vectors of
 * shared/notes/liquibase-behaviour.md (§2.3, §2.4, §2.6, §2.7), which Liquibase's own tests assert.
 */
import { describe, expect, it } from 'vitest';
import type { Change, ChangeSet, ModifySql } from '../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../src/changelog/resource-accessor.js';
import { changeSetChecksum, changeSetChecksumText } from '../../src/checksum/changeset-checksum.js';
import { bytesChecksum, stringChecksum } from '../../src/checksum/md5-checksum.js';
import { serializeModifySql } from '../../src/checksum/modify-sql-checksum.js';
import { serialObject, serializeChange } from '../../src/checksum/serialized-text.js';
import { sqlChecksum } from '../../src/checksum/sql-checksum.js';
import { changeChecksumDetail } from '../../src/checksum/change-checksum-detail.js';
import { loadChange } from '../../src/changes/registry.js';
import { node } from '../changes/support/nodes.js';

const location = { file: 'test.xml' };

function changeSet(changes: Change[], modifySql: ModifySql[] = []): ChangeSet {
  return {
    id: '1',
    author: 'nvoxland',
    filePath: 'test.xml',
    physicalPath: 'test.xml',
    location,
    changes,
    inheritedContexts: [],
    labels: [],
    inheritedLabels: [],
    runAlways: false,
    runOnChange: false,
    failOnError: true,
    runInTransaction: true,
    ignore: false,
    onValidationFail: 'HALT',
    validCheckSums: [],
    modifySql,
  };
}

const load = (xml: ReturnType<typeof node>): Change => loadChange(xml, { changeSet: { id: '1', author: 'nvoxland' } });

describe('hash primitives', () => {
  it('hashes the empty string to the MD5 of nothing', () => {
    expect(stringChecksum('', 9)).toBe('9:d41d8cd98f00b204e9800998ecf8427e');
    expect(bytesChecksum(new Uint8Array(), 8)).toBe('8:d41d8cd98f00b204e9800998ecf8427e');
  });

  it('standardises line endings, drops U+FFFD and applies NFC before hashing strings', () => {
    expect(stringChecksum('a\r\nb\rc', 9)).toBe(stringChecksum('a\nb\nc', 9));
    expect(stringChecksum('a\uFFFDb', 9)).toBe(stringChecksum('ab', 9));
    expect(stringChecksum('e\u0301', 9)).toBe(stringChecksum('\u00e9', 9));
  });

  it('hashes bytes as given', () => {
    expect(bytesChecksum(Buffer.from('a\r\nb'), 9)).not.toBe(bytesChecksum(Buffer.from('a\nb'), 9));
  });
});

describe('serialized text (§2.4)', () => {
  const worked = [
    'createTable:[',
    '    columns=[',
    '        [',
    '            [',
    '                nullable="false"',
    '                primaryKey="true"',
    '            ]',
    '            autoIncrement="true"',
    '            name="id"',
    '            type="int"',
    '        ],',
    '        [',
    '            name="firstname"',
    '            type="varchar(50)"',
    '        ],',
    '        [',
    '            [',
    '                nullable="false"',
    '            ]',
    '            name="lastname"',
    '            type="varchar(50)"',
    '        ]',
    '    ]',
    '    tableName="person"',
    ']',
  ].join('\n');

  const person = load(
    node('createTable', { tableName: 'person' }, [
      node('column', { name: 'id', type: 'int', autoIncrement: 'true' }, [node('constraints', { primaryKey: 'true', nullable: 'false' })]),
      node('column', { name: 'firstname', type: 'varchar(50)' }),
      node('column', { name: 'lastname', type: 'varchar(50)' }, [node('constraints', { nullable: 'false' })]),
    ]),
  );

  it('reproduces the worked example byte for byte (473 bytes)', async () => {
    const detail = await changeChecksumDetail(person, { version: 9, dbms: 'postgresql', resources: new MemoryResourceAccessor({}), changeSet: changeSet([person]), expand: (t) => t });
    expect(detail.text).toBe(worked);
    expect(Buffer.byteLength(detail.text)).toBe(473);
    expect(detail.checksum).toBe('9:e43b65cb22be6ce412780d9dc5d1225a');
  });

  it('gives the changeset checksum Liquibase asserts in calculate-checksum (vector 4)', async () => {
    expect(await changeSetChecksum(changeSet([person]), 9, { dbms: 'h2', resources: new MemoryResourceAccessor({}), expand: (t) => t })).toBe(
      '9:10de8cd690aed1d88d837cbe555d1684',
    );
  });

  it('prints empty blocks and collections, maps sorted by key, and sorts entries as whole strings', () => {
    expect(serializeChange('empty', serialObject([]))).toBe('empty:[]');
    expect(serializeChange('x', serialObject([['list', []]]))).toBe('x:[\n    list=[]\n]');
    expect(serializeChange('customChange', serialObject([['param', { kind: 'map', entries: new Map([['b', '2'], ['a', '1']]) }], ['class', 'C']]))).toBe(
      'customChange:[\n    class="C"\n    param={\n        a="1",\n        b="2"\n    }\n]',
    );
    expect(serializeChange('x', serialObject([['dbms', ['mysql', 'derby']]]))).toBe('x:[\n    dbms=[\n        mysql,\n        derby\n    ]\n]');
  });
});

describe('SQL text checksums (§2.6)', () => {
  it('v9 removes spaces, tabs and line breaks', () => {
    expect(sqlChecksum('select 1', 9)).toBe('9:f6bf37efedbc0a2dfffc1caf5088d86e');
    expect(sqlChecksum('create table thisShouldRun(id int)\n', 9)).toBe('9:1cfef48c96c34e90d4d6402f630bbb12');
    expect(sqlChecksum('select\t 1\r\n', 9)).toBe(sqlChecksum('select1', 9));
  });

  it('v8 hashes the attribute header and the collapsed text', () => {
    expect(sqlChecksum('select 1', 8)).toBe('8:d8f827719488a0363979fc45fc6996c7');
    expect(sqlChecksum('create table thisShouldRun(id int)\n', 8)).toBe('8:af0c7066013de9c3cc318905ceae2462');
    expect(sqlChecksum('I can write anything here as this content will only be used to generate\n                  checksum on versions before 9', 8)).toBe(
      '8:e9a89045f6b53c8ebe7b15dc2c5eff4d',
    );
    expect(sqlChecksum('  select   1  \n', 8)).toBe(sqlChecksum('select 1', 8));
    expect(sqlChecksum('select 1', 8, { endDelimiter: ';', splitStatements: true, stripComments: true })).not.toBe(sqlChecksum('select 1', 8));
  });
});

describe('changeset checksum (§2.3, §2.7)', () => {
  const resources = new MemoryResourceAccessor({ 'create.sql': 'create table thisShouldRun(id int)\n' });
  const context = { dbms: 'h2', resources, expand: (t: string) => t };

  it('vector 1: a dbms-targeted change for another database counts in v8 but not in v9', async () => {
    const sql = load(
      node('sql', { dbms: 'thisDbWillNeverExist' }, [], 'I can write anything here as this content will only be used to generate\n                  checksum on versions before 9'),
    );
    expect(await changeSetChecksum(changeSet([sql]), 8, context)).toBe('8:0a36c7b201a287dd3348e8dd19e44be7');
    expect(await changeSetChecksum(changeSet([sql]), 9, context)).toBe('9:d41d8cd98f00b204e9800998ecf8427e');
  });

  it('vector 2: two sqlFile changes, one for another database', async () => {
    const files = [load(node('sqlFile', { path: 'create.sql' })), load(node('sqlFile', { path: 'create.sql', dbms: 'thisDbWillNeverExist' }))];
    expect(await changeSetChecksum(changeSet(files), 8, context)).toBe('8:a6a54dbc65048ebf1388da78c31ef1a9');
    expect(await changeSetChecksum(changeSet(files), 9, context)).toBe('9:62336a615e62e89c9d86128d1ca60ecf');
  });

  it('vector 3: sql for the target database', async () => {
    const sql = load(node('sql', { dbms: 'h2' }, [], 'select 1'));
    expect(await changeSetChecksum(changeSet([sql]), 8, context)).toBe('8:551a6b5455d661ce7101a063b818ca3e');
    expect(await changeSetChecksum(changeSet([sql]), 9, context)).toBe('9:3b78b9910981c62ca27148640fad7bc2');
    expect(await changeSetChecksum(changeSet([sql]), 9, { ...context, dbms: 'postgresql' })).toBe('9:d41d8cd98f00b204e9800998ecf8427e');
    const plain = load(node('sql', {}, [], 'select 1'));
    expect(await changeSetChecksum(changeSet([plain]), 9, { ...context, dbms: 'postgresql' })).toBe('9:3b78b9910981c62ca27148640fad7bc2');
  });

  it('vector 5: no changes', async () => {
    expect(await changeSetChecksum(changeSet([]), 9, context)).toBe('9:d41d8cd98f00b204e9800998ecf8427e');
  });

  it('appends the modifySql visitors that apply, v9 without where they apply', async () => {
    const replace: ModifySql = { kind: 'replace', replace: 'a', with: 'b', applyToRollback: false, location };
    const elsewhere: ModifySql = { ...replace, dbms: 'mysql' };
    const inContext: ModifySql = { ...replace, contextFilter: 'test' };
    expect(serializeModifySql(replace, 9)).toBe('replace:[\n    applyToRollback="false"\n    replace="a"\n    with="b"\n]');
    expect(serializeModifySql({ ...elsewhere, contextFilter: 'x' }, 8)).toBe(
      'replace:[\n    applicableDbms=[\n        mysql\n    ]\n    applyToRollback="false"\n    contextFilter="x"\n    replace="a"\n    with="b"\n]',
    );
    const text = await changeSetChecksumText(changeSet([], [replace, elsewhere, inContext]), 9, { ...context, dbms: 'postgresql', modifySqlApplies: (visitor) => !visitor.contextFilter });
    expect(text).toBe(`${stringChecksum(serializeModifySql(replace, 9), 9)};`);
  });
});

describe('the checksum Liquibase stores after executing (quirk recorded in quirks/insert-sequence-schema)', () => {
  const resources = new MemoryResourceAccessor({});
  it('qualifies sequence values of inserts and updates that name a schema', async () => {
    const insert = load(node('insert', { tableName: 'numbered', schemaName: 'public' }, [node('column', { name: 'n', valueSequenceNext: 'numbered_seq' })]));
    const context = { dbms: 'postgresql', resources, expand: (t: string) => t };
    expect(await changeSetChecksum(changeSet([insert]), 9, context)).toBe('9:2d34cbef8c6ab74b76321214e5002f89');
    expect(await changeSetChecksum(changeSet([insert]), 9, { ...context, afterExecution: true })).toBe('9:eedca98b4f777bc572c45dc8bd39efcd');
    const update = load(
      node('update', { tableName: 'numbered', schemaName: 'public' }, [node('column', { name: 'n', valueSequenceNext: 'numbered_seq' }), node('column', { name: 'm', valueSequenceCurrent: 'numbered_seq' })]),
    );
    expect(await changeSetChecksum(changeSet([update]), 9, { ...context, afterExecution: true })).toBe('9:a80a6730b671fc9d4b2af541d586fa4b');
    const plain = load(node('insert', { tableName: 'numbered' }, [node('column', { name: 'n', valueSequenceNext: 'numbered_seq' })]));
    expect(await changeSetChecksum(changeSet([plain]), 9, { ...context, afterExecution: true })).toBe('9:f34ce4f771c339ea307be439db5d7c12');
  });
});
