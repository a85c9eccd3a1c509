import { describe, expect, test } from 'vitest';
import { formattedSqlParser, isFormattedSqlChangeLog, plainSqlChangeLog } from '../../src/changelog/formatted-sql-parser.js';
import type { ChangeSet, ParsedNode } from '../../src/changelog/model.js';
import type { ParseContext, ParsedChangeLog, PropertyDefinition } from '../../src/changelog/parser.js';
import { ChangelogError, ChangelogValidationError } from '../../src/errors.js';

/** A ParseContext over a property map: first definition wins; loadChange echoes the node. */
function fakeContext(properties: Record<string, string> = {}, filePath = 'db/changelog.sql') {
  const values = { ...properties };
  const defined: PropertyDefinition[] = [];
  const nodes: ParsedNode[] = [];
  const context: ParseContext = {
    filePath,
    expand: (text) => text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole),
    defineProperty: (property) => {
      defined.push(property);
      values[property.name] ??= property.value;
    },
    loadChange: (node) => {
      nodes.push(node);
      if (node.text === 'FAIL TO LOAD') throw new ChangelogError('sql is broken', { location: node.location });
      return { type: node.name, params: { ...node.attributes, sql: node.text ?? null }, location: node.location };
    },
  };
  return { context, defined, nodes };
}

const FILE = 'db/changelog.sql';

function parse(text: string, context: ParseContext = fakeContext().context): ParsedChangeLog {
  return formattedSqlParser.parse(FILE, text, context);
}

function changeSetsOf(text: string, context?: ParseContext): ChangeSet[] {
  return parse(text, context).entries.flatMap((entry) => (entry.kind === 'changeSet' ? [entry.changeSet] : []));
}

function only(text: string, context?: ParseContext): ChangeSet {
  const changeSets = changeSetsOf(text, context);
  expect(changeSets).toHaveLength(1);
  return changeSets[0]!;
}

/** The messages of the errors parsing `text` raises (all of them, in order). */
function errorsOf(text: string, context?: ParseContext): string[] {
  try {
    parse(text, context);
  } catch (error) {
    if (error instanceof ChangelogValidationError) return error.errors.map((e) => e.message);
    throw error;
  }
  return [];
}

const H = '--liquibase formatted sql\n';

describe('detection', () => {
  test.each([
    ['--liquibase formatted sql\n'],
    ['-- LiquiBase  Formatted SQL logicalFilePath:x.sql\n'],
    [' -- liquibase formatted sql\n'],
    ['--liquibaseformatted\n'],
    ['\n  \n\t\n--liquibase formatted sql\n'],
    ['\uFEFF--liquibase formatted sql\r\n'],
  ])('%j is a formatted SQL changelog', (text) => {
    expect(isFormattedSqlChangeLog(text)).toBe(true);
    expect(formattedSqlParser.supports('a/B.SQL', text)).toBe(true);
  });

  test.each([['create table t (id int);\n'], ['-- a comment\n--liquibase formatted sql\n'], ['--liquibase sql\n'], ['']])('%j is not', (text) => {
    expect(isFormattedSqlChangeLog(text)).toBe(false);
  });

  test('only .sql files', () => {
    expect(formattedSqlParser.supports('a.xml', H)).toBe(false);
  });
});

