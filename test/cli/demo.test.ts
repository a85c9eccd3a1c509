/** `npm run demo` is the first thing a new user runs: it must work on the embedded database alone. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { memoryIo } from '../support/memory-io.js';

describe('dbops demo', () => {
  it('checks, applies, rolls back, verifies and shows the history on the embedded PostgreSQL', async () => {
    const io = memoryIo();
    const code = await runCli(['demo'], io);
    expect(code, io.err).toBe(0);
    expect(io.out).toContain('CREATE FUNCTION order_total');
    expect(io.out).toMatch(/7 changesets checked: no findings/);
    expect(io.out).toMatch(/7 changesets: 7 executed/);
    expect(io.out).toMatch(/3 changesets: 3 rolled back/);
    expect(io.out).toMatch(/3 verified/);
    expect(io.out).toMatch(/7 changesets applied to embedded PostgreSQL/);
  }, 120_000);
});
