/**
 * One case per change type (and a few variants): the setup SQL, the change as the XML reader
 * gives it, a catalog query showing its effect, and whether Liquibase has an automatic rollback
 * for it. Shared by the PostgreSQL and the embedded (PGlite) runs.
 */
import type { ParsedNode } from '../../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import { expect } from 'vitest';
import { node } from './nodes.js';

export const files = new MemoryResourceAccessor({
  'db/rows.csv': 'id;name;active;born\n1;"Ann; A.";true;2001-02-03\n# not a row\n2;Bob;0;NULL\n3;Cy;yes;today+1\n',
  'db/upsert.csv': 'id,name\n1,Ann\n3,Cid\n',
  'db/script.sql': "-- a script\ncreate table from_file (id int);\ninsert into from_file values (1);\nselect '${table}';\n",
  'db/view.sql': 'select 1 as one',
  'db/lobs.csv': 'id,pic,doc\n1,AQID,doc.txt\n2,pic.bin,NULL\n',
  'db/doc.txt': 'long text',
  'db/pic.bin': new Uint8Array([7, 8]),
});

export interface Case {
  /** What the change does. */
  title: string;
  setup?: string;
  change: ParsedNode;
  /** A query whose rows show the effect. */
  check?: string;
  expected?: unknown[];
  /** Liquibase has an automatic rollback for it: running it restores the schema. */
  undo: boolean;
  /** The rollback runs but cannot restore what the change overwrote (data filled or replaced). */
  restores?: false;
}

const column = (name: string, type: string, attributes: Record<string, string> = {}, constraints?: Record<string, string>): ParsedNode =>
  node('column', { name, type, ...attributes }, constraints ? [node('constraints', constraints)] : []);

const columnsOf = (table: string): string =>
  `SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '${table}' ORDER BY ordinal_position`;
const constraintsOf = (table: string): string =>
  `SELECT conname, contype::text FROM pg_constraint WHERE conrelid = to_regclass('${table}') AND contype <> 'n' ORDER BY conname`;