describe('changesets and their SQL', () => {
  test('the body is the lines joined with LF, trimmed, then expanded; attributes take formatted SQL defaults', () => {
    const { context, nodes } = fakeContext({ table: 'person' });
    const changeSet = only(`${H}\r\n--changeset alice:1\r\n\r\n  create table \${table} (\r\n  id int\r\n);  \r\n\r\n`, context);
    expect(changeSet).toMatchObject({
      id: '1',
      author: 'alice',
      filePath: FILE,
      physicalPath: FILE,
      location: { file: FILE, line: 3 },
      runOnChange: false,
      runAlways: false,
      failOnError: true,
      runInTransaction: true,
      ignore: false,
      labels: [],
      validCheckSums: [],
    });
    expect(changeSet.contextFilter).toBeUndefined();
    expect(changeSet.dbms).toBeUndefined();
    expect(changeSet.rollback).toBeUndefined();
    expect(nodes).toEqual([
      {
        name: 'sql',
        attributes: { splitStatements: 'true', stripComments: 'true' },
        text: 'create table person (\n  id int\n);',
        children: [],
        location: { file: FILE, line: 5 },
      },
    ]);
    expect(changeSet.changes).toEqual([{ type: 'sql', params: { splitStatements: 'true', stripComments: 'true', sql: 'create table person (\n  id int\n);' }, location: { file: FILE, line: 5 } }]);
  });

  test('lines before the first changeset are ignored; ordinary comments inside a changeset are SQL', () => {
    const changeSet = only(`${H}-- about this file\nselect 'ignored';\n--changeset a:1\n-- why\nselect 1; -- one\n/* two */\n`);
    expect(changeSet.changes[0]!.params['sql']).toBe('-- why\nselect 1; -- one\n/* two */');
  });

  test('--changeset: quoted author and id, authors with spaces, ${} expansion, several changesets', () => {
    const { context } = fakeContext({ who: 'bob', n: '7' });
    const changeSets = changeSetsOf(
      `${H}--changeset "Some One":"id with: colon"\nselect 1\n-- ChangeSet Liquibase User:3\nselect 2\n--changeset \${who}:x-\${n}\nselect 3\n--changeset 'q':'r'\nselect 4`,
      context,
    );
    expect(changeSets.map((c) => [c.author, c.id, c.location.line])).toEqual([
      ['Some One', 'id with: colon', 2],
      ['Liquibase User', '3', 4],
      ['bob', 'x-7', 6],
      ['q', 'r', 8],
    ]);
  });

  test('every changeset attribute', () => {
    const { context, nodes } = fakeContext({ ctx: 'test' });
    const changeSet = only(
      `${H}--changeset a:1 runOnChange:true runAlways:TRUE failOnError:false runInTransaction:false splitStatements:false stripComments:false endDelimiter:GO context:"\${ctx} and (b, c)" labels:"Foo Bar, baz" dbms:postgresql,!h2 logicalFilePath:\\lib\\x.sql ignore:true\nselect 1`,
      context,
    );
    expect(changeSet).toMatchObject({
      runOnChange: true,
      runAlways: true,
      failOnError: false,
      runInTransaction: false,
      ignore: true,
      contextFilter: 'test and (b, c)',
      labels: ['foo bar', 'baz'],
      dbms: 'postgresql,!h2',
      filePath: 'lib/x.sql',
    });
    expect(nodes[0]!.attributes).toEqual({ splitStatements: 'false', stripComments: 'false', endDelimiter: 'GO' });
  });

  test('contextFilter wins over context; unquoted values end at a space; booleans other than true are false', () => {
    const changeSet = only(`${H}--changeset a:1 context:x contextFilter:y,z labels:one,two runAlways:yes\nselect 1`);
    expect(changeSet).toMatchObject({ contextFilter: 'y,z', labels: ['one', 'two'], runAlways: false });
  });

  test('dbms is a changeset attribute, never the sql change one (so the v9 checksum skips nothing)', () => {
    const { context, nodes } = fakeContext();
    const changeSet = only(`${H}--changeset a:1 dbms: postgresql\nselect 1`, context);
    expect(changeSet.dbms).toBe('postgresql');
    expect(nodes[0]!.attributes).not.toHaveProperty('dbms');
  });

  test('rollbackSplitStatements and rollbackEndDelimiter apply to the rollback only', () => {
    const { context, nodes } = fakeContext();
    only(`${H}--changeset a:1 rollbackSplitStatements:false rollbackEndDelimiter:/\nselect 1\n--rollback select 2;\n--rollback select 3;`, context);
    expect(nodes.map((n) => n.attributes)).toEqual([
      { splitStatements: 'true', stripComments: 'true' },
      { splitStatements: 'false', stripComments: 'false', endDelimiter: '/' },
    ]);
  });

  test('logicalFilePath: the header sets it for the file, a changeset overrides it', () => {
    const { context } = fakeContext({ dir: 'lib' }, 'physical/path.sql');
    const parsed = parse(`-- liquibase formatted sql logicalFilePath:/\${dir}\\all.sql\n--changeset a:1\nselect 1\n--changeset a:2 logicalFilePath:own.sql\nselect 2`, context);
    expect(parsed.logicalFilePath).toBe('lib/all.sql');
    expect(parsed.entries.map((e) => e.kind === 'changeSet' && e.changeSet.filePath)).toEqual(['lib/all.sql', 'own.sql']);
    const withoutHeaderPath = parse(`${H}--changeset a:1\nselect 1`, context);
    expect(withoutHeaderPath.logicalFilePath).toBeUndefined();
    expect(withoutHeaderPath.entries[0]).toMatchObject({ changeSet: { filePath: 'physical/path.sql' } });
  });

  test('a body ending in a / line gets the \\n/$ delimiter, but only in the last changeset (as Liquibase 4.28)', () => {
    const { context, nodes } = fakeContext();
    changeSetsOf(`${H}--changeset a:1\nselect 1;\nselect 2\n/\n--changeset a:2\nselect 3;\nselect 4\n/\n`, context);
    expect(nodes.map((n) => n.attributes['endDelimiter'])).toEqual([undefined, '\\n/$']);
    const explicit = fakeContext();
    changeSetsOf(`${H}--changeset a:1 endDelimiter:;\nselect 1\n/`, explicit.context);
    expect(explicit.nodes[0]!.attributes['endDelimiter']).toBe(';');
  });

  test('properties defined after a changeset line still expand its SQL (the body is expanded when it ends)', () => {
    const { context, defined } = fakeContext();
    const changeSet = only(`${H}--changeset a:1\nselect '\${late}'\n--property name:late value:on context:"x, y" labels:l dbms:postgresql global:false\n`, context);
    expect(changeSet.changes[0]!.params['sql']).toBe("select 'on'");
    expect(defined).toEqual([
      { name: 'late', value: 'on', context: 'x, y', labels: 'l', dbms: 'postgresql', global: false, location: { file: FILE, line: 4 } },
    ]);
  });

  test('--property: global by default, name and value expanded, value ends at a space', () => {
    const { context, defined } = fakeContext({ base: 'app' });
    parse(`${H}--property name:schema value:\${base}_data\n-- property  name: other value: two words\n--changeset a:1\nselect 1`, context);
    expect(defined.map((p) => [p.name, p.value, p.global])).toEqual([
      ['schema', 'app_data', true],
      ['other', 'two', true],
    ]);
  });
});

