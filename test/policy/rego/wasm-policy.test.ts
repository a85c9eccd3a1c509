import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWasmPolicy, readOpaBundle, WasmPolicyError } from '../../../src/policy/rego/wasm-policy.js';

// No OPA binary and no OPA-compiled policy.wasm can be had on these machines (see docs/rego.md),
// so these modules implement OPA's Wasm ABI by hand (fixtures/*.wat), in its 1.1 form (separate
// calls per step) and its 1.2 form (one `opa_eval` call, what current OPA emits): `db_sql/deny`
// returns the input, `db_sql/warn` ["fake warning"], `db_sql/config` the data; `broken/deny` aborts.
const FIXTURES = {
  'ABI 1.1': readFileSync(new URL('./fixtures/fake-opa-abi-policy.wasm', import.meta.url)),
  'ABI 1.2': readFileSync(new URL('./fixtures/fake-opa-abi-1.2-policy.wasm', import.meta.url)),
};

/** A bundle made by the system tar, as `opa build` would lay it out. */
function bundle(files: Record<string, Uint8Array | string>): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'dbops-bundle-'));
  const root = join(dir, 'root');
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  execFileSync('tar', ['-czf', join(dir, 'bundle.tar.gz'), '-C', root, '.']);
  return readFileSync(join(dir, 'bundle.tar.gz'));
}

describe.each(Object.entries(FIXTURES))('loadWasmPolicy (%s)', (_abi, FAKE_WASM) => {
  it('loads a policy.wasm through @open-policy-agent/opa-wasm and lists its entrypoints', async () => {
    const policy = await loadWasmPolicy(FAKE_WASM);
    expect(policy.entrypoints).toEqual(['db_sql/deny', 'db_sql/warn', 'db_sql/config', 'broken/deny']);
    expect(policy.evaluate(['a'], 'db_sql/deny')).toEqual([{ result: ['a'] }]);
  });

  it('collects deny and warn messages in the shape of the built-in evaluator', async () => {
    const policy = await loadWasmPolicy(FAKE_WASM);
    const r = policy.collectPolicyMessages(['index name is wrong', { msg: 'object message' }]);
    expect(r.deny).toEqual([
      { package: 'db_sql', message: 'index name is wrong' },
      { package: 'db_sql', message: 'object message' },
    ]);
    expect(r.warn).toEqual([{ package: 'db_sql', message: 'fake warning' }]);
    // The aborting entrypoint is reported, not thrown.
    expect(r.errors.map((e) => [e.package, e.error.name])).toEqual([['broken', 'WasmPolicyError']]);
    expect(r.errors[0]!.error.message).toMatch(/^policy\.wasm: entrypoint broken\/deny: /);
  });

  it('reads policy.wasm and data.json files from a bundle.tar.gz', async () => {
    const gz = bundle({
      'policy.wasm': FAKE_WASM,
      'data.json': '{"limits": {"max": 3}}',
      'naming/prefixes/data.json': '["idx_"]',
      '.manifest': '{"wasm": [{"entrypoint": "db_sql/deny", "module": "/policy.wasm"}]}',
    });
    expect(readOpaBundle(gz).data).toEqual({ limits: { max: 3 }, naming: { prefixes: ['idx_'] } });
    const policy = await loadWasmPolicy(gz, { name: 'bundle.tar.gz', data: { extra: true } });
    expect(policy.evaluate({}, 'db_sql/config')).toEqual([{ result: { limits: { max: 3 }, naming: { prefixes: ['idx_'] }, extra: true } }]);
  });

  it('says what is wrong with a file that is not a policy', async () => {
    await expect(loadWasmPolicy(new TextEncoder().encode('package p'), { name: 'p.rego' })).rejects.toThrow(
      new WasmPolicyError('p.rego: neither a WebAssembly module nor a gzipped OPA bundle'),
    );
    await expect(loadWasmPolicy(bundle({ 'data.json': '{}' }), { name: 'b.tar.gz' })).rejects.toThrow(/b\.tar\.gz: the bundle has no policy\.wasm/);
    await expect(loadWasmPolicy(new Uint8Array([0, 0x61, 0x73, 0x6d, 9, 9]), { name: 'bad.wasm' })).rejects.toThrow(/bad\.wasm: cannot load the wasm policy/);
  });

  it('names the entrypoint when evaluating one fails', async () => {
    const policy = await loadWasmPolicy(FAKE_WASM);
    expect(() => policy.evaluate({}, 'nope/deny')).toThrow(/policy\.wasm: entrypoint nope\/deny/);
  });
});
