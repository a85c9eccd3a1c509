import type { CallTarget, Expr, Literal, ModuleAst, RuleAst, Term, WithModifier } from './ast.js';
import { BUILTINS, UNSUPPORTED_BUILTINS, DEPRECATED_BUILTINS } from './builtins/registry.js';
import { RegoCompileError, type RegoLocation } from './errors.js';
import { allVarNames, directVarsOfLiteral, orderBody, patternVarNames } from './safety-order.js';
import { keyOf, normalizeNumber, type Value } from './value.js';

/** A rule after compilation: names resolved, body ordered so that every variable is bound before use. */
export interface CompiledRule {
  kind: 'single' | 'multi' | 'function';
  isDefault: boolean;
  /** Path of the node that holds the rule: package path plus the constant part of the head. */
  path: Value[];
  /** Rest of the head reference after the constant part (object keys computed per solution). */
  dynamic: Term[];
  key?: Term;
  value: Term;
  args?: Term[];
  body: Literal[];
  elses: { value: Term; body: Literal[] }[];
  loc: RegoLocation;
}

/** A node of the tree of rules, mirroring the `data` document. */
export class RuleNode {
  readonly children = new Map<string, { key: Value; node: RuleNode }>();
  readonly rules: CompiledRule[] = [];
  readonly functions: CompiledRule[] = [];
  /** Packages (and their parents) exist as documents even when no rule in them is defined. */
  isPackage = false;

  child(key: Value, create: boolean): RuleNode | undefined {
    const k = keyOf(key);
    let c = this.children.get(k);
    if (!c && create) {
      c = { key, node: new RuleNode() };
      this.children.set(k, c);
    }
    return c?.node;
  }

  lookup(path: readonly Value[]): RuleNode | undefined {
    let n: RuleNode | undefined = this;
    for (const k of path) {
      n = n.child(k, false);
      if (!n) return undefined;
    }
    return n;
  }
}

/** Resolved `with` target. */
export type WithTarget =
  | { kind: 'input'; path: Term[] }
  | { kind: 'data'; path: Term[] }
  | { kind: 'builtin'; name: string }
  | { kind: 'function'; path: string[] };

/** Resolved `with` value when it names a function rather than giving a value. */
export type WithFunctionValue = { kind: 'builtin'; name: string } | { kind: 'function'; path: string[] };

export interface CompiledWith extends WithModifier {
  resolved: WithTarget;
  fnValue?: WithFunctionValue;
}

/** Options for compilation. */
export interface CompileOptions {
  /** Treat deprecated builtins (re_match, any, all, cast_*, set_diff) as errors, as OPA does for v1 modules. */
  rejectDeprecated?: boolean;
}

interface ModuleScope {
  packagePath: string[];
  /** Rule names of the package (first element of each head), across every module of the package. */
  ruleNames: Set<string>;
  /** Import aliases: name -> root and path. */
  imports: Map<string, { root: 'data' | 'input'; path: string[] }>;
  rejectDeprecated: boolean;
  file: string;
}

/**
 * Names declared so far (`:=`, `some`, arguments). Declarations are positional, as in OPA: a
 * name used before its `:=` (for instance inside an earlier comprehension) is a different
 * variable, so declared names get unique runtime names unless `rename` is off (queries keep
 * their names because callers read the bindings by name).
 */
class Scope {
  readonly declared = new Map<string, string>();
  constructor(
    readonly parent: Scope | undefined,
    readonly rename: boolean,
  ) {}
  lookup(name: string): string | undefined {
    return this.declared.get(name) ?? this.parent?.lookup(name);
  }
  declare(name: string): void {
    if (name.startsWith('$')) return;
    this.declared.set(name, this.rename ? `${name}$${++renameCounter}` : name);
  }
}

let renameCounter = 0;

/** Compiles parsed modules into the rule tree. */
export class RegoCompiler {
  readonly root = new RuleNode();
  private readonly functionArity = new Map<string, number>();
  private readonly packageRules = new Map<string, Set<string>>();
  /** Calls of builtins we do not implement; tolerated only when a `with` replaces them. */
  readonly unsupportedCalls: { name: string; loc: RegoLocation }[] = [];
  readonly mockedBuiltins = new Set<string>();

