import type { AlterTableStmt, CreateStmt, Node } from 'libpg-query';
import {
  alterCommands,
  columnConstraints,
  columnType,
  dropObjects,
  formatRelation,
  isNotNullCheckColumn,
  nodeAs,
  relationFromNames,
  relationName,
  tableElements,
  type ColumnType,
  type RelationName,
} from './postgres-ast.js';
import type { SqlUnit } from './sql-parser.js';

/**
 * What the changesets being checked have done so far, statement by statement: which tables they
 * created (those are "new": empty and unused, so locking and data rules do not apply to them),
 * which indexes, which NOT NULL checks were validated, whether a lock_timeout is in effect and
 * whether an explicit transaction block is open.
 *
 * Rules read the state *before* the current statement; the runner applies the statement after
 * every rule has seen it.
 */

/** Where a statement is: changeset index in the input, statement index within the changeset's parsed units. */
export interface Site {
  changeSetIndex: number;
  unitIndex: number;
}

export interface CreatedTable {
  name: RelationName;
  site: Site;
  hasPrimaryKey: boolean;
  temporary: boolean;
  /** A partition (`PARTITION OF`) or `LIKE` copy: its keys come from elsewhere. */
  derived: boolean;
}

interface PendingCheck {
  table: string;
  column: string;
}

/** The statement types applyNode reads. */
const TRACKED_KINDS = new Set([
  'CreateStmt',
  'AlterTableStmt',
  'IndexStmt',
  'CreateTableAsStmt',
  'SelectStmt',
  'CreateSchemaStmt',
  'DropStmt',
  'RenameStmt',
  'VariableSetStmt',
  'TransactionStmt',
]);

export class SchemaTimeline {
  private readonly tables = new Map<string, CreatedTable[]>();
  private readonly schemas = new Set<string>();
  /** Indexes created in the set, by name → whether their table was new then. */
  private readonly indexes = new Map<string, boolean>();
  /** Column types known from the set (created tables and added columns), by `table.column`. */
  private readonly columnTypes = new Map<string, ColumnType>();
  /** NOT VALID `col IS NOT NULL` checks by constraint name. */
  private readonly pendingNotNullChecks = new Map<string, PendingCheck>();
  private readonly validatedNotNull = new Set<string>();
  /** Constraints added NOT VALID in the current changeset: name → kind. */
  private readonly notValidInChangeSet = new Map<string, 'foreign key' | 'check'>();
  private sessionLockTimeout = false;
  private localLockTimeout = false;
  private transactionDepth = 0;

  /** A table created earlier in the set (and not dropped since). */
  createdTable(r: RelationName | undefined): CreatedTable | undefined {
    if (!r) return undefined;
    const candidates = this.tables.get(r.name);
    if (!candidates) return undefined;
    if (!r.schema) return candidates[candidates.length - 1];
    return candidates.find((c) => c.name.schema === undefined || c.name.schema === r.schema);
  }

  isNewTable(r: RelationName | undefined): boolean {
    return this.createdTable(r) !== undefined;
  }

  isNewSchema(name: string): boolean {
    return this.schemas.has(name);
  }

  /** Whether the index was created in the set on a table that was new at the time. */
  isIndexOfNewTable(indexName: string): boolean {
    return this.indexes.get(indexName) === true;
  }

  /** The column's type, when the set created the column. */
  knownColumnType(table: RelationName, column: string): ColumnType | undefined {
    return this.columnTypes.get(`${table.name}.${column}`);
  }

  /** A validated `CHECK (col IS NOT NULL)` exists, so SET NOT NULL needs no scan (PostgreSQL 12+). */
  hasValidatedNotNullCheck(table: RelationName, column: string): boolean {
    return this.validatedNotNull.has(`${table.name}.${column}`);
  }

  /** The kind of a constraint added NOT VALID earlier in the current changeset. */
  notValidConstraintInChangeSet(name: string): 'foreign key' | 'check' | undefined {
    return this.notValidInChangeSet.get(name);
  }

  get lockTimeoutSet(): boolean {
    return this.sessionLockTimeout || this.localLockTimeout;
  }

  get inTransactionBlock(): boolean {
    return this.transactionDepth > 0;
  }

  get transactionBlockDepth(): number {
    return this.transactionDepth;
  }

  /** Tables created in the set and still there at the end. */
  allCreatedTables(): CreatedTable[] {
    return [...this.tables.values()].flat();
  }

