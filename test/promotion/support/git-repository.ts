/**
 * Real git repositories for promotion tests: a bare remote with environment branches, and clones
 * that commit and push, as CI checkouts (with fetch-depth: 0) see them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ChangeSetName, changelogText } from '../../actions/support/workspace.js';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();
}

export interface Remote {
  /** The bare repository. */
  url: string;
  /** A fresh clone with every branch fetched, checked out at `branch`. */
  clone(branch: string): string;
}

/** A bare remote whose environment branches all start at one commit with `names` in db/changelog.yaml. */
export function remoteWithEnvironmentBranches(branches: string[], names: ChangeSetName[]): Remote {
  const root = mkdtempSync(path.join(tmpdir(), 'dbops-git-'));
  const url = path.join(root, 'remote.git');
  git(root, 'init', '--bare', '--initial-branch=main', url);
  const seed = path.join(root, 'seed');
  git(root, 'clone', '--quiet', url, seed);
  mkdirSync(path.join(seed, 'db'));
  writeFileSync(path.join(seed, 'db', 'changelog.yaml'), changelogText(names));
  git(seed, 'checkout', '--quiet', '-b', 'main');
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'Baseline schema');
  for (const branch of branches) if (branch !== 'main') git(seed, 'branch', branch);
  git(seed, 'push', '--quiet', 'origin', ...branches);
  let clones = 0;
  return {
    url,
    clone(branch) {
      const dir = path.join(root, `clone-${++clones}`);
      git(root, 'clone', '--quiet', '--branch', branch, url, dir);
      return dir;
    },
  };
}

/** Writes the changelog with `names`, commits with `message` and pushes; returns the new HEAD. */
export function commitChangelog(clone: string, names: ChangeSetName[], message: string): string {
  writeFileSync(path.join(clone, 'db', 'changelog.yaml'), changelogText(names));
  git(clone, 'commit', '--quiet', '-am', message);
  git(clone, 'push', '--quiet', 'origin', 'HEAD');
  return git(clone, 'rev-parse', 'HEAD');
}
