import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { BUILTIN_RULES } from '../../src/policy/rules/catalog.js';
import { renderIndex, renderRulePage, SQUAWK_WITHOUT_COUNTERPART } from './support/rule-docs.js';
import { readSquawkDifferences, readSquawkGolden } from './support/squawk-golden.js';

const docs = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const update = process.env.UPDATE_RULE_DOCS === '1';

function compare(file: string, expected: string) {
  const path = `${docs}${file}`;
  if (update) writeFileSync(path, expected);
  expect(existsSync(path) ? readFileSync(path, 'utf8') : `(missing ${file})`, `${file} is out of date: UPDATE_RULE_DOCS=1 npx vitest run test/policy/rule-docs.test.ts`).toBe(expected);
}

test('every rule has its page in docs/rules, in sync with the rule', () => {
  for (const rule of BUILTIN_RULES) compare(`${rule.code}.md`, renderRulePage(rule));
  const pages = readdirSync(docs).filter((f) => /^DB\d{3}\.md$/.test(f));
  expect(pages.sort()).toEqual(BUILTIN_RULES.map((r) => `${r.code}.md`).sort());
});

test('docs/rules/README.md lists the rules, the Squawk mapping and the explained differences', () => {
  compare('README.md', renderIndex(readSquawkDifferences()));
});

test('every Squawk rule seen in the golden files is either mapped or listed without a counterpart', () => {
  const mapped = new Set(BUILTIN_RULES.flatMap((r) => r.peers.squawk));
  const seen = new Set<string>();
  for (const set of ['pg-regress', 'inputs'] as const) {
    for (const rules of Object.values(readSquawkGolden(set).files)) for (const rule of Object.keys(rules)) seen.add(rule);
  }
  expect([...seen].filter((r) => !mapped.has(r) && !(r in SQUAWK_WITHOUT_COUNTERPART))).toEqual([]);
});
