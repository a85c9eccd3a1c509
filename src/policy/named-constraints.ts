import type { Constraint, Node } from 'libpg-query';
import { alterCommands, columnConstraints, keyNames, nodeAs, tableElements } from './postgres-ast.js';

/**
 * The constraints a statement adds, with the table and columns they apply to: table-level
 * constraints name their columns, column-level ones apply to their column. Read by the naming rules.
 */
export interface AddedConstraint {
  constraint: Constraint;
  table?: string;
  columns: string[];
}

export function addedConstraints(node: Node): AddedConstraint[] {
  const out: AddedConstraint[] = [];
  const columnsOf = (con: Constraint) => keyNames(con.contype === 'CONSTR_FOREIGN' ? con.fk_attrs : con.keys);
  const create = nodeAs(node, 'CreateStmt');
  if (create) {
    const table = create.relation?.relname;
    const { columns, constraints } = tableElements(create.tableElts);
    for (const col of columns) {
      for (const con of columnConstraints(col)) out.push({ constraint: con, table, columns: col.colname ? [col.colname] : [] });
    }
    for (const con of constraints) out.push({ constraint: con, table, columns: columnsOf(con) });
    return out;
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter?.objtype === 'OBJECT_TABLE') {
    const table = alter.relation?.relname;
    for (const cmd of alterCommands(alter.cmds)) {
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        if (con) out.push({ constraint: con, table, columns: columnsOf(con) });
      } else if (cmd.subtype === 'AT_AddColumn') {
        const col = nodeAs(cmd.def, 'ColumnDef');
        if (col) for (const con of columnConstraints(col)) out.push({ constraint: con, table, columns: col.colname ? [col.colname] : [] });
      }
    }
  }
  return out;
}
