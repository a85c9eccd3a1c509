import { escapeData } from '../github/annotations.js';
import type { Logger } from '../logger.js';

/** A Logger for the step log, plus the log's collapsible groups. */
export interface ActionLogger extends Logger {
  /** Lines between `::group::title` and `::endgroup::`, folded in the log. */
  group(title: string, lines: string): void;
}

/**
 * Writes to the step log as @actions/core does: info as plain lines, warnings and errors as
 * `::warning::` / `::error::` (shown on the run page), debug as `::debug::` (visible with step
 * debugging). Every line goes through `redact` first: the runner masks the secrets registered
 * with it, and `redact` also covers the spellings it does not know (URL-encoded, JSON-escaped).
 */
export function actionLogger(write: (line: string) => void, redact: (text: string) => string): ActionLogger {
  const command = (name: string) => (message: string) => write(`::${name}::${escapeData(redact(message))}`);
  return {
    debug: command('debug'),
    info: (message) => {
      for (const line of redact(message).split(/\r?\n/)) write(neutralise(line));
    },
    warn: command('warning'),
    error: command('error'),
    group(title, lines) {
      write(`::group::${escapeData(redact(title))}`);
      for (const line of redact(lines).split(/\r?\n/)) write(neutralise(line));
      write('::endgroup::');
    },
  };
}

/**
 * A logged line that starts with `::` would be read as a workflow command (a changelog comment
 * could set outputs or add masks); a zero-width space in front makes it plain text.
 */
function neutralise(line: string): string {
  return line.startsWith('::') ? `\u200b${line}` : line;
}
