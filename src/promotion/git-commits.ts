import { execFile } from 'node:child_process';

export interface Commit {
  sha: string;
  subject: string;
  author: string;
}

/**
 * The commits `head` has that `base` lacks, newest first, read from the local clone; undefined
 * when the clone cannot tell (a shallow checkout without the base branch: use `fetch-depth: 0`).
 * The base is looked up as `origin/<base>`, then `<base>`.
 */
export async function commitsBetween(cwd: string, base: string, head: string): Promise<Commit[] | undefined> {
  for (const ref of [`refs/remotes/origin/${base}`, `refs/heads/${base}`]) {
    if ((await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) === undefined) continue;
    const log = await git(cwd, ['log', '--format=%H%x09%an%x09%s', `${ref}..${head}`]);
    if (log === undefined) return undefined;
    return log
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [sha = '', author = '', ...subject] = line.split('\t');
        return { sha, author, subject: subject.join('\t') };
      });
  }
  return undefined;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}
