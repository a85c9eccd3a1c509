import type { RegoLocation } from './errors.js';

/** Scalar literal values. */
export type Scalar = null | boolean | number | bigint | string;

/**
 * Terms of the Rego syntax tree. Infix operators are parsed into calls of OPA's internal names
 * (`plus`, `equal`, `internal.member_2`, ...) so that the evaluator only knows about calls.
 */
export type Term =
  | { type: 'scalar'; value: Scalar; loc: RegoLocation }
  | { type: 'var'; name: string; loc: RegoLocation }
  | { type: 'ref'; head: Term; path: Term[]; loc: RegoLocation }
  | { type: 'array'; items: Term[]; loc: RegoLocation }
  | { type: 'object'; pairs: [Term, Term][]; loc: RegoLocation }
  | { type: 'set'; items: Term[]; loc: RegoLocation }
  | { type: 'arraycomp'; head: Term; body: Literal[]; loc: RegoLocation }
  | { type: 'setcomp'; head: Term; body: Literal[]; loc: RegoLocation }
  | { type: 'objectcomp'; key: Term; value: Term; body: Literal[]; loc: RegoLocation }
  | { type: 'call'; fn: Term; args: Term[]; loc: RegoLocation }
  /** Produced by the compiler: a call whose target is resolved (builtin name or rule path). */
  | { type: 'rcall'; target: CallTarget; args: Term[]; loc: RegoLocation }
  /** Produced by the compiler: a reference rooted at `data` or `input`, path partly variable. */
  | { type: 'dref'; root: 'data' | 'input'; path: Term[]; loc: RegoLocation };

export type CallTarget = { kind: 'builtin'; name: string } | { kind: 'function'; path: string[]; name: string };

export interface WithModifier {
  target: Term;
  value: Term;
  loc: RegoLocation;
}

export type Expr =
  | { type: 'term'; term: Term }
  | { type: 'unify'; left: Term; right: Term }
  | { type: 'assign'; left: Term; right: Term }
  | { type: 'some'; vars: Term[] }
  | { type: 'somein'; key?: Term; value: Term; collection: Term }
  | { type: 'every'; key?: Term; value: Term; collection: Term; body: Literal[] };

export interface Literal {
  negated: boolean;
  expr: Expr;
  withs: WithModifier[];
  loc: RegoLocation;
}

export type RuleKind = 'single' | 'multi' | 'function';

export interface RuleAst {
  kind: RuleKind;
  isDefault: boolean;
  /** Head reference: first element is the rule name (a string scalar), then dots/brackets. */
  ref: Term[];
  args?: Term[];
  /** Element of a multi-value (set) rule. */
  key?: Term;
  /** Value of a single-value rule or function; absent means `true`. */
  value?: Term;
  body: Literal[];
  elses: { value?: Term; body: Literal[]; loc: RegoLocation }[];
  loc: RegoLocation;
}

export interface ImportAst {
  /** Path as written, e.g. ['data', 'foo', 'bar'] or ['future', 'keywords', 'in']. */
  path: string[];
  alias?: string;
  loc: RegoLocation;
}

export interface ModuleAst {
  file: string;
  packagePath: string[];
  imports: ImportAst[];
  rules: RuleAst[];
  regoV1: boolean;
}
