import type { Node } from 'libpg-query';
import { alterCommands, dropObjects, formatRelation, nodeAs, relationFromNames, relationName, tableElements, type RelationName } from './postgres-ast.js';

/**
 * The tables a statement works on, as groups of names that denote related tables: a table with
 * the tables its foreign keys reference, a renamed table with its new name. Used to tell whether
 * the statements of one changeset belong together.
 */
export function statementTables(unit: { kind: string; node: Node }): string[] {
  const out: string[] = [];
  const add = (r: RelationName | undefined) => {
    if (r) out.push(formatRelation(r));
  };
  // The node is read only for the types below (reading it may decode it).
  const node = () => unit.node;
  switch (unit.kind) {
    case 'CreateStmt': {
      const create = nodeAs(node(), 'CreateStmt')!;
      add(relationName(create.relation));
      const { columns, constraints } = tableElements(create.tableElts);
      for (const con of constraints) add(relationName(con.pktable));
      for (const col of columns) for (const c of col.constraints ?? []) add(relationName(nodeAs(c, 'Constraint')?.pktable));
      for (const parent of create.inhRelations ?? []) add(relationName(nodeAs(parent, 'RangeVar')));
      break;
    }
    case 'AlterTableStmt': {
      const alter = nodeAs(node(), 'AlterTableStmt')!;
      add(relationName(alter.relation));
      for (const cmd of alterCommands(alter.cmds)) {
        add(relationName(nodeAs(cmd.def, 'Constraint')?.pktable));
        for (const c of nodeAs(cmd.def, 'ColumnDef')?.constraints ?? []) add(relationName(nodeAs(c, 'Constraint')?.pktable));
      }
      break;
    }
    case 'RenameStmt': {
      const rename = nodeAs(node(), 'RenameStmt')!;
      const r = relationName(rename.relation);
      add(r);
      if (r && rename.renameType === 'OBJECT_TABLE' && rename.newname) add({ ...r, name: rename.newname });
      break;
    }
    case 'DropStmt': {
      const drop = nodeAs(node(), 'DropStmt')!;
      if (drop.removeType === 'OBJECT_TABLE') for (const parts of dropObjects(drop.objects)) add(relationFromNames(parts));
      break;
    }
    case 'IndexStmt':
      add(relationName(nodeAs(node(), 'IndexStmt')!.relation));
      break;
    case 'InsertStmt':
      add(relationName(nodeAs(node(), 'InsertStmt')!.relation));
      break;
    case 'UpdateStmt':
      add(relationName(nodeAs(node(), 'UpdateStmt')!.relation));
      break;
    case 'DeleteStmt':
      add(relationName(nodeAs(node(), 'DeleteStmt')!.relation));
      break;
    case 'CreateTrigStmt':
      add(relationName(nodeAs(node(), 'CreateTrigStmt')!.relation));
      break;
    case 'CreateTableAsStmt':
      add(relationName(nodeAs(node(), 'CreateTableAsStmt')!.into?.rel));
      break;
    case 'TruncateStmt':
      for (const rel of nodeAs(node(), 'TruncateStmt')!.relations ?? []) add(relationName(nodeAs(rel, 'RangeVar')));
      break;
  }
  return out;
}