export const cases: Case[] = [
  {
    title: 'createTable with keys, defaults, identity and remarks',
    setup: 'create table parent (id int primary key)',
    change: node('createTable', { tableName: 'child', remarks: "child's table" }, [
      column('id', 'bigint', { autoIncrement: 'true' }, { primaryKey: 'true' }),
      column('parent_id', 'int', {}, { foreignKeyName: 'fk_child_parent', references: 'parent(id)', deleteCascade: 'true' }),
      column('code', 'varchar(10)', { defaultValue: 'x', remarks: 'the code' }, { nullable: 'false', unique: 'true', uniqueConstraintName: 'uq_child_code' }),
      column('created', 'datetime', { defaultValueComputed: 'current_datetime' }),
    ]),
    check: `${constraintsOf('child')}`,
    expected: [
      { conname: 'child_pkey', contype: 'p' },
      { conname: 'fk_child_parent', contype: 'f' },
      { conname: 'uq_child_code', contype: 'u' },
    ],
    undo: true,
  },
  { title: 'dropTable', setup: 'create table gone (id int)', change: node('dropTable', { tableName: 'gone', cascadeConstraints: 'true' }), check: "SELECT to_regclass('gone')::text AS t", expected: [{ t: null }], undo: false },
  { title: 'renameTable', setup: 'create table old_t (id int)', change: node('renameTable', { oldTableName: 'old_t', newTableName: 'new_t' }), check: "SELECT to_regclass('new_t')::text AS t", expected: [{ t: 'new_t' }], undo: true },
  {
    title: 'addColumn with a default, a value, NOT NULL, unique and a foreign key',
    setup: 'create table t (id int primary key); insert into t values (1), (2); create table r (id int primary key)',
    change: node('addColumn', { tableName: 't' }, [
      column('a', 'int', { defaultValueNumeric: '7' }),
      column('b', 'varchar(5)', { value: 'v' }, { nullable: 'false' }),
      column('c', 'int', {}, { unique: 'true', uniqueConstraintName: 'uq_t_c' }),
      column('d', 'int', {}, { references: 'r(id)', foreignKeyName: 'fk_t_d' }),
    ]),
    check: 'SELECT id, a, b FROM t ORDER BY id',
    expected: [
      { id: 1, a: 7, b: 'v' },
      { id: 2, a: 7, b: 'v' },
    ],
    undo: true,
  },
  { title: 'dropColumn (several)', setup: 'create table t (id int, a int, b int)', change: node('dropColumn', { tableName: 't' }, [node('column', { name: 'a' }), node('column', { name: 'b' })]), check: columnsOf('t'), expected: [{ column_name: 'id', data_type: 'integer', is_nullable: 'YES', column_default: null }], undo: false },
  { title: 'renameColumn', setup: 'create table t (old_c int)', change: node('renameColumn', { tableName: 't', oldColumnName: 'old_c', newColumnName: 'newC' }), check: columnsOf('t'), expected: [{ column_name: 'newC', data_type: 'integer', is_nullable: 'YES', column_default: null }], undo: true },
  { title: 'modifyDataType', setup: "create table t (c varchar(5)); insert into t values ('12')", change: node('modifyDataType', { tableName: 't', columnName: 'c', newDataType: 'int' }), check: 'SELECT c FROM t', expected: [{ c: 12 }], undo: false },
  { title: 'addNotNullConstraint filling NULLs', setup: 'create table t (c text); insert into t values (null)', change: node('addNotNullConstraint', { tableName: 't', columnName: 'c', defaultNullValue: 'none', columnDataType: 'text' }), check: "SELECT c, (SELECT is_nullable FROM information_schema.columns WHERE table_name = 't' AND column_name = 'c' AND table_schema = current_schema()) AS n FROM t", expected: [{ c: 'none', n: 'NO' }], undo: true, restores: false },
  { title: 'addNotNullConstraint', setup: 'create table t (c text)', change: node('addNotNullConstraint', { tableName: 't', columnName: 'c' }), undo: true },
  { title: 'dropNotNullConstraint', setup: 'create table t (c text not null)', change: node('dropNotNullConstraint', { tableName: 't', columnName: 'c', columnDataType: 'text' }), undo: true },
  { title: 'addDefaultValue', setup: 'create table t (c int)', change: node('addDefaultValue', { tableName: 't', columnName: 'c', defaultValueNumeric: '3' }), check: columnsOf('t'), expected: [{ column_name: 'c', data_type: 'integer', is_nullable: 'YES', column_default: '3' }], undo: true },
  { title: 'addDefaultValue from a sequence', setup: 'create sequence s; create table t (c int)', change: node('addDefaultValue', { tableName: 't', columnName: 'c', defaultValueSequenceNext: 's' }), check: "SELECT pg_get_serial_sequence('t', 'c') AS s", expected: [{ s: expect.stringMatching(/\.s$/) }], undo: true },
  { title: 'dropDefaultValue', setup: 'create table t (c int default 1)', change: node('dropDefaultValue', { tableName: 't', columnName: 'c' }), check: columnsOf('t'), expected: [{ column_name: 'c', data_type: 'integer', is_nullable: 'YES', column_default: null }], undo: false },
  { title: 'addPrimaryKey', setup: 'create table t (a int not null, b int not null)', change: node('addPrimaryKey', { tableName: 't', columnNames: 'a, b', constraintName: 'pk_t' }), check: constraintsOf('t'), expected: [{ conname: 'pk_t', contype: 'p' }], undo: true },
  { title: 'addPrimaryKey clustered', setup: 'create table t (a int not null)', change: node('addPrimaryKey', { tableName: 't', columnNames: 'a', constraintName: 'pk_c', clustered: 'true' }), check: "SELECT indisclustered AS c FROM pg_index WHERE indexrelid = to_regclass('pk_c')", expected: [{ c: true }], undo: true },
  { title: 'dropPrimaryKey by name', setup: 'create table t (a int constraint pk_t primary key)', change: node('dropPrimaryKey', { tableName: 't', constraintName: 'pk_t' }), check: constraintsOf('t'), expected: [], undo: false },
  { title: 'dropPrimaryKey without a name', setup: 'create table t (a int primary key)', change: node('dropPrimaryKey', { tableName: 't' }), check: constraintsOf('t'), expected: [], undo: false },
  { title: 'addUniqueConstraint', setup: 'create table t (a int, b int)', change: node('addUniqueConstraint', { tableName: 't', columnNames: 'a,b', constraintName: 'uq_t', deferrable: 'true', initiallyDeferred: 'true' }), check: "SELECT condeferrable AS d, condeferred AS i FROM pg_constraint WHERE conname = 'uq_t'", expected: [{ d: true, i: true }], undo: true },
  { title: 'dropUniqueConstraint', setup: 'create table t (a int constraint uq_t unique)', change: node('dropUniqueConstraint', { tableName: 't', constraintName: 'uq_t' }), check: constraintsOf('t'), expected: [], undo: false },
  {
    title: 'addForeignKeyConstraint',
    setup: 'create table p (id int primary key); create table c (p_id int)',
    change: node('addForeignKeyConstraint', { baseTableName: 'c', baseColumnNames: 'p_id', constraintName: 'fk_c_p', referencedTableName: 'p', referencedColumnNames: 'id', onDelete: 'SET NULL', onUpdate: 'CASCADE', validate: 'false' }),
    check: "SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conname = 'fk_c_p'",
    expected: [{ d: 'FOREIGN KEY (p_id) REFERENCES p(id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID' }],
    undo: true,
  },
  { title: 'dropForeignKeyConstraint', setup: 'create table p (id int primary key); create table c (p_id int constraint fk_c references p)', change: node('dropForeignKeyConstraint', { baseTableName: 'c', constraintName: 'fk_c' }), check: constraintsOf('c'), expected: [], undo: false },
  {
    title: 'dropAllForeignKeyConstraints',
    setup: 'create table p (id int primary key); create table "Child" (a int constraint fk_a references p, b int constraint "Fk_B" references p)',
    change: node('dropAllForeignKeyConstraints', { baseTableName: 'Child' }),
    check: constraintsOf('"Child"'),
    expected: [],
    undo: false,
  },
  {
    title: 'createIndex (unique, descending, expression)',
    setup: 'create table t (a int, b text)',
    change: node('createIndex', { tableName: 't', indexName: 'ix_t', unique: 'true' }, [node('column', { name: 'a', descending: 'true' }), node('column', { name: 'lower(b)', computed: 'true' })]),
    check: "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_t'",
    expected: [{ indexdef: expect.stringMatching(/CREATE UNIQUE INDEX ix_t ON [cp]_\d+\.t USING btree \(a DESC, lower\(b\)\)/) }],
    undo: true,
  },
  { title: 'dropIndex', setup: 'create table t (a int); create index ix on t (a)', change: node('dropIndex', { tableName: 't', indexName: 'ix' }), check: "SELECT to_regclass('ix')::text AS i", expected: [{ i: null }], undo: false },
  {
    title: 'createSequence',
    change: node('createSequence', { sequenceName: 'seq', startValue: '10', incrementBy: '5', minValue: '1', maxValue: '1000', cacheSize: '2', cycle: 'true', dataType: 'int' }),
    check: 'SELECT data_type::text, start_value::text, increment_by::text, cycle FROM pg_sequences WHERE schemaname = current_schema()',
    expected: [{ data_type: 'integer', start_value: '10', increment_by: '5', cycle: true }],
    undo: true,
  },
  { title: 'alterSequence', setup: 'create sequence seq', change: node('alterSequence', { sequenceName: 'seq', incrementBy: '3', maxValue: '99', cycle: 'false' }), check: 'SELECT increment_by::text, max_value::text FROM pg_sequences WHERE schemaname = current_schema()', expected: [{ increment_by: '3', max_value: '99' }], undo: false },
  { title: 'renameSequence', setup: 'create sequence seq', change: node('renameSequence', { oldSequenceName: 'seq', newSequenceName: 'seq2' }), undo: true },
  { title: 'dropSequence', setup: 'create sequence seq', change: node('dropSequence', { sequenceName: 'seq' }), check: 'SELECT count(*)::int AS n FROM pg_sequences WHERE schemaname = current_schema()', expected: [{ n: 0 }], undo: false },
  { title: 'createView', setup: 'create table t (a int)', change: node('createView', { viewName: 'vT', remarks: 'a view' }, [], 'select a from t'), check: "SELECT obj_description(to_regclass('\"vT\"'), 'pg_class') AS c", expected: [{ c: 'a view' }], undo: true },
  { title: 'createView from a file', change: node('createView', { viewName: 'v', path: 'view.sql', relativeToChangelogFile: 'true' }), check: 'SELECT * FROM v', expected: [{ one: 1 }], undo: true },
  { title: 'renameView', setup: 'create view v as select 1 as x', change: node('renameView', { oldViewName: 'v', newViewName: 'w' }), undo: true },
  { title: 'dropView', setup: 'create view v as select 1 as x', change: node('dropView', { viewName: 'v' }), check: "SELECT to_regclass('v')::text AS v", expected: [{ v: null }], undo: false },
  {
    title: 'createProcedure',
    change: node('createProcedure', { procedureName: 'p1', replaceIfExists: 'true' }, [], 'CREATE OR REPLACE PROCEDURE p1() LANGUAGE sql AS $$ SELECT 1; SELECT 2 $$'),
    check: "SELECT proname FROM pg_proc WHERE proname = 'p1'",
    expected: [{ proname: 'p1' }],
    undo: false,
  },
  { title: 'dropProcedure', setup: 'create procedure p1() language sql as $$ select 1 $$', change: node('dropProcedure', { procedureName: 'p1' }), check: "SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'p1' AND pronamespace = current_schema()::regnamespace", expected: [{ n: 0 }], undo: false },
  { title: 'addAutoIncrement', setup: 'create table t (id int, v text)', change: node('addAutoIncrement', { tableName: 't', columnName: 'id', columnDataType: 'int', startWith: '5' }), check: "INSERT INTO t (v) VALUES ('x') RETURNING id", expected: [{ id: 5 }], undo: false },
  {
    title: 'addLookupTable',
    setup: "create table address (id int, state char(2)); insert into address values (1, 'NY'), (2, 'NY'), (3, null)",
    change: node('addLookupTable', { existingTableName: 'address', existingColumnName: 'state', newTableName: 'state', newColumnName: 'code', newColumnDataType: 'char(2)' }),
    check: 'SELECT code FROM state',
    expected: [{ code: 'NY' }],
    undo: true,
  },
  { title: 'mergeColumns', setup: "create table t (a text, b text); insert into t values ('x', 'y')", change: node('mergeColumns', { tableName: 't', column1Name: 'a', column2Name: 'b', joinString: ' & ', finalColumnName: 'ab', finalColumnType: 'varchar(20)' }), check: 'SELECT * FROM t', expected: [{ ab: 'x & y' }], undo: false },
  {
    title: 'insert with every kind of value',
    setup: 'create sequence s start 9; create table t (a text, n numeric, b boolean, d timestamp, c text, q int)',
    change: node('insert', { tableName: 't' }, [
      node('column', { name: 'a', value: "it's" }),
      node('column', { name: 'n', valueNumeric: '(1.50)' }),
      node('column', { name: 'b', valueBoolean: 'true' }),
      node('column', { name: 'd', valueDate: '2024-02-29 13:14:15.5' }),
      node('column', { name: 'c', valueComputed: "upper('x')" }),
      node('column', { name: 'q', valueSequenceNext: 's' }),
    ]),
    check: "SELECT a, n::text, b, to_char(d, 'YYYY-MM-DD HH24:MI:SS.MS') AS d, c, q FROM t",
    expected: [{ a: "it's", n: '1.50', b: true, d: '2024-02-29 13:14:15.500', c: 'X', q: 9 }],
    undo: false,
  },
  {
    title: 'update with where parameters',
    setup: "create table t (id int, v text); insert into t values (1, 'a'), (2, 'b')",
    change: node('update', { tableName: 't' }, [node('column', { name: 'v', value: 'z' }), node('where', {}, [], ':name = :value'), node('whereParams', {}, [node('param', { name: 'id', valueNumeric: '2' })])]),
    check: 'SELECT id, v FROM t ORDER BY id',
    expected: [
      { id: 1, v: 'a' },
      { id: 2, v: 'z' },
    ],
    undo: false,
  },
  { title: 'delete', setup: 'create table t (id int); insert into t values (1), (2)', change: node('delete', { tableName: 't' }, [node('where', {}, [], 'id = 1')]), check: 'SELECT id FROM t', expected: [{ id: 2 }], undo: false },
  {
    title: 'loadData with types, quotes, comments and NULL',
    setup: 'create table t (id int, name text, active boolean, born date)',
    change: node('loadData', { tableName: 't', file: 'rows.csv', relativeToChangelogFile: 'true', separator: ';' }, [node('column', { name: 'active', type: 'BOOLEAN' }), node('column', { name: 'born', type: 'DATE' })]),
    check: "SELECT id, name, active, CASE WHEN born = CURRENT_DATE + 1 THEN 'tomorrow' ELSE born::text END AS born FROM t ORDER BY id",
    expected: [
      { id: 1, name: 'Ann; A.', active: true, born: '2001-02-03' },
      { id: 2, name: 'Bob', active: false, born: null },
      { id: 3, name: 'Cy', active: true, born: 'tomorrow' },
    ],
    undo: false,
  },
  {
    title: 'loadData BLOB (base64 or file) and CLOB (file) columns',
    setup: 'create table t (id int, pic bytea, doc text)',
    change: node('loadData', { tableName: 't', file: 'lobs.csv', relativeToChangelogFile: 'true' }, [node('column', { name: 'pic', type: 'BLOB' }), node('column', { name: 'doc', type: 'CLOB' })]),
    check: "SELECT id, encode(pic, 'hex') AS pic, doc FROM t ORDER BY id",
    expected: [
      { id: 1, pic: '010203', doc: 'long text' },
      { id: 2, pic: '0708', doc: null },
    ],
    undo: false,
  },
  {
    title: 'loadUpdateData (update or insert by primary key)',
    setup: "create table t (id int primary key, name text); insert into t values (1, 'old'), (2, 'keep')",
    change: node('loadUpdateData', { tableName: 't', file: 'db/upsert.csv', primaryKey: 'id' }, [node('column', { name: 'id', type: 'NUMERIC' })]),
    check: 'SELECT id, name FROM t ORDER BY id',
    expected: [
      { id: 1, name: 'Ann' },
      { id: 2, name: 'keep' },
      { id: 3, name: 'Cid' },
    ],
    // Its rollback deletes the loaded rows (including the one it updated): see the test below.
    undo: true,
    restores: false,
  },
  { title: 'sql (split, comments kept)', change: node('sql', {}, [], 'create table s1 (id int); -- c\ninsert into s1 values (1);\nDO $$ BEGIN PERFORM 1; END $$;'), check: 'SELECT id FROM s1', expected: [{ id: 1 }], undo: false },
  { title: 'sqlFile (expanded when run)', change: node('sqlFile', { path: 'db/script.sql', stripComments: 'true' }), check: 'SELECT id FROM from_file', expected: [{ id: 1 }], undo: false },
  { title: 'setTableRemarks', setup: 'create table t (a int)', change: node('setTableRemarks', { tableName: 't', remarks: "it's" }), check: "SELECT obj_description(to_regclass('t'), 'pg_class') AS c", expected: [{ c: "it's" }], undo: false },
  { title: 'setColumnRemarks', setup: 'create table t (a int)', change: node('setColumnRemarks', { tableName: 't', columnName: 'a', remarks: 'col' }), check: "SELECT col_description(to_regclass('t'), 1) AS c", expected: [{ c: 'col' }], undo: false },
  { title: 'tagDatabase', change: node('tagDatabase', { tag: 'v1' }), undo: true },
  { title: 'empty', change: node('empty'), undo: true },
  { title: 'output', change: node('output', { target: 'STDOUT' }, [], 'hello'), undo: true },
];

