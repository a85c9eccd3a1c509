import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Change, ParsedNode } from '../../../src/changelog/model.js';
import type { LoadContext } from '../../../src/changes/change-type.js';
import { ChangelogError } from '../../../src/errors.js';
import { passThroughLoadChange } from './pass-through-load-change.js';

/** The 47 change types of Liquibase 4.28 open source (note §7), plus `output` and `empty`. */
export const CORE_CHANGE_TYPES = new Set([
  'addAutoIncrement', 'addColumn', 'addDefaultValue', 'addForeignKeyConstraint', 'addLookupTable', 'addNotNullConstraint',
  'addPrimaryKey', 'addUniqueConstraint', 'alterSequence', 'createIndex', 'createProcedure', 'createSequence', 'createTable',
  'createView', 'customChange', 'delete', 'dropAllForeignKeyConstraints', 'dropColumn', 'dropDefaultValue',
  'dropForeignKeyConstraint', 'dropIndex', 'dropNotNullConstraint', 'dropPrimaryKey', 'dropProcedure', 'dropSequence',
  'dropTable', 'dropUniqueConstraint', 'dropView', 'empty', 'executeCommand', 'insert', 'loadData', 'loadUpdateData',
  'mergeColumns', 'modifyDataType', 'output', 'renameColumn', 'renameSequence', 'renameTable', 'renameView',
  'setColumnRemarks', 'setTableRemarks', 'sql', 'sqlFile', 'stop', 'tagDatabase', 'update', 'renameTrigger',
]);

/** Pass-through, but rejecting unknown change types with Liquibase's message, as the registry does. */
export function checkingLoadChange(node: ParsedNode, context: LoadContext): Change {
  if (!CORE_CHANGE_TYPES.has(node.name)) {
    throw new ChangelogError(
      `Unknown change type '${node.name}'. Check for spelling or capitalization errors and missing extensions such as liquibase-commercial.`,
      { location: node.location, changeSet: context.changeSet },
    );
  }
  return passThroughLoadChange(node, context);
}

/** src/changes/registry.ts `loadChange` when it exists, else {@link checkingLoadChange}. */
export async function changeLoaderForTests(): Promise<{ loadChange: (node: ParsedNode, context: LoadContext) => Change; real: boolean }> {
  const registry = fileURLToPath(new URL('../../../src/changes/registry.ts', import.meta.url));
  if (existsSync(registry)) {
    try {
      const module = (await import(/* @vite-ignore */ registry)) as { loadChange?: (node: ParsedNode, context: LoadContext) => Change };
      if (module.loadChange) return { loadChange: module.loadChange, real: true };
    } catch {
      // A registry still being written must not break the reader's tests.
    }
  }
  return { loadChange: checkingLoadChange, real: false };
}
