/**
 * Policies that users compiled themselves with `opa build -t wasm`, evaluated with OPA's own
 * WebAssembly SDK (@open-policy-agent/opa-wasm) instead of the built-in evaluator. Messages come
 * back in the same shape as {@link collectPolicyMessages}, so policy-check can treat both alike.
 */
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { gunzipSync } from 'node:zlib';
import { messagesOf, type PolicyMessages } from './policy-messages.js';
import { fromJson } from './value.js';

/** A wasm policy could not be loaded or evaluated; says which file or entrypoint. */
export class WasmPolicyError extends Error {
  override name = 'WasmPolicyError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What an OPA bundle (`bundle.tar.gz`) holds that matters here. */
export interface OpaWasmBundle {
  wasm: Uint8Array;
  /** Base documents from the bundle's data.json files, merged at their directories' paths. */
  data: Record<string, unknown>;
}

/** A loaded wasm policy. */
export interface WasmPolicy {
  /** Entrypoints compiled into the module, e.g. `['db_sql/deny', 'db_sql/warn']`. */
  readonly entrypoints: readonly string[];
  /** OPA's result set for one entrypoint: `[{ result: <value> }]`, or `[]` when undefined. */
  evaluate(input: unknown, entrypoint: string): { result: unknown }[];
  /**
   * Messages of every `<package>/deny` and `<package>/warn` entrypoint (and of `deny`/`warn`
   * inside an entrypoint that is a whole package). Errors are listed, not thrown.
   */
  collectPolicyMessages(input: unknown): PolicyMessages;
}

export interface LoadWasmPolicyOptions {
  /** Name used in error messages (the file path). */
  name?: string;
  /** Base documents; merged over a bundle's own data.json. */
  data?: Record<string, unknown>;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Loads a policy.wasm, or an OPA bundle (tar.gz) that contains one.
 *
 * @example
 * ```ts
 * const policy = await loadWasmPolicy(await readFile('bundle.tar.gz'), { name: 'bundle.tar.gz' });
 * const { deny, warn } = policy.collectPolicyMessages({ sqlStatements: ['DROP TABLE t;'] });
 * ```
 */
export async function loadWasmPolicy(bytes: Uint8Array, options: LoadWasmPolicyOptions = {}): Promise<WasmPolicy> {
  const name = options.name ?? 'policy.wasm';
  let wasm: Uint8Array;
  let data: Record<string, unknown> = {};
  if (startsWith(bytes, GZIP_MAGIC)) {
    const bundle = readOpaBundle(bytes, name);
    wasm = bundle.wasm;
    data = bundle.data;
  } else if (startsWith(bytes, WASM_MAGIC)) {
    wasm = bytes;
  } else {
    throw new WasmPolicyError(`${name}: neither a WebAssembly module nor a gzipped OPA bundle`);
  }
  if (options.data) data = deepMerge(data, options.data);

  let loaded: Awaited<ReturnType<typeof loadPolicy>>;
  try {
    // Copy: the SDK needs a BufferSource that owns its bytes.
    loaded = await loadPolicy(new Uint8Array(wasm));
    loaded.setData(data);
  } catch (e) {
    throw new WasmPolicyError(`${name}: cannot load the wasm policy: ${describe(e)}`, { cause: e });
  }
  const entrypoints = Object.keys((loaded.entrypoints ?? {}) as Record<string, number>);

  const evaluate = (input: unknown, entrypoint: string): { result: unknown }[] => {
    try {
      return (loaded.evaluate(input, entrypoint) ?? []) as { result: unknown }[];
    } catch (e) {
      throw new WasmPolicyError(`${name}: entrypoint ${entrypoint}: ${describe(e)}`, { cause: e });
    }
  };

  return {
    entrypoints,
    evaluate,
    collectPolicyMessages(input: unknown): PolicyMessages {
      const out: PolicyMessages = { deny: [], warn: [], errors: [] };
      for (const entrypoint of entrypoints) {
        const parts = entrypoint.split('/').filter((p) => p !== '');
        const last = parts[parts.length - 1];
        const direct = last === 'deny' || last === 'warn';
        const pkg = (direct ? parts.slice(0, -1) : parts).join('.');
        let resultSet: { result: unknown }[];
        try {
          resultSet = evaluate(input, entrypoint);
        } catch (e) {
          out.errors.push({ package: pkg, error: e as Error });
          continue;
        }
        for (const { result } of resultSet) {
          if (direct) {
            out[last].push(...messagesOf(fromJson(result)).map((message) => ({ package: pkg, message })));
          } else if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
            for (const kind of ['deny', 'warn'] as const) {
              const doc = (result as Record<string, unknown>)[kind];
              if (doc !== undefined) out[kind].push(...messagesOf(fromJson(doc)).map((message) => ({ package: pkg, message })));
            }
          }
        }
      }
      return out;
    },
  };
}

/**
 * Reads an OPA bundle: a gzipped tar with `/policy.wasm` (OPA writes absolute names) and
 * optional `data.json` files, each holding the documents under its directory's path.
 */
export function readOpaBundle(gz: Uint8Array, name = 'bundle.tar.gz'): OpaWasmBundle {
  let tar: Buffer;
  try {
    tar = gunzipSync(gz);
  } catch (e) {
    throw new WasmPolicyError(`${name}: not a gzip file: ${describe(e)}`, { cause: e });
  }
  let wasm: Uint8Array | undefined;
  let data: Record<string, unknown> = {};
  for (const entry of tarEntries(tar, name)) {
    const path = entry.name.replace(/^\.?\//, '');
    if (path === 'policy.wasm' || (path.endsWith('.wasm') && !wasm)) wasm = entry.content;
    else if (path === 'data.json' || path.endsWith('/data.json')) {
      let doc: unknown;
      try {
        doc = JSON.parse(Buffer.from(entry.content).toString('utf8'));
      } catch (e) {
        throw new WasmPolicyError(`${name}: ${entry.name}: invalid JSON: ${describe(e)}`, { cause: e });
      }
      const dirs = path.split('/').slice(0, -1);
      data = deepMerge(data, dirs.reduceRight<unknown>((acc, key) => ({ [key]: acc }), doc) as Record<string, unknown>);
    }
  }
  if (!wasm) throw new WasmPolicyError(`${name}: the bundle has no policy.wasm (was it built with \`opa build -t wasm\`?)`);
  return { wasm, data };
}

/** Regular files of a (ustar or GNU) tar archive. */
function* tarEntries(tar: Buffer, name: string): Generator<{ name: string; content: Uint8Array }> {
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return;
    const field = (start: number, len: number) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (Number.isNaN(size)) throw new WasmPolicyError(`${name}: corrupt tar header at byte ${offset}`);
    const type = String.fromCharCode(header[156]!);
    const prefix = field(345, 155);
    let entryName = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const content = tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = content.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'x') {
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'));
      if (path) longName = path[1];
      continue;
    }
    if (type === '0' || type === '\0') {
      yield { name: entryName, content: new Uint8Array(content) };
      entryName = '';
    }
  }
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? deepMerge(prev, v) : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The SDK throws strings as well as Errors. */
function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
