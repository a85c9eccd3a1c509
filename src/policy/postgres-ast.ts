import type {
  AlterTableCmd,
  ColumnDef,
  Constraint,
  Node,
  RangeVar,
  TypeName,
} from 'libpg-query';

/**
 * Small readers over libpg-query's JSON AST (a node is `{ <Type>: {...} }`), shared by the rules
 * and the schema timeline. Only reading: the parse results are cached and shared, never mutated.
 */

type NodeKind = Node extends infer T ? (T extends Record<infer K, unknown> ? K & string : never) : never;
type NodeOf<K extends NodeKind> = Extract<Node, Record<K, unknown>>[K];

/** The node's payload when it is of the given type. */
export function nodeAs<K extends NodeKind>(node: Node | undefined, kind: K): NodeOf<K> | undefined {
  return node !== undefined && kind in node ? (node as unknown as Record<K, NodeOf<K>>)[kind] : undefined;
}

/** The `sval` of `String` nodes in a name list, e.g. `['pg_catalog', 'int4']`. */
export function names(list: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const item of list ?? []) {
    const s = nodeAs(item, 'String');
    if (s?.sval !== undefined) out.push(s.sval);
  }
  return out;
}

/** A table (or other relation) name as written, schema optional. */
export interface RelationName {
  schema?: string;
  name: string;
}

export function relationName(rv: RangeVar | undefined): RelationName | undefined {
  if (!rv?.relname) return undefined;
  return rv.schemaname ? { schema: rv.schemaname, name: rv.relname } : { name: rv.relname };
}

/** `[schema.]name` from a qualified-name list (`DROP TABLE a.b` objects). */
export function relationFromNames(parts: string[]): RelationName | undefined {
  if (!parts.length) return undefined;
  const name = parts[parts.length - 1]!;
  return parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name };
}

export function formatRelation(r: RelationName): string {
  return r.schema ? `${r.schema}.${r.name}` : r.name;
}

/** The objects of a DropStmt as qualified-name parts (lists of strings, or a single string). */
export function dropObjects(objects: Node[] | undefined): string[][] {
  return (objects ?? []).map((o) => {
    const list = nodeAs(o, 'List');
    if (list) return names(list.items);
    const s = nodeAs(o, 'String');
    return s?.sval !== undefined ? [s.sval] : [];
  });
}

/** A column type reduced to what the type rules need. */
export interface ColumnType {
  /** The type's own name, lower case, without schema: `int4`, `varchar`, `bpchar`, `serial`, `timestamp`. */
  name: string;
  /** Integer type modifiers, e.g. `[255]` for varchar(255). */
  mods: number[];
  isArray: boolean;
  /** As the user would write it, for messages. */
  display: string;
}

const DISPLAY: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  bpchar: 'char',
  varchar: 'varchar',
  timestamp: 'timestamp',
  timestamptz: 'timestamptz',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
};

export function columnType(tn: TypeName | undefined): ColumnType | undefined {
  const parts = names(tn?.names);
  if (!parts.length) return undefined;
  const name = parts[parts.length - 1]!.toLowerCase();
  const mods: number[] = [];
  for (const m of tn?.typmods ?? []) {
    const ival = nodeAs(m, 'A_Const')?.ival;
    if (ival) mods.push(ival.ival ?? 0);
  }
  const isArray = (tn?.arrayBounds?.length ?? 0) > 0;
  const base = DISPLAY[name] ?? name;
  const display = `${base}${mods.length ? `(${mods.join(',')})` : ''}${isArray ? '[]' : ''}`;
  return { name, mods, isArray, display };
}

/** The constraints attached to a column definition. */
export function columnConstraints(col: ColumnDef): Constraint[] {
  const out: Constraint[] = [];
  for (const c of col.constraints ?? []) {
    const con = nodeAs(c, 'Constraint');
    if (con) out.push(con);
  }
  return out;
}

/** Column definitions and table constraints of a CREATE TABLE. */
export function tableElements(elts: Node[] | undefined): { columns: ColumnDef[]; constraints: Constraint[] } {
  const columns: ColumnDef[] = [];
  const constraints: Constraint[] = [];
  for (const e of elts ?? []) {
    const col = nodeAs(e, 'ColumnDef');
    if (col) columns.push(col);
    const con = nodeAs(e, 'Constraint');
    if (con) constraints.push(con);
  }
  return { columns, constraints };
}

/** The commands of an ALTER TABLE. */
export function alterCommands(cmds: Node[] | undefined): AlterTableCmd[] {
  const out: AlterTableCmd[] = [];
  for (const c of cmds ?? []) {
    const cmd = nodeAs(c, 'AlterTableCmd');
    if (cmd) out.push(cmd);
  }
  return out;
}

/** The names of `DefElem` options, lower case (`concurrently`, `full`, `verbose`). */
export function optionNames(options: Node[] | undefined): string[] {
  const out: string[] = [];
  for (const o of options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname) out.push(d.defname.toLowerCase());
  }
  return out;
}

/** Whether a `DefElem` option is present and not explicitly false (`VACUUM (FULL false)`). */
export function hasOption(options: Node[] | undefined, name: string): boolean {
  for (const o of options ?? []) {
    const d = nodeAs(o, 'DefElem');
    if (d?.defname?.toLowerCase() !== name) continue;
    const arg = d.arg;
    if (!arg) return true;
    const value = nodeAs(arg, 'Boolean')?.boolval ?? nodeAs(arg, 'A_Const')?.boolval?.boolval;
    const str = nodeAs(arg, 'String')?.sval?.toLowerCase();
    if (value === false || str === 'false' || str === 'off') return false;
    return true;
  }
  return false;
}

/** Column names of a constraint's key list (`keys`, `fk_attrs`, `pk_attrs`). */
export function keyNames(list: Node[] | undefined): string[] {
  return names(list);
}

/** For a constraint or index: whether it takes an existing index (`USING INDEX`). */
export function usesExistingIndex(con: Constraint): boolean {
  return con.indexname !== undefined && con.indexname !== '';
}

/** Column names of an index, or undefined when an element is an expression. */
export function indexColumns(params: Node[] | undefined): string[] | undefined {
  const out: string[] = [];
  for (const p of params ?? []) {
    const elem = nodeAs(p, 'IndexElem');
    if (!elem?.name) return undefined;
    out.push(elem.name);
  }
  return out;
}

/** `col IS NOT NULL` as a CHECK expression: the column, or undefined. */
export function isNotNullCheckColumn(expr: Node | undefined): string | undefined {
  const test = nodeAs(expr, 'NullTest');
  if (!test || test.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields = names(nodeAs(test.arg, 'ColumnRef')?.fields);
  return fields.length === 1 ? fields[0] : undefined;
}
