import { rollbackAnnotations } from '../github/annotations.js';
import { renderRollbackSection } from '../report/rollback-section.js';
import { type ActionEnvironment, commentKey } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { loadCommand } from './commands.js';
import { readRollbackVerifyInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The rollback-verify action: applies each pending changeset, rolls it back and compares the
 * schema; reports mismatches and missing rollbacks on the changelog lines and in the comment.
 */
export async function runRollbackVerify(env: ActionEnvironment): Promise<void> {
  const inputs = readRollbackVerifyInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const key = commentKey(env, inputs.changelogFile, inputs.environment);
  const rollbackVerify = await loadCommand('rollbackVerify', env.commands);

  env.logger.info(`Verifying the rollbacks of the pending changesets of ${key.changelog}${inputs.url ? '' : ' on the embedded PostgreSQL'}`);
  const result = await rollbackVerify(commandOptions(env, inputs));
  const failed = result.verifications.filter((v) => v.status === 'mismatch' || v.status === 'error' || v.status === 'no-rollback');
  env.runtime.setOutput('verified', result.verifications.filter((v) => v.status === 'verified').length);
  env.runtime.setOutput('failed', failed.length);

  const report = await publishReport(env, {
    key,
    sections: [renderRollbackSection(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {})],
    annotations: rollbackAnnotations(result),
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);
  if (!result.ok) env.fail(`rollback-verify failed for ${failed.length} changeset${failed.length === 1 ? '' : 's'}: ${failed.map((v) => `${v.id}::${v.author} (${v.status})`).join(', ')}`);
}
