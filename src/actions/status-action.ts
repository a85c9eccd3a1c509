import { readStatusMatrix } from '../promotion/status-matrix.js';
import { renderStatusMatrixMarkdown } from '../promotion/render-status-matrix.js';
import type { ActionEnvironment } from './action-environment.js';
import { changelogEnvironment } from './action-engine.js';
import { readStatusInputs } from './inputs.js';

/**
 * The status action: which changesets each environment has applied, read from their tracking
 * tables, as a matrix in the job summary and as JSON (`matrix`, `pending`). Fails when an
 * environment cannot be read, after reporting the others.
 */
export async function runStatus(env: ActionEnvironment): Promise<void> {
  const inputs = readStatusInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const matrix = await readStatusMatrix({
    changelog: {
      changelogFile: inputs.changelogFile,
      searchPath: [inputs.workingDirectory],
      ...(inputs.contexts ? { contexts: inputs.contexts } : {}),
      ...(inputs.labels ? { labels: inputs.labels } : {}),
      environment: changelogEnvironment(env.env),
    },
    environments: inputs.environments,
    logger: env.logger,
    redact: env.redact,
  });
  env.runtime.setOutput('matrix', JSON.stringify(matrix));
  env.runtime.setOutput('pending', JSON.stringify(Object.fromEntries(matrix.environments.map((e) => [e.name, e.pending]))));
  for (const e of matrix.environments) {
    env.logger.info(e.error ? `${e.name}: could not be read: ${e.error}` : `${e.name}: ${e.applied} applied, ${e.pending} pending`);
  }
  try {
    await env.runtime.appendSummary(renderStatusMatrixMarkdown(matrix));
  } catch (error) {
    env.logger.warn(`Could not write the job summary: ${(error as Error).message}`);
  }
  const unread = matrix.environments.filter((e) => e.error);
  if (unread.length) env.fail(`Could not read ${unread.map((e) => e.name).join(', ')}: ${unread.map((e) => e.error).join('; ')}`);
}
