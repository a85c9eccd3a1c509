import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { resolvePolicyConfig, validatePolicyConfig } from '../../src/policy/policy-config.js';
import { checkRules } from '../../src/policy/run-rules.js';
import { BUILTIN_RULES } from '../../src/policy/rules/catalog.js';
import { parsePolicyInput } from '../../src/policy/sql-parser.js';
import { statementsOf } from './support/policy-input-builder.js';
import { inputForFile } from './support/squawk-comparison.js';
import { PG_REGRESS } from '../support/corpus.js';

// PostgreSQL's regression suite: 243 files of hard, real SQL (and deliberate errors). Every rule
// runs over every statement, with every rule switched on and its broadest options, and must
// never throw: a statement the parser rejects is a DB001 finding, the others are still checked.
const dir = process.env.PG_REGRESS_DIR ?? PG_REGRESS;
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
const everything = resolvePolicyConfig(
  validatePolicyConfig({
    rules: { ...Object.fromEntries(BUILTIN_RULES.map((r) => [r.code, { enabled: true }])), DB501: { options: { columns: 'all' } } },
  }),
);

test('pg-regress: each file as one changeset holding the whole script', async () => {
  let rejectedAsWhole = 0;
  let recovered = 0;
  for (const file of files) {
    const sql = readFileSync(join(dir, file), 'utf8');
    const parsed = await parsePolicyInput(inputForFile(file, sql, false));
    const { units, errors } = parsed.changeSets[0]!.statements[0]!.parsed;
    if (errors.length) {
      rejectedAsWhole++;
      if (units.length) recovered++;
    }
    const findings = checkRules(parsed, everything);
    for (const f of findings) {
      expect(f.rule).toMatch(/^DB\d{3}$/);
      expect(f.file).toBe(file);
      expect(typeof f.line).toBe('number');
      expect(f.message.length).toBeGreaterThan(0);
    }
    expect(findings.filter((f) => f.rule === 'DB001')).toHaveLength(errors.length);
  }
  expect(files.length).toBe(243);
  // Files PostgreSQL rejects as a whole were split into statements and the parseable ones checked.
  expect(rejectedAsWhole).toBeGreaterThan(40);
  expect(recovered).toBe(rejectedAsWhole);
}, 120_000);

test('pg-regress: each file as one changeset of separate statements, as the engine hands them over', async () => {
  let statements = 0;
  for (const file of files) {
    const sql = readFileSync(join(dir, file), 'utf8');
    const input = inputForFile(file, sql, true);
    input.changeSets[0]!.statements = statementsOf(sql, 1);
    statements += input.changeSets[0]!.statements.length;
    const parsed = await parsePolicyInput(input);
    expect(() => checkRules(parsed, everything)).not.toThrow();
  }
  expect(statements).toBeGreaterThan(50_000);
}, 120_000);
