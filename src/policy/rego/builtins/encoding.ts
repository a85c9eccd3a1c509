import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { BuiltinError } from '../errors.js';
import { fromJson, jsonText, quoteJsonString, RegoObject, RegoSet, toJson, type Value } from '../value.js';
import { builtinError, def, obj, str, type BuiltinTable } from './builtin.js';

/** Go's json.MarshalIndent layout as OPA emits it: every line prefixed, empty containers stay `[]`/`{}`. */
function indentJson(v: Value, prefix: string, indent: string, depth = 0): string {
  return (depth === 0 ? prefix : '') + indentInner(v, prefix, indent, depth);
}

function indentInner(v: Value, prefix: string, indent: string, depth: number): string {
  const nl = (d: number) => '\n' + prefix + indent.repeat(d);
  if (Array.isArray(v) || v instanceof RegoSet) {
    const items = Array.isArray(v) ? v : v.sorted();
    if (items.length === 0) return '[]';
    return '[' + items.map((x) => nl(depth + 1) + indentInner(x, prefix, indent, depth + 1)).join(',') + nl(depth) + ']';
  }
  if (v instanceof RegoObject) {
    const pairs = v.sortedPairs().map(([k, x]) => [typeof k === 'string' ? k : jsonText(k, true), x] as const);
    if (pairs.length === 0) return '{}';
    return '{' + pairs.map(([k, x]) => nl(depth + 1) + quoteJsonString(k, true) + ': ' + indentInner(x, prefix, indent, depth + 1)).join(',') + nl(depth) + '}';
  }
  return jsonText(v, true);
}

function unmarshal(name: string, text: string): Value {
  try {
    return fromJson(JSON.parse(text));
  } catch (e) {
    throw builtinError(name, (e as Error).message);
  }
}

/** Error text close to Go's yaml package (`yaml: line N: ...`). */
function yamlErrorText(e: unknown): string {
  const err = e as { message?: string; linePos?: { line: number }[]; code?: string };
  const line = err.linePos?.[0]?.line ?? 1;
  const reason = /Flow sequence|Flow map/.test(err.message ?? '') ? "did not find expected ',' or ']'" : (err.message ?? String(e)).split('\n')[0];
  return `yaml: line ${line}: ${reason}`;
}

function yamlToValue(x: unknown): Value {
  return fromJson(x);
}

/** Go decodes invalid UTF-8 byte by byte into U+FFFD; Node's decoder does the same per byte. */
function bytesToString(b: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(b);
}

function base64Decode(name: string, s: string, url: boolean): string {
  const alphabet = url ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(s) || (!url && s.length % 4 !== 0)) throw builtinError(name, 'illegal base64 data');
  return bytesToString(Buffer.from(s, url ? 'base64url' : 'base64'));
}

export const encodingBuiltins: BuiltinTable = {
  'base64.encode': def(1, (a) => Buffer.from(str('base64.encode', a, 0), 'utf8').toString('base64')),
  'base64.decode': def(1, (a) => base64Decode('base64.decode', str('base64.decode', a, 0), false)),
  'base64.is_valid': def(1, ([v]) => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v) && v.length % 4 === 0),
  'base64url.encode': def(1, (a) => {
    const b = Buffer.from(str('base64url.encode', a, 0), 'utf8').toString('base64url');
    return b + '='.repeat((4 - (b.length % 4)) % 4);
  }),
  'base64url.encode_no_pad': def(1, (a) => Buffer.from(str('base64url.encode_no_pad', a, 0), 'utf8').toString('base64url')),
  'base64url.decode': def(1, (a) => base64Decode('base64url.decode', str('base64url.decode', a, 0), true)),
  'hex.encode': def(1, (a) => Buffer.from(str('hex.encode', a, 0), 'utf8').toString('hex')),
  'hex.decode': def(1, (a) => {
    const s = str('hex.decode', a, 0);
    if (!/^([0-9A-Fa-f]{2})*$/.test(s)) throw builtinError('hex.decode', 'invalid byte in hex string');
    return bytesToString(Buffer.from(s, 'hex'));
  }),
  'json.marshal': def(1, ([v]) => jsonText(v!, true)),
  'json.marshal_with_options': def(2, (a) => {
    const opts = obj('json.marshal_with_options', a, 1);
    let pretty: boolean | undefined;
    let prefix = '';
    let indent = '\t';
    let sawFormat = false;
    for (const [k, v] of opts.pairs()) {
      if (k === 'pretty') {
        if (typeof v !== 'boolean') throw new BuiltinError('eval_type_error', 'json.marshal_with_options: pretty must be a boolean');
        pretty = v;
      } else if (k === 'prefix' || k === 'indent') {
        if (typeof v !== 'string') throw new BuiltinError('eval_type_error', `json.marshal_with_options: ${k} must be a string`);
        if (k === 'prefix') prefix = v;
        else indent = v;
        sawFormat = true;
      } else {
        throw new BuiltinError('eval_type_error', `json.marshal_with_options: object contained unknown key ${jsonText(k)}`);
      }
    }
    if (pretty === false || (pretty === undefined && !sawFormat)) return jsonText(a[0]!, true);
    return indentJson(a[0]!, prefix, indent);
  }),
  'json.unmarshal': def(1, (a) => unmarshal('json.unmarshal', str('json.unmarshal', a, 0))),
  'json.is_valid': def(1, ([v]) => {
    if (typeof v !== 'string') return false;
    try {
      JSON.parse(v);
      return true;
    } catch {
      return false;
    }
  }),
  'yaml.unmarshal': def(1, (a) => {
    try {
      return yamlToValue(parseYaml(str('yaml.unmarshal', a, 0)));
    } catch (e) {
      throw builtinError('yaml.unmarshal', yamlErrorText(e));
    }
  }),
  'yaml.is_valid': def(1, ([v]) => {
    if (typeof v !== 'string') return false;
    try {
      parseYaml(v);
      return true;
    } catch {
      return false;
    }
  }),
  'yaml.marshal': def(1, ([v]) => stringifyYaml(toJson(v!))),
};
