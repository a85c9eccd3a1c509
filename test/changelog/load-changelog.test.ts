import { describe, expect, it } from 'vitest';
import { contextsColumnValue } from '../../src/changelog/context-expression.js';
import { labelsColumnValue } from '../../src/changelog/label-expression.js';
import { loadChangeLog, type LoadChangeLogOptions } from '../../src/changelog/load-changelog.js';
import type { DatabaseChangeLog } from '../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../src/changelog/resource-accessor.js';
import { ChangelogError, ChangelogValidationError } from '../../src/errors.js';
import { memoryLogger } from '../../src/logger.js';
import { checkingLoadChange } from './support/change-loader-for-tests.js';

const xml = (body: string, rootAttributes = '') => `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd" ${rootAttributes}>
${body}
</databaseChangeLog>
`;

const changeSet = (id: string, extra = '', inner = '<sql>select 1</sql>') => `<changeSet id="${id}" author="t" ${extra}>${inner}</changeSet>`;

async function load(files: Record<string, string>, root: string, options: Partial<LoadChangeLogOptions> = {}): Promise<DatabaseChangeLog> {
  return loadChangeLog(root, {
    resources: new MemoryResourceAccessor(files),
    loadChange: checkingLoadChange,
    ...options,
  });
}

async function errorsOf(promise: Promise<unknown>): Promise<ChangelogError[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChangelogValidationError) return error.errors;
    if (error instanceof ChangelogError) return [error];
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('loadChangeLog: includes, contexts, labels and properties as Liquibase 4.28 recorded them', () => {
  // Recorded with Liquibase 4.28.0 on PostgreSQL 15 (`update --contexts=inc1,midctx,leafinc,a`).
  const files = {
    'db/root.xml': xml(`
  <property name="p1" value="root-value"/>
  <include file="sub/mid.xml" relativeToChangelogFile="true" context="inc1 or x" labels="IncL"/>
  <changeSet id="after" author="t"><comment>\${p2}|\${p1}|\${local1}</comment><sql>select 1</sql></changeSet>`),
    'db/sub/mid.xml': xml(
      `
  <property name="p1" value="mid-value"/>
  <property name="p2" value="p2-from-mid"/>
  <property name="local1" value="L" global="false"/>
  <include file="leaf.xml" relativeToChangelogFile="true" context="leafinc" labels="leafL"/>
  <changeSet id="m1" author="t" context="a, b" labels="X,y"><comment>\${p1}|\${local1}</comment><sql>select 1</sql></changeSet>`,
      'context="midctx"',
    ),
    'db/sub/leaf.xml': xml(`
  <changeSet id="l1" author="t" context="!c" labels="Z"><comment>\${local1}</comment><sql>select 1</sql></changeSet>
  <changeSet id="l2" author="t"><sql>select 1</sql></changeSet>`),
  };

  it('writes the recorded FILENAME, CONTEXTS, LABELS and COMMENTS', async () => {
    const changeLog = await load(files, 'db/root.xml');
    expect(
      changeLog.changeSets.map((c) => [c.id, c.filePath, contextsColumnValue(c), labelsColumnValue(c), c.comment ?? '']),
    ).toEqual([
      ['l1', 'db/sub/leaf.xml', 'leafinc AND midctx AND (inc1 or x) AND !c', 'leafl,incl,z', '${local1}'],
      ['l2', 'db/sub/leaf.xml', 'leafinc AND midctx AND (inc1 or x)', 'leafl,incl', ''],
      ['m1', 'db/sub/mid.xml', 'midctx AND (inc1 or x) AND (a, b)', 'incl,x,y', 'root-value|L'],
      ['after', 'db/root.xml', null, null, 'p2-from-mid|root-value|${local1}'],
    ]);
  });

  it('records inherited contexts and labels outermost first, as the model says', async () => {
    const changeLog = await load(files, 'db/root.xml');
    const l1 = changeLog.changeSets[0]!;
    expect(l1.inheritedContexts).toEqual(['inc1 or x', 'midctx', 'leafinc']);
    expect(l1.inheritedLabels).toEqual(['IncL', 'leafL']);
    expect(l1.contextFilter).toBe('!c');
    expect(l1.labels).toEqual(['z']);
    expect(changeLog.properties).toMatchObject({ p1: 'root-value', p2: 'p2-from-mid', local1: 'L' });
  });
});

