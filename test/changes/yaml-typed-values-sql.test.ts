/**
 * Unquoted YAML/JSON numbers and dates outside the checksum: the DATABASECHANGELOG rows and the SQL
 * of changesets whose id, author, comment, tag, labels, context, remarks, defaultValue, value,
 * valueNumeric, defaultValueNumeric or sql SnakeYAML reads as a Double or a java.util.Date.
 *
 * Obtained from Liquibase 4.28.1 (tools/reference, which reports 4.28.0), JVM in UTC
 * (TZ=UTC, JAVA_OPTS=-Duser.timezone=UTC): each changelog below was run with `liquibase
 * --changelog-file=<file> update-sql` against an empty PostgreSQL 15 database; RECORDED holds the
 * statements it printed, without comments, SET SEARCH_PATH, the lock table statements and the
 * CREATE TABLE of DATABASECHANGELOG, with the deployment id masked (the files were named a.yaml,
 * d.yaml…; FILENAME is the name used here, which v9 checksums do not include). dbops's update-sql
 * on an empty database must print the same statements (its BEGIN/COMMIT around each changeset
 * left out).
 * The same runs refused `startValue: 100.0` and `cacheSize: 1e3` (NumberFormatException, For input
 * string: "100.0" / "1000.0"), `incrementBy: 2000-01-31`, and read `nullable: 1.0` as false.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { memoryIo } from '../support/memory-io.js';

const available = await postgresAvailable();

const CHANGELOGS: Record<string, string> = {
  'ids-and-text.yaml': `databaseChangeLog:
  - changeSet:
      id: 1.0
      author: 2000-01-31
      comment: 1.5e3
      changes:
        - createTable:
            tableName: t
            remarks: 1.0
            columns:
              - column: {name: c, type: varchar(40), defaultValue: 1.5e3, remarks: 2000-01-31}
              - column: {name: d, type: varchar(40)}
              - column: {name: n, type: "numeric(10,3)"}
  - changeSet:
      id: 010
      author: 1.5e-5
      changes:
        - addDefaultValue: {tableName: t, columnName: d, defaultValue: 1.0}
  - changeSet:
      id: 2024-02-29T13:14:15.5
      author: 2001-12-14t21:59:43.10-05:00
      changes:
        - addDefaultValue: {tableName: t, columnName: d, defaultValue: 2000-01-31}
  - changeSet:
      id: 12:30
      author: 0x10
      changes:
        - addDefaultValue: {tableName: t, columnName: d, defaultValue: 2024-02-29T13:14:15.5}
  - changeSet:
      id: 1e3
      author: yes
      changes:
        - addDefaultValue: {tableName: t, columnName: d, defaultValue: 2001-12-14t21:59:43.10-05:00}
  - changeSet:
      id: 12345678.9
      author: .5
      changes:
        - insert: {tableName: t, columns: [{column: {name: c, value: 1.0}}, {column: {name: d, value: 2000-01-31}}, {column: {name: n, valueNumeric: 1.5}}]}
        - insert: {tableName: t, columns: [{column: {name: c, value: 1.5e-5}}, {column: {name: d, value: 2024-02-29 13:14:15}}, {column: {name: n, valueNumeric: 1.0}}]}
  - changeSet:
      id: 2024-2-9
      author: -0.0
      changes:
        - addDefaultValue: {tableName: t, columnName: n, defaultValueNumeric: 1.0}
        - tagDatabase: {tag: 1.0}
  - changeSet:
      id: 100000000000000000000
      author: 9007199254740993
      labels: 1.0
      context: 1.0
      changes:
        - update: {tableName: t, columns: [{column: {name: c, value: 1.0}}], where: 1.0 = 1.0}
`,
  'numeric.yaml': `databaseChangeLog:
  - changeSet:
      id: d1
      author: p
      changes:
        - createTable: {tableName: t, columns: [{column: {name: c, type: numeric}}]}
        - insert: {tableName: t, columns: [{column: {name: c, valueNumeric: 1.5e-5}}]}
        - insert: {tableName: t, columns: [{column: {name: c, valueNumeric: 1e3}}]}
        - insert: {tableName: t, columns: [{column: {name: c, valueNumeric: 12345678.9}}]}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: 1.5e-5}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: 12345678.9}
        - addColumn: {tableName: t, columns: [{column: {name: e, type: numeric, defaultValueNumeric: 1.50}}]}
        - sql: 1.0
`,
  'numeric-defaults.yaml': `databaseChangeLog:
  - changeSet:
      id: k1
      author: p
      changes:
        - createTable: {tableName: t, columns: [{column: {name: c, type: numeric, defaultValueNumeric: 1e3}}, {column: {name: d, type: numeric, defaultValueNumeric: 1.0e7}}]}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: 1e21}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: 0.0001}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: -0.0}
        - addDefaultValue: {tableName: t, columnName: c, defaultValueNumeric: 2.50}
`,
  'ids-and-text.json': `{"databaseChangeLog": [
  {"changeSet": {"id": 1.0, "author": 1e3, "comment": 2.50, "changes": [
    {"createTable": {"tableName": "t", "remarks": 1.0, "columns": [{"column": {"name": "c", "type": "varchar(20)", "defaultValue": 1.0}}]}},
    {"insert": {"tableName": "t", "columns": [{"column": {"name": "c", "value": 1.5e-5}}]}}
  ]}}
]}
`,
  'boolean.yaml': `databaseChangeLog:
  - changeSet:
      id: c1
      author: p
      changes:
        - createTable: {tableName: t, columns: [{column: {name: c, type: int, constraints: {nullable: 1.0}}}]}
`,
};

/** [changelog, statements Liquibase printed]. */
const RECORDED: Array<[string, string[]]> = [
  ['ids-and-text.yaml', [
    "CREATE TABLE public.t (c VARCHAR(40) DEFAULT '1500.0', d VARCHAR(40), n numeric(10, 3));",
    "COMMENT ON TABLE public.t IS '1.0';",
    "COMMENT ON COLUMN public.t.c IS 'Mon Jan 31 00:00:00 UTC 2000';",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.0', 'Mon Jan 31 00:00:00 UTC 2000', 'ids-and-text.yaml', NOW(), 1, '9:f922e9e72125f4cba76668ff3cc02a61', 'createTable tableName=t', '1500.0', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "ALTER TABLE public.t ALTER COLUMN  d SET DEFAULT '1.0';",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('8', '1.5E-5', 'ids-and-text.yaml', NOW(), 2, '9:ea2cb20605ef0c51e222785b64d9b19a', 'addDefaultValue columnName=d, tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "ALTER TABLE public.t ALTER COLUMN  d SET DEFAULT 'Mon Jan 31 00:00:00 UTC 2000';",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('2024-02-29 13:14:15', 'Sat Dec 15 02:59:43 UTC 2001', 'ids-and-text.yaml', NOW(), 3, '9:784aefbe86a5f63e6b63d7468583f657', 'addDefaultValue columnName=d, tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "ALTER TABLE public.t ALTER COLUMN  d SET DEFAULT '2024-02-29 13:14:15';",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('750', '16', 'ids-and-text.yaml', NOW(), 4, '9:08932e1ca2ec60ba154c4ef91c04ec39', 'addDefaultValue columnName=d, tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "ALTER TABLE public.t ALTER COLUMN  d SET DEFAULT 'Sat Dec 15 02:59:43 UTC 2001';",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1000.0', 'true', 'ids-and-text.yaml', NOW(), 5, '9:b07aa496bfaf4572b1278d59d5f40274', 'addDefaultValue columnName=d, tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "INSERT INTO public.t (c, d, n) VALUES ('1.0', 'Mon Jan 31 00:00:00 UTC 2000', 1.5);",
    "INSERT INTO public.t (c, d, n) VALUES ('1.5E-5', '2024-02-29 13:14:15', 1.0);",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.23456789E7', '0.5', 'ids-and-text.yaml', NOW(), 6, '9:83627b759ab37985bb89f5c4bc33faf1', 'insert tableName=t; insert tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
    "ALTER TABLE public.t ALTER COLUMN  n SET DEFAULT 1;",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES ('2024-2-9', '-0.0', 'ids-and-text.yaml', NOW(), 7, '9:d2ebb4aae7d1082c6913719fd9d91b12', 'addDefaultValue columnName=n, tableName=t; tagDatabase', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>', '1.0');",
    "UPDATE public.t SET c = '1.0' WHERE 1.0 = 1.0;",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('100000000000000000000', '9007199254740993', 'ids-and-text.yaml', NOW(), 8, '9:dca624dfa19b25932b1f1b6f6f47448a', 'update tableName=t', '', 'EXECUTED', '1.0', '1.0', '4.28.0', '<deployment>');",
  ]],
  ['numeric.yaml', [
    "CREATE TABLE public.t (c numeric);",
    "INSERT INTO public.t (c) VALUES (1.5E-5);",
    "INSERT INTO public.t (c) VALUES (1000.0);",
    "INSERT INTO public.t (c) VALUES (1.23456789E7);",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT 1.5E-5;",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT 1.23456789E7;",
    "ALTER TABLE public.t ADD e numeric DEFAULT 1.5;",
    "1.0;",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('d1', 'p', 'numeric.yaml', NOW(), 1, '9:feacef9fab7ebd52e672a89e0faea91d', 'createTable tableName=t; insert tableName=t; insert tableName=t; insert tableName=t; addDefaultValue columnName=c, tableName=t; addDefaultValue columnName=c, tableName=t; addColumn tableName=t; sql', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
  ]],
  ['numeric-defaults.yaml', [
    "CREATE TABLE public.t (c numeric DEFAULT 1000, d numeric DEFAULT 1.0E7);",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT 1.0E21;",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT 1.0E-4;",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT -0;",
    "ALTER TABLE public.t ALTER COLUMN  c SET DEFAULT 2.5;",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('k1', 'p', 'numeric-defaults.yaml', NOW(), 1, '9:4b72786e3f05c755da06b60c3df58cee', 'createTable tableName=t; addDefaultValue columnName=c, tableName=t; addDefaultValue columnName=c, tableName=t; addDefaultValue columnName=c, tableName=t; addDefaultValue columnName=c, tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
  ]],
  ['ids-and-text.json', [
    "CREATE TABLE public.t (c VARCHAR(20) DEFAULT '1.0');",
    "COMMENT ON TABLE public.t IS '1.0';",
    "INSERT INTO public.t (c) VALUES ('1.5E-5');",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('1.0', '1000.0', 'ids-and-text.json', NOW(), 1, '9:02833af3906ad61d61e9a2f51182314d', 'createTable tableName=t; insert tableName=t', '2.5', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
  ]],
  ['boolean.yaml', [
    "CREATE TABLE public.t (c INTEGER NOT NULL);",
    "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('c1', 'p', 'boolean.yaml', NOW(), 1, '9:f56032ed22876eb4d26c2481b753f530', 'createTable tableName=t', '', 'EXECUTED', NULL, NULL, '4.28.0', '<deployment>');",
  ]],
];

/** update-sql's statements, normalised as RECORDED is. */
function statements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('--') && !/^(BEGIN|COMMIT);$/.test(line))
    .filter((line) => !line.startsWith('SET SEARCH_PATH') && !/databasechangeloglock/i.test(line) && !line.startsWith('CREATE TABLE public.databasechangelog '))
    .map((line) => line.replace(/'\d{10}'/, "'<deployment>'"));
}

describe.skipIf(!available)('typed YAML/JSON scalars: tracking rows and SQL as Liquibase printed them', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('dbops_typed_scalars');
    dir = mkdtempSync(path.join(tmpdir(), 'dbops-typed-scalars-'));
    for (const [name, text] of Object.entries(CHANGELOGS)) writeFileSync(path.join(dir, name), text);
  });
  afterAll(async () => {
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(RECORDED)('%s', async (file, recorded) => {
    const io = memoryIo({ cwd: dir });
    const code = await runCli(['update-sql', `--changelog-file=${file}`, `--search-path=${dir}`, `--url=${db.url}`], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(statements(io.out)).toEqual(recorded);
  });

  it.each([
    ['startValue: 100.0', 'startValue', '"100.0"'],
    ['cacheSize: 1e3', 'cacheSize', '"1000.0"'],
    ['incrementBy: 2000-01-31', 'incrementBy', '"Mon Jan 31 00:00:00 UTC 2000"'],
  ])('refuses %s in an integer property, located', async (attribute, name, text) => {
    const file = `refused-${name}.yaml`;
    const changelog = `databaseChangeLog:\n  - changeSet:\n      id: s1\n      author: p\n      changes:\n        - createSequence: {sequenceName: s, ${attribute}}\n`;
    writeFileSync(path.join(dir, file), changelog);
    const io = memoryIo({ cwd: dir });
    const code = await runCli(['update-sql', `--changelog-file=${file}`, `--search-path=${dir}`, `--url=${db.url}`], io);
    expect(code).not.toBe(0);
    expect(io.err).toContain(`${file}:6, changeset s1::p: '${name}' of createSequence must be an integer, not ${text}: write a whole number`);
  });
});
