import { sameFilePath } from '../changelog/file-path.js';
import { changeSetChecksum } from '../checksum/changeset-checksum.js';
import { ConfigurationError } from '../errors.js';
import type { RunResult } from '../report/model.js';
import type { EngineContext } from './engine-context.js';
import { changeSetDescription } from './changeset-sql.js';
import { checksumContextOf } from './plan-update.js';
import { changeSetResult, startResult } from './results.js';

/** `calculate-checksum --changeset-identifier path::id::author`: the v9 checksum of one changeset. */
export async function calculateChecksum(context: EngineContext, identifier: string): Promise<RunResult> {
  const parts = identifier.split('::');
  if (parts.length !== 3) throw new ConfigurationError(`--changeset-identifier must be path::id::author, got '${identifier}'`);
  const [path, id, author] = parts as [string, string, string];
  const changeSet = context.changeLog.changeSets.find((c) => c.id === id && c.author === author && sameFilePath(c.filePath, path));
  if (!changeSet) throw new ConfigurationError(`No changeset ${identifier} in ${context.changeLog.rootPath}`);
  const checksum = await changeSetChecksum(changeSet, 9, checksumContextOf(context));
  const result = startResult('validate', context.db.displayName, context.changeLog.rootPath);
  result.changeSets.push(changeSetResult(changeSet, 'pending', { checksum, description: changeSetDescription(changeSet) }));
  result.script = `${checksum}\n`;
  return result;
}