  compile(modules: ModuleAst[], options: CompileOptions = {}): void {
    // First pass: names, so that any module can refer to rules of its package defined elsewhere.
    for (const m of modules) {
      const names = this.namesOf(m.packagePath);
      for (const r of m.rules) names.add(r.ref[0]!.type === 'scalar' ? String(r.ref[0]!.value) : '');
      for (const r of m.rules) {
        if (r.kind !== 'function') continue;
        const path = [...m.packagePath, ...r.ref.map((t) => (t.type === 'scalar' ? String(t.value) : '?'))];
        const k = path.join('.');
        const prev = this.functionArity.get(k);
        if (prev !== undefined && prev !== r.args!.length) {
          throw new RegoCompileError(`function ${k} has arity ${prev} and ${r.args!.length}`, r.loc);
        }
        this.functionArity.set(k, r.args!.length);
      }
      let n = this.root;
      n.isPackage = true;
      for (const p of m.packagePath) {
        n = n.child(p, true)!;
        n.isPackage = true;
      }
    }
    for (const m of modules) {
      const scope: ModuleScope = {
        packagePath: m.packagePath,
        ruleNames: this.namesOf(m.packagePath),
        imports: new Map(),
        rejectDeprecated: options.rejectDeprecated ?? m.regoV1,
        file: m.file,
      };
      for (const imp of m.imports) {
        if (imp.path[0] !== 'data' && imp.path[0] !== 'input') continue;
        const alias = imp.alias ?? imp.path[imp.path.length - 1]!;
        scope.imports.set(alias, { root: imp.path[0], path: imp.path.slice(1) });
      }
      for (const r of m.rules) this.addRule(r, scope);
    }
    this.checkUnsupported();
  }

  private checkUnsupported(): void {
    const bad = this.unsupportedCalls.find((c) => !this.mockedBuiltins.has(c.name));
    if (bad) throw new RegoCompileError(`built-in function ${bad.name} is not supported by dbops's Rego evaluator`, bad.loc);
  }

  private namesOf(pkg: string[]): Set<string> {
    const k = pkg.join('\u0000');
    let s = this.packageRules.get(k);
    if (!s) {
      s = new Set();
      this.packageRules.set(k, s);
    }
    return s;
  }

  private addRule(r: RuleAst, ms: ModuleScope): void {
    const scope = new Scope(undefined, true);
    const ctx = new BodyContext(this, ms);
    // Function arguments are bound by the call.
    const argNames = new Set<string>();
    for (const a of r.args ?? []) for (const v of patternVarNames(a)) argNames.add(v);
    for (const v of argNames) scope.declared.set(v, v);

    const body = ctx.resolveBody(r.body, scope);
    const resolveHead = (t: Term | undefined) => (t ? ctx.resolveTerm(t, scope) : undefined);
    const args = r.args?.map((a) => ctx.resolveTerm(a, scope));
    const refTerms = r.ref.slice(1).map((t) => ctx.resolveTerm(t, scope));
    const key = resolveHead(r.key);
    const value = resolveHead(r.value) ?? { type: 'scalar', value: true, loc: r.loc };

    const headVars = new Set<string>();
    for (const t of [...refTerms, key, value, ...(args ?? [])]) if (t) for (const v of allVarNames(t)) headVars.add(v);
    const safe = new Set<string>();
    for (const a of args ?? []) for (const v of allVarNames(a)) safe.add(v);
    const ordered = orderBody(body, safe, headVars);

    const elses = r.elses.map((e) => {
      const es = new Scope(undefined, true);
      for (const v of argNames) es.declared.set(v, v);
      const ebody = ctx.resolveBody(e.body, es);
      // `else { ... }` without a value means `else = true`, not the rule's own value.
      const evalue: Term = e.value ? ctx.resolveTerm(e.value, es) : { type: 'scalar', value: true, loc: e.loc };
      const evars = new Set(allVarNames(evalue));
      return { value: evalue, body: orderBody(ebody, new Set(safe), evars) };
    });

    // Constant part of the head: package path, the name, then leading scalar keys.
    const path: Value[] = [...ms.packagePath, String((r.ref[0] as { value: unknown }).value)];
    let i = 0;
    while (i < refTerms.length && refTerms[i]!.type === 'scalar') {
      path.push(normalizeScalar((refTerms[i] as { value: Value }).value));
      i++;
    }
    const dynamic = refTerms.slice(i);
    if (r.kind === 'function' && dynamic.length > 0) throw new RegoCompileError('function heads must be plain names', r.loc);
    const compiled: CompiledRule = { kind: r.kind, isDefault: r.isDefault, path, dynamic, key, value, args, body: ordered, elses, loc: r.loc };
    let node = this.root;
    path.forEach((p, i) => {
      node = node.child(p, true)!;
      // Nodes between the package and a rule (`a.b.c := 1`, `f.g(x)`) exist as objects, as in OPA.
      if (i >= ms.packagePath.length && i < path.length - 1) node.isPackage = true;
    });
    (r.kind === 'function' ? node.functions : node.rules).push(compiled);
  }