describe('loadChangeLog: FILENAME (note §3.4)', () => {
  it('keeps the root as passed, joins relative includes, keeps plain includes as written', async () => {
    const changeLog = await load(
      {
        'db/changelog.xml': xml(`
  <include file="sub/a.xml" relativeToChangelogFile="true"/>
  <include file="../common/b.xml" relativeToChangelogFile="true"/>
  <include file="common\\c.xml"/>
  ${changeSet('root')}`),
        'db/sub/a.xml': xml(changeSet('a')),
        'common/b.xml': xml(changeSet('b')),
        'common/c.xml': xml(changeSet('c')),
      },
      'db/changelog.xml',
    );
    expect(changeLog.changeSets.map((c) => [c.id, c.filePath, c.physicalPath])).toEqual([
      ['a', 'db/sub/a.xml', 'db/sub/a.xml'],
      ['b', 'common/b.xml', 'common/b.xml'],
      ['c', 'common/c.xml', 'common/c.xml'],
      ['root', 'db/changelog.xml', 'db/changelog.xml'],
    ]);
  });

  it("prefers the changeset's logicalFilePath, then the file's, then the include's; no ancestor inheritance in 4.28", async () => {
    const changeLog = await load(
      {
        'app.xml': xml(
          `<include file="mid.xml" logicalFilePath="from-include"/>
           <include file="own.xml" logicalFilePath="from-include-2"/>`,
          'logicalFilePath="app-changelog"',
        ),
        'mid.xml': xml(`${changeSet('m')}${changeSet('n', 'logicalFilePath="\\cs\\path.xml"')}<include file="leaf.xml"/>`),
        'own.xml': xml(changeSet('o'), 'logicalFilePath="/own-logical"'),
        'leaf.xml': xml(changeSet('l')),
      },
      'app.xml',
    );
    expect(changeLog.changeSets.map((c) => [c.id, c.filePath])).toEqual([
      ['m', 'from-include'],
      ['n', 'cs/path.xml'],
      ['l', 'leaf.xml'],
      ['o', 'own-logical'],
    ]);
  });
});

describe('loadChangeLog: includeAll', () => {
  const body = (id: string) => xml(changeSet(id));
  it('sorts by full path in UTF-16 code-unit order, recursively, and reads plain .sql as a raw changeset', async () => {
    const logger = memoryLogger();
    const changeLog = await load(
      {
        'root.xml': xml('<includeAll path="db/"/>'),
        'db/01.main.sql': '--liquibase formatted sql\n--changeset t:main\nselect 1;\n',
        'db/01.main-101.sql': 'create table x (id int);\n',
        'db/B.xml': body('B'),
        'db/_u.xml': body('_u'),
        'db/a.xml': body('a'),
        'db/a/z.xml': body('a/z'),
        'db/notes.txt': 'not a changelog',
      },
      'root.xml',
      { logger },
    );
    expect(changeLog.changeSets.map((c) => [c.filePath, c.id, c.author])).toEqual([
      ['db/01.main-101.sql', 'raw', 'includeAll'],
      ['db/01.main.sql', 'main', 't'],
      ['db/B.xml', 'B', 't'],
      ['db/_u.xml', '_u', 't'],
      ['db/a.xml', 'a', 't'],
      ['db/a/z.xml', 'a/z', 't'],
    ]);
    const raw = changeLog.changeSets[0]!.changes[0]!;
    expect(raw).toMatchObject({ type: 'sql', params: { text: 'create table x (id int);', splitStatements: 'false', stripComments: 'false' } });
    expect(logger.lines.some((l) => l.level === 'warn' && l.message.includes('db/notes.txt'))).toBe(true);
  });

  it('honours relativeToChangelogFile, minDepth, maxDepth and endsWithFilter', async () => {
    const files: Record<string, string> = { 'x/root.xml': xml('<includeAll path="a/b/c" relativeToChangelogFile="true" minDepth="3" maxDepth="4"/>') };
    for (const p of ['c', 'd/d', 'd/e/e', 'd/e/f/f', 'd/e/f/g/g']) files[`x/a/b/c/${p}.xml`] = xml(changeSet(p));
    const changeLog = await load(files, 'x/root.xml');
    expect(changeLog.changeSets.map((c) => c.id)).toEqual(['d/e/e', 'd/e/f/f']);

    const filtered = await load(
      { 'root.xml': xml('<includeAll path="db" endsWithFilter=".changelog.xml" context="ia" labels="L"/>'), 'db/1.changelog.xml': body('1'), 'db/2.xml': body('2') },
      'root.xml',
    );
    expect(filtered.changeSets.map((c) => [c.id, contextsColumnValue(c), labelsColumnValue(c)])).toEqual([['1', 'ia', 'l']]);
  });

  it('fails on a missing or empty directory unless errorIfMissingOrEmpty is false', async () => {
    const errors = await errorsOf(load({ 'root.xml': xml('<includeAll path="nothing/"/>') }, 'root.xml'));
    expect(errors[0]!.message).toMatch(/root\.xml:5: Could not find directory.*includeAll 'nothing\/'/);
    const changeLog = await load({ 'root.xml': xml('<includeAll path="nothing/" errorIfMissingOrEmpty="false"/>') }, 'root.xml');
    expect(changeLog.changeSets).toEqual([]);
  });
});

