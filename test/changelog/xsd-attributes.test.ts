import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlChangeLogParser } from '../../src/changelog/xml-parser.js';
import { isCheckedSchemaLocation, undeclaredAttribute } from '../../src/changelog/xsd-attributes.js';
import { ChangelogError } from '../../src/errors.js';
import { LIQUIBASE_IT } from '../support/corpus.js';

const repositoryRoot = path.resolve(import.meta.dirname, '..', '..');

const header = (xsd = 'dbchangelog-latest.xsd', extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ${extra}
    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/${xsd}">`;

/** A changelog whose body starts on line 5. */
const changelog = (body: string, options: { xsd?: string; extra?: string } = {}) =>
  `${header(options.xsd, options.extra)}\n${body}\n</databaseChangeLog>\n`;

const read = (content: string) => xmlChangeLogParser.parseTree('db/changelog.xml', content);

function refusal(content: string): ChangelogError {
  try {
    read(content);
  } catch (error) {
    if (error instanceof ChangelogError) return error;
    throw error;
  }
  throw new Error('expected the changelog to be refused');
}

describe('XML changelogs are checked against the attributes of Liquibase 4.28 XSD', () => {
  it('refuses an attribute the XSD does not declare, naming file, line, element and attribute', () => {
    const error = refusal(changelog(`  <changeSet id="1" author="a">
    <tagDatabase tag="v1" keepTagOnRollback="true"/>
  </changeSet>`));
    expect(error.location).toMatchObject({ file: 'db/changelog.xml', line: 6, column: 27 });
    expect(error.message).toBe(
      "db/changelog.xml:6: Attribute 'keepTagOnRollback' is not allowed on <tagDatabase>: remove it; Liquibase 4.28's XSD does not declare it, and Liquibase refuses the changelog",
    );
  });

  it('points at the line of the attribute in a start tag spread over several lines', () => {
    const error = refusal(changelog(`  <changeSet id="1" author="a">
    <createTable tableName="t">
      <column name="id"
              type="int"
              nullPlaceholder="NULL"/>
    </createTable>
  </changeSet>`));
    expect(error.location).toMatchObject({ line: 9, column: 15 });
    expect(error.reason).toMatch(/^Attribute 'nullPlaceholder' is not allowed on <column>/);
  });

  it('suggests the declared spelling of an attribute written in the wrong case', () => {
    const error = refusal(changelog(`  <changeSet id="1" author="a"><dropTable tablename="t"/></changeSet>`));
    expect(error.reason).toContain("Attribute 'tablename' is not allowed on <dropTable> (did you mean 'tableName'?)");
  });

  it('accepts attributes of other namespaces where the XSD has an ##other wildcard, and xmlns:* anywhere', () => {
    expect(() =>
      read(changelog(
        `  <changeSet id="1" author="a" ext:team="core" xmlns:more="http://example.com/more">
    <createTable tableName="t" ext:partitioned="true" more:x="1">
      <column name="id" type="int"><constraints nullable="false" xmlns:z="http://example.com/z"/></column>
    </createTable>
    <ext:custom anything="goes"/>
  </changeSet>`,
        { extra: 'xmlns:ext="http://example.com/ext" ext:owner="dba"' },
      )),
    ).not.toThrow();
  });

  it('refuses an extension attribute on an element without a wildcard, and a dbchangelog-qualified one', () => {
    const body = (attribute: string) =>
      `  <changeSet id="1" author="a"><createTable tableName="t"><column name="id" type="int"><constraints nullable="false" ${attribute}/></column></createTable></changeSet>`;
    const extension = refusal(changelog(body('ext:x="1"'), { extra: 'xmlns:ext="http://example.com/ext"' }));
    expect(extension.reason).toMatch(/^Attribute 'ext:x' is not allowed on <constraints>: remove it; .*no extension attributes/);
    const qualified = refusal(changelog(body('lb:nullable="false"'), { extra: 'xmlns:lb="http://www.liquibase.org/xml/ns/dbchangelog"' }));
    expect(qualified.reason).toMatch(/^Attribute 'lb:nullable' is not allowed on <constraints>: write it without the namespace prefix/);
  });

  it("leaves the plain attributes of changeSet, include, rollback… to the tree reader, but checks their namespaced ones", () => {
    // The tree reader reports `colour` with the changeset, together with the file's other problems.
    expect(() => read(changelog(`  <changeSet id="1" author="a" colour="red"><sql>select 1</sql></changeSet>`))).not.toThrow();
    const error = refusal(changelog(`  <changeSet id="1" author="a"><sql>select 1</sql><rollback ext:y="1"/></changeSet>`, { extra: 'xmlns:ext="http://example.com/ext"' }));
    expect(error.reason).toMatch(/^Attribute 'ext:y' is not allowed on <rollback>/);
  });

  it('knows which elements the XSD declares differently by place', () => {
    const add = `<addColumn tableName="t"><column name="c" type="int" afterColumn="id"/></addColumn>`;
    expect(() => read(changelog(`  <changeSet id="1" author="a">${add}</changeSet>`))).not.toThrow();
    const create = `<createTable tableName="t"><column name="c" type="int" afterColumn="id"/></createTable>`;
    expect(refusal(changelog(`  <changeSet id="1" author="a">${create}</changeSet>`)).reason).toMatch(/'afterColumn' is not allowed on <column>/);
    // delete's <where> has no type in the XSD, so it is xsd:anyType and takes any attribute; update's is a string.
    expect(() => read(changelog(`  <changeSet id="1" author="a"><delete tableName="t"><where note="x">id = 1</where></delete></changeSet>`))).not.toThrow();
    expect(() => read(changelog(`  <changeSet id="1" author="a"><update tableName="t"><column name="c" value="1"/><where note="x">id = 1</where></update></changeSet>`))).toThrow(
      /'note' is not allowed on <where>/,
    );
  });

  it('leaves changelogs that name a pre-4.0 XSD unchecked: those XSDs allowed attributes 4.28 dropped', () => {
    // Liquibase itself runs this with dbchangelog-3.8.xsd (whose changes took any attribute).
    const body = `  <changeSet id="1" author="a"><dropTable tableName="t" anything="x"/></changeSet>`;
    expect(() => read(changelog(body, { xsd: 'dbchangelog-3.8.xsd' }))).not.toThrow();
    expect(() => read(changelog(body, { xsd: 'dbchangelog-4.1.xsd' }))).toThrow(/'anything' is not allowed on <dropTable>/);
    expect(isCheckedSchemaLocation(undefined)).toBe(true);
    expect(isCheckedSchemaLocation('http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-1.9.xsd')).toBe(false);
    expect(isCheckedSchemaLocation('http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.28.xsd')).toBe(true);
  });

  it('does not judge elements of other namespaces, nor dbchangelog elements the XSD does not declare', () => {
    const plain = (name: string) => ({ [name]: { name, local: name, uri: '' } });
    expect(undeclaredAttribute('notAnElement', undefined, plain('x'))).toBeUndefined();
    expect(undeclaredAttribute('createTable', 'changeSet', plain('tableName'))).toBeUndefined();
    expect(undeclaredAttribute('createTable', 'changeSet', plain('tablename'))?.attribute.name).toBe('tablename');
    expect(undeclaredAttribute('createTable', 'changeSet', plain('tablename'), { qualifiedOnly: true })).toBeUndefined();
  });
});

describe('the Liquibase corpus under the XSD attribute check', () => {
  const rejected = JSON.parse(readFileSync(path.join(repositoryRoot, 'test/golden/liquibase/rejected.json'), 'utf8')) as Record<string, string>;
  const xmlFiles = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) return xmlFiles(full);
      return name.endsWith('.xml') ? [path.relative(LIQUIBASE_IT, full).split(path.sep).join('/')] : [];
    });
  const files = existsSync(LIQUIBASE_IT) ? xmlFiles(path.join(LIQUIBASE_IT, 'changelogs')).sort() : [];
  const refusedForAttributes = Object.entries(rejected).filter(([, message]) => message.includes('is not allowed to appear in element'));

  it('finds the corpus and the two changelogs Liquibase refuses for an attribute', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(refusedForAttributes.map(([file]) => file).sort()).toEqual([
      'changelogs/common/test.tag.not.removed.by.rollback.xml',
      'changelogs/mysql/complete/nullPlaceholder.test.changelog.xml',
    ]);
  });

  it.each(files.filter((file) => !refusedForAttributes.some(([refused]) => refused === file)))('%s passes the check', (file) => {
    const content = readFileSync(path.join(LIQUIBASE_IT, file), 'utf8');
    try {
      xmlChangeLogParser.parseTree(file, content);
    } catch (error) {
      // The XSD check is the only thing under test here: a file Liquibase refuses for another
      // reason (a root that is not <databaseChangeLog>, an unknown element) may fail otherwise.
      expect(rejected[file], String(error)).toBeDefined();
      expect(String(error)).not.toMatch(/is not allowed on </);
    }
  });

  it.each(refusedForAttributes)('%s is refused on the line Liquibase names, for the attribute it names', (file, message) => {
    const [, line, attribute, element] = /line (\d+) .*Attribute '(\w+)' is not allowed to appear in element '(\w+)'/.exec(message)!;
    const error = refusal(readFileSync(path.join(LIQUIBASE_IT, file), 'utf8'));
    expect(error.location?.line).toBe(Number(line));
    expect(error.reason).toContain(`Attribute '${attribute}' is not allowed on <${element}>`);
  });
});

describe('xsd-attributes.generated.ts', () => {
  const script = path.join(repositoryRoot, 'scripts/generate-xsd-attributes.mjs');
  const jar = path.join(repositoryRoot, 'tools/reference/node_modules/liquibase/dist/liquibase/internal/lib/liquibase-core.jar');
  it.runIf(existsSync(jar))("matches what the script derives from the reference Liquibase's XSD", () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });
});
