import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePolicyConfig } from '../../../src/policy/policy-config.js';
import type { PolicyInput } from '../../../src/policy/policy-input.js';
import { explainRules } from '../../../src/policy/run-rules.js';
import { parsePolicyInput } from '../../../src/policy/sql-parser.js';
import type { SquawkDifferences, SquawkGolden } from './squawk-golden.js';

/**
 * Compares dbops's built-in rules with a Squawk golden file. A file is one changeset whose only
 * statement is the whole file (line 1): the parser splits it into statements, and every table
 * the file does not create is "existing". Each Squawk violation of a rule that has a dbops
 * counterpart is classified:
 * - `matched`: a counterpart finding on the same statement (for per-changeset rules, in the file);
 * - `exempt:<reason>`: the counterpart rule deliberately skipped that statement (reason key);
 * - `rejected`: PostgreSQL's parser rejects the statement (dbops reports DB001 instead);
 * - `exception`: listed with its own reason in docs/rules/squawk-differences.json;
 * - `missed`: none of the above, a gap to fix or explain.
 */

/** Squawk rules it reports once per file; their dbops counterparts report once per changeset. */
const ONCE_PER_FILE = new Set(['require-lock-timeout', 'require-timeout-settings']);

export type Outcome = 'matched' | 'rejected' | 'exception' | 'missed' | `exempt:${string}`;

export interface Classified {
  file: string;
  line: number;
  squawkRule: string;
  outcome: Outcome;
}

export interface ComparisonOptions {
  set: string;
  dir: string;
  runInTransaction: boolean;
  mapping: Map<string, string[]>;
  differences: SquawkDifferences;
}

export function inputForFile(file: string, sql: string, runInTransaction: boolean): PolicyInput {
  return {
    dialect: 'postgresql',
    changeSets: [
      {
        ref: { id: file, author: 'postgresql', filePath: file, sourceFile: file, line: 1 },
        changeTypes: ['sql'],
        hasRollback: true,
        runInTransaction,
        statements: [{ sql, line: 1 }],
      },
    ],
  };
}

export async function compareWithSquawk(golden: SquawkGolden, options: ComparisonOptions): Promise<Classified[]> {
  const config = resolvePolicyConfig();
  const out: Classified[] = [];
  for (const [file, rules] of Object.entries(golden.files)) {
    const relevant = Object.entries(rules).filter(([rule]) => options.mapping.has(rule));
    if (!relevant.length) continue;
    const sql = readFileSync(join(options.dir, file), 'utf8');
    const parsed = await parsePolicyInput(inputForFile(file, sql, options.runInTransaction));
    const { findings, exemptions } = explainRules(parsed, config);
    const { units, errors } = parsed.changeSets[0]!.statements[0]!.parsed;

    const unitRanges = units.map((u) => {
      const first = 1 + u.lineOffset;
      const start = first - countNewlines(u.text, 0, u.codeStart);
      return { start, end: start + countNewlines(u.text, 0, u.text.length), first, statement: u.text.slice(u.codeStart, u.codeEnd).trim() };
    });
    const rejectedRanges = errors.map((e) => {
      const lead = e.text.length - e.text.trimStart().length;
      const start = 1 + e.lineOffset - countNewlines(e.text, 0, Math.min(lead, e.text.length));
      return { start: Math.min(start, 1 + e.lineOffset), end: 1 + e.lineOffset + countNewlines(e.text, 0, e.text.length) };
    });
    const unitOfFinding = new Map<string, number>();
    unitRanges.forEach((r, i) => unitOfFinding.set(`${r.first}\u0000${r.statement}`, i));
    const unitsContaining = (line: number) => unitRanges.flatMap((r, i) => (r.start <= line && line <= r.end ? [i] : []));

    for (const [squawkRule, lines] of relevant) {
      const codes = new Set(options.mapping.get(squawkRule)!);
      const ours = findings.filter((f) => codes.has(f.rule));
      const ourUnits = new Set(ours.map((f) => unitOfFinding.get(`${f.line}\u0000${f.statement}`)));
      const ourExemptions = exemptions.filter((e) => codes.has(e.rule));
      for (const line of lines) {
        let outcome: Outcome;
        const containing = unitsContaining(line);
        const exemptHere = ONCE_PER_FILE.has(squawkRule)
          ? ourExemptions[0]
          : ourExemptions.find((e) => e.unitIndex !== undefined && containing.includes(e.unitIndex));
        if (ONCE_PER_FILE.has(squawkRule) ? ours.length > 0 : containing.some((u) => ourUnits.has(u))) outcome = 'matched';
        else if (exemptHere) outcome = `exempt:${exemptHere.reason}`;
        else if (rejectedRanges.some((r) => r.start <= line && line <= r.end) || (!containing.length && errors.length)) outcome = 'rejected';
        else if (options.differences.exceptions.some((x) => x.set === options.set && x.file === file && x.line === line && x.squawkRule === squawkRule)) outcome = 'exception';
        else outcome = 'missed';
        out.push({ file, line, squawkRule, outcome });
      }
    }
  }
  return out;
}

/** Counts per Squawk rule and outcome, for the report and the docs. */
export function summarize(classified: Classified[]): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const c of classified) {
    const row = table.get(c.squawkRule) ?? new Map<string, number>();
    row.set(c.outcome, (row.get(c.outcome) ?? 0) + 1);
    table.set(c.squawkRule, row);
  }
  return table;
}

function countNewlines(text: string, start: number, end: number): number {
  return text.slice(start, end).split('\n').length - 1;
}
