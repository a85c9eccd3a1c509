import { evaluateValues, toValue, type CompiledPolicySet } from './index.js';
import { jsonText, RegoObject, RegoSet, type Value } from './value.js';

/** A deny or warn message and the package that produced it. */
export interface PolicyMessage {
  package: string;
  message: string;
}

/** Messages of every package's `deny` and `warn` rules, plus evaluation errors per package. */
export interface PolicyMessages {
  deny: PolicyMessage[];
  warn: PolicyMessage[];
  errors: { package: string; error: Error }[];
}

/**
 * Evaluates `deny` and `warn` in every package and collects their messages. A rule may produce
 * strings, or objects with a `msg` field (conftest style); anything else is shown as JSON.
 * Never throws for evaluation errors: they are listed in `errors`.
 *
 * @example
 * ```ts
 * const set = compileModules([{ path: 'p.rego', source: 'package p\ndeny["always"] { true }' }]);
 * collectPolicyMessages(set, {}).deny; // [{ package: 'p', message: 'always' }]
 * ```
 */
export function collectPolicyMessages(policySet: CompiledPolicySet, input: unknown): PolicyMessages {
  const out: PolicyMessages = { deny: [], warn: [], errors: [] };
  const inputValue = toValue(input);
  for (const pkg of policySet.packages) {
    const name = pkg.join('.');
    const ref = 'data' + pkg.map((p) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');
    for (const kind of ['deny', 'warn'] as const) {
      const r = evaluateValues(policySet, { query: `x := ${ref}.${kind}`, inputValue });
      if (r.error) {
        out.errors.push({ package: name, error: r.error });
        continue;
      }
      for (const sol of r.values) out[kind].push(...messagesOf(sol.get('x')!).map((message) => ({ package: name, message })));
    }
  }
  return out;
}

/**
 * Messages in a deny/warn document: a set or array of strings or `{msg}` objects; an object
 * mapping messages to true; `true` (a boolean deny rule) gives one generic message.
 */
export function messagesOf(v: Value): string[] {
  // `deny[msg] if { ... }` in Rego v0 with `if` makes an object {msg: true}; its keys are the messages.
  if (v instanceof RegoObject && v.size > 0 && [...v.pairs()].every(([, x]) => x === true)) return messagesOf(new RegoSet(v.keys()));
  const items = v instanceof RegoSet ? v.sorted() : Array.isArray(v) ? v : v === true ? ['(no message)'] : v === false || v === null ? [] : [v];
  return items.map((m) => {
    if (typeof m === 'string') return m;
    if (m instanceof RegoObject) {
      const msg = m.get('msg');
      if (typeof msg === 'string') return msg;
    }
    return jsonText(m);
  });
}
