import { EOL } from 'node:os';
import * as core from '@actions/core';
import type { ActionRuntime } from './action-context.js';
import { formatAnnotation } from './annotations.js';

export interface CoreActionRuntimeOptions {
  /** Applied to every output, summary, annotation and failure message (see masking.ts). */
  redact?: (text: string) => string;
  /** Where workflow commands go (default stdout). */
  write?: (line: string) => void;
}

/**
 * The `ActionRuntime` of a real step, over @actions/core: outputs to `GITHUB_OUTPUT` (random
 * `ghadelimiter_` delimiter, so multi-line values are safe), summaries to `GITHUB_STEP_SUMMARY`,
 * `::add-mask::` for secrets. The only module that imports @actions/core.
 *
 * @example
 * ```ts
 * const runtime = coreActionRuntime({ redact: createRedactor([inputs.url, inputs.password]) });
 * runtime.setOutput('violations', 3);
 * ```
 */
export function coreActionRuntime(options: CoreActionRuntimeOptions = {}): ActionRuntime {
  const redact = options.redact ?? ((text: string) => text);
  const write = options.write ?? ((line: string) => void process.stdout.write(line + EOL));
  return {
    setOutput(name, value) {
      core.setOutput(name, typeof value === 'string' ? redact(value) : value);
    },
    async appendSummary(markdown) {
      // write() appends to the step's file and empties core's buffer, so calls never repeat text.
      await core.summary.addRaw(redact(markdown), true).write();
    },
    setSecret(value) {
      core.setSecret(value);
    },
    annotate(annotation) {
      write(
        formatAnnotation({
          ...annotation,
          message: redact(annotation.message),
          ...(annotation.title !== undefined ? { title: redact(annotation.title) } : {}),
        }),
      );
    },
    setFailed(message) {
      core.setFailed(redact(message));
    },
  };
}
