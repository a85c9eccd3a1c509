import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formattedSqlParser, isFormattedSqlChangeLog, plainSqlChangeLog } from '../../src/changelog/formatted-sql-parser.js';
import type { ChangeSet } from '../../src/changelog/model.js';
import type { ParseContext } from '../../src/changelog/parser.js';
import { ChangelogError, ChangelogValidationError } from '../../src/errors.js';
import { splitStatements } from '../../src/sql/split-statements.js';
import { LIQUIBASE_IT } from '../support/corpus.js';

/**
 * Formatted SQL against the real thing: every .sql of Liquibase's integration tests, and
 * checksums and executed statements recorded from Liquibase 4.28 (the `liquibase` npm package of
 * tools/reference, `update-sql` against `offline:postgresql`, and the golden corpus recording).
 */
const corpus = LIQUIBASE_IT;
const golden = path.resolve('test/golden/liquibase/corpus');

function filesUnder(directory: string, suffix: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full, suffix) : name.endsWith(suffix) ? [full] : [];
  });
}

/** ParseContext over a property map, with the loader's first-definition-wins rule. */
function context(filePath: string, properties: Record<string, string> = {}): ParseContext {
  const values = { ...properties };
  return {
    filePath,
    expand: (text) => text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => values[name] ?? whole),
    defineProperty: (property) => void (values[property.name] ??= property.value),
    loadChange: (node) => ({ type: node.name, params: { ...node.attributes, sql: node.text ?? null }, location: node.location }),
  };
}

/** A changelog file the way the loader reads it: formatted when it has the header, else raw. */
function read(resourcePath: string, text: string, properties?: Record<string, string>): ChangeSet[] {
  const ctx = context(resourcePath, properties);
  const parsed = isFormattedSqlChangeLog(text) ? formattedSqlParser.parse(resourcePath, text, ctx) : plainSqlChangeLog(resourcePath, text, ctx);
  return parsed.entries.flatMap((entry) => (entry.kind === 'changeSet' ? [entry.changeSet] : []));
}

function readCorpus(resourcePath: string): ChangeSet[] {
  return read(resourcePath, readFileSync(path.join(corpus, resourcePath), 'utf8'));
}

const md5 = (data: string | Uint8Array) => createHash('md5').update(data).digest('hex');
const isWhitespaceByte = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** v9 sql checksum (note §2.6): MD5 of the UTF-8 bytes with space, tab, CR and LF removed. */
function v9Change(sql: string): string {
  return `9:${md5(Buffer.from(sql, 'utf8').filter((byte) => !isWhitespaceByte(byte)))}`;
}

/** v8: `<endDelimiter>:<splitStatements>:<stripComments>:` then the SQL with whitespace runs collapsed. */
function v8Change(sql: string, params: Record<string, unknown>): string {
  const collapsed = sql.replace(/[ \t\r\n]+/g, ' ').trim();
  return `8:${md5(`${params['endDelimiter'] ?? 'null'}:${params['splitStatements']}:${params['stripComments']}:${collapsed}`)}`;
}

/** The changeset checksum (note §2.3): the string hash of `<change checksum>:` for each change. */
function changeSetChecksum(changeSet: ChangeSet, version: 8 | 9): string {
  const text = changeSet.changes.map((change) => {
    const sql = String(change.params['sql']);
    return `${version === 9 ? v9Change(sql) : v8Change(sql, change.params)}:`;
  });
  return `${version}:${md5(text.join('').normalize('NFC'))}`;
}

function executed(changeSet: ChangeSet): string[] {
  return changeSet.changes.flatMap((change) => {
    const p = change.params;
    return splitStatements(String(p['sql']), {
      splitStatements: p['splitStatements'] !== 'false',
      stripComments: p['stripComments'] === 'true',
      ...(typeof p['endDelimiter'] === 'string' ? { endDelimiter: p['endDelimiter'] } : {}),
    }).map((s) => s.sql);
  });
}

