/**
 * update-sql is a script: every statement update would run, tracking statements included, each
 * changeset in BEGIN/COMMIT with its tracking row (as dbops update commits them), in an order psql
 * runs. Running it with psql must leave what update leaves: the same DATABASECHANGELOG rows (but
 * dates and deployment ids), the same lock row, schema and data. Checked on a changelog with the
 * awkward cases (statements PostgreSQL refuses in a transaction, runInTransaction=false, dollar
 * quoting, `;` and `--` inside strings, a trailing comment, loadData, a tag), and on the second run
 * (runAlways re-runs, a changeset added since, checksums cleared and refilled).
 *
 * The recorded Liquibase cases are run the same way in golden-cases.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { dumpData, dumpTrackingTables, runPsql } from '../support/golden-case.js';
import { memoryIo } from '../support/memory-io.js';
import { comparableRows, dumpSchema, readTrackingRows } from '../support/schema-dump.js';

const available = await postgresAvailable();

const CHANGELOG_XML = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
    <changeSet id="table" author="t">
        <createTable tableName="item">
            <column name="id" type="int"><constraints primaryKey="true"/></column>
            <column name="name" type="varchar(100)"/>
            <column name="price" type="numeric(10,2)"/>
        </createTable>
    </changeSet>
    <changeSet id="index-concurrently" author="t" runInTransaction="false">
        <sql>CREATE INDEX CONCURRENTLY ix_item_name ON item (name)</sql>
    </changeSet>
    <changeSet id="enum-value" author="t">
        <sql>CREATE TYPE mood AS ENUM ('sad')</sql>
    </changeSet>
    <changeSet id="enum-add" author="t" runInTransaction="false">
        <sql>ALTER TYPE mood ADD VALUE 'happy'</sql>
    </changeSet>
    <changeSet id="seed" author="t">
        <loadData tableName="item" file="items.csv" relativeToChangelogFile="true">
            <column name="id" type="NUMERIC"/>
            <column name="price" type="NUMERIC"/>
        </loadData>
    </changeSet>
    <changeSet id="tag" author="t">
        <tagDatabase tag="seeded"/>
    </changeSet>
    <include file="more.sql" relativeToChangelogFile="true"/>
</databaseChangeLog>
`;

const MORE_SQL = `--liquibase formatted sql

--changeset t:function splitStatements:false
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  -- a comment; with a semicolon
  RETURN (SELECT count(*) FROM item);
END;
$$;
--rollback DROP FUNCTION item_count();

--changeset t:strings
INSERT INTO item (id, name, price) VALUES (10, 'semi; colon -- not a comment', 1.50);
INSERT INTO item (id, name, price) VALUES (11, 'it''s', 2) -- trailing comment
--rollback DELETE FROM item WHERE id IN (10, 11);

--changeset t:audit runAlways:true
CREATE TABLE IF NOT EXISTS audit (at timestamptz DEFAULT now(), note text);
INSERT INTO audit (note) VALUES ('update ran');
--rollback DROP TABLE audit;
`;

const ADDED_LATER = `
--changeset t:added-later
ALTER TABLE item ADD COLUMN note text DEFAULT 'none';
--rollback ALTER TABLE item DROP COLUMN note;
`;

describe.skipIf(!available)('update-sql output run with psql leaves what update leaves', () => {
  let dir: string;
  let scripted: TestDatabase;
  let updated: TestDatabase;
  let scriptConn: PgConnection;
  let updateConn: PgConnection;

  const dbops = async (command: string[], db: TestDatabase) => {
    const io = memoryIo();
    const code = await runCli([...command, '--changelog-file=changelog.xml', `--search-path=${dir}`, `--url=${db.url}`], io);
    expect(code, io.err).toBe(0);
    return io.out;
  };
  /** update-sql then psql on one database, update on the other; both must end the same. */
  async function scriptAndUpdate(): Promise<string> {
    const script = await dbops(['update-sql'], scripted);
    runPsql(scripted.url, { text: script });
    await dbops(['update'], updated);
    return script;
  }
  async function expectSameState(): Promise<void> {
    const [a, b] = [await readTrackingRows(scriptConn), await readTrackingRows(updateConn)];
    expect(comparableRows(a as unknown as Array<Record<string, unknown>>)).toEqual(comparableRows(b as unknown as Array<Record<string, unknown>>));
    // One deployment per run in both.
    expect(a.map((row) => row.deployment_id)).toEqual(b.map((row) => row.deployment_id));
    expect(dumpSchema(scripted.url)).toEqual(dumpSchema(updated.url));
    expect(dumpTrackingTables(scripted.url)).toEqual(dumpTrackingTables(updated.url));
    const data = (url: string) => dumpData(url).replace(/'\d{4}-\d{2}-\d{2} [\d:.+-]+'/g, "'<now>'");
    expect(data(scripted.url)).toEqual(data(updated.url));
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dbops-update-sql-'));
    writeFileSync(path.join(dir, 'changelog.xml'), CHANGELOG_XML);
    writeFileSync(path.join(dir, 'more.sql'), MORE_SQL);
    writeFileSync(path.join(dir, 'items.csv'), 'id,name,price\n1,apple,0.5\n2,"pear, green",0.75\n');
    [scripted, updated] = await Promise.all([createTestDatabase('dbops_script'), createTestDatabase('dbops_script_ref')]);
    [scriptConn, updateConn] = await Promise.all([scripted.connect(), updated.connect()]);
  });
  afterAll(async () => {
    await Promise.all([scriptConn?.close(), updateConn?.close()]);
    await Promise.all([scripted?.drop(), updated?.drop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('on an empty database', async () => {
    const script = await scriptAndUpdate();
    // Each changeset commits with its tracking row; those PostgreSQL refuses in a transaction run
    // on their own, their row right after.
    expect(script).toMatch(/CREATE INDEX CONCURRENTLY ix_item_name ON item \(name\);\nBEGIN;\nINSERT INTO public\.databasechangelog /);
    expect(script).toMatch(/ALTER TYPE mood ADD VALUE 'happy';\nBEGIN;\nINSERT INTO public\.databasechangelog /);
    expect(script).toMatch(/BEGIN;\nCREATE TABLE public\.item [^\n]*;\nINSERT INTO public\.databasechangelog [^\n]*;\nCOMMIT;/);
    expect((await readTrackingRows(scriptConn)).map((row) => row.id)).toEqual(['table', 'index-concurrently', 'enum-value', 'enum-add', 'seed', 'tag', 'function', 'strings', 'audit']);
    await expectSameState();
  });

  it('on the second run: runAlways re-runs, a changeset added since runs, nothing else', async () => {
    writeFileSync(path.join(dir, 'more.sql'), MORE_SQL + ADDED_LATER);
    const script = await scriptAndUpdate();
    expect(script).toMatch(/UPDATE public\.databasechangelog SET DATEEXECUTED = NOW\(\), ORDEREXECUTED = 10, [^\n]*EXECTYPE = 'RERAN'/);
    expect(script).not.toMatch(/CREATE TABLE public\.item/);
    const rows = await readTrackingRows(scriptConn);
    expect(rows.map((row) => [row.id, row.exectype, row.orderexecuted])).toEqual([
      ['table', 'EXECUTED', 1], ['index-concurrently', 'EXECUTED', 2], ['enum-value', 'EXECUTED', 3], ['enum-add', 'EXECUTED', 4],
      ['seed', 'EXECUTED', 5], ['tag', 'EXECUTED', 6], ['function', 'EXECUTED', 7], ['strings', 'EXECUTED', 8],
      ['audit', 'RERAN', 10], ['added-later', 'EXECUTED', 11],
    ].sort((x, y) => Number(x[2]) - Number(y[2])));
    await expectSameState();
  });

  it('after clear-checksums: the script refills them as update does', async () => {
    for (const db of [scripted, updated]) await dbops(['clear-checksums'], db);
    const script = await scriptAndUpdate();
    expect(script.match(/UPDATE public\.databasechangelog SET MD5SUM = '9:[0-9a-f]{32}' WHERE /g)).toHaveLength(9);
    expect((await readTrackingRows(scriptConn)).every((row) => row.md5sum?.startsWith('9:'))).toBe(true);
    await expectSameState();
  });
});
