import { describe, expect, it } from 'vitest';
import type { Change, ParsedNode } from '../../src/changelog/model.js';
import type { ChangeSet } from '../../src/changelog/model.js';
import type { ParseContext, PropertyDefinition } from '../../src/changelog/parser.js';
import { javaTrim, xmlChangeLogParser } from '../../src/changelog/xml-parser.js';
import { ChangelogError, ChangelogValidationError } from '../../src/errors.js';
import { passThroughLoadChange } from './support/pass-through-load-change.js';

function context(properties: Record<string, string> = {}): ParseContext & { defined: PropertyDefinition[] } {
  const defined: PropertyDefinition[] = [];
  return {
    filePath: 'db/changelog.xml',
    defined,
    expand: (text) => text.replace(/\$\{([^}]+)\}/g, (whole, name: string) => properties[name] ?? defined.find((p) => p.name === name)?.value ?? whole),
    defineProperty: (property) => void defined.push(property),
    loadChange: (node: ParsedNode): Change => passThroughLoadChange(node),
  };
}

const NS = 'xmlns="http://www.liquibase.org/xml/ns/dbchangelog" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x y"';
const parse = (body: string, ctx = context(), rootAttributes = '') =>
  xmlChangeLogParser.parse('db/changelog.xml', `<?xml version="1.0"?>\n<databaseChangeLog ${NS} ${rootAttributes}>\n${body}\n</databaseChangeLog>`, ctx);
const changeSets = (body: string, ctx = context()): ChangeSet[] =>
  parse(body, ctx).entries.flatMap((e) => (e.kind === 'changeSet' ? [e.changeSet] : []));

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