  startChangeSet(): void {
    this.localLockTimeout = false;
    this.transactionDepth = 0;
    this.notValidInChangeSet.clear();
  }

  /** Records the effect of a statement, reading its AST only when its type can have one. */
  apply(unit: SqlUnit, site: Site): void {
    if (!TRACKED_KINDS.has(unit.kind)) return;
    // A SELECT creates a table only with the keyword INTO (most SELECTs are then never decoded).
    if (unit.kind === 'SelectStmt' && !/\binto\b/i.test(unit.text.slice(unit.codeStart, unit.codeEnd))) return;
    this.applyNode(unit.node, site);
  }

  private applyNode(node: Node, site: Site): void {
    const create = nodeAs(node, 'CreateStmt');
    if (create) return this.applyCreate(create, site);
    const alter = nodeAs(node, 'AlterTableStmt');
    if (alter) return this.applyAlter(alter);
    const index = nodeAs(node, 'IndexStmt');
    if (index) {
      if (index.idxname) this.indexes.set(index.idxname, this.isNewTable(relationName(index.relation)));
      if (index.primary) this.markPrimaryKey(relationName(index.relation));
      return;
    }
    const ctas = nodeAs(node, 'CreateTableAsStmt');
    if (ctas) return this.addTable(relationName(ctas.into?.rel), site, ctas.into?.rel?.relpersistence === 't', false, false);
    const select = nodeAs(node, 'SelectStmt');
    if (select?.intoClause) {
      const rel = select.intoClause.rel;
      return this.addTable(relationName(rel), site, rel?.relpersistence === 't', false, false);
    }
    const schema = nodeAs(node, 'CreateSchemaStmt');
    if (schema) {
      if (schema.schemaname) this.schemas.add(schema.schemaname);
      for (const element of schema.schemaElts ?? []) {
        const inner = nodeAs(element, 'CreateStmt');
        if (inner?.relation && !inner.relation.schemaname && schema.schemaname) {
          this.applyCreate({ ...inner, relation: { ...inner.relation, schemaname: schema.schemaname } }, site);
        } else {
          this.applyNode(element, site);
        }
      }
      return;
    }
    const drop = nodeAs(node, 'DropStmt');
    if (drop) {
      for (const parts of dropObjects(drop.objects)) {
        if (drop.removeType === 'OBJECT_TABLE') this.removeTable(relationFromNames(parts));
        else if (drop.removeType === 'OBJECT_INDEX') this.indexes.delete(parts[parts.length - 1] ?? '');
        else if (drop.removeType === 'OBJECT_SCHEMA') this.schemas.delete(parts[0] ?? '');
      }
      return;
    }
    const rename = nodeAs(node, 'RenameStmt');
    if (rename?.newname) {
      if (rename.renameType === 'OBJECT_TABLE') {
        const table = this.createdTable(relationName(rename.relation));
        if (table) {
          this.removeTable(table.name);
          table.name = { ...table.name, name: rename.newname };
          this.insertTable(table);
        }
      } else if (rename.renameType === 'OBJECT_INDEX') {
        const old = rename.relation?.relname;
        if (old && this.indexes.has(old)) {
          this.indexes.set(rename.newname, this.indexes.get(old)!);
          this.indexes.delete(old);
        }
      }
      return;
    }
    const variable = nodeAs(node, 'VariableSetStmt');
    if (variable?.name?.toLowerCase() === 'lock_timeout') {
      const on = variable.kind === 'VAR_SET_VALUE' && !isZero(variable.args);
      if (variable.is_local) this.localLockTimeout = on;
      else {
        this.sessionLockTimeout = on;
        if (!on) this.localLockTimeout = false;
      }
      return;
    }
    const tx = nodeAs(node, 'TransactionStmt');
    if (tx) {
      if (tx.kind === 'TRANS_STMT_BEGIN' || tx.kind === 'TRANS_STMT_START') this.transactionDepth++;
      else if (tx.kind === 'TRANS_STMT_COMMIT' || tx.kind === 'TRANS_STMT_ROLLBACK' || tx.kind === 'TRANS_STMT_PREPARE') {
        this.transactionDepth = 0;
        this.localLockTimeout = false;
      }
    }
  }

