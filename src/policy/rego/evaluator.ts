import type { CallTarget, Literal, Term } from './ast.js';
import type { BuiltinContext } from './builtins/builtin.js';
import { BUILTINS } from './builtins/registry.js';
import { selectChild } from './builtins/objects.js';
import type { CompiledRule, CompiledWith, RuleNode } from './compiler.js';
import { BuiltinError, RegoEvalError, type RegoLocation } from './errors.js';
import { keyOf, RegoObject, RegoSet, valuesEqual, type Value } from './value.js';

/** Continuation: called once per solution; returning true stops the search. */
type Cont = () => boolean;
type ValueCont = (v: Value) => boolean;

/** Variable bindings of one rule body (or query). Bindings are undone on backtracking. */
class Env {
  private readonly vars = new Map<string, Value>();
  get(name: string): Value | undefined {
    return this.vars.get(name);
  }
  /** Binds, runs the continuation, unbinds. */
  with(name: string, v: Value, k: Cont): boolean {
    this.vars.set(name, v);
    try {
      return k();
    } finally {
      this.vars.delete(name);
    }
  }
}

type FunctionMock = { kind: 'value'; value: Value } | { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] };

/**
 * What one evaluation sees: input, data overrides and function mocks (`with`), and caches of
 * rule values and function results, which are only valid for exactly this view.
 */
class EvalContext {
  readonly cache = new Map<string, Value | undefined>();
  readonly inProgress = new Set<string>();
  constructor(
    readonly input: Value | undefined,
    readonly dataOverrides: { path: Value[]; value: Value }[],
    readonly mocks: Map<string, FunctionMock>,
  ) {}
}

/** Results of a relation builtin (`walk`): each value is one solution of the call. */
class Relation {
  constructor(readonly values: readonly Value[]) {}
}

/** Intermediate document while merging rule outputs: mergeable objects versus rule values. */
type Doc = { kind: 'obj'; entries: Map<string, { key: Value; doc: Doc }> } | { kind: 'leaf'; value: Value } | { kind: 'set'; set: RegoSet };

export interface EvalSettings {
  strictBuiltinErrors: boolean;
}

/** Top-down evaluator with backtracking in continuation-passing style. */
export class Evaluator {
  /** First builtin error seen in strict mode; reported when evaluation ends. */
  firstBuiltinError: RegoEvalError | undefined;
  private readonly builtinContext: BuiltinContext = { nowNs: BigInt(Date.now()) * 1_000_000n };

  constructor(
    private readonly root: RuleNode,
    private readonly baseData: Value,
    private readonly settings: EvalSettings,
  ) {}

  /** Runs a compiled query; calls `onSolution` with the variable bindings of each solution. */
  runQuery(body: Literal[], vars: string[], input: Value | undefined, onSolution: (b: Map<string, Value>) => void): void {
    const ctx = new EvalContext(input, [], new Map());
    const env = new Env();
    this.evalBody(ctx, body, 0, env, () => {
      const b = new Map<string, Value>();
      for (const v of vars) {
        const val = env.get(v);
        if (val !== undefined) b.set(v, val);
      }
      onSolution(b);
      return false;
    });
  }

  // --- bodies and literals ---

  private evalBody(ctx: EvalContext, body: Literal[], i: number, env: Env, k: Cont): boolean {
    if (i === body.length) return k();
    const lit = body[i]!;
    const next = () => this.evalBody(ctx, body, i + 1, env, k);
    if (lit.withs.length) return this.applyWiths(ctx, lit.withs as CompiledWith[], 0, env, ctx, (c2) => this.evalLiteral(c2, lit, env, next));
    return this.evalLiteral(ctx, lit, env, next);
  }

  private evalLiteral(ctx: EvalContext, lit: Literal, env: Env, k: Cont): boolean {
    if (lit.negated) {
      let found = false;
      this.evalExpr(ctx, lit, env, () => {
        found = true;
        return true;
      });
      return found ? false : k();
    }
    return this.evalExpr(ctx, lit, env, k);
  }

