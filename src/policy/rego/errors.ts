/** Where something is in a Rego source file. */
export interface RegoLocation {
  file: string;
  line: number;
  col: number;
}

export function formatLocation(loc: RegoLocation | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.col}` : '<unknown>';
}

/** A module that cannot be parsed: the message starts with `file:line:col`. */
export class RegoParseError extends Error {
  override name = 'RegoParseError';
  constructor(
    readonly reason: string,
    readonly location: RegoLocation,
  ) {
    super(`${formatLocation(location)}: rego_parse_error: ${reason}`);
  }
}

/**
 * A policy that parses but cannot be compiled: unsafe variables, unknown functions, or Rego this
 * evaluator does not support (the message names the construct so users know what to rewrite).
 */
export class RegoCompileError extends Error {
  override name = 'RegoCompileError';
  constructor(
    readonly reason: string,
    readonly location?: RegoLocation,
  ) {
    super(location ? `${formatLocation(location)}: rego_compile_error: ${reason}` : `rego_compile_error: ${reason}`);
  }
}

/** Evaluation error codes, as OPA's topdown names them. */
export type RegoEvalErrorCode = 'eval_conflict_error' | 'eval_type_error' | 'eval_builtin_error' | 'eval_internal_error';

/**
 * An error while evaluating. The message follows OPA's format
 * `<file>:<row>: <code>: <message>` so that users can compare with OPA's output.
 */
export class RegoEvalError extends Error {
  override name = 'RegoEvalError';
  constructor(
    readonly code: RegoEvalErrorCode,
    readonly reason: string,
    readonly location?: RegoLocation,
  ) {
    super(location ? `${location.file}:${location.line}: ${code}: ${reason}` : `${code}: ${reason}`);
  }
}

/**
 * Raised by a builtin implementation; the evaluator turns it into a RegoEvalError with the call's
 * location, or makes the call undefined when strict builtin errors are off.
 */
export class BuiltinError extends Error {
  override name = 'BuiltinError';
  constructor(
    readonly code: 'eval_type_error' | 'eval_builtin_error',
    message: string,
  ) {
    super(message);
  }
}
