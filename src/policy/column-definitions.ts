import type { Constraint, Node, TypeName } from 'libpg-query';
import {
  alterCommands,
  columnConstraints,
  columnType,
  keyNames,
  nodeAs,
  relationName,
  tableElements,
  type ColumnType,
  type RelationName,
} from './postgres-ast.js';

/**
 * The column types a statement writes: columns of CREATE TABLE, ALTER TABLE … ADD COLUMN and
 * ALTER COLUMN … TYPE. The type rules (bigint, timestamptz, text, identity) all look at these.
 */
export interface ColumnDefinition {
  table: RelationName;
  column: string;
  typeName: TypeName;
  /** typeName reduced to what the type rules compare. */
  type: ColumnType | undefined;
  via: 'create-table' | 'add-column' | 'alter-type';
  /** Part of the primary key, a foreign key, an identity or named like an id (`id`, `*_id`). */
  looksLikeId: boolean;
}

const SERIAL_TYPES = new Set(['serial', 'serial2', 'serial4', 'serial8', 'smallserial', 'bigserial']);

export function isSerialType(typeName: TypeName | undefined): boolean {
  const parts = typeName?.names ?? [];
  const last = nodeAs(parts[parts.length - 1], 'String')?.sval?.toLowerCase();
  return parts.length === 1 && last !== undefined && SERIAL_TYPES.has(last);
}

function idLike(column: string, typeName: TypeName | undefined, constraints: Constraint[], keyColumns: Set<string>): boolean {
  return (
    column === 'id' ||
    column.endsWith('_id') ||
    keyColumns.has(column) ||
    isSerialType(typeName) ||
    constraints.some((c) => c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_FOREIGN' || c.contype === 'CONSTR_IDENTITY')
  );
}

/**
 * Several rules read the same statement's columns: they are worked out once per node (parse
 * results are shared and never changed, so a node is a safe key).
 */
const known = new WeakMap<Node, readonly ColumnDefinition[]>();

export function columnDefinitions(node: Node): readonly ColumnDefinition[] {
  let found = known.get(node);
  if (!found) known.set(node, (found = readColumnDefinitions(node)));
  return found;
}

function readColumnDefinitions(node: Node): ColumnDefinition[] {
  const out: ColumnDefinition[] = [];
  const create = nodeAs(node, 'CreateStmt');
  if (create) {
    const table = relationName(create.relation);
    if (!table) return out;
    const { columns, constraints } = tableElements(create.tableElts);
    const keyColumns = new Set<string>();
    for (const con of constraints) {
      if (con.contype === 'CONSTR_PRIMARY') keyNames(con.keys).forEach((k) => keyColumns.add(k));
      if (con.contype === 'CONSTR_FOREIGN') keyNames(con.fk_attrs).forEach((k) => keyColumns.add(k));
    }
    for (const col of columns) {
      if (!col.colname || !col.typeName) continue;
      out.push({
        table,
        column: col.colname,
        typeName: col.typeName,
        type: columnType(col.typeName),
        via: 'create-table',
        looksLikeId: idLike(col.colname, col.typeName, columnConstraints(col), keyColumns),
      });
    }
    return out;
  }
  const alter = nodeAs(node, 'AlterTableStmt');
  if (alter && alter.objtype === 'OBJECT_TABLE') {
    const table = relationName(alter.relation);
    if (!table) return out;
    for (const cmd of alterCommands(alter.cmds)) {
      const col = nodeAs(cmd.def, 'ColumnDef');
      if (!col?.typeName) continue;
      if (cmd.subtype === 'AT_AddColumn' && col.colname) {
        out.push({
          table,
          column: col.colname,
          typeName: col.typeName,
          type: columnType(col.typeName),
          via: 'add-column',
          looksLikeId: idLike(col.colname, col.typeName, columnConstraints(col), new Set()),
        });
      } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
        out.push({
          table,
          column: cmd.name,
          typeName: col.typeName,
          type: columnType(col.typeName),
          via: 'alter-type',
          looksLikeId: idLike(cmd.name, col.typeName, [], new Set()),
        });
      }
    }
  }
  return out;
}
