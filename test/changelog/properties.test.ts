import { describe, expect, it } from 'vitest';
import { parseRuntimeContexts } from '../../src/changelog/context-expression.js';
import { parseRuntimeLabels } from '../../src/changelog/label-expression.js';
import { ChangeLogProperties, parsePropertiesFile } from '../../src/changelog/properties.js';
import { ChangelogError } from '../../src/errors.js';

const scope = { changeLogFile: 'db/a.xml' };
const define = (properties: ChangeLogProperties, name: string, value: string, extra: Record<string, unknown> = {}, file = 'db/a.xml') =>
  properties.define({ name, value, global: true, location: { file }, ...extra }, file);

describe('ChangeLogProperties', () => {
  it('keeps the first definition, compares names case-insensitively and expands nested references', () => {
    const properties = new ChangeLogProperties();
    define(properties, 'schema', 'app');
    define(properties, 'SCHEMA', 'other');
    define(properties, 'table', '${schema}.person');
    define(properties, 'x_app', 'nested!');
    expect(properties.expand('${table} ${Schema} ${x_${schema}} $notref ${unclosed', scope)).toBe('app.person app nested! $notref ${unclosed');
  });

  it('looks up environment, then built-ins and -D, then changelog globals, then locals of the same file only', () => {
    const properties = new ChangeLogProperties({
      environment: { DB_USER: 'env-user' },
      builtIns: { 'database.typeName': 'postgresql' },
      commandLine: { db_user: 'cli-user', level: 'cli' },
    });
    define(properties, 'level', 'changelog');
    properties.define({ name: 'own', value: 'local', global: false, location: { file: 'db/a.xml' } }, 'db/a.xml');
    expect(properties.expand('${db_user} ${level} ${database.typeName} ${own}', scope)).toBe('env-user cli postgresql local');
    expect(properties.expand('${own}', { changeLogFile: 'db/b.xml' })).toBe('${own}');
  });

  it('hides properties whose context, labels or dbms do not match the run', () => {
    const properties = new ChangeLogProperties({ contexts: parseRuntimeContexts('prod'), labels: parseRuntimeLabels('v1'), dbms: 'postgresql' });
    define(properties, 'a', 'dev-only', { context: 'dev' });
    define(properties, 'a', 'prod', { context: 'prod' });
    define(properties, 'b', 'mysql', { dbms: 'mysql' });
    define(properties, 'b', 'pg', { dbms: 'postgresql' });
    define(properties, 'c', 'v2', { labels: 'v2' });
    define(properties, 'c', 'v1', { labels: 'v1' });
    expect(properties.expand('${a} ${b} ${c}', scope)).toBe('prod pg v1');
    expect(properties.isDefined('a', scope)).toBe(true);
    expect(properties.definedProperties()).toEqual({ a: 'prod', b: 'pg', c: 'v1' });
  });

  it('knows the execution values', () => {
    const properties = new ChangeLogProperties({ deploymentId: '1234567890' });
    expect(
      properties.expand('${LIQUIBASE_EXECUTION_CHANGELOG_FILE} ${liquibase_execution_changeset_id} ${LIQUIBASE_EXECUTION_CHANGESET_AUTHOR} ${LIQUIBASE_EXECUTION_DEPLOYMENT_ID}', {
        changeLogFile: 'db/a.xml',
        changeSet: { id: '7', author: 'me' },
      }),
    ).toBe('db/a.xml 7 me 1234567890');
  });

  it('follows missingPropertyMode and supportPropertyEscaping', () => {
    expect(new ChangeLogProperties({ missingPropertyMode: 'EMPTY' }).expand('a${x}b', scope)).toBe('ab');
    expect(() => new ChangeLogProperties({ missingPropertyMode: 'ERROR' }).expand('a${x}b', scope)).toThrow(ChangelogError);
    expect(new ChangeLogProperties({ supportPropertyEscaping: true }).expand('${:x}', scope)).toBe('${x}');
    const looping = new ChangeLogProperties();
    define(looping, 'a', '${a}');
    expect(() => looping.expand('${a}', scope)).toThrow(/refers to itself/);
  });
});

describe('parsePropertiesFile', () => {
  it('reads Java .properties syntax', () => {
    const text = '# comment\n! also a comment\n\nplain=value\ncolon: with colon\nspaced   spaced value\nlong = first \\\n    second\nescaped\\ key=tab\\there\\u0041\nempty=\n';
    expect(parsePropertiesFile(text)).toEqual([
      ['plain', 'value'],
      ['colon', 'with colon'],
      ['spaced', 'spaced value'],
      ['long', 'first second'],
      ['escaped key', 'tab\there' + 'A'],
      ['empty', ''],
    ]);
  });
});
