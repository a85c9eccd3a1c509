import type { Logger } from '../logger.js';

/** The process as the CLI sees it; tests pass buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress redraws a line) or a log (plain lines). */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Logs to stderr so that stdout carries only the command's output (SQL, JSON). */
export function stderrLogger(io: CliIo, level: 'debug' | 'info' | 'warn' | 'error', redact: (text: string) => string): Logger {
  const order = { debug: 0, info: 1, warn: 2, error: 3 };
  const at = (name: keyof typeof order, prefix: string) => (message: string) => {
    if (order[name] >= order[level]) io.stderr(`${prefix}${redact(message)}\n`);
  };
  return { debug: at('debug', 'debug: '), info: at('info', ''), warn: at('warn', 'warning: '), error: at('error', 'error: ') };
}
