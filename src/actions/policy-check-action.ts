import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findingAnnotations } from '../github/annotations.js';
import type { PolicyCheckResult } from '../report/model.js';
import { renderPolicySection } from '../report/policy-section.js';
import { DBOPS_VERSION } from '../version.js';
import { type ActionEnvironment, commentKey, repositoryPath } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { loadCommand } from './commands.js';
import { readPolicyCheckInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The policy-check action: runs the policy check on the pending changesets, annotates the
 * changelog lines, writes its section of the PR comment and, with `sarif-file`, SARIF for
 * code scanning; fails when the check fails (`fail-on`).
 */
export async function runPolicyCheck(env: ActionEnvironment): Promise<void> {
  const inputs = readPolicyCheckInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const key = commentKey(env, inputs.changelogFile, inputs.environment);
  const policyCheck = await loadCommand('policyCheck', env.commands);

  env.logger.info(`Checking the pending changesets of ${key.changelog}${inputs.environment ? ` for ${inputs.environment}` : ''}`);
  const raw = await policyCheck({
    ...commandOptions(env, inputs),
    configFile: inputs.configFile,
    ...(inputs.policiesDirectory ? { policiesDirectory: inputs.policiesDirectory } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
  });
  // Code scanning and annotations want paths from the repository root, not the working directory.
  const result = withRepositoryPaths(raw, (file) => repositoryPath(env, file));

  const active = result.findings.filter((f) => !f.suppressed);
  const count = (severity: string) => active.filter((f) => f.severity === severity).length;
  env.runtime.setOutput('findings', active.length);
  env.runtime.setOutput('errors', count('error'));
  env.runtime.setOutput('warnings', count('warning'));
  env.logger.info(`${active.length} findings (${count('error')} errors, ${count('warning')} warnings), ${result.findings.length - active.length} suppressed`);

  if (inputs.sarifFile) {
    const { renderSarif } = await import('../report/sarif.js');
    const sarif = renderSarif(result, { toolVersion: DBOPS_VERSION, automationId: `dbops/policy-check/${inputs.environment ? `${inputs.environment}/` : ''}` });
    await mkdir(path.dirname(inputs.sarifFile), { recursive: true });
    await writeFile(inputs.sarifFile, `${JSON.stringify(sarif, null, 2)}\n`);
    env.runtime.setOutput('sarif-file', inputs.sarifFile);
    env.logger.info(`SARIF written to ${repositoryPath(env, inputs.sarifFile)}`);
  }

  const report = await publishReport(env, {
    key,
    sections: [renderPolicySection(result, env.context?.runUrl ? { runUrl: env.context.runUrl } : {})],
    // Already repository-relative: keep the working directory out of the mapping.
    annotations: findingAnnotations(result.findings).map((a) => (a.file ? { ...a, file: path.resolve(env.workspace, a.file) } : a)),
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);
  if (!result.ok) env.fail(`policy-check failed: ${count('error')} errors, ${count('warning')} warnings (see the annotations and the job summary).`);
}

function withRepositoryPaths(result: PolicyCheckResult, toRepository: (file: string) => string): PolicyCheckResult {
  const ref = <T extends { sourceFile?: string }>(r: T): T => (r.sourceFile ? { ...r, sourceFile: toRepository(r.sourceFile) } : r);
  return {
    ...result,
    changelog: toRepository(result.changelog),
    checked: result.checked.map(ref),
    findings: result.findings.map((f) => ({
      ...f,
      ...(f.file ? { file: toRepository(f.file) } : {}),
      ...(f.changeSet ? { changeSet: ref(f.changeSet) } : {}),
    })),
  };
}
