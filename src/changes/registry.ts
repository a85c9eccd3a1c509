import type { Change, ParsedNode } from '../changelog/model.js';
import { ChangelogError } from '../errors.js';
import { addAutoIncrement } from './add-auto-increment.js';
import { addColumn } from './add-column.js';
import { addDefaultValue } from './add-default-value.js';
import { addForeignKeyConstraint } from './add-foreign-key-constraint.js';
import { addLookupTable } from './add-lookup-table.js';
import { addNotNullConstraint } from './add-not-null-constraint.js';
import { addPrimaryKey } from './add-primary-key.js';
import { addUniqueConstraint } from './add-unique-constraint.js';
import { alterSequence } from './alter-sequence.js';
import type { ChangeType, LoadContext } from './change-type.js';
import { createIndex } from './create-index.js';
import { createProcedure } from './create-procedure.js';
import { createSequence } from './create-sequence.js';
import { createTable } from './create-table.js';
import { createView } from './create-view.js';
import { customChange } from './custom-change.js';
import { deleteChange } from './delete.js';
import { dropAllForeignKeyConstraints } from './drop-all-foreign-key-constraints.js';
import { dropColumn } from './drop-column.js';
import { dropDefaultValue } from './drop-default-value.js';
import { dropForeignKeyConstraint } from './drop-foreign-key-constraint.js';
import { dropIndex } from './drop-index.js';
import { dropNotNullConstraint } from './drop-not-null-constraint.js';
import { dropPrimaryKey } from './drop-primary-key.js';
import { dropProcedure } from './drop-procedure.js';
import { dropSequence } from './drop-sequence.js';
import { dropTable } from './drop-table.js';
import { dropUniqueConstraint } from './drop-unique-constraint.js';
import { dropView } from './drop-view.js';
import { empty } from './empty.js';
import { executeCommand } from './execute-command.js';
import { insert } from './insert.js';
import { loadData } from './load-data.js';
import { loadUpdateData } from './load-update-data.js';
import { mergeColumns } from './merge-columns.js';
import { modifyDataType } from './modify-data-type.js';
import { output } from './output.js';
import { renameColumn } from './rename-column.js';
import { renameSequence } from './rename-sequence.js';
import { renameTable } from './rename-table.js';
import { renameView } from './rename-view.js';
import { setColumnRemarks } from './set-column-remarks.js';
import { setTableRemarks } from './set-table-remarks.js';
import { sqlFile } from './sql-file.js';
import { sql } from './sql.js';
import { stop } from './stop.js';
import { tagDatabase } from './tag-database.js';
import { update } from './update.js';

/** Every change type this engine knows, by its Liquibase name. */
export const changeTypes: ReadonlyMap<string, ChangeType> = new Map(
  [
    addAutoIncrement,
    addColumn,
    addDefaultValue,
    addForeignKeyConstraint,
    addLookupTable,
    addNotNullConstraint,
    addPrimaryKey,
    addUniqueConstraint,
    alterSequence,
    createIndex,
    createProcedure,
    createSequence,
    createTable,
    createView,
    customChange,
    deleteChange,
    dropAllForeignKeyConstraints,
    dropColumn,
    dropDefaultValue,
    dropForeignKeyConstraint,
    dropIndex,
    dropNotNullConstraint,
    dropPrimaryKey,
    dropProcedure,
    dropSequence,
    dropTable,
    dropUniqueConstraint,
    dropView,
    empty,
    executeCommand,
    insert,
    loadData,
    loadUpdateData,
    mergeColumns,
    modifyDataType,
    output,
    renameColumn,
    renameSequence,
    renameTable,
    renameView,
    setColumnRemarks,
    setTableRemarks,
    sql,
    sqlFile,
    stop,
    tagDatabase,
    update,
  ].map((type) => [type.name, type] as const),
);

/**
 * Loads one change from its parsed node through its change-type module.
 *
 * @example loadChange(node, { changeSet: { id: '1', author: 'me' } }) // { type: 'createTable', params: {…} }
 * @throws ChangelogError for an unknown change type or invalid parameters, with the node's location.
 */
export function loadChange(node: ParsedNode, context: LoadContext): Change {
  const type = changeTypes.get(node.name);
  if (!type) throw new ChangelogError(`Unknown change type '${node.name}'`, { location: node.location, changeSet: context.changeSet });
  return type.load(node, context);
}