  private evalExpr(ctx: EvalContext, lit: Literal, env: Env, k: Cont): boolean {
    const e = lit.expr;
    switch (e.type) {
      case 'term':
        return this.evalTerm(ctx, e.term, env, (v) => (v === false ? false : k()));
      case 'unify':
      case 'assign':
        return this.unify(ctx, e.left, e.right, env, k);
      case 'some':
        return k();
      case 'somein':
        return this.evalTerm(ctx, e.collection, env, (coll) =>
          this.forEachEntry(coll, (key, value) => {
            if (e.key) return this.unifyValue(ctx, e.key, key, env, () => this.unifyValue(ctx, e.value, value, env, k));
            return this.unifyValue(ctx, e.value, value, env, k);
          }),
        );
      case 'every': {
        let domain: Value | undefined;
        this.evalTerm(ctx, e.collection, env, (v) => {
          domain = v;
          return true;
        });
        // An undefined or non-iterable domain makes `every` undefined, as in OPA.
        if (domain === undefined || !(Array.isArray(domain) || domain instanceof RegoObject || domain instanceof RegoSet)) return false;
        let allOk = true;
        this.forEachEntry(domain, (key, value) => {
          let found = false;
          const run = () =>
            this.evalBody(ctx, e.body, 0, env, () => {
              found = true;
              return true;
            });
          const bindValue = () => this.unifyValue(ctx, e.value, value, env, run);
          if (e.key) this.unifyValue(ctx, e.key, key, env, bindValue);
          else bindValue();
          if (!found) allOk = false;
          return !found;
        });
        return allOk ? k() : false;
      }
    }
  }

  /** Iterates (key, value) pairs: array index/element, object key/value, set element twice. */
  private forEachEntry(coll: Value, f: (key: Value, value: Value) => boolean): boolean {
    if (Array.isArray(coll)) {
      for (let i = 0; i < coll.length; i++) if (f(i, coll[i]!)) return true;
    } else if (coll instanceof RegoObject) {
      for (const [key, value] of [...coll.pairs()]) if (f(key, value)) return true;
    } else if (coll instanceof RegoSet) {
      for (const v of [...coll.values()]) if (f(v, v)) return true;
    }
    return false;
  }

  // --- with ---