describe('xmlChangeLogParser', () => {
  it('supports .xml files only', () => {
    expect(xmlChangeLogParser.supports('a/B.XML', '')).toBe(true);
    expect(xmlChangeLogParser.supports('a/b.yaml', '')).toBe(false);
  });

  it('reads every changeSet attribute with its default', () => {
    const [plain, full] = changeSets(`
  <changeSet id="1" author="a"><sql>select 1</sql></changeSet>
  <changeSet id="2" author="b" contextFilter="test and !prod" labels="L1, l2" dbms="postgresql,!h2" runAlways="true"
      runOnChange="true" failOnError="false" runInTransaction="false" onValidationFail="MARK_RAN" ignore="true"
      logicalFilePath="\\lfp\\x.xml" objectQuotingStrategy="QUOTE_ALL_OBJECTS" created="2024-01-01" runOrder="LAST">
    <sql>select 2</sql>
  </changeSet>`);
    expect(plain).toMatchObject({
      id: '1',
      author: 'a',
      filePath: 'db/changelog.xml',
      physicalPath: 'db/changelog.xml',
      location: { file: 'db/changelog.xml', line: 4 },
      labels: [],
      runAlways: false,
      runOnChange: false,
      failOnError: true,
      runInTransaction: true,
      ignore: false,
      onValidationFail: 'HALT',
      validCheckSums: [],
      modifySql: [],
    });
    expect(plain!.contextFilter).toBeUndefined();
    expect(full).toMatchObject({
      contextFilter: 'test and !prod',
      labels: ['l1', 'l2'],
      dbms: 'postgresql,!h2',
      runAlways: true,
      runOnChange: true,
      failOnError: false,
      runInTransaction: false,
      onValidationFail: 'MARK_RAN',
      ignore: true,
      filePath: 'lfp/x.xml',
      objectQuotingStrategy: 'QUOTE_ALL_OBJECTS',
      created: '2024-01-01',
      runOrder: 'last',
    });
  });

  it('accepts context as the older name of contextFilter, and the root context and logicalFilePath', () => {
    const parsed = parse('<changeSet id="1" author="a" context="dev"/>', context(), 'context="root-ctx" logicalFilePath="/logical.xml"');
    expect(parsed.contextFilter).toBe('root-ctx');
    expect(parsed.logicalFilePath).toBe('logical.xml');
    const changeSet = (parsed.entries[0] as { changeSet: ChangeSet }).changeSet;
    expect(changeSet).toMatchObject({ contextFilter: 'dev', filePath: 'logical.xml', changes: [] });
  });

  it("trims element text as Java's String.trim() does and keeps CDATA", () => {
    expect(javaTrim('\n\t  a b \u00a0\n ')).toBe('a b \u00a0');
    const [changeSet] = changeSets(`<changeSet id="1" author="a">
    <comment>
        Two lines
        of comment.
    </comment>
    <comment>second</comment>
    <sql><![CDATA[select '<x>' from t]]></sql>
  </changeSet>`);
    expect(changeSet!.comment).toBe('Two lines\n        of comment.\nsecond');
    expect(changeSet!.changes[0]).toMatchObject({ type: 'sql', params: { text: "select '<x>' from t" }, location: { line: 9 } });
  });

  it('expands ${…} in attributes and text with properties defined earlier in the file', () => {
    const ctx = context({ schema: 'app' });
    const [changeSet] = changeSets(
      `<property name="table" value="person"/>
  <changeSet id="\${table}-1" author="a"><createTable schemaName="\${schema}" tableName="\${table}"><column name="id" type="int"/></createTable></changeSet>`,
      ctx,
    );
    expect(ctx.defined).toMatchObject([{ name: 'table', value: 'person', global: true }]);
    expect(changeSet!.id).toBe('person-1');
    expect(changeSet!.changes[0]!.params).toMatchObject({ schemaName: 'app', tableName: 'person', column: { name: 'id', type: 'int' } });
  });

  it('reads nested preconditions, sqlCheck text and container attributes', () => {
    const [changeSet] = changeSets(`<changeSet id="1" author="a">
    <preConditions onFail="MARK_RAN" onError="warn" onFailMessage="nope" onUpdateSQL="TEST">
      <or>
        <dbms type="postgresql"/>
        <not><tableExists tableName="t"/></not>
      </or>
      <sqlCheck expectedResult="0">
        select count(*) from t
      </sqlCheck>
    </preConditions>
  </changeSet>`);
    expect(changeSet!.preconditions).toMatchObject({
      onFail: 'MARK_RAN',
      onError: 'WARN',
      onFailMessage: 'nope',
      onSqlOutput: 'TEST',
      conditions: [
        {
          type: 'or',
          nested: [
            { type: 'dbms', attributes: { type: 'postgresql' }, nested: [] },
            { type: 'not', nested: [{ type: 'tableExists', attributes: { tableName: 't' } }] },
          ],
        },
        { type: 'sqlCheck', attributes: { expectedResult: '0' }, text: 'select count(*) from t', location: { line: 9 } },
      ],
    });
  });

  it('reads changelog-level preConditions as an entry', () => {
    const parsed = parse('<preConditions><runningAs username="root"/></preConditions>');
    expect(parsed.entries[0]).toMatchObject({ kind: 'preConditions', preconditions: { onFail: 'HALT', conditions: [{ type: 'runningAs' }] } });
  });

  it('reads every rollback form', () => {
    const [a, b, c, d] = changeSets(`
  <changeSet id="a" author="x"><sql>select 1</sql><rollback>drop table a; drop table b</rollback></changeSet>
  <changeSet id="b" author="x"><sql>select 1</sql><rollback><dropTable tableName="b"/><sql>select 2</sql></rollback></changeSet>
  <changeSet id="c" author="x"><sql>select 1</sql><rollback/></changeSet>
  <changeSet id="d" author="x"><sql>select 1</sql><rollback changeSetId="a" changeSetAuthor="x" changeSetPath="db/changelog.xml"/></changeSet>`);
    expect(a!.rollback!.changes).toMatchObject([{ type: 'sql', params: { text: 'drop table a; drop table b', splitStatements: 'true', stripComments: 'true' } }]);
    expect(b!.rollback!.changes.map((x) => x.type)).toEqual(['dropTable', 'sql']);
    expect(c!.rollback).toMatchObject({ changes: [], references: [] });
    expect(d!.rollback).toMatchObject({ changes: [], references: [{ id: 'a', author: 'x', path: 'db/changelog.xml' }] });
  });

  it('reads validCheckSum and modifySql', () => {
    const [changeSet] = changeSets(`<changeSet id="1" author="a">
    <validCheckSum>9:abc</validCheckSum>
    <validCheckSum>ANY</validCheckSum>
    <createTable tableName="t"><column name="id" type="int"/></createTable>
    <modifySql dbms="postgresql" context="test" applyToRollback="true">
      <append value=" partition by range (id)"/>
      <replace replace="int" with="bigint"/>
    </modifySql>
  </changeSet>`);
    expect(changeSet!.validCheckSums).toEqual(['9:abc', 'ANY']);
    expect(changeSet!.modifySql).toMatchObject([
      { kind: 'append', value: ' partition by range (id)', dbms: 'postgresql', contextFilter: 'test', applyToRollback: true },
      { kind: 'replace', replace: 'int', with: 'bigint', applyToRollback: true },
    ]);
  });

  it('reads include, includeAll and property entries', () => {
    const ctx = context();
    const parsed = parse(
      `<include file="a\\b.xml" relativeToChangelogFile="true" context="c1" labels="l1" errorIfMissing="false" ignore="true"/>
  <includeAll path="dir" minDepth="1" maxDepth="2" endsWithFilter=".xml" errorIfMissingOrEmpty="false"/>
  <property name="local" value="1" global="false" context="dev" labels="x" dbms="postgresql"/>`,
      ctx,
    );
    expect(parsed.entries).toMatchObject([
      { kind: 'include', file: 'a/b.xml', relativeToChangelogFile: true, context: 'c1', labels: 'l1', errorIfMissing: false, ignore: true, location: { line: 3 } },
      { kind: 'includeAll', path: 'dir', minDepth: 1, maxDepth: 2, endsWithFilter: '.xml', errorIfMissingOrEmpty: false, relativeToChangelogFile: false },
    ]);
    expect(ctx.defined).toMatchObject([{ name: 'local', value: '1', global: false, context: 'dev', labels: 'x', dbms: 'postgresql' }]);
  });

  it('accepts the attributes the 4.28 XSD declares on include and property, which Liquibase ignores', () => {
    expect(() =>
      parse(`
  <property name="p" value="1" target="x"/>
  <include file="other.xml" author="a" id="inc-1" created="2024-01-01"/>`),
    ).not.toThrow();
  });

  it('rejects what the dbchangelog XSD rejects, collecting every problem', () => {
    const errors = thrown(() =>
      parse(`
  <thisTagIsNotDefined/>
  <changeSet id="1" author="a" colour="red"><sql>select 1</sql></changeSet>
  <changeSet author="a"><sql>select 1</sql></changeSet>
  <changeSet id="2" author="a" runOrder="middle"><preConditions><tableExistz tableName="t"/></preConditions></changeSet>
  <include/>`),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^db\/changelog\.xml:4: Unexpected element 'thisTagIsNotDefined' under databaseChangeLog/),
      expect.stringMatching(/^db\/changelog\.xml:5, changeset 1::a: Attribute 'colour' is not allowed on <changeSet>/),
      expect.stringMatching(/^db\/changelog\.xml:6: changeSet has no id \(author a\)/),
      expect.stringMatching(/^db\/changelog\.xml:7, changeset 2::a: runOrder must be 'first' or 'last', not 'middle'/),
      expect.stringMatching(/^db\/changelog\.xml:7, changeset 2::a: Unknown precondition 'tableExistz'/),
      expect.stringMatching(/^db\/changelog\.xml:8: include has no 'file' attribute/),
    ]);
  });

  it('reports malformed XML with its line', () => {
    const [error] = thrown(() => xmlChangeLogParser.parse('bad.xml', `<databaseChangeLog>\n  <changeSet id="1" author="a">\n</databaseChangeLog>`, context()));
    expect(error!.location).toMatchObject({ file: 'bad.xml', line: 3 });
    expect(error!.message).toMatch(/^bad\.xml:3: Malformed XML/);
  });

  it('refuses external entities and a root other than databaseChangeLog', () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE databaseChangeLog [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n<databaseChangeLog>&secret;</databaseChangeLog>`;
    expect(thrown(() => xmlChangeLogParser.parse('x.xml', external, context()))[0]!.message).toMatch(/External entity 'secret' is not allowed/);
    const commented = `<?xml version="1.0"?>\n<!DOCTYPE databaseChangeLog [\n<!--<!ENTITY e SYSTEM "../e.xml">-->\n<!ENTITY who "nvoxland">\n]>\n<databaseChangeLog><changeSet id="1" author="&who;"/></databaseChangeLog>`;
    const parsed = xmlChangeLogParser.parse('x.xml', commented, context());
    expect(parsed.entries[0]).toMatchObject({ kind: 'changeSet', changeSet: { author: 'nvoxland' } });
    expect(thrown(() => xmlChangeLogParser.parse('x.xml', '<changeSet id="1" author="a"/>', context()))[0]!.message).toMatch(
      /root element must be <databaseChangeLog>, not <changeSet>/,
    );
  });

  it('hands its tree to the loader unexpanded', () => {
    const tree = xmlChangeLogParser.parseTree('t.xml', `<databaseChangeLog ${NS}><changeSet id="\${x}" author="a"/></databaseChangeLog>`);
    expect(tree.strictAttributes).toBe(true);
    expect(tree.root.attributes).toEqual({});
    expect(tree.root.children[0]).toMatchObject({ name: 'changeSet', attributes: { id: '${x}', author: 'a' } });
  });
});
