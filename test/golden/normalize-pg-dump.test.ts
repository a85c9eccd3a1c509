import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as recorder from '../../scripts/lib/normalize-pg-dump.mjs';
import * as tests from '../support/normalize-pg-dump.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sample = readFileSync(path.join(here, 'pg-dump-sample.sql'), 'utf8');

function goldenSchemas(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return goldenSchemas(full);
    return name === 'schema.sql' || name === 'tracking-tables.sql' ? [full] : [];
  });
}

describe('normalizePgDump', () => {
  it('gives the same output in the recording script and in the tests', () => {
    for (const tracking of ['include', 'exclude', 'only'] as const) {
      expect(tests.normalizePgDump(sample, { tracking })).toBe(recorder.normalizePgDump(sample, { tracking }));
    }
    expect(tests.splitPgDumpStatements(sample)).toEqual(recorder.splitPgDumpStatements(sample));
  });

  it('drops session noise and keeps quoted and dollar-quoted text whole', () => {
    const out = tests.normalizePgDump(sample);
    expect(out).not.toMatch(/^\\restrict|^SET |^--/m);
    expect(out).toContain("DEFAULT 'it''s; -- not a comment'::text");
    expect(out).toContain('  -- a comment; with a semicolon\n');
    expect(out).toContain('CREATE TABLE other."Quoted;Table" (');
  });

  it('separates the tracking tables from the rest of the schema', () => {
    const only = tests.normalizePgDump(sample, { tracking: 'only' });
    const rest = tests.normalizePgDump(sample, { tracking: 'exclude' });
    expect(only).toContain('CREATE TABLE public.databasechangeloglock (');
    expect(only).toContain('ADD CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id);');
    expect(rest).not.toMatch(/databasechangelog(lock)? /);
    expect(rest).toContain('CREATE TABLE public.databasechangelog_archive (');
  });

  it('leaves the committed golden schemas unchanged (they are already normalised)', () => {
    const files = goldenSchemas(path.join(here, 'liquibase'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8').split('\n-- DATABASECHANGELOGLOCK rows')[0]!;
      const normalised = tests.normalizePgDump(text);
      expect(normalised.trimEnd(), file).toBe(text.trimEnd());
    }
  });
});
