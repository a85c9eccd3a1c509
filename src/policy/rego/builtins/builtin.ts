import { BuiltinError } from '../errors.js';
import { isNumber, RegoObject, RegoSet, typeName, type RegoNumber, type Value } from '../value.js';

/**
 * A builtin function. `fn` returns the result, or undefined for "no result" (the call is then
 * undefined); it throws BuiltinError for operand and runtime errors, which OPA reports only in
 * strict mode.
 */
/** What a builtin may know about the evaluation it runs in. */
export interface BuiltinContext {
  /** The time the evaluation started, in nanoseconds: OPA's `time.now_ns` is constant per query. */
  nowNs: bigint;
}

export interface BuiltinDef {
  arity: number;
  fn: (args: Value[], ctx: BuiltinContext) => Value | undefined;
  /**
   * A relation (such as `walk`) has any number of results: `fn` returns an array and each element
   * is one solution of the call.
   */
  relation?: boolean;
}

export type BuiltinTable = Record<string, BuiltinDef>;

export function def(arity: number, fn: (args: Value[], ctx: BuiltinContext) => Value | undefined): BuiltinDef {
  return { arity, fn };
}

/** OPA's wording: `<name>: operand <n> must be <expected> but got <type>`. */
export function operandError(name: string, pos: number, expected: string, got: Value): BuiltinError {
  return new BuiltinError('eval_type_error', `${name}: operand ${pos} must be ${expected} but got ${typeName(got)}`);
}

export function builtinError(name: string, message: string): BuiltinError {
  return new BuiltinError('eval_builtin_error', `${name}: ${message}`);
}

export function str(name: string, args: Value[], i: number): string {
  const v = args[i]!;
  if (typeof v !== 'string') throw operandError(name, i + 1, 'string', v);
  return v;
}

export function num(name: string, args: Value[], i: number): RegoNumber {
  const v = args[i]!;
  if (!isNumber(v)) throw operandError(name, i + 1, 'number', v);
  return v;
}

export function arr(name: string, args: Value[], i: number): readonly Value[] {
  const v = args[i]!;
  if (!Array.isArray(v)) throw operandError(name, i + 1, 'array', v);
  return v;
}

export function obj(name: string, args: Value[], i: number): RegoObject {
  const v = args[i]!;
  if (!(v instanceof RegoObject)) throw operandError(name, i + 1, 'object', v);
  return v;
}

export function set(name: string, args: Value[], i: number): RegoSet {
  const v = args[i]!;
  if (!(v instanceof RegoSet)) throw operandError(name, i + 1, 'set', v);
  return v;
}

export function bool(name: string, args: Value[], i: number): boolean {
  const v = args[i]!;
  if (typeof v !== 'boolean') throw operandError(name, i + 1, 'boolean', v);
  return v;
}

/** An integer operand as a JS number (for indexes, counts and similar small integers). */
export function int(name: string, args: Value[], i: number): number {
  const v = num(name, args, i);
  if (typeof v === 'bigint') return Number(v);
  if (!Number.isInteger(v)) throw new BuiltinError('eval_type_error', `${name}: operand ${i + 1} must be integer number but got floating-point number`);
  return v;
}

/** Elements of an array or set operand (OPA accepts either for many collection builtins). */
export function arrayOrSet(name: string, args: Value[], i: number): Value[] {
  const v = args[i]!;
  if (Array.isArray(v)) return [...v];
  if (v instanceof RegoSet) return [...v.values()];
  throw operandError(name, i + 1, 'one of {array, set}', v);
}
