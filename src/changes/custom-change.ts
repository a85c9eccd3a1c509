import type { Change, ParsedNode } from '../changelog/model.js';
import type { ChangeType, LoadContext } from './change-type.js';
import { NodeReader } from './node-reader.js';

/**
 * customChange runs a Java class inside Liquibase; there is nothing to run it with here, so a
 * changelog that uses one is rejected when it is read, naming the class.
 */
export const customChange: ChangeType = {
  name: 'customChange',
  load(node: ParsedNode, context: LoadContext): Change {
    const reader = new NodeReader(node, context);
    const className = reader.string('class') ?? '(no class)';
    throw reader.error(`customChange is not supported: it runs the Java class ${className}, which this engine cannot load`);
  },
  toNode(change: Change): ParsedNode {
    return { name: 'customChange', attributes: {}, children: [], location: change.location };
  },
  generateSql: () => Promise.reject(new Error('customChange is not supported')),
  checksum: () => Promise.reject(new Error('customChange is not supported')),
  description: () => 'customChange',
};
