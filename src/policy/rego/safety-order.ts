/**
 * Safety ordering, as OPA's compiler does it: the literals of a body are reordered so that every
 * variable is bound before a literal reads it (keeping the written order where possible), and a
 * body whose variables can never all be bound is an "unsafe variable" error. Closures
 * (comprehensions, `every`) share the variables that also occur around them and keep the rest
 * to themselves.
 */
import type { Expr, Literal, Term } from './ast.js';
import { RegoCompileError } from './errors.js';

/**
 * Orders a body so that each literal runs once the variables it reads are bound, keeping the
 * written order where possible (as OPA's compiler does). Closure bodies are ordered too.
 */
export function orderBody(body: Literal[], safeInit: Set<string>, outerNames: Set<string>): Literal[] {
  const direct = body.map((l) => directVarsOfLiteral(l));
  const bodyDirect = new Set<string>();
  for (const d of direct) for (const v of d) bodyDirect.add(v);
  const visible = new Set([...outerNames, ...bodyDirect, ...safeInit]);

  // Order closure bodies first: their captured variables are those visible here.
  const withClosures = body.map((l) => orderClosures(l, visible));

  const remaining = withClosures.map((l, i) => ({ l, i }));
  const out: Literal[] = [];
  const safe = new Set(safeInit);
  while (remaining.length) {
    let progressed = false;
    for (let j = 0; j < remaining.length; ) {
      const { l, i } = remaining[j]!;
      const elsewhere = new Set(outerNames);
      direct.forEach((d, k) => {
        if (k !== i) for (const v of d) elsewhere.add(v);
      });
      const res = analyzeLiteral(l, safe, elsewhere, visible);
      if (res) {
        out.push(l);
        for (const v of res) safe.add(v);
        remaining.splice(j, 1);
        progressed = true;
      } else j++;
    }
    if (!progressed) {
      const l = remaining[0]!.l;
      const unsafe = [...directVarsOfLiteral(l)].filter((v) => !safe.has(v));
      const names = unsafe.map((v) => v.replace(/\$.*$/, '')).filter((v) => v !== '');
      throw new RegoCompileError(`var ${names.length ? names.join(', ') : '_'} is unsafe`);
    }
  }
  return out;
}

function orderClosures(l: Literal, visible: Set<string>): Literal {
  const mapTerm = (t: Term): Term => mapClosures(t, (c) => {
    const captured = new Set([...closureVars(c)].filter((v) => visible.has(v)));
    const innerVisible = new Set(visible);
    if (c.type === 'arraycomp' || c.type === 'setcomp') {
      for (const v of allVarNames(c.head)) innerVisible.add(v);
      return { ...c, body: orderBody(c.body, captured, innerVisible) };
    }
    if (c.type === 'objectcomp') {
      for (const v of [...allVarNames(c.key), ...allVarNames(c.value)]) innerVisible.add(v);
      return { ...c, body: orderBody(c.body, captured, innerVisible) };
    }
    return c;
  });
  const e = l.expr;
  let expr: Expr;
  switch (e.type) {
    case 'term':
      expr = { type: 'term', term: mapTerm(e.term) };
      break;
    case 'unify':
    case 'assign':
      expr = { type: e.type, left: mapTerm(e.left), right: mapTerm(e.right) };
      break;
    case 'somein':
      expr = { ...e, collection: mapTerm(e.collection) };
      break;
    case 'every': {
      const vars = new Set([...(e.key ? allVarNames(e.key) : []), ...allVarNames(e.value)]);
      const bodyVars = new Set<string>();
      for (const b of e.body) for (const v of allVarsOfLiteral(b)) bodyVars.add(v);
      const captured = new Set([...bodyVars].filter((v) => visible.has(v)));
      for (const v of vars) captured.add(v);
      expr = { ...e, collection: mapTerm(e.collection), body: orderBody(e.body, captured, new Set([...visible, ...vars])) };
      break;
    }
    default:
      expr = e;
  }
  const withs = l.withs.map((w) => ({ ...w, value: mapTerm(w.value), target: w.target }));
  return { ...l, expr, withs };
}

export function patternVarNames(t: Term): string[] {
  switch (t.type) {
    case 'var':
      return [t.name];
    case 'array':
      return t.items.flatMap(patternVarNames);
    case 'object':
      return t.pairs.flatMap(([, v]) => patternVarNames(v));
    default:
      return [];
  }
}

type Closure = Extract<Term, { type: 'arraycomp' | 'setcomp' | 'objectcomp' }>;

