import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ActionEnvironment, repositoryPath } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { loadCommand } from './commands.js';
import { readSnapshotInputs } from './inputs.js';

/** The snapshot action: writes the schema snapshot to `output-file` and says where. */
export async function runSnapshot(env: ActionEnvironment): Promise<void> {
  const inputs = readSnapshotInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const snapshot = await loadCommand('snapshot', env.commands);
  const result = await snapshot({ ...commandOptions(env, inputs), schemas: inputs.schemas, include: inputs.include, exclude: inputs.exclude });
  await mkdir(path.dirname(inputs.outputFile), { recursive: true });
  await writeFile(inputs.outputFile, result.text);
  const where = repositoryPath(env, inputs.outputFile);
  env.runtime.setOutput('snapshot-file', inputs.outputFile);
  env.runtime.setOutput('tables', result.tables);
  env.logger.info(`Snapshot of ${result.database}: ${result.tables} tables, written to ${where}`);
  try {
    await env.runtime.appendSummary(`## dbops snapshot\n\nSnapshot of \`${result.database}\`: ${result.tables} tables, written to \`${where}\`.\n`);
  } catch (error) {
    env.logger.warn(`Could not write the job summary: ${(error as Error).message}`);
  }
}