describe('loadChangeLog: errors found before anything runs', () => {
  it('reports a missing include with where it was written; errorIfMissing="false" only warns', async () => {
    const errors = await errorsOf(load({ 'root.xml': xml('<include file="missing.xml"/>') }, 'root.xml'));
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^root\.xml:5: Included file 'missing\.xml' does not exist/)]);
    const logger = memoryLogger();
    await load({ 'root.xml': xml('<include file="missing.xml" errorIfMissing="false"/>') }, 'root.xml', { logger });
    expect(logger.lines.map((l) => l.level)).toContain('warn');
  });

  it('detects circular includes', async () => {
    const errors = await errorsOf(
      load({ 'a.xml': xml('<include file="b.xml"/>'), 'b.xml': xml('<include file="a.xml"/>') }, 'a.xml'),
    );
    expect(errors[0]!.message).toMatch(/Circular include: a\.xml → b\.xml → a\.xml/);
  });

  it('detects an includeAll that reaches itself again', async () => {
    const errors = await errorsOf(load({ 'root.xml': xml('<include file="db/all.xml"/>'), 'db/all.xml': xml('<includeAll path="db/"/>') }, 'root.xml'));
    expect(errors[0]!.message).toMatch(/^db\/all\.xml:5: Circular include: db\/all\.xml → db\/all\.xml/);
  });

  it('lists both places of a duplicate changeset, but accepts dbms twins and other files', async () => {
    const errors = await errorsOf(
      load({ 'root.xml': xml(`${changeSet('1')}\n${changeSet('1')}\n${changeSet('2', 'dbms="db2"')}\n${changeSet('2', 'dbms="!db2"')}`) }, 'root.xml'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe(
      'root.xml:6, changeset 1::t: Duplicate changeset identifier root.xml::1::t: also defined at root.xml:5; give one of them another id',
    );
  });

  it('collects several problems in one run, each with file, line and changeset', async () => {
    const errors = await errorsOf(
      load(
        {
          'root.xml': xml(`
  <changeSet id="no-author"><sql>select 1</sql></changeSet>
  <changeSet id="2" author="t" runAlways="maybe"><sql>select 1</sql></changeSet>
  <changeSet id="3" author="t" bogus="x"><sql>select 1</sql></changeSet>
  <changeSet id="4" author="t"><createTabel tableName="x"/></changeSet>
  <include file="sub.yaml"/>`),
          'sub.yaml': 'databaseChangeLog:\n  - changeSet:\n      author: y\n      changes:\n        - sql: {sql: select 1}\n',
        },
        'root.xml',
      ),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^root\.xml:6: changeSet 'no-author' has no author/),
      expect.stringMatching(/^root\.xml:7, changeset 2::t: changeSet runAlways must be true or false, not 'maybe'/),
      expect.stringMatching(/^root\.xml:8, changeset 3::t: Attribute 'bogus' is not allowed on <changeSet>/),
      expect.stringMatching(/^root\.xml:9, changeset 4::t: Unknown change type 'createTabel'/),
      expect.stringMatching(/^sub\.yaml:2: changeSet has no id \(author y\)/),
    ]);
  });

  it('rejects a rollback that refers to a changeset that does not exist', async () => {
    const errors = await errorsOf(
      load({ 'root.xml': xml(changeSet('1', '', '<sql>select 1</sql><rollback changeSetId="nope" changeSetAuthor="t"/>')) }, 'root.xml'),
    );
    expect(errors[0]!.reason).toMatch(/Rollback refers to changeset root\.xml::nope::t, which does not exist/);
    const ok = await load(
      { 'root.xml': xml(`${changeSet('0')}${changeSet('1', '', '<sql>select 1</sql><rollback changeSetId="0" changeSetAuthor="t"/>')}`) },
      'root.xml',
    );
    expect(ok.changeSets[1]!.rollback).toMatchObject({ changes: [], references: [{ id: '0', author: 't' }] });
  });

  it("surfaces a change-type module's error with the change's location", async () => {
    const errors = await errorsOf(
      load({ 'root.xml': xml(changeSet('1', '', '\n  <sql>select 1</sql>\n  <createTable tableName="x"/>')) }, 'root.xml', {
        loadChange: (node) => {
          if (node.name === 'createTable') throw new Error("column 'type' is required");
          return checkingLoadChange(node, { changeSet: { id: '1', author: 't' } });
        },
      }),
    );
    expect(errors[0]!.message).toBe("root.xml:7, changeset 1::t: Cannot read change 'createTable': column 'type' is required");
  });

  it('reads formatted SQL by default and refuses an include of unknown format', async () => {
    const changeLog = await loadChangeLog('a.sql', {
      resources: new MemoryResourceAccessor({ 'a.sql': '--liquibase formatted sql\n--changeset a:1 context:test\nselect 1;\n' }),
      loadChange: checkingLoadChange,
    });
    expect(changeLog.changeSets.map((c) => [c.id, c.author, c.contextFilter, c.filePath])).toEqual([['1', 'a', 'test', 'a.sql']]);
    const errors = await errorsOf(load({ 'root.xml': xml('<include file="notes.txt"/>'), 'notes.txt': 'hello' }, 'root.xml'));
    expect(errors[0]!.message).toMatch(/^root\.xml:5: Cannot find a parser for 'notes\.txt'/);
  });
});

