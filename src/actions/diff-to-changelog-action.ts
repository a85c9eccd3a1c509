import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderSchemaChangeSection } from '../report/schema-change-section.js';
import { type ActionEnvironment, commentKey, repositoryPath } from './action-environment.js';
import { commandOptions } from './action-engine.js';
import { loadCommand } from './commands.js';
import { readDiffToChangelogInputs } from './inputs.js';
import { publishReport } from './report-publisher.js';

/**
 * The diff-to-changelog action: compares the reference schema with what the changelog builds,
 * writes the difference as a changelog file and shows the change (table and diagram) in the
 * PR comment.
 */
export async function runDiffToChangelog(env: ActionEnvironment): Promise<void> {
  const inputs = readDiffToChangelogInputs(env.inputs);
  env.workingDirectory = inputs.workingDirectory;
  const key = commentKey(env, inputs.changelogFile, inputs.environment);
  const diffToChangelog = await loadCommand('diffToChangelog', env.commands);

  const result = await diffToChangelog({ ...commandOptions(env, inputs), ...(inputs.referenceUrl ? { referenceUrl: inputs.referenceUrl } : {}), author: inputs.author });
  env.runtime.setOutput('changesets', result.changeSets);
  if (result.changeLogText !== undefined) {
    const file = inputs.outputFile ?? path.resolve(inputs.workingDirectory, result.defaultFileName);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, result.changeLogText);
    env.runtime.setOutput('output-file', file);
    env.logger.info(`${result.changeSets} changesets written to ${repositoryPath(env, file)}`);
  } else {
    env.logger.info('No difference: no changelog written.');
  }

  const report = await publishReport(env, {
    key,
    sections: [renderSchemaChangeSection(result.change, { kind: 'diff', ...(env.context?.runUrl ? { runUrl: env.context.runUrl } : {}) })],
    comment: inputs.comment,
    githubToken: inputs.githubToken,
  });
  if (report.commentUrl) env.runtime.setOutput('comment-url', report.commentUrl);
}
