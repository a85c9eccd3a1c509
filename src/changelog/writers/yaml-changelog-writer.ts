import { Document } from 'yaml';
import type { WritableChangeSet } from './writable-changeset.js';
import { changeSetToYaml } from './yaml-tree.js';

/** Options for the yaml library's output: long SQL lines are never folded. */
export const YAML_OUTPUT = { lineWidth: 0, minContentWidth: 0 } as const;

/**
 * A whole YAML changelog (`databaseChangeLog: [ - changeSet: ... ]`). Multi-line SQL is written
 * as block literals.
 *
 * @example
 * writeYamlChangelog([{ id: '1', author: 'me', changes: [node] }]);
 */
export function writeYamlChangelog(changeSets: WritableChangeSet[]): string {
  return new Document({ databaseChangeLog: changeSets.map(changeSetToYaml) }).toString(YAML_OUTPUT);
}