describe('lines inside a changeset', () => {
  test('--comment, with or without a colon, last one wins, trimmed, not expanded; it is not SQL', () => {
    const changeSet = only(`${H}--changeset a:1\n--comment: first\nselect 1\n-- Comment   the \${x} one  \n`);
    expect(changeSet.comment).toBe('the ${x} one');
    expect(changeSet.changes[0]!.params['sql']).toBe('select 1');
  });

  test('--validCheckSum lines add accepted checksums', () => {
    const changeSet = only(`${H}--changeset a:1\n--validCheckSum: 9:abc\n--validCheckSum ANY\nselect 1`);
    expect(changeSet.validCheckSums).toEqual(['9:abc', 'ANY']);
  });

  test('--rollback lines are concatenated, expanded, and become a sql change split on ;', () => {
    const { context, nodes } = fakeContext({ t: 'person' });
    const changeSet = only(`${H}--changeset a:1\ncreate table \${t} (id int);\n--rollback drop table \${t};\n  -- rollback select 1;\ninsert into \${t} values (1);`, context);
    expect(changeSet.changes[0]!.params['sql']).toBe('create table person (id int);\ninsert into person values (1);');
    expect(changeSet.rollback).toEqual({
      changes: [{ type: 'sql', params: { splitStatements: 'true', stripComments: 'false', sql: 'drop table person;\nselect 1;' }, location: { file: FILE, line: 4 } }],
      references: [],
      location: { file: FILE, line: 4 },
    });
    expect(nodes).toHaveLength(2);
  });

  test('--rollback with nothing after it is SQL (as in the corpus formatted changelog)', () => {
    const changeSet = only(`${H}--changeset a:1\ncreate table t (id int);\n\n--rollback\ndelete from t;\n`);
    expect(changeSet.rollback).toBeUndefined();
    expect(changeSet.changes[0]!.params['sql']).toBe('create table t (id int);\n\n--rollback\ndelete from t;');
  });

  test.each([['empty'], ['EMPTY'], ['not required'], ['Not Required because'], ['empty -- nothing to undo']])('--rollback %s is an empty rollback block', (word) => {
    const changeSet = only(`${H}--changeset a:1\nselect 1\n--rollback ${word}`);
    expect(changeSet.rollback).toEqual({ changes: [], references: [], location: { file: FILE, line: 4 } });
  });

  test('--rollback emptyTable() is SQL, not the empty keyword', () => {
    const changeSet = only(`${H}--changeset a:1\nselect 1\n--rollback emptyTable();`);
    expect(changeSet.rollback?.changes[0]?.params['sql']).toBe('emptyTable();');
  });

  test('--rollback changesetId:… changesetAuthor:… [changesetPath:…] refers to another changeset', () => {
    const changeSets = changeSetsOf(
      `${H}--changeset a:1\nselect 1\n--changeset a:2\nselect 2\n--rollback changesetId:1 changesetAuthor:a\n--changeset a:3\nselect 3\n--rollback changeSetId:x\n--rollback changeSetAuthor:y changeSetPath:other.sql`,
    );
    expect(changeSets[1]!.rollback).toEqual({ changes: [], references: [{ id: '1', author: 'a' }], location: { file: FILE, line: 6 } });
    expect(changeSets[2]!.rollback?.references).toEqual([{ id: 'x', author: 'y', path: 'other.sql' }]);
  });

  test('/* liquibase rollback … */ blocks, joined with LF (Liquibase glues the lines together)', () => {
    const changeSet = only(`${H}--changeset a:1\ncreate table t (id int);\n/* liquibase rollback\ndrop table t;\nselect 1\nfrom t */\nselect 2;`);
    expect(changeSet.changes[0]!.params['sql']).toBe('create table t (id int);\nselect 2;');
    expect(changeSet.rollback?.changes[0]?.params['sql']).toBe('drop table t;\nselect 1\nfrom t');
    expect(changeSet.rollback?.location.line).toBe(4);
  });

  test('--preconditions and --precondition-* lines', () => {
    const { context } = fakeContext({ n: '0' });
    const changeSet = only(
      `${H}--changeset a:1\n--preconditions onFail:mark_ran onError:WARN onUpdateSql:test onFailMessage:"table exists"\n--precondition-sql-check expectedResult:\${n} select count(*) from t\n--precondition-sql-check 'a b' select 'a b'\n--precondition-table-exists table:person schema:public\n  --precondition-view-exists view:v\ncreate table t (id int)`,
      context,
    );
    const location = (line: number) => ({ file: FILE, line });
    expect(changeSet.preconditions).toEqual({
      onFail: 'MARK_RAN',
      onError: 'WARN',
      onSqlOutput: 'TEST',
      onFailMessage: 'table exists',
      conditions: [
        { type: 'sqlCheck', attributes: { expectedResult: '0' }, text: 'select count(*) from t', nested: [], location: location(4) },
        { type: 'sqlCheck', attributes: { expectedResult: 'a b' }, text: "select 'a b'", nested: [], location: location(5) },
        { type: 'tableExists', attributes: { tableName: 'person', schemaName: 'public' }, nested: [], location: location(6) },
        { type: 'viewExists', attributes: { viewName: 'v' }, nested: [], location: location(7) },
      ],
      location: location(3),
    });
    expect(changeSet.changes[0]!.params['sql']).toBe('create table t (id int)');
  });

  test('a precondition line alone creates the default container', () => {
    const changeSet = only(`${H}--changeset a:1\n--precondition-table-exists table:t\nselect 1`);
    expect(changeSet.preconditions).toMatchObject({ onFail: 'HALT', onError: 'HALT', onSqlOutput: 'IGNORE' });
  });

  test('--ignoreLines:start … end and --ignoreLines:<n> skip lines, also inside a body', () => {
    const changeSet = only(`${H}--ignoreLines:1\n--changeset x:ignored\n--changeset a:1\nselect 1;\n--ignoreLines:start\nselect 'no';\n--changeset b:2\n--ignoreLines:end\nselect 2;\n--ignoreLines:2\nselect 'no';\nselect 'no';\nselect 3;`);
    expect(changeSet.id).toBe('1');
    expect(changeSet.changes[0]!.params['sql']).toBe('select 1;\nselect 2;\nselect 3;');
  });

  test('an unclosed --ignoreLines:start ignores the rest of the file', () => {
    const changeSet = only(`${H}--changeset a:1\nselect 1;\n--ignoreLines:start\nselect 2;`);
    expect(changeSet.changes[0]!.params['sql']).toBe('select 1;');
  });
});

