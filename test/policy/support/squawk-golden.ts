import { readFileSync } from 'node:fs';
import { BUILTIN_RULES } from '../../../src/policy/rules/catalog.js';

/** A Squawk golden file written by scripts/record-squawk-golden.mjs. */
export interface SquawkGolden {
  version: string;
  command: string;
  files: Record<string, Record<string, number[]>>;
}

export function readSquawkGolden(name: 'pg-regress' | 'inputs'): SquawkGolden {
  return JSON.parse(readFileSync(new URL(`../../golden/squawk/${name}.json`, import.meta.url), 'utf8')) as SquawkGolden;
}

/** Squawk rule → the dbops rule codes that cover it, from the rules' `peers.squawk` (the one place the mapping is written). */
export function squawkMapping(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of BUILTIN_RULES) {
    for (const peer of rule.peers.squawk) map.set(peer, [...(map.get(peer) ?? []), rule.code]);
  }
  return map;
}

export interface SquawkDifferences {
  exemptions: Record<string, string>;
  exceptions: Array<{ set: string; file: string; line: number; squawkRule: string; reason: string }>;
}

export function readSquawkDifferences(): SquawkDifferences {
  return JSON.parse(readFileSync(new URL('../../../docs/rules/squawk-differences.json', import.meta.url), 'utf8')) as SquawkDifferences;
}
