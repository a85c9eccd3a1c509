import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { loadSqlParser, parsePolicyInput } from '../../src/policy/sql-parser.js';
import { changeSet, policyInput } from './support/policy-input-builder.js';

describe('sql-parser', () => {
  test('several statements in one text become units with their own lines and text', async () => {
    const parser = await loadSqlParser();
    const { units, errors } = parser.parse("-- head\nCREATE TABLE a (id bigint);\n\n/* why */ SELECT 'é', 2;\nDROP TABLE a");
    expect(errors).toEqual([]);
    expect(units.map((u) => [u.kind, u.lineOffset, u.text.slice(u.codeStart, u.codeEnd)])).toEqual([
      ['CreateStmt', 1, 'CREATE TABLE a (id bigint)'],
      ['SelectStmt', 3, "SELECT 'é', 2"],
      ['DropStmt', 4, 'DROP TABLE a'],
    ]);
    expect(units[1]!.text).toBe("\n\n/* why */ SELECT 'é', 2");
  });

  test('a rejected statement does not hide the others', async () => {
    const parser = await loadSqlParser();
    const { units, errors } = parser.parse('CREATE TABLE a (id bigint);\nALTER TABLE a ADD COLUMN;\nDROP TABLE a;');
    expect(units.map((u) => u.kind)).toEqual(['CreateStmt', 'DropStmt']);
    expect(errors).toMatchObject([{ message: 'syntax error at end of input', lineOffset: 1 }]);
    expect(errors[0]!.text.trim()).toBe('ALTER TABLE a ADD COLUMN');
  });

  test('empty and comment-only statements hold nothing', async () => {
    const parser = await loadSqlParser();
    expect(parser.parse('')).toEqual({ units: [], errors: [] });
    expect(parser.parse('  -- nothing here\n')).toEqual({ units: [], errors: [] });
  });

  test('parseMany gives each text what parsing it alone gives, also when one text breaks the batch', async () => {
    const parser = await loadSqlParser();
    const texts = [
      "CREATE TABLE b1 (id bigint); SELECT 'ü'",
      '-- only a comment',
      'ALTER TABLE b1 ADD COLUMN;',
      "SELECT 'unterminated",
      'DROP TABLE b1 -- trailing comment',
      '',
    ];
    const many = parser.parseMany(texts);
    const strip = (p: { units: Array<{ kind: string; text: string; codeStart: number; codeEnd: number; lineOffset: number }>; errors: unknown[] }) => ({
      units: p.units.map(({ kind, text, codeStart, codeEnd, lineOffset }) => ({ kind, text, codeStart, codeEnd, lineOffset })),
      errors: p.errors.length,
    });
    // A fresh module instance has an empty cache: there every text is parsed on its own.
    vi.resetModules();
    const fresh = await (await import('../../src/policy/sql-parser.js')).loadSqlParser();
    expect(fresh.parse(texts[0]!)).not.toBe(many[0]);
    expect(many.map(strip)).toEqual(texts.map((t) => strip(fresh.parse(t))));
    expect(many.map((p) => [p.units.length, p.errors.length])).toEqual([[2, 0], [0, 0], [0, 1], [0, 1], [1, 0], [0, 0]]);
    const batch = parser.parseMany(['SELECT 101', 'SELECT 102; SELECT 103', "SELECT 'x;y'"]);
    expect(batch.map((p) => p.units.map((u) => u.text.slice(u.codeStart, u.codeEnd).trim()))).toEqual([['SELECT 101'], ['SELECT 102', 'SELECT 103'], ["SELECT 'x;y'"]]);
  });

  test('a script with rejected statements: the others keep their text, lead comments and lines', async () => {
    const parser = await loadSqlParser();
    const statements = Array.from({ length: 40 }, (_, i) => `-- about ${i}\nCREATE TABLE s${i} (id bigint)`);
    statements[7] = '-- broken\nALTER TABLE s6 ADD COLUMN';
    statements[30] = 'SELECT FROM WHERE';
    const script = `${statements.join(';\n')};\n;\n-- after an empty statement\nDROP TABLE s1;`;
    const { units, errors } = parser.parse(script);
    expect(errors.map((e) => [e.text.trim(), e.lineOffset])).toEqual([
      ['-- broken\nALTER TABLE s6 ADD COLUMN', 15],
      ['SELECT FROM WHERE', 60],
    ]);
    expect(units).toHaveLength(39);
    expect(units.map((u) => u.lineOffset)).toEqual([...Array.from({ length: 40 }, (_, i) => 2 * i + 1 - (i > 30 ? 1 : 0)).filter((_, i) => i !== 7 && i !== 30), 81]);
    expect(units[6]!.text).toBe('\n-- about 6\nCREATE TABLE s6 (id bigint)');
    expect(units[38]!.text).toBe('\n-- after an empty statement\nDROP TABLE s1');
  });

  test('statements as the engine hands them over (no `;`) are parsed together and get what parsing each alone gives', async () => {
    const parser = await loadSqlParser();
    const texts = ['CREATE TABLE e1 (id bigint)', "INSERT INTO e1 VALUES (1) -- one\n", 'CREATE INDEX idx_e1 ON e1 (id)  ', '/* last */ DROP TABLE e1'];
    const many = parser.parseMany(texts);
    vi.resetModules();
    const fresh = await (await import('../../src/policy/sql-parser.js')).loadSqlParser();
    const shape = (p: { units: Array<{ kind: string; text: string; codeStart: number; codeEnd: number; lineOffset: number }> }) =>
      p.units.map(({ kind, text, codeStart, codeEnd, lineOffset }) => ({ kind, text, codeStart, codeEnd, lineOffset }));
    expect(many.map(shape)).toEqual(texts.map((t) => shape(fresh.parse(t))));
  });

  test('results are cached by text', async () => {
    const parser = await loadSqlParser();
    expect(parser.parse('SELECT 42')).toBe(parser.parse('SELECT 42'));
  });

  test('psql variables are not SQL: a parser error, never an exception', async () => {
    const parsed = await parsePolicyInput(policyInput([changeSet('SELECT :foo;\nSELECT 1;')]));
    const { units, errors } = parsed.changeSets[0]!.statements[0]!.parsed;
    expect(units).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  test('the WASM parser is loaded only by the policy check: nothing else imports libpg-query at run time', () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*from\s+'libpg-query'/gm)) offenders.push(`${path}: ${m[0]}`);
          if (/\bimport\(\s*(\/\*.*?\*\/\s*)?'libpg-query[/']/.test(text) && !path.endsWith(join('policy', 'postgres-parser.ts'))) offenders.push(`${path}: dynamic import`);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