  private applyWiths(ctx: EvalContext, withs: CompiledWith[], i: number, env: Env, acc: EvalContext, k: (c: EvalContext) => boolean): boolean {
    if (i === withs.length) return k(acc);
    const w = withs[i]!;
    const target = w.resolved;
    if ((target.kind === 'builtin' || target.kind === 'function') && w.fnValue) {
      const mocks = new Map(acc.mocks);
      mocks.set(mockKey(target), w.fnValue.kind === 'builtin' ? { kind: 'builtin', name: w.fnValue.name } : { kind: 'function', path: w.fnValue.path });
      return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, acc.dataOverrides, mocks), k);
    }
    return this.evalTerm(ctx, w.value, env, (value) => {
      if (target.kind === 'builtin' || target.kind === 'function') {
        const mocks = new Map(acc.mocks);
        mocks.set(mockKey(target), { kind: 'value', value });
        return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, acc.dataOverrides, mocks), k);
      }
      return this.evalTerms(ctx, target.path, 0, env, [], (path) => {
        if (target.kind === 'input') {
          const input = setPath(acc.input, path, value);
          return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(input, acc.dataOverrides, acc.mocks), k);
        }
        const overrides = [...acc.dataOverrides.filter((o) => !isPrefix(path, o.path)), { path, value }];
        return this.applyWiths(ctx, withs, i + 1, env, new EvalContext(acc.input, overrides, acc.mocks), k);
      });
    });
  }

  // --- terms ---

  private evalTerms(ctx: EvalContext, terms: readonly Term[], i: number, env: Env, acc: Value[], k: (vs: Value[]) => boolean): boolean {
    // Terms with one value are taken in a loop: a literal list of thousands of items must not
    // cost a stack frame per item.
    let pushed = 0;
    while (i < terms.length) {
      const g = groundValue(terms[i]!, env);
      if (g === undefined) break;
      acc.push(g);
      pushed++;
      i++;
    }
    try {
      if (i === terms.length) return k(acc.slice());
      return this.evalTermsStep(ctx, terms, i, env, acc, k);
    } finally {
      acc.length -= pushed;
    }
  }

  private evalTermsStep(ctx: EvalContext, terms: readonly Term[], i: number, env: Env, acc: Value[], k: (vs: Value[]) => boolean): boolean {
    return this.evalTerm(ctx, terms[i]!, env, (v) => {
      acc.push(v);
      try {
        return this.evalTerms(ctx, terms, i + 1, env, acc, k);
      } finally {
        acc.pop();
      }
    });
  }

  /**
   * Call arguments: references first, since they may bind variables that plain variable
   * arguments then use (`x == xs[x]`); values are passed in the written order.
   */
  private evalArgs(ctx: EvalContext, args: readonly Term[], env: Env, k: (vs: Value[]) => boolean): boolean {
    if (!args.some((a) => a.type === 'var' && env.get(a.name) === undefined)) return this.evalTerms(ctx, args, 0, env, [], k);
    const order = args.map((_, i) => i).sort((a, b) => Number(args[a]!.type === 'var') - Number(args[b]!.type === 'var'));
    return this.evalTerms(ctx, order.map((i) => args[i]!), 0, env, [], (vs) => {
      const out: Value[] = new Array(args.length);
      order.forEach((i, j) => (out[i] = vs[j]!));
      return k(out);
    });
  }

  evalTerm(ctx: EvalContext, t: Term, env: Env, k: ValueCont): boolean {
    switch (t.type) {
      case 'scalar':
        return k(t.value as Value);
      case 'var': {
        const v = env.get(t.name);
        if (v === undefined) throw new RegoEvalError('eval_internal_error', `var ${displayName(t.name)} is unsafe (not bound before use)`, t.loc);
        return k(v);
      }
      case 'dref':
        if (t.root === 'input') {
          if (ctx.input === undefined) return false;
          return this.walkValue(ctx, ctx.input, t.path, 0, env, k);
        }
        return this.walkData(ctx, this.root, this.baseData, [], t.path, 0, env, k);
      case 'ref':
        return this.evalTerm(ctx, t.head, env, (hv) => this.walkValue(ctx, hv, t.path, 0, env, k));
      case 'array': {
        const g = groundValue(t, env);
        if (g !== undefined) return k(g);
        return this.evalTerms(ctx, t.items, 0, env, [], (vs) => k(vs));
      }
      case 'set': {
        const g = groundValue(t, env);
        if (g !== undefined) return k(g);
        return this.evalTerms(ctx, t.items, 0, env, [], (vs) => k(new RegoSet(vs)));
      }
      case 'object': {
        const g = groundValue(t, env);
        if (g !== undefined) return k(g);
        const flat = t.pairs.flat();
        return this.evalTerms(ctx, flat, 0, env, [], (vs) => {
          const o = new RegoObject();
          for (let i = 0; i < vs.length; i += 2) o.set(vs[i]!, vs[i + 1]!);
          return k(o);
        });
      }
      case 'arraycomp': {
        const out: Value[] = [];
        this.evalBody(ctx, t.body, 0, env, () => this.evalTerm(ctx, t.head, env, (v) => (out.push(v), false)));
        return k(out);
      }
      case 'setcomp': {
        const out = new RegoSet();
        this.evalBody(ctx, t.body, 0, env, () => this.evalTerm(ctx, t.head, env, (v) => (out.add(v), false)));
        return k(out);
      }
      case 'objectcomp': {
        const out = new RegoObject();
        this.evalBody(ctx, t.body, 0, env, () =>
          this.evalTerm(ctx, t.key, env, (key) =>
            this.evalTerm(ctx, t.value, env, (value) => {
              const prev = out.get(key);
              if (prev !== undefined && !valuesEqual(prev, value)) throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', t.loc);
              out.set(key, value);
              return false;
            }),
          ),
        );
        return k(out);
      }
      case 'rcall':
        return this.evalArgs(ctx, t.args, env, (args) => {
          const r = this.call(ctx, t.target, args, t.loc);
          if (r instanceof Relation) {
            for (const v of r.values) if (k(v)) return true;
            return false;
          }
          return r === undefined ? false : k(r);
        });
      case 'call':
        throw new RegoEvalError('eval_internal_error', 'unresolved call', t.loc);
    }
  }

  /**
   * Follows a reference path into a value; unbound variables in the path iterate. `base` marks
   * base documents, whose object keys are strings that numbers also find.
   */
  private walkValue(ctx: EvalContext, v: Value, path: readonly Term[], i: number, env: Env, k: ValueCont, base = false): boolean {
    if (i === path.length) return k(v);
    const p = path[i]!;
    if (p.type === 'var' && env.get(p.name) === undefined) {
      return this.forEachEntry(v, (key, child) => env.with(p.name, key, () => this.walkValue(ctx, child, path, i + 1, env, k, base)));
    }
    if (this.hasUnbound(p, env)) {
      return this.forEachEntry(v, (key, child) => this.unifyValue(ctx, p, key, env, () => this.walkValue(ctx, child, path, i + 1, env, k, base)));
    }
    return this.evalTerm(ctx, p, env, (key) => {
      const child = base ? selectBase(v, key) : selectChild(v, key);
      return child === undefined ? false : this.walkValue(ctx, child, path, i + 1, env, k, base);
    });
  }

  /** Follows a path under `data`, where rules and base documents share one tree. */
  private walkData(ctx: EvalContext, node: RuleNode | undefined, base: Value | undefined, prefix: Value[], path: readonly Term[], i: number, env: Env, k: ValueCont): boolean {
    const override = ctx.dataOverrides.find((o) => sameKeys(o.path, prefix));
    if (override) return this.walkValue(ctx, override.value, path, i, env, k);
    const hasOverrideBelow = ctx.dataOverrides.some((o) => o.path.length > prefix.length && isPrefix(prefix, o.path));
    if (!node || (node.children.size === 0 && !hasOverrideBelow) || node.rules.length > 0 || i === path.length) {
      const v = this.nodeValue(ctx, node, base, prefix);
      return v === undefined ? false : this.walkValue(ctx, v, path, i, env, k, !node);
    }
    const p = path[i]!;
    const step = (key: Value) => {
      const child = node.child(key, false);
      const childBase = base === undefined ? undefined : selectBase(base, key);
      if (!child && childBase === undefined && !ctx.dataOverrides.some((o) => isPrefix([...prefix, key], o.path))) return false;
      return this.walkData(ctx, child, childBase, [...prefix, key], path, i + 1, env, k);
    };
    if (this.hasUnbound(p, env)) {
      const whole = this.nodeValue(ctx, node, base, prefix);
      if (whole === undefined) return false;
      return this.walkValue(ctx, whole, path, i, env, k);
    }
    return this.evalTerm(ctx, p, env, step);
  }

  // --- virtual documents ---

  /** The document at a node: base data, child nodes and the rules defined there, merged. */
  private nodeValue(ctx: EvalContext, node: RuleNode | undefined, base: Value | undefined, prefix: Value[]): Value | undefined {
    const override = ctx.dataOverrides.find((o) => sameKeys(o.path, prefix));
    if (override) return override.value;
    const cacheKey = keyOf(prefix);
    if (ctx.cache.has(cacheKey)) return ctx.cache.get(cacheKey);
    if (ctx.inProgress.has(cacheKey)) {
      throw new RegoEvalError('eval_internal_error', `rego_recursion_error: rule data.${prefix.map(String).join('.')} is recursive`);
    }
    ctx.inProgress.add(cacheKey);
    try {
      let value = this.computeNodeValue(ctx, node, base, prefix);
      for (const o of ctx.dataOverrides) {
        if (o.path.length > prefix.length && isPrefix(prefix, o.path)) value = setPath(value, o.path.slice(prefix.length), o.value);
      }
      ctx.cache.set(cacheKey, value);
      return value;
    } finally {
      ctx.inProgress.delete(cacheKey);
    }
  }

  private computeNodeValue(ctx: EvalContext, node: RuleNode | undefined, base: Value | undefined, prefix: Value[]): Value | undefined {
    if (!node) return base;
    // Base data wins over a rule at the same path (OPA reports no conflict there).
    if (base !== undefined && !(base instanceof RegoObject)) return base;
    let doc: Doc | undefined = base === undefined ? undefined : structureOf(base);
    let defined = base !== undefined || node.isPackage;
    for (const { key, node: child } of node.children.values()) {
      const cv = this.nodeValue(ctx, child, base === undefined ? undefined : selectBase(base, key), [...prefix, key]);
      if (cv !== undefined) doc = mergeStructure(doc, [key], cv);
    }
    // A function of no arguments is also a document (OPA shows `f() = 1` in `data`).
    if (node.functions.length && node.functions[0]!.args!.length === 0 && node.rules.length === 0) {
      const v = this.callFunction(ctx, prefix.map(String), [], node.functions[0]!.loc);
      if (v !== undefined) doc = mergeStructure(doc, [], v);
    }
    const complete = node.rules.filter((r) => r.kind === 'single' && r.dynamic.length === 0);
    if (complete.length) {
      const v = this.completeValue(ctx, complete);
      if (v !== undefined) {
        if (doc && doc.kind === 'obj' && doc.entries.size > 0 && !(v instanceof RegoObject)) {
          throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', complete[0]!.loc);
        }
        doc = doc && doc.kind === 'obj' && doc.entries.size > 0 ? mergeStructure(doc, [], v) : { kind: 'leaf', value: v };
      }
    }
    for (const rule of node.rules) {
      if (rule.kind === 'single' && rule.dynamic.length === 0) continue;
      defined = true;
      if (rule.kind === 'multi' && rule.dynamic.length === 0) doc = ensureSet(doc, [], rule.loc);
      else doc = ensureObj(doc, rule.loc);
      const env = new Env();
      const target = { doc };
      this.evalBody(ctx, rule.body, 0, env, () =>
        this.evalTerms(ctx, rule.dynamic, 0, env, [], (keys) => {
          if (rule.kind === 'multi') {
            return this.evalTerm(ctx, rule.key!, env, (elem) => {
              target.doc = insertSetElem(target.doc, keys, elem, rule.loc);
              return false;
            });
          }
          return this.evalTerm(ctx, rule.value, env, (value) => {
            target.doc = insertLeaf(target.doc, keys, value, rule.loc);
            return false;
          });
        }),
      );
      doc = target.doc;
    }
    if (!doc) return defined ? new RegoObject() : undefined;
    return docToValue(doc);
  }

  /** Value of complete rules at one path: one value, a default, or undefined; two is a conflict. */
  private completeValue(ctx: EvalContext, rules: CompiledRule[]): Value | undefined {
    const values = new Map<string, Value>();
    let conflictAt: RegoLocation | undefined;
    for (const rule of rules) {
      if (rule.isDefault) continue;
      for (const v of this.ruleValues(ctx, rule, new Env())) {
        values.set(keyOf(v), v);
        if (values.size > 1) conflictAt ??= rule.loc;
      }
    }
    if (conflictAt) throw new RegoEvalError('eval_conflict_error', 'complete rules must not produce multiple outputs', conflictAt);
    if (values.size === 1) return values.values().next().value;
    const dflt = rules.find((r) => r.isDefault);
    if (!dflt) return undefined;
    let out: Value | undefined;
    this.evalTerm(ctx, dflt.value, new Env(), (v) => ((out = v), true));
    return out;
  }

  /** Values of one rule (or function definition, env pre-bound with arguments), with else chains. */
  private ruleValues(ctx: EvalContext, rule: CompiledRule, env: Env): Value[] {
    const clauses = [{ body: rule.body, value: rule.value }, ...rule.elses];
    for (const clause of clauses) {
      const out = new Map<string, Value>();
      this.evalBody(ctx, clause.body, 0, env, () =>
        this.evalTerm(ctx, clause.value, env, (v) => {
          out.set(keyOf(v), v);
          return false;
        }),
      );
      if (out.size) return [...out.values()];
    }
    return [];
  }

  // --- calls ---

  private call(ctx: EvalContext, target: CallTarget, args: Value[], loc: RegoLocation, skipMock = false): Value | Relation | undefined {
    if (!skipMock && ctx.mocks.size) {
      const mock = ctx.mocks.get(target.kind === 'builtin' ? `builtin:${target.name}` : `fn:${target.path.join('.')}`);
      if (mock) {
        if (mock.kind === 'value') return mock.value;
        // The replacement runs without the mocks in force (OPA: a mock never calls another mock,
        // and a mock calling the function it replaces gets the original).
        const plain = this.withoutMocks(ctx);
        if (mock.kind === 'builtin') return this.call(plain, { kind: 'builtin', name: mock.name }, args, loc, true);
        return this.call(plain, { kind: 'function', path: mock.path, name: mock.path.join('.') }, args, loc, true);
      }
    }
    if (target.kind === 'builtin') return this.callBuiltin(target.name, args, loc);
    return this.callFunction(ctx, target.path, args, loc);
  }

  private withoutMocks(ctx: EvalContext): EvalContext {
    let plain = this.plainContexts.get(ctx);
    if (!plain) {
      plain = new EvalContext(ctx.input, ctx.dataOverrides, new Map());
      this.plainContexts.set(ctx, plain);
    }
    return plain;
  }

  private readonly plainContexts = new WeakMap<EvalContext, EvalContext>();

  private callBuiltin(name: string, args: Value[], loc: RegoLocation): Value | Relation | undefined {
    const def = BUILTINS.get(name);
    if (!def) throw new RegoEvalError('eval_builtin_error', `built-in function ${name} is not supported by dbops's Rego evaluator`, loc);
    try {
      const result = def.fn(args, this.builtinContext);
      return def.relation && Array.isArray(result) ? new Relation(result) : result;
    } catch (e) {
      if (e instanceof BuiltinError) {
        if (this.settings.strictBuiltinErrors) this.firstBuiltinError ??= new RegoEvalError(e.code, e.message, loc);
        return undefined;
      }
      throw e;
    }
  }

  private callFunction(ctx: EvalContext, path: string[], args: Value[], loc: RegoLocation): Value | undefined {
    const node = this.root.lookup(path);
    const defs = node?.functions ?? [];
    const cacheKey = `fn:${path.join('.')}:${keyOf(args)}`;
    if (ctx.cache.has(cacheKey)) return ctx.cache.get(cacheKey);
    const values = new Map<string, Value>();
    let conflictAt: RegoLocation | undefined;
    for (const d of defs) {
      if (d.isDefault) continue;
      const env = new Env();
      const argTerms = d.args!;
      const bindArgs = (i: number): boolean => {
        if (i === argTerms.length) {
          for (const v of this.ruleValues(ctx, d, env)) {
            values.set(keyOf(v), v);
            if (values.size > 1) conflictAt ??= d.loc;
          }
          return false;
        }
        return this.unifyValue(ctx, argTerms[i]!, args[i]!, env, () => bindArgs(i + 1));
      };
      bindArgs(0);
    }
    if (conflictAt) throw new RegoEvalError('eval_conflict_error', 'functions must not produce multiple outputs for same inputs', conflictAt);
    let result: Value | undefined = values.size ? values.values().next().value : undefined;
    if (result === undefined) {
      const dflt = defs.find((d) => d.isDefault);
      if (dflt) this.evalTerm(ctx, dflt.value, new Env(), (v) => ((result = v), true));
    }
    ctx.cache.set(cacheKey, result);
    return result;
  }

  // --- unification ---

  /** True if the term has unbound variables where unification could bind them. */
  private hasUnbound(t: Term, env: Env): boolean {
    switch (t.type) {
      case 'var':
        return env.get(t.name) === undefined;
      case 'array':
        return t.items.some((x) => this.hasUnbound(x, env));
      case 'object':
        return t.pairs.some(([, v]) => this.hasUnbound(v, env));
      default:
        return false;
    }
  }

  private unify(ctx: EvalContext, a: Term, b: Term, env: Env, k: Cont): boolean {
    const aFree = this.hasUnbound(a, env);
    const bFree = this.hasUnbound(b, env);
    if (!aFree) return this.evalTerm(ctx, a, env, (av) => this.unifyValue(ctx, b, av, env, k));
    if (!bFree) return this.evalTerm(ctx, b, env, (bv) => this.unifyValue(ctx, a, bv, env, k));
    if (a.type === 'array' && b.type === 'array') {
      if (a.items.length !== b.items.length) return false;
      return this.unifyPairs(ctx, a.items.map((x, i) => [x, b.items[i]!] as [Term, Term]), env, k);
    }
    if (a.type === 'object' && b.type === 'object') {
      if (a.pairs.length !== b.pairs.length) return false;
      return this.evalTerms(ctx, a.pairs.map((p) => p[0]), 0, env, [], (ak) =>
        this.evalTerms(ctx, b.pairs.map((p) => p[0]), 0, env, [], (bk) => {
          const pairs: [Term, Term][] = [];
          for (let i = 0; i < ak.length; i++) {
            const j = bk.findIndex((x) => valuesEqual(x, ak[i]!));
            if (j < 0) return false;
            pairs.push([a.pairs[i]![1], b.pairs[j]![1]]);
          }
          return this.unifyPairs(ctx, pairs, env, k);
        }),
      );
    }
    throw new RegoEvalError('eval_internal_error', 'cannot unify two terms that both have unbound variables', a.loc);
  }

  private unifyPairs(ctx: EvalContext, pairs: [Term, Term][], env: Env, k: Cont): boolean {
    if (pairs.length === 0) return k();
    let idx = pairs.findIndex(([x, y]) => !this.hasUnbound(x, env) || !this.hasUnbound(y, env));
    if (idx < 0) idx = 0;
    const [x, y] = pairs[idx]!;
    const rest = pairs.filter((_, i) => i !== idx);
    return this.unify(ctx, x, y, env, () => this.unifyPairs(ctx, rest, env, k));
  }

  /** Unifies a term (possibly with unbound variables) with a value. */
  private unifyValue(ctx: EvalContext, t: Term, v: Value, env: Env, k: Cont): boolean {
    switch (t.type) {
      case 'var': {
        const cur = env.get(t.name);
        if (cur === undefined) return env.with(t.name, v, k);
        return valuesEqual(cur, v) ? k() : false;
      }
      case 'scalar':
        return valuesEqual(t.value as Value, v) ? k() : false;
      case 'array': {
        if (!Array.isArray(v) || v.length !== t.items.length) return false;
        const arr = v;
        const step = (i: number): boolean => (i === t.items.length ? k() : this.unifyValue(ctx, t.items[i]!, arr[i]!, env, () => step(i + 1)));
        return step(0);
      }
      case 'object': {
        if (!(v instanceof RegoObject) || v.size !== t.pairs.length) return false;
        if (!this.hasUnbound(t, env)) return this.evalTerm(ctx, t, env, (tv) => (valuesEqual(tv, v) ? k() : false));
        const obj = v;
        return this.evalTerms(ctx, t.pairs.map((p) => p[0]), 0, env, [], (keys) => {
          const step = (i: number): boolean => {
            if (i === keys.length) return k();
            const child = obj.get(keys[i]!);
            return child === undefined ? false : this.unifyValue(ctx, t.pairs[i]![1], child, env, () => step(i + 1));
          };
          return step(0);
        });
      }
      default:
        return this.evalTerm(ctx, t, env, (tv) => (valuesEqual(tv, v) ? k() : false));
    }
  }
}

