/**
 * Runs OPA's YAML conformance cases (shared/corpus/opa-rego) against the built-in evaluator,
 * following the corpus README's description of OPA's own runner.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  compileModules,
  evaluate,
  evaluateValues,
  RegoCompileError,
  type CompiledPolicySet,
} from '../../../src/policy/rego/index.js';
import { compareValues, fromJson, keyOf, toJson, type Value } from '../../../src/policy/rego/value.js';
import { OPA_REGO } from '../../support/corpus.js';

export const CORPUS_ROOT = `${OPA_REGO}/`;

export interface CorpusCase {
  note: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  query: string;
  want_result?: Record<string, unknown>[];
  want_error?: string;
  want_error_code?: string;
  strict_error?: boolean;
  sort_bindings?: boolean;
}

export interface LoadedCase {
  /** `v0/<folder>` or `v1/<folder>`, or `examples` for the index-naming policy. */
  folder: string;
  file: string;
  index: number;
  version: 'v0' | 'v1';
  c: CorpusCase;
}

export type Outcome = { status: 'passed' } | { status: 'failed'; reason: string } | { status: 'unsupported'; reason: string };

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (name.endsWith('.yaml') || name.endsWith('.yml') || name.endsWith('.json')) out.push(p);
  }
  return out;
}

export function loadCorpus(root = CORPUS_ROOT): LoadedCase[] {
  const cases: LoadedCase[] = [];
  const add = (file: string, folder: string, version: 'v0' | 'v1') => {
    // OPA's loader reads YAML 1.1 (an unquoted `y:` key is the boolean true).
    const doc = parseYaml(readFileSync(file, 'utf8'), { version: '1.1' }) as { cases?: CorpusCase[] };
    (doc.cases ?? []).forEach((c, index) => cases.push({ folder, file: relative(root, file), index, version, c }));
  };
  for (const version of ['v0', 'v1'] as const) {
    const base = join(root, 'testdata', version);
    for (const file of yamlFiles(base)) add(file, `${version}/${relative(base, file).split('/')[0]}`, version);
  }
  for (const file of yamlFiles(join(root, 'policies-examples'))) add(file, 'examples', 'v0');
  return cases;
}

function inputOf(c: CorpusCase): { inputValue?: Value } {
  if (c.input_term !== undefined) {
    const r = evaluate(compileModules([]), { query: `__input__ := ${c.input_term}` });
    if (r.error || r.values.length !== 1) throw new Error(`cannot evaluate input_term ${c.input_term}`);
    return { inputValue: r.values[0]!.get('__input__') };
  }
  if ('input' in c) return { inputValue: fromJson(c.input) };
  return {};
}

/** Canonical text of one solution, so that solutions compare as a set, numbers by value. */
function solutionKey(s: Record<string, unknown>): string {
  return keyOf(fromJson(s));
}

function sortBinding(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  return toJson([...(fromJson(v) as Value[])].sort(compareValues));
}

export function runCase(lc: LoadedCase): Outcome {
  const c = lc.c;
  let policies: CompiledPolicySet;
  try {
    policies = compileModules(
      (c.modules ?? []).map((source, i) => ({ path: `test-${i}.rego`, source })),
      { regoVersion: lc.version },
    );
  } catch (e) {
    if (e instanceof RegoCompileError && /not supported by dbops/.test(e.message)) return { status: 'unsupported', reason: e.message };
    return { status: 'failed', reason: `compile: ${(e as Error).message}` };
  }
  let result;
  try {
    result = evaluateValues(policies, {
      query: c.query,
      data: c.data ?? undefined,
      strictBuiltinErrors: c.strict_error ?? false,
      ...inputOf(c),
    });
  } catch (e) {
    if (e instanceof RegoCompileError && /not supported by dbops/.test(e.message)) return { status: 'unsupported', reason: e.message };
    return { status: 'failed', reason: `query: ${(e as Error).message}` };
  }
  const { error } = result;
  if (error && /not supported by dbops/.test(error.message)) return { status: 'unsupported', reason: error.message };
  if (c.want_error !== undefined || c.want_error_code !== undefined) {
    if (!error) return { status: 'failed', reason: `expected error ${c.want_error_code ?? ''} ${c.want_error ?? ''}, got ${JSON.stringify(result.solutions, big)}` };
    if (c.want_error_code !== undefined && error.code !== c.want_error_code) return { status: 'failed', reason: `error code ${error.code}, want ${c.want_error_code}: ${error.message}` };
    if (c.want_error !== undefined && !error.message.includes(c.want_error)) return { status: 'failed', reason: `error "${error.message}" lacks "${c.want_error}"` };
  } else if (error) {
    return { status: 'failed', reason: `unexpected error: ${error.message}` };
  }
  if (c.want_result !== undefined) {
    const actual = result.solutions.map((s) =>
      c.sort_bindings ? Object.fromEntries(Object.entries(s).map(([k, v]) => [k, sortBinding(v)])) : s,
    );
    const want = new Set(c.want_result.map(solutionKey));
    const got = new Set(actual.map(solutionKey));
    const same = want.size === got.size && [...want].every((w) => got.has(w));
    if (!same) return { status: 'failed', reason: `want ${JSON.stringify(c.want_result, big)}, got ${JSON.stringify(actual, big)}` };
  }
  return { status: 'passed' };
}

function big(_k: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}
