import type { WritableChangeSet } from './writable-changeset.js';
import { changeSetToYaml } from './yaml-tree.js';

/**
 * A whole JSON changelog: Liquibase's YAML tree in JSON, two-space indentation, final newline.
 *
 * @example
 * writeJsonChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
export function writeJsonChangelog(changeSets: WritableChangeSet[]): string {
  return `${JSON.stringify({ databaseChangeLog: changeSets.map(changeSetToYaml) }, null, 2)}\n`;
}
