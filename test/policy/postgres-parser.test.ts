import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadPostgresParser, PostgresSyntaxError, type PostgresParser } from '../../src/policy/postgres-parser.js';
import { PG_REGRESS } from '../support/corpus.js';

/** libpg-query's own `parseSync` is the oracle: the binding must give what it gives. */
function oracle(sql: string) {
  const result = parseSync(sql);
  return (result.stmts ?? []).map((raw) => ({
    kind: Object.keys(raw.stmt!)[0],
    location: raw.stmt_location ?? 0,
    length: raw.stmt_len ?? 0,
    node: raw.stmt,
  }));
}

function ours(parser: PostgresParser, sql: string) {
  return parser.parse(sql).map((s) => ({ kind: s.kind, location: s.location, length: s.length, node: s.node }));
}

describe('postgres-parser', () => {
  let parser: PostgresParser;

  beforeAll(async () => {
    await loadModule();
    parser = await loadPostgresParser();
  });

  test.each([
    'SELECT 1',
    'SELECT 1; CREATE TABLE t (a int); -- trailing',
    "-- only a comment\n;;\n/* and another */",
    `SELECT 'é', "x""y", $$a;b$$, E'\\n' AS "ünïcode" FROM t WHERE x = '😀'; DROP TABLE "😀"`,
    'BEGIN; ALTER TABLE t ADD COLUMN b bigint NOT NULL DEFAULT 0; COMMIT;',
    `CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT "stmt" FROM "{""stmt"":{""" ; END`,
    `SELECT '{"stmt":{"SelectStmt":{}},"stmt_len":5}' AS tricky`,
  ])('statements, locations and ASTs as libpg-query gives them: %j', (sql) => {
    expect(ours(parser, sql)).toEqual(oracle(sql));
  });

  test('every file of PostgreSQL regression SQL that parses gives what libpg-query gives', () => {
    let compared = 0;
    for (const file of readdirSync(PG_REGRESS).filter((f) => f.endsWith('.sql'))) {
      const sql = readFileSync(join(PG_REGRESS, file), 'utf8');
      let expected;
      try {
        expected = oracle(sql);
      } catch {
        expect(() => parser.parse(sql)).toThrow(PostgresSyntaxError);
        continue;
      }
      expect(ours(parser, sql), file).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  test.each(['SELECT FROM WHERE', "SELECT 'open", 'CREATE TABLE t (a int', "SELECT 'é😀' FROMM x y", 'ALTER INDEX i ALTER COLUMN 0 SET STATISTICS 1'])(
    'a rejected text throws the message and position libpg-query reports: %j',
    (sql) => {
      let expected: { message: string; cursorPosition?: number } | undefined;
      try {
        parseSync(sql);
      } catch (error) {
        expected = { message: (error as Error).message, cursorPosition: (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition };
      }
      expect(expected).toBeDefined();
      try {
        parser.parse(sql);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PostgresSyntaxError);
        expect({ message: (error as PostgresSyntaxError).message, cursorPosition: (error as PostgresSyntaxError).cursorPosition }).toEqual(expected);
      }
    },
  );

  test('a statement is decoded when its AST is read, once', () => {
    const [statement] = parser.parse('CREATE TABLE t (id bigint)');
    expect(statement!.kind).toBe('CreateStmt');
    expect(statement!.node).toBe(statement!.node);
  });
});
