/**
 * The actions run the committed bundle (dist/), not the sources: it must be exactly what
 * `npm run build` makes from the sources of this commit. Rebuild and commit dist/ when this fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const out = mkdtempSync(path.join(tmpdir(), 'dbops-dist-'));

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

describe('dist/', () => {
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('equals a fresh build of the sources (run `npm run build` and commit dist/)', () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build-dist.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
    const committed = files(path.join(root, 'dist')).sort();
    const built = files(out).sort();
    expect(committed).toEqual(built);
    const differing = built.filter((file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(root, 'dist', file))));
    expect(differing).toEqual([]);
  }, 240_000);
});