describe('errors, each with its file and line', () => {
  test.each([
    ['-changeset a:1', 2, "write '--changeset <author>:<id>'"],
    ['--changeset a', 2, "write '--changeset <author>:<id>'"],
    ['--changeset a: 1', 2, 'no space after the colon'],
    ['--changeset a:"::"', 2, 'The changeset id cannot be empty'],
    ['-property name:a value:b', 2, "write '--property name:<name> value:<value>'"],
    ['--property name:a', 2, "write '--property name:<name> value:<value>'"],
    ['--ignore:start', 2, "write '--ignoreLines:<count>'"],
    ['-ignoreLines:start', 2, "write '--ignoreLines:<count>'"],
    ['--ignoreLines:later', 2, 'Unknown ignoreLines syntax: "later"'],
    ['--ignoreLines:end', 2, 'Unknown ignoreLines syntax: "end"'],
    ['--comment: too early', 2, "A '--comment' line must follow a '--changeset' line"],
    ['--include file:other.sql', 2, "'--include' is not supported in formatted SQL changelogs"],
    ['--includeAll path:more/', 2, "'--includeAll' is not supported in formatted SQL changelogs"],
    ['-- INCLUDE  file:other.sql', 2, "'--INCLUDE' is not supported in formatted SQL changelogs"],
  ])('%j', (line, lineNumber, message) => {
    const errors = errorsOf(`${H}${line}\n--changeset ok:1\nselect 1`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${FILE}:${lineNumber}: `);
    expect(errors[0]).toContain(message);
  });

  test.each([
    ['-comment: x', "write '--comment: <text>'"],
    ['--comments: x', "write '--comment: <text>'"],
    ['-validCheckSum 9:x', "write '--validCheckSum: <checksum>'"],
    ['-rollback drop table t', "write '--rollback <SQL>'"],
    ['-preconditions onFail:HALT', "write '--preconditions onFail:"],
    ['-precondition-sql-check expectedResult:0 select 1', "write '--precondition-sql-check expectedResult:<value> <SQL>'"],
    ['--precondition-sql-check', "write '--precondition-sql-check expectedResult:<value> <SQL>'"],
    ['--precondition-sql-check expectedResult:0', "Could not read a sqlCheck precondition from 'expectedResult:0'"],
    ['--precondition-table-exists', "write '--precondition-table-exists table:<name> [schema:<name>]'"],
    ['--precondition-table-exists schema:public', 'table name missing'],
    ['--precondition-view-exists', "write '--precondition-view-exists view:<name> [schema:<name>]'"],
    ['--precondition-column-exists table:t column:c', "The 'column-exists' precondition type is not supported"],
    ['--precondition-foo', "The 'foo' precondition type is not supported"],
    ['--preconditions onFail:STOP', 'onFail:STOP is not one of HALT, CONTINUE, MARK_RAN, WARN'],
    ['--preconditions onSqlOutput:TEST onUpdateSql:FAIL', "either 'onUpdateSql' or 'onSqlOutput'"],
    ['--preconditions onSqlOutput:maybe', 'onSqlOutput:MAYBE is not one of IGNORE, TEST, FAIL'],
    ['--include file:x.sql', "'--include' is not supported"],
    ['/* liquibase rollback', "'/* liquibase rollback' is never closed"],
  ])('inside a changeset: %j', (line, message) => {
    const errors = errorsOf(`${H}--changeset a:1\nselect 1\n${line}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${FILE}:4, changeset 1::a: `);
    expect(errors[0]).toContain(message);
  });

  test('a changeset without SQL, in the middle or at the end (Liquibase 4.28 gives the last one the SQL before it)', () => {
    expect(errorsOf(`${H}--changeset a:1\n--comment: nothing\n\n--changeset a:2\nselect 2\n--changeset a:3\n--rollback select 1\n`)).toEqual([
      `${FILE}:2, changeset 1::a: The changeset has no SQL: write its statements after the '--changeset' line`,
      `${FILE}:7, changeset 3::a: The changeset has no SQL: write its statements after the '--changeset' line`,
    ]);
  });

  test('a body that expands to nothing has no SQL either', () => {
    expect(errorsOf(`${H}--changeset a:1\n\${empty}\n`, fakeContext({ empty: ' ' }).context)).toHaveLength(1);
  });

  test('runWith other than jdbc and invalid context expressions are errors at the changeset line', () => {
    expect(errorsOf(`${H}--changeset a:1 runWith:sqlplus\nselect 1\n--changeset a:2 context:"(a"\nselect 2\n--changeset a:3 runWith:jdbc\nselect 3`)).toEqual([
      `${FILE}:2, changeset 1::a: runWith:sqlplus is not supported: changesets run through dbops's own database connection (runWith:jdbc)`,
      expect.stringMatching(new RegExp(`^${FILE}:4, changeset 2::a: invalid context expression`)),
    ]);
  });

  test('every error of the file is reported, and a change that fails to load is one of them', () => {
    const errors = errorsOf(`${H}-changeset a:0\nselect 0\n--changeset a:1\nFAIL TO LOAD\n--changeset a:2\nselect 2\n-rollback x\n--changeset a:3\n`);
    expect(errors).toEqual([
      expect.stringContaining(`${FILE}:2: `),
      expect.stringContaining(`${FILE}:5: sql is broken`),
      expect.stringContaining(`${FILE}:8, changeset 2::a: `),
      expect.stringContaining(`${FILE}:9, changeset 3::a: The changeset has no SQL`),
    ]);
  });

  test('lines after a malformed --changeset belong to nothing', () => {
    expect(errorsOf(`${H}--changeset a:1\nselect 1\n--changeset broken\n--comment: x\nselect 2\n--changeset a:2\nselect 3`)).toHaveLength(1);
  });
});

describe('plainSqlChangeLog', () => {
  test('one raw::includeAll changeset, unsplit, comments kept, nothing expanded', () => {
    const { context, nodes } = fakeContext({ t: 'person' }, 'db/raw.sql');
    const parsed = plainSqlChangeLog('db/raw.sql', '\uFEFF\n-- c\ncreate table ${t} (id int);\ninsert into x values (1);\n\n', context);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]).toMatchObject({
      kind: 'changeSet',
      changeSet: { id: 'raw', author: 'includeAll', filePath: 'db/raw.sql', physicalPath: 'db/raw.sql', location: { file: 'db/raw.sql', line: 1 } },
    });
    expect(nodes).toEqual([
      {
        name: 'sql',
        attributes: { splitStatements: 'false', stripComments: 'false' },
        text: '-- c\ncreate table ${t} (id int);\ninsert into x values (1);',
        children: [],
        location: { file: 'db/raw.sql', line: 1 },
      },
    ]);
  });

  test('an empty file is an error', () => {
    expect(() => plainSqlChangeLog('db/empty.sql', ' \n', fakeContext().context)).toThrow("db/empty.sql:1: 'db/empty.sql' holds no SQL");
  });
});