describe('every .sql file of the Liquibase integration tests', () => {
  const files = filesUnder(corpus, '.sql').map((file) => path.relative(corpus, file).split(path.sep).join('/'));

  test('the corpus holds them', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  test.each(files)('%s is read, or rejected with a located error', (file) => {
    try {
      const changeSets = readCorpus(file);
      expect(changeSets.length).toBeGreaterThan(0);
      for (const changeSet of changeSets) {
        expect(changeSet.location).toMatchObject({ file, line: expect.any(Number) });
        expect(changeSet.changes).toHaveLength(1);
        expect(executed(changeSet).length).toBeGreaterThan(0);
      }
    } catch (error) {
      const errors = error instanceof ChangelogValidationError ? error.errors : [error];
      for (const e of errors) {
        expect(e).toBeInstanceOf(ChangelogError);
        expect((e as ChangelogError).location?.file).toBe(file);
      }
    }
  });
});

describe('checksums and statements recorded from Liquibase 4.28 (update-sql, offline:postgresql)', () => {
  const recorded: Record<string, Array<[id: string, author: string, md5sum: string]>> = {
    'changelogs/common/sqlstyle/formatted.changelog.sql': [
      ['1', 'nvoxland', '9:096f4c343438fc38b995ebf09ea3965d'],
      ['2', 'nvoxland', '9:2615b51798de1637a33d4a21c322a98f'],
      ['1', 'ryan', '9:73d471b286465d640052a56dc1b82e86'],
      ['2', 'ryan', '9:3bb61cbfa22be32ef5913c085cdf784c'],
      ['1-bar', 'ryan', '9:3cd068becb7ef2105c2e26541006635b'],
      ['1-foo', 'ryan', '9:99312c4b75b53a2e6b74e965f962b129'],
    ],
    'changelogs/pgsql/complete/basic.formatted.sql': [['1', 'your.name', '9:415685b119cbaedaa802c641ead1b770']],
    'changelogs/pgsql/update/showSummaryWithPreconditionContinue.sql': [
      ['01', 'asmith', '9:dda779e54879edbecf062d8ded397d42'],
      ['3', 'Liquibase User', '9:b66af7e6bc23d6ec1453a69438d0c252'],
    ],
    'changelogs/common/rollbackable.changelog.sql': [
      ['3324_1', 'flautert', '9:313ff74538bb8edc1a28ff49752ba387'],
      ['3324_2', 'flautert', '9:eecb604ed1fb682219bae28623bf3f0b'],
    ],
    'changelogs/common/included.sql': [['1', 'nvoxland', '9:9d3bea5c5ef7343ffce1eff9df31bcd0']],
    'changelogs/update.changelog.sql': [['1', 'mallod', '9:24e5fd21b268846df15fc78d35a350a9']],
    'changelogs/pgsql/pg_sleep.sql': [['1', 'fl', '9:939d53e2ac7ec57cd4e10d2fb54c35bd']],
  };

  test.each(Object.entries(recorded))('%s', (file, rows) => {
    const changeSets = readCorpus(file);
    expect(changeSets.map((c) => [c.id, c.author, changeSetChecksum(c, 9)])).toEqual(rows);
  });

  test('formatted.changelog.sql: a bare "--rollback" line is SQL, contexts, and what runs', () => {
    const changeSets = readCorpus('changelogs/common/sqlstyle/formatted.changelog.sql');
    expect(changeSets.map((c) => c.contextFilter)).toEqual([undefined, undefined, 'hyphen-context-using-sql', 'camelCaseContextUsingSql', undefined, undefined]);
    expect(changeSets.every((c) => c.rollback === undefined)).toBe(true);
    expect(executed(changeSets[0]!)).toEqual(['create table test1 (\n  id int not null primary key,\n  name varchar(255)\n)', 'delete from test1']);
    expect(executed(changeSets[1]!)).toEqual([
      "insert into test1 (id, name) values (1, 'name 1')",
      "insert into test1 (id, name) values (2, 'name 2')",
    ]);
  });

  test('showSummaryWithPreconditionContinue.sql: indented header, author with a space, preconditions', () => {
    const [first, second] = readCorpus('changelogs/pgsql/update/showSummaryWithPreconditionContinue.sql');
    expect(first).toMatchObject({ id: '01', author: 'asmith', labels: ['pocenv'] });
    expect(executed(first!)).toEqual(['create table example_table_04 \n(\nid varchar(32),\nname  varchar(40),\nlocation varchar(10)\n)']);
    expect(second!.preconditions).toMatchObject({
      onFail: 'CONTINUE',
      onError: 'HALT',
      conditions: [{ type: 'sqlCheck', attributes: { expectedResult: '1' }, text: 'SELECT COUNT(*) FROM example_table_04' }],
    });
    expect(executed(second!)).toEqual(['alter table example_table_04\n    add col2 varchar(3)']);
  });

  test('rollbackable.changelog.sql: indented directives, rollback SQL and empty rollback', () => {
    const [create, insert] = readCorpus('changelogs/common/rollbackable.changelog.sql');
    expect(create!.rollback?.changes.map((c) => c.params['sql'])).toEqual(['DROP TABLE rollback_test']);
    expect(insert!.rollback).toMatchObject({ changes: [], references: [] });
  });

  test('the plain create-PERSON-and-SECONDARY.sql is one raw changeset running the whole file', () => {
    const [raw] = readCorpus('changelogs/pgsql/update/create-PERSON-and-SECONDARY.sql');
    expect(raw).toMatchObject({ id: 'raw', author: 'includeAll' });
    expect(executed(raw!)).toHaveLength(1);
    expect(splitStatements(String(raw!.changes[0]!.params['sql']))).toHaveLength(7);
  });

  // Every rule at once, CRLF line breaks; recorded from Liquibase 4.28 like the corpus above.
  const synthetic = [
    '-- liquibase formatted sql',
    '--property name:tbl value:people',
    '',
    '--changeset alice:1 labels:a,b context:"x, y"',
    '-- comment about this changeset',
    '  create table ${tbl} (',
    '\tid int -- the key',
    '  );',
    '--rollback drop table ${tbl};',
    '--ignoreLines:1',
    'select ignored;',
    '',
    '--changeset "bob smith":"2 two" splitStatements:false',
    '--preconditions onFail:MARK_RAN',
    '--precondition-sql-check expectedResult:0 select count(*) from ${tbl}',
    'DO $$',
    'BEGIN',
    '  IF true THEN',
    '    PERFORM 1;',
    '  END IF;',
    'END',
    '$$;',
    '-- rollback empty',
    '--ignoreLines:start',
    'select no;',
    '--ignoreLines:end',
    '',
    '--changeset carol:3 endDelimiter:GO',
    '/* liquibase rollback',
    'select 1;',
    '*/',
    'insert into ${tbl} values (1)',
    'GO',
    'insert into ${undefined_prop} values (2)',
    '--validCheckSum: 9:abc',
    '',
    '--changeset dave:4',
    'begin',
    '  null;',
    'end;',
    '/',
    '',
  ].join('\r\n');

  test('a changelog using every rule: rows and executed statements as Liquibase', () => {
    const changeSets = read('synth.sql', synthetic);
    expect(changeSets.map((c) => [c.id, c.author, c.comment, c.contextFilter, c.labels.join(','), changeSetChecksum(c, 9)])).toEqual([
      ['1', 'alice', 'about this changeset', 'x, y', 'a,b', '9:3ee3cb27f456a3752efd07f937b4ec8e'],
      ['2 two', 'bob smith', undefined, undefined, '', '9:4c3ca91feb33e2140b385df3f58db674'],
      ['3', 'carol', undefined, undefined, '', '9:38d197dfee728992c56eccb326420254'],
      ['4', 'dave', undefined, undefined, '', '9:7f3df1eda5dc8ad9fb1e6063fae19524'],
    ]);
    expect(changeSets.map(executed)).toEqual([
      ['create table people (\n\tid int \n  )'],
      ['DO $$\nBEGIN\n  IF true THEN\n    PERFORM 1;\n  END IF;\nEND\n$$;'],
      ['insert into people values (1)', 'insert into ${undefined_prop} values (2)'],
      ['begin\n  null;\nend;'],
    ]);
  });
});

describe('the golden corpus recording (test/golden/liquibase/corpus)', () => {
  const recordings = filesUnder(golden, '.sql.changes.json');

  test.skipIf(recordings.length === 0).each(recordings.map((file) => [path.relative(golden, file)]))('%s', (relative) => {
    const recording = JSON.parse(readFileSync(path.join(golden, relative), 'utf8')) as GoldenChangeLog;
    const changeSets = read(recording.changelog, readFileSync(path.join(corpus, recording.changelog), 'utf8'), recording.parameters);
    expect(changeSets.map((c) => `${c.id}::${c.author}`)).toEqual(recording.changeSets.map((c) => `${c.id}::${c.author}`));
    recording.changeSets.forEach((expected, i) => {
      const ours = changeSets[i]!;
      expect(ours.filePath).toBe(expected.filename);
      expect(ours.comment ?? null).toBe(expected.comments);
      expect(ours.contextFilter ?? null).toBe(expected.contextFilter);
      expect(ours.labels.length ? ours.labels.join(',') : null).toBe(expected.labels);
      expect(ours.dbms ?? null).toBe(expected.dbms);
      const sql = String(ours.changes[0]!.params['sql']);
      const change = expected.changes[0]!;
      expect(Buffer.from(Buffer.from(sql, 'utf8').filter((b) => !isWhitespaceByte(b))).toString('utf8')).toBe(change.v9.text);
      expect(v9Change(sql)).toBe(change.v9.checksum);
      expect(v8Change(sql, ours.changes[0]!.params)).toBe(change.v8.checksum);
      expect(changeSetChecksum(ours, 9)).toBe(expected.v9.checksum);
      expect(changeSetChecksum(ours, 8)).toBe(expected.v8.checksum);
    });
  });
});

interface GoldenChangeLog {
  changelog: string;
  parameters: Record<string, string>;
  changeSets: Array<{
    id: string;
    author: string;
    filename: string;
    comments: string | null;
    contextFilter: string | null;
    labels: string | null;
    dbms: string | null;
    changes: Array<{ v9: { checksum: string; text: string }; v8: { checksum: string; text: string } }>;
    v9: { checksum: string };
    v8: { checksum: string };
  }>;
}
