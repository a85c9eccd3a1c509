import { describe, expect, it } from 'vitest';
import {
  collectPolicyMessages,
  compileModules,
  evaluate,
  RegoCompileError,
  RegoParseError,
} from '../../../src/policy/rego/index.js';

function compileError(sources: string[]): Error {
  try {
    compileModules(sources.map((source, i) => ({ path: `policies/p${i}.rego`, source })));
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a compile error');
}

describe('compileModules', () => {
  it('reports parse errors with file:line:col', () => {
    const e = compileError(['package p\n\nallow if {\n  x := [1, 2\n}\n']);
    expect(e).toBeInstanceOf(RegoParseError);
    expect(e.message).toMatch(/^policies\/p0\.rego:5:1: rego_parse_error: /);
  });

  it('names unsupported builtins and where they are called', () => {
    const e = compileError(['package p\n\nallow if {\n  http.send({"url": "x"})\n}\n']);
    expect(e).toBeInstanceOf(RegoCompileError);
    expect(e.message).toBe("policies/p0.rego:4:3: rego_compile_error: built-in function http.send is not supported by dbops's Rego evaluator");
  });

  it('rejects unknown functions and unsafe variables', () => {
    expect(compileError(['package p\nallow if nope(1)\n']).message).toContain('policies/p0.rego:2:10: rego_compile_error: undefined function nope');
    expect(compileError(['package p\nallow if x > 1\n']).message).toContain('var x is unsafe');
  });

  it('reads v1 syntax, v0 syntax and import rego.v1 side by side', () => {
    const set = compileModules([
      { path: 'v1.rego', source: 'package a\ndeny contains msg if {\n  some s in input.sql\n  startswith(s, "DROP")\n  msg := concat(" ", ["drop:", s])\n}\n' },
      { path: 'v0.rego', source: 'package b\ndeny[msg] {\n  s := input.sql[_]\n  contains(s, "TRUNCATE")\n  msg := sprintf("truncate: %s", [s])\n}\n' },
      { path: 'rv1.rego', source: 'package c\nimport rego.v1\nwarn contains "many" if count(input.sql) > 1\n' },
    ]);
    expect(set.packages).toEqual([['a'], ['b'], ['c']]);
    const r = collectPolicyMessages(set, { sql: ['DROP TABLE t', 'TRUNCATE u'] });
    expect(r.deny).toEqual([
      { package: 'a', message: 'drop: DROP TABLE t' },
      { package: 'b', message: 'truncate: TRUNCATE u' },
    ]);
    expect(r.warn).toEqual([{ package: 'c', message: 'many' }]);
  });

  it('resolves imports with aliases across modules', () => {
    const set = compileModules([
      { path: 'lib.rego', source: 'package lib.names\nidx_name(table, cols) := concat("_", array.concat(["idx", table], cols))\n' },
      { path: 'main.rego', source: 'package main\nimport data.lib.names as n\nimport input.index as ix\nok if n.idx_name(ix.table, ix.cols) == ix.name\n' },
    ]);
    expect(evaluate(set, { query: 'x := data.main.ok', input: { index: { table: 't', cols: ['a', 'b'], name: 'idx_t_a_b' } } }).solutions).toEqual([{ x: true }]);
    expect(evaluate(set, { query: 'x := data.main.ok', input: { index: { table: 't', cols: ['a'], name: 'bad' } } }).solutions).toEqual([]);
  });
});

describe('evaluate', () => {
  const set = compileModules([
    {
      path: 'p.rego',
      source: [
        'package p',
        'default allow := false',
        'allow if input.user == "admin"',
        'limit := data.config.limit',
        'conflict := 1',
        'conflict := 2 if input.clash',
        'escapes := ["a\\tb", `raw\\n`, "\\u00e9"]',
        'bad_regex if regex.match("[", "x")',
      ].join('\n'),
    },
  ]);

  it('distinguishes false from undefined', () => {
    expect(evaluate(set, { query: 'x := data.p.allow', input: { user: 'bob' } }).solutions).toEqual([{ x: false }]);
    expect(evaluate(set, { query: 'x := data.p.limit' }).solutions).toEqual([]);
    expect(evaluate(set, { query: 'x := data.p.limit', data: { config: { limit: 3 } } }).solutions).toEqual([{ x: 3 }]);
  });

  it('returns conflicts as errors with code and location', () => {
    const r = evaluate(set, { query: 'x := data.p.conflict', input: { clash: true } });
    expect(r.error?.code).toBe('eval_conflict_error');
    expect(r.error?.message).toBe('p.rego:6: eval_conflict_error: complete rules must not produce multiple outputs');
  });

  it('makes a failing builtin undefined, or an error with strictBuiltinErrors', () => {
    expect(evaluate(set, { query: 'x := data.p.bad_regex' })).toMatchObject({ solutions: [], error: undefined });
    const strict = evaluate(set, { query: 'x := data.p.bad_regex', strictBuiltinErrors: true });
    expect(strict.error?.code).toBe('eval_builtin_error');
    expect(strict.error?.message).toContain('regex.match: error parsing regexp: missing closing ]: `[`');
  });

  it('decodes string escapes and keeps raw strings raw', () => {
    expect(evaluate(set, { query: 'x := data.p.escapes' }).solutions).toEqual([{ x: ['a\tb', 'raw\\n', 'é'] }]);
  });

  it('returns one solution per binding of the query variables, sets as sorted arrays', () => {
    const r = evaluate(compileModules([]), { query: 'some i; x := [3, 1, 2][i]; s := {x, 0}' });
    expect(r.solutions).toEqual([
      { i: 0, x: 3, s: [0, 3] },
      { i: 1, x: 1, s: [0, 1] },
      { i: 2, x: 2, s: [0, 2] },
    ]);
  });
});

describe('collectPolicyMessages', () => {
  it('accepts {msg} objects and lists evaluation errors per package instead of throwing', () => {
    const set = compileModules([
      { path: 'a.rego', source: 'package a\ndeny contains {"msg": "object message", "code": 1} if true\n' },
      { path: 'b.rego', source: 'package b\ndeny := "x" if true\ndeny := "y" if true\n' },
    ]);
    const r = collectPolicyMessages(set, {});
    expect(r.deny).toEqual([{ package: 'a', message: 'object message' }]);
    expect(r.errors.map((e) => [e.package, (e.error as { code?: string }).code])).toEqual([['b', 'eval_conflict_error']]);
  });
});

describe('builtins outside the conformance corpus', () => {
  const run = (query: string) => evaluate(compileModules([]), { query, strictBuiltinErrors: true });

  it('regex.template_match matches literal text with regexes between delimiters', () => {
    expect(run('x := regex.template_match("urn:foo:{.*}", "urn:foo:bar:baz", "{", "}")').solutions).toEqual([{ x: true }]);
    expect(run('x := regex.template_match("urn:foo.bar:{[a-z]+}", "urn:foo.bar:baz", "{", "}")').solutions).toEqual([{ x: true }]);
    expect(run('x := regex.template_match("urn:foo.bar:{[a-z]+}", "urn:fooxbar:baz", "{", "}")').solutions).toEqual([{ x: false }]);
  });

  it('json.filter and json.remove keep or drop paths given as strings or arrays', () => {
    expect(run('x := json.filter({"a": {"b": 1, "c": 2}, "d": [5, 6]}, ["a/b", ["d", "1"]])').solutions).toEqual([{ x: { a: { b: 1 }, d: [6] } }]);
    expect(run('x := json.remove({"a": {"b": 1, "c": 2}, "d": 3}, {"a/b", "d"})').solutions).toEqual([{ x: { a: { c: 2 } } }]);
  });

  it('erases print() calls, as OPA does when printing is off', () => {
    const set = compileModules([{ path: 'p.rego', source: 'package p\nallow if {\n  print("x is", input.missing)\n  true\n}\n' }]);
    expect(evaluate(set, { query: 'x := data.p.allow' }).solutions).toEqual([{ x: true }]);
  });

  it('reads v0 `deny[msg] if` (an object of messages) as messages too', () => {
    const set = compileModules([{ path: 'p.rego', source: 'package p\nimport future.keywords.if\ndeny[msg] if msg := "no"\n' }]);
    expect(evaluate(set, { query: 'x := data.p.deny' }).solutions).toEqual([{ x: { no: true } }]);
    expect(collectPolicyMessages(set, {}).deny).toEqual([{ package: 'p', message: 'no' }]);
  });
});

describe('hash and bit builtins', () => {
  const run = (query: string) => evaluate(compileModules([]), { query }).solutions;
  it('computes hex digests and HMACs', () => {
    expect(run('x := crypto.sha256("abc")')).toEqual([{ x: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' }]);
    expect(run('x := crypto.md5("")')).toEqual([{ x: 'd41d8cd98f00b204e9800998ecf8427e' }]);
    expect(run('x := crypto.hmac.equal("a", "a")')).toEqual([{ x: true }]);
  });
  it('does bitwise arithmetic exactly', () => {
    expect(run('x := [bits.and(12, 10), bits.or(12, 10), bits.xor(12, 10), bits.negate(0), bits.lsh(1, 70), bits.rsh(256, 4)]')).toEqual([
      { x: [8, 14, 6, -1, 1180591620717411303424n, 16] },
    ]);
  });
});

describe('time, semver, object.subset and walk', () => {
  const run = (query: string) => evaluate(compileModules([]), { query, strictBuiltinErrors: true });
  it('parses and splits times (nanoseconds since the epoch)', () => {
    expect(run('x := time.parse_rfc3339_ns("2024-02-29T12:30:45.5+01:00")').solutions).toEqual([{ x: 1709206245500000000n }]);
    expect(run('x := time.parse_duration_ns("1h30m")').solutions).toEqual([{ x: 5400000000000 }]);
    expect(run('t := time.parse_rfc3339_ns("2024-02-29T23:30:00Z"); x := [time.date(t), time.clock(t), time.weekday(t), time.date([t, "Europe/Paris"])]').solutions[0]!.x).toEqual([
      [2024, 2, 29], [23, 30, 0], 'Thursday', [2024, 3, 1],
    ]);
    expect(run('t := time.parse_rfc3339_ns("2024-01-31T00:00:00Z"); x := time.date(time.add_date(t, 0, 1, 0))').solutions[0]!.x).toEqual([2024, 3, 2]);
  });

  it('compares semantic versions', () => {
    expect(run('x := [semver.compare("1.2.3", "1.10.0"), semver.compare("1.0.0-alpha", "1.0.0"), semver.is_valid("1.2")]').solutions).toEqual([{ x: [-1, -1, false] }]);
  });

  it('object.subset and walk', () => {
    expect(run('x := [object.subset({"a": {"b": 1, "c": 2}}, {"a": {"b": 1}}), object.subset([1, 2, 3], [2, 3]), object.subset([1, 2, 3], [1, 3])]').solutions).toEqual([{ x: [true, true, false] }]);
    expect(run('x := object.subset({"n": {"s": {1, 2, 3}, "a": [6, 7, 8]}}, {"n": {"s": {3, 1}, "a": [7, 8]}})').solutions).toEqual([{ x: true }]);
    expect(run('x := [object.subset({1, 2, {"a", "b"}}, {2, {"a", "b"}}), object.subset({1, {"a", "b"}}, {{"a"}}), object.subset([1, 2, 3], {3, 1})]').solutions).toEqual([{ x: [true, false, true] }]);
    expect(run('x := [p | walk({"a": [1]}, [p, _])]').solutions).toEqual([{ x: [[], ['a'], ['a', 0]] }]);
    expect(run('x := {p: v | [p, v] := walk({"a": {"b": 2}}); is_number(v)}').solutions).toEqual([{ x: { '["a","b"]': 2 } }]);
  });
});

describe('the example in the JSDoc of src/policy/rego/index.ts', () => {
  it('runs as documented', () => {
    const policies = compileModules([
      { path: 'naming.rego', source: 'package db\ndeny contains msg if {\n  some s in input.sqlStatements\n  contains(s, "DROP")\n  msg := sprintf("no drops: %s", [s])\n}' },
    ]);
    const { solutions } = evaluate(policies, { query: 'x := data.db.deny', input: { sqlStatements: ['DROP TABLE t;'] } });
    expect(solutions[0]!.x).toEqual(['no drops: DROP TABLE t;']);
    expect(collectPolicyMessages(policies, { sqlStatements: ['DROP TABLE t;'] }).deny).toEqual([{ package: 'db', message: 'no drops: DROP TABLE t;' }]);
  });
});

describe('time limits (Go keeps int64 nanoseconds)', () => {
  const run = (query: string) => evaluate(compileModules([]), { query, strictBuiltinErrors: true });
  it('adds dates and rejects times outside int64 nanoseconds', () => {
    expect(run('x := time.add_date(1585852421593912000, 3, 9, 12)').solutions).toEqual([{ x: 1705257221593912000n }]);
    expect(run('x := time.add_date(0, 2262, 1, 1)').error?.message).toContain('time.add_date: time outside of valid range');
    expect(run('x := time.date(1582977600 * 1000 * 1000 * 1000 * 1000)').error?.message).toContain('time.date: timestamp too big');
  });
});

describe('time.now_ns', () => {
  it('is the same throughout one evaluation, as in OPA', () => {
    const r = evaluate(compileModules([]), { query: 'x := count({time.now_ns() | numbers.range(1, 200)[_]})' });
    expect(r.solutions).toEqual([{ x: 1 }]);
  });
});

describe('large literals', () => {
  it('evaluates a literal list of 50,000 items without exhausting the stack', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => `"w${i}"`).join(', ');
    const set = compileModules([{ path: 'p.rego', source: `package p\nreserved := {${items}}\nhit if input.word in reserved\nn := count([x | some x in [${items}]])\n` }]);
    expect(evaluate(set, { query: 'x := data.p.hit', input: { word: 'w49999' } }).solutions).toEqual([{ x: true }]);
    expect(evaluate(set, { query: 'x := data.p.n' }).solutions).toEqual([{ x: 50_000 }]);
  });
});

describe('urlquery', () => {
  const run = (query: string) => evaluate(compileModules([]), { query, strictBuiltinErrors: true }).solutions;
  it('encodes and decodes like Go', () => {
    expect(run('x := [urlquery.encode("a b&c=d/é"), urlquery.decode("a+b%26c%3Dd%2F%C3%A9")]')).toEqual([{ x: ['a+b%26c%3Dd%2F%C3%A9', 'a b&c=d/é'] }]);
    expect(run('x := urlquery.encode_object({"b": ["2", "1"], "a": {"b+1"}})')).toEqual([{ x: 'a=b%2B1&b=2&b=1' }]);
    expect(run('x := urlquery.decode_object("a=value_a1&b&a=value_a2")')).toEqual([{ x: { a: ['value_a1', 'value_a2'], b: [''] } }]);
    expect(run('x := urlquery.decode_object("")')).toEqual([{ x: {} }]);
  });
});