function mapClosures(t: Term, f: (c: Closure) => Term): Term {
  switch (t.type) {
    case 'arraycomp':
    case 'setcomp':
    case 'objectcomp':
      return f(t);
    case 'ref':
      return { ...t, head: mapClosures(t.head, f), path: t.path.map((p) => mapClosures(p, f)) };
    case 'dref':
      return { ...t, path: t.path.map((p) => mapClosures(p, f)) };
    case 'array':
    case 'set':
      return { ...t, items: t.items.map((x) => mapClosures(x, f)) };
    case 'object':
      return { ...t, pairs: t.pairs.map(([k, v]) => [mapClosures(k, f), mapClosures(v, f)] as [Term, Term]) };
    case 'rcall':
      return { ...t, args: t.args.map((a) => mapClosures(a, f)) };
    default:
      return t;
  }
}

/** Every variable name in a term, including inside closures. */
export function allVarNames(t: Term, out: Set<string> = new Set()): Set<string> {
  switch (t.type) {
    case 'var':
      out.add(t.name);
      break;
    case 'ref':
      allVarNames(t.head, out);
      for (const p of t.path) allVarNames(p, out);
      break;
    case 'dref':
      for (const p of t.path) allVarNames(p, out);
      break;
    case 'array':
    case 'set':
      for (const x of t.items) allVarNames(x, out);
      break;
    case 'object':
      for (const [k, v] of t.pairs) {
        allVarNames(k, out);
        allVarNames(v, out);
      }
      break;
    case 'arraycomp':
    case 'setcomp':
      allVarNames(t.head, out);
      for (const l of t.body) allVarsOfLiteral(l, out);
      break;
    case 'objectcomp':
      allVarNames(t.key, out);
      allVarNames(t.value, out);
      for (const l of t.body) allVarsOfLiteral(l, out);
      break;
    case 'call':
    case 'rcall':
      for (const a of t.args) allVarNames(a, out);
      break;
  }
  return out;
}

function allVarsOfLiteral(l: Literal, out: Set<string> = new Set()): Set<string> {
  const e = l.expr;
  switch (e.type) {
    case 'term':
      allVarNames(e.term, out);
      break;
    case 'unify':
    case 'assign':
      allVarNames(e.left, out);
      allVarNames(e.right, out);
      break;
    case 'some':
      break;
    case 'somein':
      if (e.key) allVarNames(e.key, out);
      allVarNames(e.value, out);
      allVarNames(e.collection, out);
      break;
    case 'every':
      allVarNames(e.collection, out);
      for (const b of e.body) allVarsOfLiteral(b, out);
      break;
  }
  for (const w of l.withs) allVarNames(w.value, out);
  return out;
}

/** Variables of a closure that may come from outside (names renamed as declared inside never do). */
function closureVars(c: Closure): Set<string> {
  const all = allVarNames(c);
  return new Set([...all].filter((v) => !v.includes('$')));
}

/** Variables used directly by a literal (outside closures). */
export function directVarsOfLiteral(l: Literal): Set<string> {
  const out = new Set<string>();
  const walk = (t: Term) => {
    switch (t.type) {
      case 'var':
        out.add(t.name);
        break;
      case 'ref':
        walk(t.head);
        t.path.forEach(walk);
        break;
      case 'dref':
        t.path.forEach(walk);
        break;
      case 'array':
      case 'set':
        t.items.forEach(walk);
        break;
      case 'object':
        for (const [k, v] of t.pairs) {
          walk(k);
          walk(v);
        }
        break;
      case 'call':
      case 'rcall':
        t.args.forEach(walk);
        break;
      default:
        break;
    }
  };
  const e = l.expr;
  switch (e.type) {
    case 'term':
      walk(e.term);
      break;
    case 'unify':
    case 'assign':
      walk(e.left);
      walk(e.right);
      break;
    case 'somein':
      if (e.key) walk(e.key);
      walk(e.value);
      walk(e.collection);
      break;
    case 'every':
      walk(e.collection);
      break;
    default:
      break;
  }
  for (const w of l.withs) walk(w.value);
  return out;
}

/**
 * Decides whether a literal can run with the variables in `safe` bound. Returns the variables it
 * binds, or undefined when it must wait.
 */