  /** Compiles an ad-hoc query against the modules. Returns the ordered body and its variable names. */
  compileQuery(body: Literal[]): { body: Literal[]; vars: string[] } {
    const ms: ModuleScope = { packagePath: [], ruleNames: new Set(), imports: new Map(), rejectDeprecated: false, file: 'query' };
    const ctx = new BodyContext(this, ms);
    const scope = new Scope(undefined, false);
    const resolved = ctx.resolveBody(body, scope);
    const vars = new Set<string>();
    for (const l of resolved) for (const v of directVarsOfLiteral(l)) if (!v.includes('$')) vars.add(v);
    const ordered = orderBody(resolved, new Set(), new Set());
    this.checkUnsupported();
    return { body: ordered, vars: [...vars] };
  }

  functionArityOf(path: string[]): number | undefined {
    return this.functionArity.get(path.join('.'));
  }
}

function normalizeScalar(v: Value): Value {
  return typeof v === 'number' || typeof v === 'bigint' ? normalizeNumber(v) : v;
}


/** Context for resolving and ordering bodies of one module. */
class BodyContext {
  constructor(
    private readonly compiler: RegoCompiler,
    private readonly ms: ModuleScope,
  ) {}

  private fail(reason: string, loc?: RegoLocation): never {
    throw new RegoCompileError(reason, loc);
  }

  resolveBody(body: Literal[], scope: Scope): Literal[] {
    return body.map((l) => this.resolveLiteral(l, scope));
  }

  private resolveLiteral(l: Literal, scope: Scope): Literal {
    const withs = l.withs.map((w) => this.resolveWith(w, scope));
    const e = l.expr;
    let expr: Expr;
    // print() output is not shown by dbops: the calls are erased, as OPA does when printing
    // is disabled (so an undefined argument does not make the rule fail).
    if (e.type === 'term' && e.term.type === 'call' && dottedName(e.term.fn) === 'print' && scope.lookup('print') === undefined) {
      return { ...l, expr: { type: 'term', term: { type: 'scalar', value: true, loc: l.loc } }, withs: [] };
    }
    switch (e.type) {
      case 'term': {
        // A call with one argument more than the function takes is the old form `f(x, out)`.
        if (e.term.type === 'call') {
          const { call, output } = this.resolveCall(e.term, scope, true);
          expr = output ? { type: 'unify', left: output, right: call } : { type: 'term', term: call };
        } else expr = { type: 'term', term: this.resolveTerm(e.term, scope) };
        break;
      }
      case 'unify':
        expr = { type: 'unify', left: this.resolveTerm(e.left, scope), right: this.resolveTerm(e.right, scope) };
        break;
      case 'assign': {
        const right = this.resolveTerm(e.right, scope);
        for (const n of patternVarNames(e.left)) scope.declare(n);
        expr = { type: 'assign', left: this.resolveTerm(e.left, scope), right };
        break;
      }
      case 'some':
        for (const v of e.vars) scope.declare((v as { name: string }).name);
        expr = { type: 'some', vars: e.vars.map((v) => this.resolveTerm(v, scope)) };
        break;
      case 'somein': {
        const collection = this.resolveTerm(e.collection, scope);
        for (const t of e.key ? [e.key, e.value] : [e.value]) for (const n of patternVarNames(t)) scope.declare(n);
        expr = {
          type: 'somein',
          key: e.key && this.resolveTerm(e.key, scope),
          value: this.resolveTerm(e.value, scope),
          collection,
        };
        break;
      }
      case 'every': {
        const inner = this.nestedScope(scope, [...(e.key ? [e.key] : []), e.value]);
        expr = {
          type: 'every',
          key: e.key && this.resolveTerm(e.key, inner),
          value: this.resolveTerm(e.value, inner),
          collection: this.resolveTerm(e.collection, scope),
          body: this.resolveBody(e.body, inner),
        };
        break;
      }
    }
    return { ...l, expr, withs };
  }