  private applyCreate(create: CreateStmt, site: Site): void {
    const name = relationName(create.relation);
    if (!name) return;
    const { columns, constraints } = tableElements(create.tableElts);
    const hasLike = (create.tableElts ?? []).some((e) => 'TableLikeClause' in e);
    const derived = create.partbound !== undefined || hasLike || (create.inhRelations?.length ?? 0) > 0 || create.ofTypename !== undefined;
    const pk =
      constraints.some((c) => c.contype === 'CONSTR_PRIMARY') ||
      columns.some((col) => columnConstraints(col).some((c) => c.contype === 'CONSTR_PRIMARY'));
    this.addTable(name, site, create.relation?.relpersistence === 't', pk, derived);
    for (const col of columns) {
      const type = columnType(col.typeName);
      if (col.colname && type) this.columnTypes.set(`${name.name}.${col.colname}`, type);
    }
    for (const con of constraints) this.noteCheck(name, con.contype, con.conname, con.raw_expr, con.skip_validation);
  }

  private applyAlter(alter: AlterTableStmt): void {
    const table = relationName(alter.relation);
    if (!table || alter.objtype !== 'OBJECT_TABLE') return;
    for (const cmd of alterCommands(alter.cmds)) {
      if (cmd.subtype === 'AT_AddColumn') {
        const col = nodeAs(cmd.def, 'ColumnDef');
        const type = columnType(col?.typeName);
        if (col?.colname && type) this.columnTypes.set(`${table.name}.${col.colname}`, type);
        if (col && columnConstraints(col).some((c) => c.contype === 'CONSTR_PRIMARY')) this.markPrimaryKey(table);
      } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
        const type = columnType(nodeAs(cmd.def, 'ColumnDef')?.typeName);
        if (type) this.columnTypes.set(`${table.name}.${cmd.name}`, type);
      } else if (cmd.subtype === 'AT_AddConstraint') {
        const con = nodeAs(cmd.def, 'Constraint');
        if (!con) continue;
        if (con.contype === 'CONSTR_PRIMARY') this.markPrimaryKey(table);
        this.noteCheck(table, con.contype, con.conname, con.raw_expr, con.skip_validation);
        if (con.skip_validation && con.conname && (con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK')) {
          this.notValidInChangeSet.set(con.conname, con.contype === 'CONSTR_FOREIGN' ? 'foreign key' : 'check');
        }
      } else if (cmd.subtype === 'AT_ValidateConstraint' && cmd.name) {
        const pending = this.pendingNotNullChecks.get(cmd.name);
        if (pending) this.validatedNotNull.add(`${pending.table}.${pending.column}`);
      } else if (cmd.subtype === 'AT_DropConstraint' && cmd.name) {
        this.pendingNotNullChecks.delete(cmd.name);
      }
    }
  }

  private noteCheck(table: RelationName, contype: string | undefined, conname: string | undefined, expr: Node | undefined, notValid: boolean | undefined): void {
    if (contype !== 'CONSTR_CHECK') return;
    const column = isNotNullCheckColumn(expr);
    if (!column) return;
    if (notValid) {
      if (conname) this.pendingNotNullChecks.set(conname, { table: table.name, column });
    } else {
      this.validatedNotNull.add(`${table.name}.${column}`);
    }
  }

  private addTable(name: RelationName | undefined, site: Site, temporary: boolean, hasPrimaryKey: boolean, derived: boolean): void {
    if (!name) return;
    this.insertTable({ name, site, hasPrimaryKey, temporary, derived });
  }

  private insertTable(table: CreatedTable): void {
    const list = this.tables.get(table.name.name) ?? [];
    const same = list.findIndex((t) => formatRelation(t.name) === formatRelation(table.name));
    if (same >= 0) list.splice(same, 1);
    list.push(table);
    this.tables.set(table.name.name, list);
  }

  private removeTable(r: RelationName | undefined): void {
    const table = this.createdTable(r);
    if (!table) return;
    const list = this.tables.get(table.name.name)!.filter((t) => t !== table);
    if (list.length) this.tables.set(table.name.name, list);
    else this.tables.delete(table.name.name);
  }

  private markPrimaryKey(r: RelationName | undefined): void {
    const table = this.createdTable(r);
    if (table) table.hasPrimaryKey = true;
  }
}

/** `SET lock_timeout = 0` (or '0', '0s') turns the timeout off. */
function isZero(args: Node[] | undefined): boolean {
  const first = nodeAs(args?.[0], 'A_Const');
  if (!first) return false;
  if (first.ival) return (first.ival.ival ?? 0) === 0;
  const s = first.sval?.sval?.trim();
  return s !== undefined && /^0+\s*(ms|s|min|h|d)?$/i.test(s);
}
