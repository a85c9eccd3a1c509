import { defineChange } from './define-change.js';

export interface OutputParams {
  message?: string;
  target: string;
}

/**
 * output: a message for the person running the update (`STDERR` by default, also `STDOUT`, `LOG`,
 * `WARN`). It runs no SQL: the engine reports it through its logger (see outputMessage).
 * Rolling it back does nothing.
 */
export const output = defineChange<OutputParams>({
  name: 'output',
  fields: [
    { name: 'message', kind: 'string', directValue: true },
    { name: 'target', kind: 'string', default: 'STDERR' },
  ],
  generateSql: () => [],
  inverse: () => [],
});

/** What an output change says, and where, for the engine to report. */
export function outputMessage(params: { message?: unknown; target?: unknown }): { message: string; target: string } {
  return { message: typeof params.message === 'string' ? params.message : '', target: typeof params.target === 'string' ? params.target.toUpperCase() : 'STDERR' };
}
