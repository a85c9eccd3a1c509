import type { Expr, ImportAst, Literal, ModuleAst, RuleAst, Scalar, Term, WithModifier } from './ast.js';
import { RegoParseError, type RegoLocation } from './errors.js';
import { tokenize, type Token } from './lexer.js';

/** Which Rego dialect a module is read with. */
export type RegoVersion = 'v0' | 'v1';

const FUTURE_KEYWORDS = ['in', 'every', 'if', 'contains'];

const RELATION_OPS: Record<string, string> = { '==': 'equal', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const ARITH_OPS: Record<string, string> = { '+': 'plus', '-': 'minus' };
const FACTOR_OPS: Record<string, string> = { '*': 'mul', '/': 'div', '%': 'rem' };

interface TermOptions {
  /** Do not read `x in y` (the caller wants the `in` itself: `some x in y`, `every`). */
  noIn?: boolean;
  /** Do not read `|` as set union (the caller checks for a comprehension bar). */
  noBar?: boolean;
}

/**
 * Recursive-descent parser for Rego modules and queries, following OPA's grammar and operator
 * precedence (membership `in` < relations < `|` < `&` < `+ -` < `* / %`).
 */
class Parser {
  private pos = 0;
  private readonly keywords = new Set<string>();
  private wildcards = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
    private readonly version: RegoVersion,
  ) {
    if (version === 'v1') for (const k of FUTURE_KEYWORDS) this.keywords.add(k);
  }

  // --- token helpers ---

  private get tok(): Token {
    return this.tokens[this.pos]!;
  }
  private peek(n = 1): Token {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)]!;
  }
  private loc(t: Token = this.tok): RegoLocation {
    return { file: this.file, line: t.line, col: t.col };
  }
  private fail(reason: string, t: Token = this.tok): never {
    throw new RegoParseError(reason, this.loc(t));
  }
  private isPunct(text: string, t: Token = this.tok): boolean {
    return t.kind === 'punct' && t.text === text;
  }
  private isIdent(text: string, t: Token = this.tok): boolean {
    return t.kind === 'ident' && t.text === text;
  }
  private isKeyword(word: string, t: Token = this.tok): boolean {
    return t.kind === 'ident' && t.text === word && this.keywords.has(word);
  }
  private expectPunct(text: string): Token {
    if (!this.isPunct(text)) this.fail(`expected ${text} but found ${this.describe(this.tok)}`);
    return this.tokens[this.pos++]!;
  }
  private describe(t: Token): string {
    if (t.kind === 'eof') return 'end of file';
    if (t.kind === 'string') return 'string';
    return JSON.stringify(t.text);
  }

  // --- module ---

  parseModule(): ModuleAst {
    if (!this.isIdent('package')) this.fail('package expected');
    this.pos++;
    const packagePath = this.parsePackagePath();
    const imports: ImportAst[] = [];
    let regoV1 = this.version === 'v1';
    while (this.isIdent('import')) {
      const imp = this.parseImport();
      imports.push(imp);
      const p = imp.path.join('.');
      if (p === 'rego.v1') {
        regoV1 = true;
        for (const k of FUTURE_KEYWORDS) this.keywords.add(k);
      } else if (p === 'future.keywords') {
        for (const k of FUTURE_KEYWORDS) this.keywords.add(k);
      } else if (imp.path[0] === 'future') {
        if (imp.path[1] !== 'keywords' || imp.path.length !== 3 || !FUTURE_KEYWORDS.includes(imp.path[2]!)) {
          this.fail(`unexpected future import ${p}`);
        }
        this.keywords.add(imp.path[2]!);
        // `every` is written with `in`, so importing it brings `in` too (as in OPA).
        if (imp.path[2] === 'every') this.keywords.add('in');
      }
    }
    const rules: RuleAst[] = [];
    while (this.tok.kind !== 'eof') {
      if (this.isIdent('package') || this.isIdent('import')) this.fail(`unexpected ${this.tok.text} (only one package, and imports come first)`);
      rules.push(...this.parseRule(regoV1));
    }
    return { file: this.file, packagePath, imports, rules, regoV1 };
  }

  private parsePackagePath(): string[] {
    const path: string[] = [];
    if (this.tok.kind !== 'ident') this.fail('package name expected');
    path.push(this.tokens[this.pos++]!.text);
    for (;;) {
      if (this.isPunct('.') && !this.tok.spaceBefore) {
        this.pos++;
        if (this.tok.kind !== 'ident') this.fail('name expected after "."');
        path.push(this.tokens[this.pos++]!.text);
      } else if (this.isPunct('[') && !this.tok.spaceBefore) {
        this.pos++;
        if ((this.tok as Token).kind !== 'string') this.fail('package path elements must be strings');
        path.push(this.tokens[this.pos++]!.text);
        this.expectPunct(']');
      } else break;
    }
    return path;
  }

  private parseImport(): ImportAst {
    const start = this.tok;
    this.pos++;
    const path = this.parsePackagePath();
    if (!['data', 'input', 'future', 'rego'].includes(path[0]!)) {
      this.fail(`invalid import path ${path.join('.')}: must begin with input or data`, start);
    }
    let alias: string | undefined;
    if (this.isIdent('as') && !this.tok.newlineBefore) {
      this.pos++;
      if (this.tok.kind !== 'ident') this.fail('alias name expected');
      alias = this.tokens[this.pos++]!.text;
    }
    return { path, alias, loc: this.loc(start) };
  }

  // --- rules ---

  private parseRule(regoV1: boolean): RuleAst[] {
    const start = this.tok;
    const isDefault = this.isIdent('default');
    if (isDefault) this.pos++;
    if (this.tok.kind !== 'ident') this.fail(`unexpected ${this.describe(this.tok)}: rule name expected`);
    const ref: Term[] = [{ type: 'scalar', value: this.tok.text, loc: this.loc() }];
    this.pos++;
    let lastBracket = false;
    for (;;) {
      if (this.isPunct('.') && !this.tok.spaceBefore) {
        lastBracket = false;
        this.pos++;
        if (this.tok.kind !== 'ident') this.fail('name expected after "."');
        ref.push({ type: 'scalar', value: this.tok.text, loc: this.loc() });
        this.pos++;
      } else if (this.isPunct('[') && !this.tok.newlineBefore) {
        lastBracket = true;
        this.pos++;
        ref.push(this.parseTerm());
        this.expectPunct(']');
      } else break;
    }
    let args: Term[] | undefined;
    if (this.isPunct('(') && !this.tok.spaceBefore) {
      this.pos++;
      args = [];
      while (!this.isPunct(')')) {
        args.push(this.parseTerm());
        if (!this.isPunct(',')) break;
        this.pos++;
      }
      this.expectPunct(')');
    }
    const rule: RuleAst = { kind: args ? 'function' : 'single', isDefault, ref, args, body: [], elses: [], loc: this.loc(start) };
    if (isDefault) {
      if (!this.isPunct('=') && !this.isPunct(':=')) this.fail('default rules must have a value: default <name> := <term>');
      this.pos++;
      rule.value = this.parseTerm();
      rule.body = [trueLiteral(rule.loc)];
      return [rule];
    }
    let hasValue = false;
    if (this.isKeyword('contains')) {
      this.pos++;
      rule.kind = 'multi';
      rule.key = this.parseTerm();
    } else if (this.isPunct('=') || this.isPunct(':=')) {
      this.pos++;
      rule.value = this.parseTerm();
      hasValue = true;
    }
    if (rule.kind === 'single' && !hasValue && !regoV1 && ref.length === 2 && lastBracket && !this.isKeyword('if')) {
      // Rego v0: `p[x] { ... }` is a partial set rule.
      rule.kind = 'multi';
      rule.key = ref.pop();
    }
    const bodies = this.parseRuleBodies(regoV1, rule.loc);
    rule.body = bodies[0]!;
    while (this.isIdent('else')) {
      const elseTok = this.tok;
      if (rule.kind === 'multi') this.fail('else keyword cannot be used on multi-value rules', elseTok);
      this.pos++;
      let value: Term | undefined;
      if (this.isPunct('=') || this.isPunct(':=')) {
        this.pos++;
        value = this.parseTerm();
      }
      let body: Literal[];
      if (this.isKeyword('if')) {
        this.pos++;
        body = this.parseIfBody();
      } else if (this.isPunct('{')) {
        body = this.parseBraceBody();
      } else {
        body = [trueLiteral(this.loc(elseTok))];
      }
      rule.elses.push({ value, body, loc: this.loc(elseTok) });
    }
    if (bodies.length === 1) return [rule];
    return bodies.map((body) => ({ ...rule, body }));
  }

  private parseRuleBodies(regoV1: boolean, loc: RegoLocation): Literal[][] {
    if (this.isKeyword('if')) {
      this.pos++;
      return [this.parseIfBody()];
    }
    if (this.isPunct('{')) {
      if (regoV1) this.fail('`if` keyword is required before rule body');
      const bodies = [this.parseBraceBody()];
      while (this.isPunct('{')) bodies.push(this.parseBraceBody());
      return bodies;
    }
    return [[trueLiteral(loc)]];
  }

  /** After `if`: a braced body, or one literal (which may itself start with `{`, e.g. a comprehension). */
  private parseIfBody(): Literal[] {
    if (!this.isPunct('{')) return [this.parseLiteral()];
    const save = this.pos;
    try {
      return this.parseBraceBody();
    } catch (e) {
      if (!(e instanceof RegoParseError)) throw e;
      this.pos = save;
      try {
        return [this.parseLiteral()];
      } catch {
        throw e;
      }
    }
  }

  private parseBraceBody(): Literal[] {
    this.expectPunct('{');
    const body = this.parseQueryUntil('}');
    this.expectPunct('}');
    if (body.length === 0) this.fail('found empty body');
    return body;
  }

  /** Literals separated by `;` or newlines, up to the closing token (not consumed). */
  parseQueryUntil(end: string | 'eof'): Literal[] {
    const body: Literal[] = [];
    const atEnd = () => (end === 'eof' ? this.tok.kind === 'eof' : this.isPunct(end));
    while (!atEnd()) {
      body.push(this.parseLiteral());
      if (this.isPunct(';')) {
        this.pos++;
        continue;
      }
      if (atEnd()) break;
      if (!this.tok.newlineBefore) this.fail(`unexpected ${this.describe(this.tok)}`);
    }
    return body;
  }

  // --- literals ---

  parseLiteral(): Literal {
    const loc = this.loc();
    let negated = false;
    let expr: Expr;
    if (this.isIdent('some')) {
      this.pos++;
      expr = this.parseSome();
    } else if (this.isKeyword('every')) {
      this.pos++;
      expr = this.parseEvery();
    } else {
      if (this.isIdent('not') && !this.isPunct('.', this.peek()) && !this.isPunct('[', this.peek())) {
        this.pos++;
        negated = true;
      }
      expr = this.parseExpr();
    }
    const withs: WithModifier[] = [];
    while (this.isIdent('with')) {
      const wt = this.tok;
      this.pos++;
      const target = this.parseTerm({ noIn: true });
      if (!this.isIdent('as')) this.fail('expected as after with target');
      this.pos++;
      const value = this.parseTerm({ noIn: true });
      withs.push({ target, value, loc: this.loc(wt) });
    }
    return { negated, expr, withs, loc };
  }

  private parseSome(): Expr {
    const first = this.parseTerm({ noIn: true });
    const terms = [first];
    while (this.isPunct(',')) {
      this.pos++;
      terms.push(this.parseTerm({ noIn: true }));
    }
    if (this.isKeyword('in')) {
      this.pos++;
      if (terms.length > 2) this.fail('unexpected , in some declaration: at most key, value');
      const collection = this.parseTerm({ noIn: true });
      return terms.length === 2
        ? { type: 'somein', key: terms[0], value: terms[1]!, collection }
        : { type: 'somein', value: terms[0]!, collection };
    }
    for (const t of terms) if (t.type !== 'var') this.fail('expected var in some declaration');
    return { type: 'some', vars: terms };
  }

  private parseEvery(): Expr {
    const first = this.parseTerm({ noIn: true });
    let key: Term | undefined;
    let value = first;
    if (this.isPunct(',')) {
      this.pos++;
      key = first;
      value = this.parseTerm({ noIn: true });
    }
    if (!this.isKeyword('in')) this.fail('expected in in every expression');
    this.pos++;
    const collection = this.parseTerm({ noIn: true });
    const body = this.parseBraceBody();
    for (const t of key ? [key, value] : [value]) if (t.type !== 'var') this.fail('every: expected variables before in');
    return { type: 'every', key, value, collection, body };
  }

  private parseExpr(): Expr {
    const left = this.parseTerm({}, true);
    if (this.isPunct('=') || this.isPunct(':=')) {
      const op = this.tokens[this.pos++]!.text;
      const right = this.parseTerm({}, true);
      return op === '=' ? { type: 'unify', left, right } : { type: 'assign', left, right };
    }
    return { type: 'term', term: left };
  }

  // --- terms with operators ---

  /** Term with infix operators. `allowKeyValue` permits `k, v in xs` at the top of an expression. */
  parseTerm(opts: TermOptions = {}, allowKeyValue = false): Term {
    const lhs = this.parseRelation(opts);
    if (opts.noIn) return lhs;
    return this.parseInTail(lhs, opts, allowKeyValue);
  }

  private parseInTail(lhs: Term, opts: TermOptions, allowKeyValue: boolean): Term {
    if (allowKeyValue && this.isPunct(',') && this.keywords.has('in')) {
      const save = this.pos;
      this.pos++;
      try {
        const mhs = this.parseRelation(opts);
        if (this.isKeyword('in')) {
          const t = this.tok;
          this.pos++;
          const rhs = this.parseRelation(opts);
          const call: Term = { type: 'call', fn: builtinRef('internal.member_3', this.loc(t)), args: [lhs, mhs, rhs], loc: lhs.loc };
          return this.parseInTail(call, opts, false);
        }
      } catch (e) {
        if (!(e instanceof RegoParseError)) throw e;
      }
      this.pos = save;
    }
    if (this.isKeyword('in')) {
      const t = this.tok;
      this.pos++;
      const rhs = this.parseRelation(opts);
      const call: Term = { type: 'call', fn: builtinRef('internal.member_2', this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
      return this.parseInTail(call, opts, false);
    }
    return lhs;
  }

  private binaryLoop(next: () => Term, ops: Record<string, string>, opts: TermOptions): Term {
    let lhs = next();
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'punct' || !(t.text in ops)) return lhs;
      if (t.text === '|' && opts.noBar) return lhs;
      if (t.text === '-' && t.newlineBefore) return lhs;
      this.pos++;
      const rhs = next();
      lhs = { type: 'call', fn: builtinRef(ops[t.text]!, this.loc(t)), args: [lhs, rhs], loc: lhs.loc };
    }
  }

  private parseRelation(opts: TermOptions): Term {
    return this.binaryLoop(() => this.parseOr(opts), RELATION_OPS, opts);
  }
  private parseOr(opts: TermOptions): Term {
    return this.binaryLoop(() => this.parseAnd(opts), { '|': 'or' }, opts);
  }
  private parseAnd(opts: TermOptions): Term {
    return this.binaryLoop(() => this.parseArith(opts), { '&': 'and' }, opts);
  }
  private parseArith(opts: TermOptions): Term {
    return this.binaryLoop(() => this.parseFactor(opts), ARITH_OPS, opts);
  }
  private parseFactor(opts: TermOptions): Term {
    return this.binaryLoop(() => this.parseUnary(), FACTOR_OPS, opts);
  }

  private parseUnary(): Term {
    if (this.isPunct('-')) {
      const t = this.tok;
      this.pos++;
      if (this.tok.kind === 'number' && !this.tok.spaceBefore) {
        const n = this.tok;
        this.pos++;
        return this.parseRefTail({ type: 'scalar', value: parseNumber('-' + n.text), loc: this.loc(t) });
      }
      const operand = this.parseUnary();
      return { type: 'call', fn: builtinRef('minus', this.loc(t)), args: [{ type: 'scalar', value: 0, loc: this.loc(t) }, operand], loc: this.loc(t) };
    }
    return this.parsePrimary();
  }

  // --- primary terms ---

  private parsePrimary(): Term {
    const t = this.tok;
    const loc = this.loc(t);
    let term: Term;
    switch (t.kind) {
      case 'number':
        this.pos++;
        term = { type: 'scalar', value: parseNumber(t.text), loc };
        break;
      case 'string':
        this.pos++;
        term = { type: 'scalar', value: t.text, loc };
        break;
      case 'ident':
        this.pos++;
        if (t.text === 'true' || t.text === 'false') term = { type: 'scalar', value: t.text === 'true', loc };
        else if (t.text === 'null') term = { type: 'scalar', value: null, loc };
        else if (t.text === 'set' && this.isPunct('(') && this.isPunct(')', this.peek()) && !this.tok.spaceBefore) {
          this.pos += 2;
          term = { type: 'set', items: [], loc };
        } else if (t.text === '_') term = { type: 'var', name: `$wildcard${this.wildcards++}`, loc };
        else if (['package', 'import', 'else', 'with', 'as', 'default', 'not', 'some'].includes(t.text) || (this.keywords.has(t.text) && t.text !== 'contains')) {
          this.fail(`unexpected ${t.text} keyword`, t);
        } else term = { type: 'var', name: t.text, loc };
        break;
      case 'punct':
        if (t.text === '[') term = this.parseArray();
        else if (t.text === '{') term = this.parseBrace();
        else if (t.text === '(') {
          this.pos++;
          term = this.parseTerm({}, true);
          this.expectPunct(')');
        } else this.fail(`unexpected ${this.describe(t)}`);
        break;
      default:
        this.fail(`unexpected ${this.describe(t)}`);
    }
    return this.parseRefTail(term);
  }

  /** `.name`, `[term]` and `(args)` after a term, on the same line. */
  private parseRefTail(term: Term): Term {
    for (;;) {
      const t = this.tok;
      if (this.isPunct('.') && !t.spaceBefore) {
        this.pos++;
        if (this.tok.kind !== 'ident') this.fail('name expected after "."');
        const name: Term = { type: 'scalar', value: this.tok.text, loc: this.loc() };
        this.pos++;
        term = appendRef(term, name);
      } else if (this.isPunct('[') && !t.spaceBefore) {
        this.pos++;
        const key = this.parseTerm();
        this.expectPunct(']');
        term = appendRef(term, key);
      } else if (this.isPunct('(') && !t.spaceBefore && isCallable(term)) {
        this.pos++;
        const args: Term[] = [];
        while (!this.isPunct(')')) {
          args.push(this.parseTerm());
          if (!this.isPunct(',')) break;
          this.pos++;
        }
        this.expectPunct(')');
        term = { type: 'call', fn: term, args, loc: term.loc };
      } else return term;
    }
  }

  private parseArray(): Term {
    const loc = this.loc();
    this.expectPunct('[');
    if (this.isPunct(']')) {
      this.pos++;
      return { type: 'array', items: [], loc };
    }
    const save = this.pos;
    const head = this.parseTerm({ noBar: true });
    if (this.isPunct('|')) {
      this.pos++;
      const body = this.parseQueryUntil(']');
      this.expectPunct(']');
      return { type: 'arraycomp', head, body, loc };
    }
    this.pos = save;
    const items = this.parseList(']');
    return { type: 'array', items, loc };
  }

  private parseList(end: string): Term[] {
    const items: Term[] = [];
    while (!this.isPunct(end)) {
      items.push(this.parseTerm());
      if (!this.isPunct(',')) break;
      this.pos++;
    }
    this.expectPunct(end);
    return items;
  }

  private parseBrace(): Term {
    const loc = this.loc();
    this.expectPunct('{');
    if (this.isPunct('}')) {
      this.pos++;
      return { type: 'object', pairs: [], loc };
    }
    const save = this.pos;
    const first = this.parseTerm({ noBar: true });
    if (this.isPunct(':')) {
      this.pos++;
      const value = this.parseTerm({ noBar: true });
      if (this.isPunct('|')) {
        this.pos++;
        const body = this.parseQueryUntil('}');
        this.expectPunct('}');
        return { type: 'objectcomp', key: first, value, body, loc };
      }
      this.pos = save;
      const pairs: [Term, Term][] = [];
      while (!this.isPunct('}')) {
        const k = this.parseTerm();
        this.expectPunct(':');
        const v = this.parseTerm();
        pairs.push([k, v]);
        if (!this.isPunct(',')) break;
        this.pos++;
      }
      this.expectPunct('}');
      return { type: 'object', pairs, loc };
    }
    if (this.isPunct('|')) {
      this.pos++;
      const body = this.parseQueryUntil('}');
      this.expectPunct('}');
      return { type: 'setcomp', head: first, body, loc };
    }
    this.pos = save;
    return { type: 'set', items: this.parseList('}'), loc };
  }
}