/** Base documents come from JSON, whose keys are strings: `data.x[2]` finds the key "2". */
function selectBase(base: Value, key: Value): Value | undefined {
  const v = selectChild(base, key);
  if (v !== undefined || !(base instanceof RegoObject) || (typeof key !== 'number' && typeof key !== 'bigint')) return v;
  return base.get(String(key));
}

/** Literal terms without variables never change: build each once. */
const constants = new WeakMap<Term, Value>();

/**
 * The single value of a term that needs no search: a scalar, a bound variable, or a composite of
 * such terms; undefined when the term must be evaluated.
 */
function groundValue(t: Term, env: Env): Value | undefined {
  switch (t.type) {
    case 'scalar':
      return t.value as Value;
    case 'var':
      return env.get(t.name);
    case 'array':
    case 'set':
    case 'object': {
      const cached = constants.get(t);
      if (cached !== undefined) return cached;
      let v: Value;
      if (t.type === 'object') {
        const o = new RegoObject();
        for (const [kt, vt] of t.pairs) {
          const key = groundValue(kt, env);
          const val = key === undefined ? undefined : groundValue(vt, env);
          if (key === undefined || val === undefined) return undefined;
          o.set(key, val);
        }
        v = o;
      } else {
        const items: Value[] = [];
        for (const x of t.items) {
          const iv = groundValue(x, env);
          if (iv === undefined) return undefined;
          items.push(iv);
        }
        v = t.type === 'array' ? items : new RegoSet(items);
      }
      if (!hasVars(t)) constants.set(t, v);
      return v;
    }
    default:
      return undefined;
  }
}