function analyzeLiteral(l: Literal, safe: Set<string>, elsewhere: Set<string>, visible: Set<string>): Set<string> | undefined {
  const out = new Set<string>();
  const isSafe = (v: string) => safe.has(v) || out.has(v);

  // Variables a closure shares with its scope must be bound before it runs.
  const closureOk = (c: Closure): boolean => [...closureVars(c)].every((v) => !visible.has(v) || isSafe(v));

  /** Term evaluated as a value: bare variables must be bound; ref keys may enumerate. */
  const evalOk = (t: Term): boolean => {
    switch (t.type) {
      case 'scalar':
        return true;
      case 'var':
        return isSafe(t.name);
      case 'dref':
        return t.path.every(refKeyOk);
      case 'ref':
        return evalOk(t.head) && t.path.every(refKeyOk);
      case 'array':
      case 'set':
        return t.items.every(evalOk);
      case 'object':
        return t.pairs.every(([k, v]) => evalOk(k) && evalOk(v));
      case 'rcall':
      case 'call':
        // References in arguments may bind variables that other arguments use (`x == xs[x]`).
        return t.args.filter((a) => a.type !== 'var').every(evalOk) && t.args.every(evalOk);
      case 'arraycomp':
      case 'setcomp':
      case 'objectcomp':
        return closureOk(t);
    }
  };
  const refKeyOk = (p: Term): boolean => {
    if (p.type === 'var') {
      if (!isSafe(p.name)) out.add(p.name);
      return true;
    }
    if (p.type === 'array' || p.type === 'object') {
      if (evalOk(p)) return true;
      for (const v of patternVarNames(p)) out.add(v);
      return true;
    }
    return evalOk(p);
  };
  const patternVarsUnsafe = (t: Term): string[] => patternVarNames(t).filter((v) => !isSafe(v));
  const isUnboundVar = (t: Term) => t.type === 'var' && !isSafe(t.name);

  const unifyOk = (a: Term, b: Term): boolean => {
    if (isUnboundVar(a) && isUnboundVar(b)) return false;
    if (isUnboundVar(a)) {
      if (!evalOk(b)) return false;
      out.add((a as { name: string }).name);
      return true;
    }
    if (isUnboundVar(b)) return unifyOk(b, a);
    if (a.type === 'array' && b.type === 'array' && a.items.length === b.items.length) {
      const pending = a.items.map((x, i) => [x, b.items[i]!] as const);
      let progress = true;
      while (pending.length && progress) {
        progress = false;
        for (let i = 0; i < pending.length; ) {
          if (unifyOk(pending[i]![0], pending[i]![1])) {
            pending.splice(i, 1);
            progress = true;
          } else i++;
        }
      }
      return pending.length === 0;
    }
    if (a.type === 'object' && b.type === 'object' && patternVarsUnsafe(a).length + patternVarsUnsafe(b).length > 0) {
      for (const [ka, va] of a.pairs) {
        const match = b.pairs.find(([kb]) => ka.type === 'scalar' && kb.type === 'scalar' && ka.value === kb.value);
        if (match && !unifyOk(va, match[1])) return false;
      }
      return true;
    }
    if (patternVarsUnsafe(a).length === 0 && evalOk(a)) {
      if (isPatternTerm(b)) {
        for (const v of patternVarNames(b)) if (!isSafe(v)) out.add(v);
        return evalPatternParts(b);
      }
      return evalOk(b);
    }
    if (patternVarsUnsafe(b).length === 0 && evalOk(b)) {
      if (isPatternTerm(a)) {
        for (const v of patternVarNames(a)) if (!isSafe(v)) out.add(v);
        return evalPatternParts(a);
      }
      return evalOk(a);
    }
    return false;
  };
  /** Non-variable parts of a pattern (refs inside arrays) must still be evaluable. */
  const evalPatternParts = (t: Term): boolean => {
    switch (t.type) {
      case 'var':
        return true;
      case 'array':
        return t.items.every(evalPatternParts);
      case 'object':
        return t.pairs.every(([k, v]) => evalOk(k) && evalPatternParts(v));
      default:
        return evalOk(t);
    }
  };

  const e = l.expr;
  let ok: boolean;
  switch (e.type) {
    case 'term':
      ok = evalOk(e.term);
      break;
    case 'unify':
    case 'assign':
      ok = unifyOk(e.left, e.right);
      break;
    case 'some':
      ok = true;
      break;
    case 'somein':
      ok = evalOk(e.collection);
      if (ok) {
        for (const t of e.key ? [e.key, e.value] : [e.value]) {
          if (!evalPatternParts(t)) ok = false;
          for (const v of patternVarNames(t)) if (!isSafe(v)) out.add(v);
        }
      }
      break;
    case 'every': {
      ok = evalOk(e.collection);
      const inner = new Set<string>();
      for (const b of e.body) allVarsOfLiteral(b, inner);
      for (const v of inner) if (!v.includes('$') && elsewhere.has(v) && !isSafe(v)) ok = false;
      break;
    }
  }
  if (ok) for (const w of l.withs) if (!evalOk(w.value)) ok = false;
  if (!ok) return undefined;
  if (l.negated || e.type === 'every') {
    // Variables also used elsewhere must be bound first; the rest are local to the negation.
    for (const v of out) if (elsewhere.has(v)) return undefined;
    return new Set();
  }
  return out;
}

function isPatternTerm(t: Term): boolean {
  return t.type === 'var' || t.type === 'array' || t.type === 'object';
}
