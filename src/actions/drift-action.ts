import { renderSchemaChangeSection } from '../report/schema-change-section.js';
import { type ActionEnvironment, commentKey } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { loadCommand } from './commands.js';
import { readDriftInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The drift action: compares the database with the schema its applied changesets build and
 * reports the difference; fails the step on drift unless `fail-on-drift` is false.
 */
export async function runDrift(env: ActionEnvironment): Promise<void> {
  const inputs = readDriftInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const key = commentKey(env, inputs.changelogFile, inputs.environment);
  const drift = await loadCommand('drift', env.commands);

  const result = await drift({ ...commandOptions(env, inputs), schemas: inputs.schemas });
  env.runtime.setOutput('drifted', result.drifted);
  env.logger.info(result.drifted ? `Drift: ${result.database} differs from what its changelog builds.` : `No drift on ${result.database}.`);
  const report = await publishReport(env, {
    key,
    sections: [renderSchemaChangeSection(result.change, { kind: 'drift', ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) })],
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);
  if (result.drifted && inputs.failOnDrift) env.fail(`Drift: ${result.database} differs from what its changelog builds (see the job summary).`);
}