function hasVars(t: Term): boolean {
  switch (t.type) {
    case 'var':
      return true;
    case 'array':
    case 'set':
      return t.items.some(hasVars);
    case 'object':
      return t.pairs.some(([k, v]) => hasVars(k) || hasVars(v));
    case 'scalar':
      return false;
    default:
      return true;
  }
}

function mockKey(target: { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] }): string {
  return target.kind === 'builtin' ? `builtin:${target.name}` : `fn:${target.path.join('.')}`;
}

function displayName(name: string): string {
  return name.startsWith('$') ? '_' : name.replace(/\$.*$/, '');
}

function sameKeys(a: readonly Value[], b: readonly Value[]): boolean {
  return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]!));
}

function isPrefix(prefix: readonly Value[], path: readonly Value[]): boolean {
  return prefix.length <= path.length && prefix.every((x, i) => valuesEqual(x, path[i]!));
}

/** Returns a copy of `v` with `path` set to `value`, creating objects on the way. */
export function setPath(v: Value | undefined, path: readonly Value[], value: Value): Value {
  if (path.length === 0) return value;
  const obj = v instanceof RegoObject ? new RegoObject(v.pairs()) : new RegoObject();
  const [head, ...rest] = path;
  obj.set(head!, setPath(obj.get(head!), rest, value));
  return obj;
}