  /** A scope for a closure body; declared names get unique runtime names so they cannot clash. */
  private nestedScope(parent: Scope, declaredTerms: Term[]): Scope {
    const s = new Scope(parent, true);
    for (const n of declaredTerms.flatMap(patternVarNames)) s.declare(n);
    return s;
  }

  private resolveWith(w: WithModifier, scope: Scope): CompiledWith {
    const target = w.target;
    const dotted = dottedName(target);
    let resolved: WithTarget;
    const rt = this.resolveTerm(target, scope);
    if (rt.type === 'dref' && rt.root === 'input') resolved = { kind: 'input', path: rt.path };
    else if (rt.type === 'dref' && rt.root === 'data') {
      const strPath = rt.path.every((p) => p.type === 'scalar' && typeof p.value === 'string')
        ? rt.path.map((p) => String((p as { value: unknown }).value))
        : undefined;
      if (strPath && this.compiler.functionArityOf(strPath) !== undefined) resolved = { kind: 'function', path: strPath };
      else resolved = { kind: 'data', path: rt.path };
    } else if (dotted && BUILTINS.has(dotted)) resolved = { kind: 'builtin', name: dotted };
    else if (dotted && UNSUPPORTED_BUILTINS.has(dotted)) resolved = { kind: 'builtin', name: dotted };
    else this.fail(`with keyword target must reference existing input, data, or a function: ${dotted ?? target.type}`, w.loc);
    if (resolved.kind === 'builtin') this.compiler.mockedBuiltins.add(resolved.name);
    const value = this.resolveTerm(w.value, scope);
    let fnValue: WithFunctionValue | undefined;
    if (value.type === 'dref' && value.root === 'data' && value.path.every((p) => p.type === 'scalar')) {
      const p = value.path.map((x) => String((x as { value: unknown }).value));
      if (this.compiler.functionArityOf(p) !== undefined) fnValue = { kind: 'function', path: p };
    } else {
      const dv = dottedName(w.value);
      if (dv && (value.type === 'var' || value.type === 'ref') && (BUILTINS.has(dv) || UNSUPPORTED_BUILTINS.has(dv)) && !scope.lookup(dv.split('.')[0]!)) {
        fnValue = { kind: 'builtin', name: dv };
      }
    }
    // A function given as the replacement is not evaluated as a value.
    const valueTerm: Term = fnValue ? { type: 'scalar', value: null, loc: w.loc } : value;
    return { ...w, target: rt, value: valueTerm, resolved, fnValue };
  }

  resolveTerm(t: Term, scope: Scope): Term {
    switch (t.type) {
      case 'scalar':
      case 'rcall':
      case 'dref':
        return t;
      case 'var':
        return this.resolveVar(t.name, t.loc, scope, []);
      case 'ref': {
        const path = t.path.map((p) => this.resolveTerm(p, scope));
        if (t.head.type === 'var') return this.resolveVar(t.head.name, t.head.loc, scope, path);
        const head = this.resolveTerm(t.head, scope);
        if (head.type === 'dref') return { ...head, path: [...head.path, ...path] };
        return { type: 'ref', head, path, loc: t.loc };
      }
      case 'array':
        return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
      case 'set':
        return { ...t, items: t.items.map((x) => this.resolveTerm(x, scope)) };
      case 'object':
        return { ...t, pairs: t.pairs.map(([k, v]) => [this.resolveTerm(k, scope), this.resolveTerm(v, scope)] as [Term, Term]) };
      case 'arraycomp':
      case 'setcomp': {
        // The body first: the head sees the names the body declares.
        const inner = this.nestedScope(scope, []);
        const body = this.resolveBody(t.body, inner);
        return { ...t, head: this.resolveTerm(t.head, inner), body };
      }
      case 'objectcomp': {
        const inner = this.nestedScope(scope, []);
        const body = this.resolveBody(t.body, inner);
        return { ...t, key: this.resolveTerm(t.key, inner), value: this.resolveTerm(t.value, inner), body };
      }
      case 'call':
        return this.resolveCall(t, scope, false).call;
    }
  }

