import type { Node } from 'libpg-query';

/**
 * PostgreSQL's parser (libpg-query's WebAssembly build), bound directly rather than through the
 * package's `parseSync`, for two reasons of speed:
 * - text crosses into and out of WebAssembly memory through the native TextEncoder/TextDecoder
 *   (the package's JavaScript loops cost more than parsing for large inputs);
 * - each statement's AST is decoded from the parser's JSON only when someone asks for it. Most
 *   statements (SELECTs above all, three quarters of the JSON of PostgreSQL's own regression
 *   SQL) are only checked to parse: no rule reads their AST.
 *
 * It relies on what libpg-query's API and output guarantee: `wasm_parse_query_raw` returns a
 * `PgQueryParseResult` (tree, stderr, error) whose error is a `PgQueryError` (message, funcname,
 * filename, lineno, cursorpos), and the tree is compact JSON `{"version":…,"stmts":[…]}` whose
 * elements are RawStmts `{"stmt":{"<Type>":…},"stmt_location":…,"stmt_len":…}` (PostgreSQL
 * makes RawStmts only at the top level). Output that does not look so is decoded whole.
 */

/** A statement as the parser returned it. */
export interface RawStatement {
  /** The node type, e.g. `CreateStmt`. */
  readonly kind: string;
  /** Byte offset of the statement's first token in the parsed text. */
  readonly location: number;
  /** Bytes up to the `;` that ends it; 0 when it runs to the end of the text. */
  readonly length: number;
  /** The AST, decoded on first use. */
  readonly node: Node;
}

/** What the parser rejects a text with. */
export class PostgresSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based position (in characters) the parser points at; 0 also when it points nowhere. */
    readonly cursorPosition: number,
  ) {
    super(message);
    this.name = 'PostgresSyntaxError';
  }
}

export interface PostgresParser {
  /** The statements of `sql`; throws PostgresSyntaxError when the parser rejects it. */
  parse(sql: string): RawStatement[];
}

/** The parts of the Emscripten module this binding uses. */
interface WasmModule {
  HEAPU8: Uint8Array;
  HEAPU32: Uint32Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _wasm_parse_query_raw(query: number): number;
  _wasm_free_parse_result(result: number): void;
}

let loading: Promise<PostgresParser> | undefined;