function structureOf(v: Value): Doc {
  if (v instanceof RegoObject) {
    const entries = new Map<string, { key: Value; doc: Doc }>();
    for (const [k, x] of v.pairs()) entries.set(keyOf(k), { key: k, doc: structureOf(x) });
    return { kind: 'obj', entries };
  }
  return { kind: 'leaf', value: v };
}

/** Merges a value produced by a child path into the document as mergeable structure. */
function mergeStructure(doc: Doc | undefined, keys: Value[], v: Value): Doc {
  if (v instanceof RegoObject) {
    let d = ensureObjAt(doc, keys);
    for (const [k, x] of v.pairs()) d = mergeStructure(d, [...keys, k], x);
    return d;
  }
  if (v instanceof RegoSet) {
    let d = doc;
    for (const x of v.values()) d = insertSetElem(d, keys, x, undefined);
    if (v.size === 0) d = ensureSet(d, keys, undefined);
    return d!;
  }
  return insertLeaf(doc, keys, v, undefined);
}

function ensureObj(doc: Doc | undefined, loc: RegoLocation | undefined): Doc {
  if (!doc) return { kind: 'obj', entries: new Map() };
  if (doc.kind !== 'obj') throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
  return doc;
}

function ensureObjAt(doc: Doc | undefined, keys: Value[]): Doc {
  const root = ensureObj(doc, undefined);
  let cur = root as Extract<Doc, { kind: 'obj' }>;
  for (const k of keys) {
    const kk = keyOf(k);
    let e = cur.entries.get(kk);
    if (!e) {
      e = { key: k, doc: { kind: 'obj', entries: new Map() } };
      cur.entries.set(kk, e);
    }
    if (e.doc.kind !== 'obj') throw new RegoEvalError('eval_conflict_error', 'object keys must be unique');
    cur = e.doc;
  }
  return root;
}

