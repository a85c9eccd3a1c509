import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { compareWithSquawk, summarize, type Classified } from './support/squawk-comparison.js';
import { readSquawkDifferences, readSquawkGolden, squawkMapping } from './support/squawk-golden.js';
import { PG_REGRESS as PG_REGRESS_DEFAULT } from '../support/corpus.js';

const PG_REGRESS = process.env.PG_REGRESS_DIR ?? PG_REGRESS_DEFAULT;
const INPUTS = fileURLToPath(new URL('../golden/squawk/inputs', import.meta.url));

describe('dbops flags at least what Squawk flags, for every Squawk rule with a dbops counterpart', () => {
  const mapping = squawkMapping();
  const differences = readSquawkDifferences();
  const sets = [
    { set: 'pg-regress', dir: PG_REGRESS, runInTransaction: false },
    { set: 'inputs', dir: INPUTS, runInTransaction: true },
  ] as const;

  for (const { set, dir, runInTransaction } of sets) {
    test(`${set}: every difference is explained`, async () => {
      const classified = await compareWithSquawk(readSquawkGolden(set), { set, dir, runInTransaction, mapping, differences });
      const table = summarize(classified);
      const totals = new Map<string, number>();
      for (const c of classified) totals.set(c.outcome, (totals.get(c.outcome) ?? 0) + 1);
      console.log(
        `${set}: ${classified.length} Squawk violations of mapped rules: ${JSON.stringify(Object.fromEntries(totals))}\n` +
          [...table].map(([rule, row]) => `  ${rule} ${JSON.stringify(Object.fromEntries(row))}`).join('\n'),
      );
      const missed = classified.filter((c) => c.outcome === 'missed');
      if (process.env.SHOW_MISSED) console.log(missed.map(describeMiss).join('\n'));
      expect(missed.map(describeMiss)).toEqual([]);
      const unexplained = [...new Set(classified.filter((c) => c.outcome.startsWith('exempt:')).map((c) => c.outcome.slice(7)))].filter(
        (reason) => !(reason in differences.exemptions),
      );
      expect(unexplained).toEqual([]);
      if (classified.some((c) => c.outcome === 'rejected')) expect(differences.exemptions['rejected-by-postgres-parser']).toBeTruthy();
      const stale = differences.exceptions
        .filter((x) => x.set === set)
        .filter((x) => !classified.some((c) => c.outcome === 'exception' && c.file === x.file && c.line === x.line && c.squawkRule === x.squawkRule));
      expect(stale).toEqual([]);
    }, 120_000);
  }
});

function describeMiss(c: Classified): string {
  return `${c.file}:${c.line} ${c.squawkRule}`;
}