function trueLiteral(loc: RegoLocation): Literal {
  return { negated: false, expr: { type: 'term', term: { type: 'scalar', value: true, loc } }, withs: [], loc };
}

function builtinRef(name: string, loc: RegoLocation): Term {
  const parts = name.split('.');
  const head: Term = { type: 'var', name: parts[0]!, loc };
  if (parts.length === 1) return head;
  return { type: 'ref', head, path: parts.slice(1).map((p) => ({ type: 'scalar', value: p, loc }) as Term), loc };
}

function appendRef(term: Term, key: Term): Term {
  if (term.type === 'ref') return { ...term, path: [...term.path, key] };
  return { type: 'ref', head: term, path: [key], loc: term.loc };
}

function isCallable(term: Term): boolean {
  if (term.type === 'var') return true;
  return term.type === 'ref' && term.head.type === 'var' && term.path.every((p) => p.type === 'scalar' && typeof p.value === 'string');
}

/**
 * Number literal. Integers (including `1e21`-style literals whose value is integral) are exact,
 * becoming bigint beyond 2^53, like OPA's arbitrary-precision numbers; others are float64.
 */
export function parseNumber(text: string): Scalar {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m) {
    const [, sign, intPart, frac = '', expText] = m;
    const exp = expText ? Number(expText) : 0;
    const digits = (intPart ?? '') + frac;
    const fracTrimmed = frac.replace(/0+$/, '');
    if (exp >= fracTrimmed.length && exp - frac.length < 400) {
      const scale = exp - frac.length;
      const big = scale >= 0 ? BigInt((digits || '0') + '0'.repeat(scale)) : BigInt(digits.slice(0, digits.length + scale) || '0');
      const n = sign ? -big : big;
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
  }
  return Number(text);
}

/** Parses one Rego module. The file name is used in error locations. */
export function parseModule(source: string, file: string, version: RegoVersion = 'v1'): ModuleAst {
  return new Parser(tokenize(source, file), file, version).parseModule();
}

/** Parses a query (a body: literals separated by `;` or newlines), always with v1 keywords. */
export function parseQuery(source: string, file = 'query'): Literal[] {
  const p = new Parser(tokenize(source, file), file, 'v1');
  const body = p.parseQueryUntil('eof');
  if (body.length === 0) throw new RegoParseError('empty query', { file, line: 1, col: 1 });
  return body;
}

/** Parses a single term (used for `input_term`-style values written in Rego syntax). */
export function parseTermText(source: string, file = 'term'): Term {
  const p = new Parser(tokenize(source, file), file, 'v1');
  return p.parseTerm();
}