function ensureSet(doc: Doc | undefined, keys: Value[], loc: RegoLocation | undefined): Doc {
  if (keys.length === 0) {
    if (!doc) return { kind: 'set', set: new RegoSet() };
    if (doc.kind === 'set') return doc;
    if (doc.kind === 'obj' && doc.entries.size === 0) return { kind: 'set', set: new RegoSet() };
    throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
  }
  const root = ensureObj(doc, loc) as Extract<Doc, { kind: 'obj' }>;
  const [head, ...rest] = keys;
  const kk = keyOf(head!);
  const e = root.entries.get(kk);
  root.entries.set(kk, { key: head!, doc: ensureSet(e?.doc, rest, loc) });
  return root;
}

function insertSetElem(doc: Doc | undefined, keys: Value[], elem: Value, loc: RegoLocation | undefined): Doc {
  const d = ensureSet(doc, keys, loc);
  let cur: Doc = d;
  for (const k of keys) cur = (cur as Extract<Doc, { kind: 'obj' }>).entries.get(keyOf(k))!.doc;
  (cur as Extract<Doc, { kind: 'set' }>).set.add(elem);
  return d;
}

function insertLeaf(doc: Doc | undefined, keys: Value[], value: Value, loc: RegoLocation | undefined): Doc {
  if (keys.length === 0) {
    if (!doc) return { kind: 'leaf', value };
    if (doc.kind === 'leaf' && valuesEqual(doc.value, value)) return doc;
    throw new RegoEvalError('eval_conflict_error', 'object keys must be unique', loc);
  }
  const root = ensureObj(doc, loc) as Extract<Doc, { kind: 'obj' }>;
  const [head, ...rest] = keys;
  const kk = keyOf(head!);
  const e = root.entries.get(kk);
  root.entries.set(kk, { key: head!, doc: insertLeaf(e?.doc, rest, value, loc) });
  return root;
}

function docToValue(doc: Doc): Value {
  switch (doc.kind) {
    case 'leaf':
      return doc.value;
    case 'set':
      return new RegoSet(doc.set.values());
    case 'obj':
      return new RegoObject([...doc.entries.values()].map((e) => [e.key, docToValue(e.doc)] as const));
  }
}

