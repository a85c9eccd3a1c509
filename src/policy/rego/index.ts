/**
 * dbops's built-in Rego evaluator: compiles Rego modules (v0 and v1 syntax) and evaluates queries
 * with OPA's semantics, without an OPA binary. See docs/rego.md for what is supported.
 *
 * @example
 * ```ts
 * import { compileModules, evaluate, collectPolicyMessages } from './policy/rego/index.js';
 *
 * const policies = compileModules([
 *   { path: 'naming.rego', source: 'package db\ndeny contains msg if {\n  some s in input.sqlStatements\n  contains(s, "DROP")\n  msg := sprintf("no drops: %s", [s])\n}' },
 * ]);
 * const { solutions } = evaluate(policies, { query: 'x := data.db.deny', input: { sqlStatements: ['DROP TABLE t;'] } });
 * // solutions[0].x → ['no drops: DROP TABLE t;']
 * const messages = collectPolicyMessages(policies, { sqlStatements: ['DROP TABLE t;'] });
 * // messages.deny → [{ package: 'db', message: 'no drops: DROP TABLE t;' }]
 * ```
 */
import type { ModuleAst } from './ast.js';
import { RegoCompiler, type RuleNode } from './compiler.js';
import { RegoCompileError, RegoEvalError, RegoParseError } from './errors.js';
import { Evaluator } from './evaluator.js';
import { parseModule, parseQuery, type RegoVersion } from './parser.js';
import { fromJson, RegoObject, toJson, type Value } from './value.js';

export { RegoCompileError, RegoEvalError, RegoParseError } from './errors.js';
export type { RegoLocation, RegoEvalErrorCode } from './errors.js';
export type { Value } from './value.js';
export { RegoObject, RegoSet, fromJson, toJson } from './value.js';
export { collectPolicyMessages, type PolicyMessage, type PolicyMessages } from './policy-messages.js';

/** One Rego source file. `path` is used in error messages (`path:line:col`). */
export interface PolicyModule {
  path: string;
  source: string;
}

/** How to read module syntax. */
export interface CompileModulesOptions {
  /**
   * `v1` (OPA 1.x default), `v0` (OPA 0.x: `deny[msg] { ... }` is a partial set), or `auto`
   * (default): v1 if the module imports `rego.v1`, v0 if it imports `future.keywords` (written for
   * OPA 0.x), otherwise v1, falling back to v0 when the module only parses as v0.
   */
  regoVersion?: RegoVersion | 'auto';
}

/** Compiled modules, ready to evaluate any number of times. */
export interface CompiledPolicySet {
  /** Package paths, e.g. `['db_sql']`, in the order first seen. */
  readonly packages: readonly string[][];
  /** @internal */
  readonly compiler: RegoCompiler;
}

/**
 * Parses and compiles Rego modules together (they may refer to each other's rules).
 * Throws RegoParseError or RegoCompileError, whose messages start with `path:line:col`.
 */
export function compileModules(modules: readonly PolicyModule[], options: CompileModulesOptions = {}): CompiledPolicySet {
  const version = options.regoVersion ?? 'auto';
  const asts: ModuleAst[] = modules.map((m) => parseWithVersion(m, version));
  const compiler = new RegoCompiler();
  compiler.compile(asts);
  const seen = new Set<string>();
  const packages: string[][] = [];
  for (const a of asts) {
    const k = a.packagePath.join('.');
    if (!seen.has(k)) {
      seen.add(k);
      packages.push(a.packagePath);
    }
  }
  return { packages, compiler };
}

function parseWithVersion(m: PolicyModule, version: RegoVersion | 'auto'): ModuleAst {
  if (version !== 'auto') return parseModule(m.source, m.path, version);
  if (/^\s*import\s+rego\.v1\b/m.test(m.source)) return parseModule(m.source, m.path, 'v1');
  if (/^\s*import\s+future\.keywords\b/m.test(m.source)) return parseModule(m.source, m.path, 'v0');
  try {
    return parseModule(m.source, m.path, 'v1');
  } catch (v1Error) {
    if (!(v1Error instanceof RegoParseError)) throw v1Error;
    try {
      return parseModule(m.source, m.path, 'v0');
    } catch {
      throw v1Error;
    }
  }
}

/** What to evaluate. */
export interface EvaluateOptions {
  /** A Rego query, e.g. `x := data.db_sql.deny` or `data.p.allow == true`. */
  query: string;
  /** The `input` document (plain JSON-like data); omit for an undefined input. */
  input?: unknown;
  /** Base documents under `data` (plain JSON-like data). */
  data?: unknown;
  /**
   * Report the first builtin error (bad regex, type error, ...) instead of silently making the
   * call undefined, as `opa eval --strict-builtin-errors` does. Solutions are still returned.
   */
  strictBuiltinErrors?: boolean;
}

/** Outcome of a query; evaluation errors are returned, not thrown. */
export interface EvaluationResult {
  /** One object per solution: query variable name → value as plain JSON (sets become sorted arrays). */
  solutions: Record<string, unknown>[];
  /** The same solutions as Rego values (sets and non-string object keys preserved). */
  values: Map<string, Value>[];
  error?: RegoEvalError;
}

/**
 * Evaluates a query against compiled modules. Parse and compile errors of the query throw
 * (they are configuration errors); evaluation errors are returned in `error`.
 */
export function evaluate(policySet: CompiledPolicySet, options: EvaluateOptions): EvaluationResult {
  const input = options.input === undefined ? undefined : toValue(options.input);
  return evaluateValues(policySet, { ...options, inputValue: input });
}

/** Like {@link evaluate} but with the input already a Rego value (it may hold sets). */
export function evaluateValues(
  policySet: CompiledPolicySet,
  options: Omit<EvaluateOptions, 'input'> & { inputValue?: Value },
): EvaluationResult {
  const { body, vars } = policySet.compiler.compileQuery(parseQuery(options.query));
  const data = options.data === undefined || options.data === null ? new RegoObject() : toValue(options.data);
  const evaluator = new Evaluator(policySet.compiler.root as RuleNode, data, { strictBuiltinErrors: options.strictBuiltinErrors ?? false });
  const values: Map<string, Value>[] = [];
  let error: RegoEvalError | undefined;
  try {
    evaluator.runQuery(body, vars, options.inputValue, (b) => values.push(b));
  } catch (e) {
    if (e instanceof RegoEvalError) error = e;
    else if (e instanceof RangeError) error = new RegoEvalError('eval_internal_error', `evaluation too deep: ${e.message}`);
    else throw e;
  }
  error ??= evaluator.firstBuiltinError;
  const solutions = values.map((b) => Object.fromEntries([...b].map(([k, v]) => [k, toJson(v)])));
  return { solutions, values, error };
}

/** Plain JSON-like data (or Rego values) as a Rego value. */
export function toValue(x: unknown): Value {
  return fromJson(x);
}