describe('loadChangeLog: properties', () => {
  it('takes -D values over changelog properties and environment variables over both', async () => {
    const changeLog = await load(
      {
        'root.xml': xml(`
  <property name="schema" value="from-changelog"/>
  <property name="table" value="t_\${schema}"/>
  <property name="onlyPg" value="pg" dbms="postgresql"/>
  <property name="onlyPg" value="other"/>
  <property name="ctx" value="in-test" context="test"/>
  <property name="ctx" value="default"/>
  ${changeSet('1', '', '<comment>${schema}.${table} ${HOME_DIR} ${onlyPg} ${ctx} ${missing} ${LIQUIBASE_EXECUTION_CHANGESET_ID}</comment><sql>select 1</sql>')}`),
      },
      'root.xml',
      { properties: { schema: 'from-command-line' }, environment: { home_dir: '/home/x' }, dbms: 'mysql', contexts: 'test' },
    );
    expect(changeLog.changeSets[0]!.comment).toBe('from-command-line.t_from-command-line /home/x other in-test ${missing} 1');
  });

  it('reads <property file=…> relative to the changelog, and expands change attributes', async () => {
    const changeLog = await load(
      {
        'db/root.xml': xml(`<property file="app.properties" relativeToChangelogFile="true"/>
  ${changeSet('1', '', '<createTable tableName="${prefix}_t"><column name="id" type="${id.type}"/></createTable>')}`),
        'db/app.properties': '# comment\nprefix = app\nid.type: bigint\n',
      },
      'db/root.xml',
    );
    expect(changeLog.changeSets[0]!.changes[0]!.params).toMatchObject({ tableName: 'app_t', column: { name: 'id', type: 'bigint' } });
  });
});

describe('loadChangeLog: changeset placement', () => {
  it('moves runOrder="first"/"last" across the whole flattened list and marks changesets of an ignored include', async () => {
    const changeLog = await load(
      {
        'root.xml': xml(`${changeSet('1')}<include file="inc.xml" ignore="true"/>${changeSet('3', 'runOrder="last"')}${changeSet('4')}`),
        'inc.xml': xml(`${changeSet('2')}${changeSet('0', 'runOrder="first"')}`),
      },
      'root.xml',
    );
    expect(changeLog.changeSets.map((c) => [c.id, c.ignore])).toEqual([
      ['0', true],
      ['1', false],
      ['2', true],
      ['4', false],
      ['3', false],
    ]);
  });

  it('leaves out changesets whose dbms excludes the target database', async () => {
    const changeLog = await load({ 'root.xml': xml(`${changeSet('1', 'dbms="oracle"')}${changeSet('2', 'dbms="!oracle"')}`) }, 'root.xml', {
      dbms: 'postgresql',
    });
    expect(changeLog.changeSets.map((c) => c.id)).toEqual(['2']);
  });
});