/** Loads and instantiates the WebAssembly module (once per process). */
export function loadPostgresParser(): Promise<PostgresParser> {
  loading ??= import(/* webpackIgnore: true */ 'libpg-query/wasm/libpg-query.js' as string).then(async (factory: { default: () => Promise<WasmModule> }) => {
    const wasm = await factory.default();
    return { parse: (sql) => parse(wasm, sql) };
  });
  return loading;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function parse(wasm: WasmModule, sql: string): RawStatement[] {
  // UTF-16 to UTF-8 takes at most 3 bytes per code unit.
  const capacity = sql.length * 3 + 1;
  const query = wasm._malloc(capacity);
  let result = 0;
  try {
    const { written } = encoder.encodeInto(sql, wasm.HEAPU8.subarray(query, query + capacity - 1));
    wasm.HEAPU8[query + written] = 0;
    result = wasm._wasm_parse_query_raw(query);
    if (!result) throw new Error('libpg-query could not allocate memory for its result');
    // Read the views again: parsing may have grown the memory (and replaced them).
    const heap = wasm.HEAPU8;
    const words = wasm.HEAPU32;
    const tree = words[result >> 2]!;
    const error = words[(result + 8) >> 2]!;
    if (error) {
      const message = words[error >> 2]!;
      const cursor = words[(error + 16) >> 2]!;
      throw new PostgresSyntaxError(message ? cString(heap, message) : 'unknown parser error', cursor > 0 ? cursor - 1 : 0);
    }
    if (!tree) throw new Error('libpg-query returned no parse tree');
    const end = heap.indexOf(0, tree);
    // A copy: the parser's memory is freed (and reused) once this returns.
    return statementsOf(heap.slice(tree, end));
  } finally {
    wasm._free(query);
    if (result) wasm._wasm_free_parse_result(result);
  }
}

function cString(heap: Uint8Array, pointer: number): string {
  return decoder.decode(heap.subarray(pointer, heap.indexOf(0, pointer)));
}

const OPEN = encoder.encode('{"version":');
const STMTS = encoder.encode('"stmts":[');
const STMT = encoder.encode('{"stmt":{"');
const QUOTE = 0x22;

/** The statements of the parser's JSON, each holding its bytes until its AST is wanted. */
function statementsOf(json: Uint8Array): RawStatement[] {
  const buffer = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const list = buffer.indexOf(STMTS);
  if (!startsWith(json, OPEN, 0) || list < 0 || json[json.length - 1] !== 0x7d) return decodeWhole(json);
  const starts: number[] = [];
  for (let at = buffer.indexOf(STMT, list); at >= 0; at = buffer.indexOf(STMT, at + STMT.length)) starts.push(at);
  const statements: RawStatement[] = [];
  for (let i = 0; i < starts.length; i++) {
    // Statements are separated by `,`; the list ends with `]}`.
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : json.length - 2;
    const statement = lazyStatement(json, starts[i]!, end);
    if (!statement) return decodeWhole(json);
    statements.push(statement);
  }
  return statements;
}

/**
 * `{"stmt":{"<Type>":…}[,"stmt_location":N][,"stmt_len":N]}` in json[start, end): the fields
 * are read from the end backwards, so the node in between is left undecoded.
 */
function lazyStatement(json: Uint8Array, start: number, end: number): RawStatement | undefined {
  if (json[end - 1] !== 0x7d) return undefined;
  let p = end - 1;
  const fields: Record<string, number> = {};
  while (isDigit(json[p - 1])) {
    let digits = p;
    while (isDigit(json[digits - 1])) digits--;
    const value = Number(decoder.decode(json.subarray(digits, p)));
    // `,"name":` before the digits.
    if (json[digits - 1] !== 0x3a || json[digits - 2] !== QUOTE) return undefined;
    const keyEnd = digits - 2;
    const keyStart = json.lastIndexOf(QUOTE, keyEnd - 1) + 1;
    if (keyStart <= start || json[keyStart - 2] !== 0x2c) return undefined;
    fields[decoder.decode(json.subarray(keyStart, keyEnd))] = value;
    p = keyStart - 2;
  }
  const nodeStart = start + STMT.length - 2;
  const kindEnd = json.indexOf(QUOTE, nodeStart + 2);
  if (kindEnd < 0 || kindEnd >= p || json[p - 1] !== 0x7d) return undefined;
  return new LazyStatement(decoder.decode(json.subarray(nodeStart + 2, kindEnd)), fields.stmt_location ?? 0, fields.stmt_len ?? 0, json.subarray(nodeStart, p));
}

class LazyStatement implements RawStatement {
  private decoded: Node | undefined;
  private json: Uint8Array | undefined;

  constructor(
    readonly kind: string,
    readonly location: number,
    readonly length: number,
    json: Uint8Array,
  ) {
    this.json = json;
  }

  get node(): Node {
    if (!this.decoded) {
      this.decoded = JSON.parse(decoder.decode(this.json)) as Node;
      this.json = undefined;
    }
    return this.decoded;
  }
}

/** Output of another shape than expected: decoded the ordinary way. */
function decodeWhole(json: Uint8Array): RawStatement[] {
  const result = JSON.parse(decoder.decode(json)) as { stmts?: Array<{ stmt?: Node; stmt_location?: number; stmt_len?: number }> };
  return (result.stmts ?? []).flatMap((raw) =>
    raw.stmt ? [{ kind: Object.keys(raw.stmt)[0]!, location: raw.stmt_location ?? 0, length: raw.stmt_len ?? 0, node: raw.stmt }] : [],
  );
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at: number): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}
