/**
 * The SQL of every change type against Liquibase's own result: replaying the changesets Liquibase
 * executed, with SQL generated here, must build exactly the schema (and rows, where recorded)
 * Liquibase built, and rolling them back must leave what Liquibase's rollback left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PgConnection } from '../../src/database/pg-connection.js';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '../support/databases.js';
import { dumpSchema } from '../support/schema-dump.js';
import { caseFileExists, goldenCases, readCaseFile, resourcesOf } from './support/golden-cases.js';
import { dumpData, prepareReplay, replayRollback, replayUpdate, useResources, type Replay } from './support/replay-golden.js';

const available = await postgresAvailable();
const cases = goldenCases().filter((spec) => caseFileExists(spec, 'schema.sql'));

/**
 * Cases that depend on the YAML/JSON reader giving what SnakeYAML gives Liquibase (exact longs,
 * java.util.Date for unquoted dates); expected to fail until it does, so that fixing it shows here.
 */
const READER_DEPENDENT = new Set<string>([]);

describe.skipIf(!available).each(cases.map((spec) => [spec.dir, spec] as const))('replaying %s with our SQL', (_name, spec) => {
  let db: TestDatabase;
  let conn: PgConnection;
  let replay: Replay;
  beforeAll(async () => {
    db = await createTestDatabase('dbops_replay');
    conn = await db.connect();
    useResources(resourcesOf(spec));
    replay = await prepareReplay(spec, conn);
  });
  afterAll(async () => {
    await conn?.close();
    await db?.drop();
  });

  (READER_DEPENDENT.has(spec.dir) ? it.fails : it)('builds the schema and rows Liquibase built', async () => {
    await replayUpdate(replay);
    expect(dumpSchema(db.url)).toEqual(readCaseFile(spec, 'schema.sql'));
    if (caseFileExists(spec, 'data.sql')) expect(maskNow(dumpData(db.url))).toEqual(maskNow(readCaseFile(spec, 'data.sql')));
  });

  it.runIf(caseFileExists(spec, 'rollback/schema.sql'))('rolls back to what Liquibase rolled back to', async () => {
    const commands = spec.rollback?.commands.join(' ') ?? '';
    const tag = /--tag=(\S+)/.exec(commands)?.[1];
    const count = tag !== undefined ? replay.executed.length - 1 - replay.executed.findLastIndex((changeSet) => changeSet.changes.some((change) => change.type === 'tagDatabase' && change.params.tag === tag)) : Number(/--count=(\d+)/.exec(commands)?.[1] ?? replay.executed.length);
    await replayRollback(replay, count, conn);
    expect(dumpSchema(db.url)).toEqual(readCaseFile(spec, 'rollback/schema.sql'));
    if (caseFileExists(spec, 'rollback/data.sql')) expect(maskNow(dumpData(db.url))).toEqual(maskNow(readCaseFile(spec, 'rollback/data.sql')));
  });
});

/**
 * Rows holding values computed from the clock (a timestamp with microseconds gives them away)
 * differ from run to run: their date and time literals are masked.
 */
function maskNow(data: string): string {
  return data
    .split('\n')
    .map((line) => (/\d{2}:\d{2}:\d{2}\.\d{4,}/.test(line) ? line.replace(/'\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}(\.\d+)?)?'|'\d{2}:\d{2}:\d{2}(\.\d+)?'/g, "'<now>'") : line))
    .join('\n');
}