  private resolveVar(name: string, loc: RegoLocation, scope: Scope, path: Term[]): Term {
    const local = scope.lookup(name);
    const asRef = (head: Term): Term => (path.length ? { type: 'ref', head, path, loc } : head);
    if (local !== undefined) return asRef({ type: 'var', name: local, loc });
    if (name === 'input') return { type: 'dref', root: 'input', path, loc };
    if (name === 'data') return { type: 'dref', root: 'data', path, loc };
    const imp = this.ms.imports.get(name);
    if (imp) return { type: 'dref', root: imp.root, path: [...imp.path.map((p) => str(p, loc)), ...path], loc };
    if (this.ms.ruleNames.has(name)) {
      return { type: 'dref', root: 'data', path: [...this.ms.packagePath.map((p) => str(p, loc)), str(name, loc), ...path], loc };
    }
    return asRef({ type: 'var', name, loc });
  }

  /** Resolves the called function; `output` is the extra last argument of `f(x, out)` (statements only). */
  private resolveCall(t: Extract<Term, { type: 'call' }>, scope: Scope, statement: boolean): { call: Term; output?: Term } {
    const args = t.args.map((a) => this.resolveTerm(a, scope));
    const name = dottedName(t.fn);
    let target: CallTarget | undefined;
    let arity: number | undefined;
    const fnResolved = name && scope.lookup(name.split('.')[0]!) === undefined ? this.resolveTerm(t.fn, scope) : undefined;
    if (fnResolved?.type === 'dref' && fnResolved.root === 'data' && fnResolved.path.every((p) => p.type === 'scalar')) {
      const path = fnResolved.path.map((p) => String((p as { value: unknown }).value));
      arity = this.compiler.functionArityOf(path);
      if (arity !== undefined) target = { kind: 'function', path, name: path.join('.') };
    }
    if (!target && name) {
      const def = BUILTINS.get(name);
      if (def) {
        if (this.ms.rejectDeprecated && DEPRECATED_BUILTINS.has(name)) {
          this.fail(`deprecated built-in function calls in expression: ${name}`, t.loc);
        }
        target = { kind: 'builtin', name };
        arity = def.arity;
      } else if (UNSUPPORTED_BUILTINS.has(name)) {
        // Allowed only if every use is replaced with `with` (checked once all modules are read).
        this.compiler.unsupportedCalls.push({ name, loc: t.loc });
        target = { kind: 'builtin', name };
        arity = args.length;
      }
    }
    if (!target || arity === undefined) this.fail(`undefined function ${name ?? '<expression>'}`, t.loc);
    if (args.length === arity + 1 && statement) {
      return { call: { type: 'rcall', target, args: args.slice(0, arity), loc: t.loc }, output: args[arity] };
    }
    if (args.length !== arity) {
      this.fail(`${target.name}: arity mismatch: ${args.length} arguments, expected ${arity}`, t.loc);
    }
    return { call: { type: 'rcall', target, args, loc: t.loc } };
  }

}

function str(s: string, loc: RegoLocation): Term {
  return { type: 'scalar', value: s, loc };
}

/** `a.b.c` for a var or a ref made only of names; undefined otherwise. */
function dottedName(t: Term): string | undefined {
  if (t.type === 'var') return t.name;
  if (t.type === 'ref' && t.head.type === 'var' && t.path.every((p) => p.type === 'scalar' && typeof p.value === 'string')) {
    return [t.head.name, ...t.path.map((p) => String((p as { value: unknown }).value))].join('.');
  }
  return undefined;
}
