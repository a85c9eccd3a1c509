import type { CliIo } from '../../src/cli/cli-io.js';

/** A CLI process whose output is kept in memory. */
export function memoryIo(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}
