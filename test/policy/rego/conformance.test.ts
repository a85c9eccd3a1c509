import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus, runCase, type LoadedCase, type Outcome } from './corpus-runner.js';
import { SUPPORTED_FOLDERS, UNSUPPORTED_FOLDERS } from './supported-folders.js';

// Every case of OPA's own test suite that the corpus holds, run against the built-in evaluator.
const cases = loadCorpus();
const byFolder = new Map<string, LoadedCase[]>();
for (const c of cases) byFolder.set(c.folder, [...(byFolder.get(c.folder) ?? []), c]);

const table: { folder: string; passed: number; failed: number; unsupported: number }[] = [];

describe('OPA Rego conformance corpus', () => {
  it('loads the whole corpus (1,709 OPA cases and the 2 example cases)', () => {
    expect(cases.length).toBe(1711);
  });

  it('classifies every folder as supported or unsupported (with a reason)', () => {
    const unclassified = [...byFolder.keys()].filter((f) => !SUPPORTED_FOLDERS.includes(f) && !(f in UNSUPPORTED_FOLDERS));
    expect(unclassified).toEqual([]);
    const unknown = SUPPORTED_FOLDERS.filter((f) => !byFolder.has(f));
    expect(unknown).toEqual([]);
  });

  for (const [folder, list] of byFolder) {
    it(`${folder} (${list.length} cases)`, () => {
      const outcomes: [LoadedCase, Outcome][] = list.map((c) => [c, runCase(c)]);
      const count = (s: Outcome['status']) => outcomes.filter(([, o]) => o.status === s).length;
      table.push({ folder, passed: count('passed'), failed: count('failed'), unsupported: count('unsupported') });
      if (!SUPPORTED_FOLDERS.includes(folder)) return;
      const notPassed = outcomes
        .filter(([, o]) => o.status !== 'passed')
        .map(([c, o]) => `${c.file}#${c.index} ${c.c.note}: ${o.status}: ${'reason' in o ? o.reason : ''}`);
      expect(notPassed).toEqual([]);
    });
  }

  afterAll(() => {
    const rows = table.sort((a, b) => a.folder.localeCompare(b.folder));
    const total = rows.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, unsupported: t.unsupported + r.unsupported }), { passed: 0, failed: 0, unsupported: 0 });
    const line = (f: string, p: number | string, x: number | string, u: number | string) => `${f.padEnd(36)} ${String(p).padStart(7)} ${String(x).padStart(7)} ${String(u).padStart(12)}`;
    console.log(
      [line('folder', 'passed', 'failed', 'unsupported'), ...rows.map((r) => line(r.folder, r.passed, r.failed, r.unsupported)), line('TOTAL', total.passed, total.failed, total.unsupported)].join('\n'),
    );
  });
});
