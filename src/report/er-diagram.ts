/**
 * The schema change as a Mermaid `erDiagram`: the input is a small model of the tables a change
 * touches (the snapshot/diff code maps its own model onto it), the output is Mermaid source that
 * GitHub renders in PR comments and job summaries.
 *
 * Mermaid's ER grammar is narrow: entity and attribute names are words, attribute types may hold
 * letters, digits, `-`, `_`, `()` and `[]`, and one quoted comment per attribute. So names are
 * sanitised for the diagram (the section's table lists the real names) and the change marks
 * (new/changed/dropped) travel in the attribute comments.
 */

/** How a table, column or foreign key compares with the reference (the base branch, the last snapshot). */
export type ChangeMark = 'new' | 'changed' | 'dropped' | 'unchanged';

export interface DiagramColumn {
  name: string;
  /** As the database spells it: `bigint`, `character varying(255)`, `numeric(12,2)`. */
  type: string;
  pk?: boolean;
  /** Default true; `false` shows `not null`. */
  nullable?: boolean;
  change?: ChangeMark;
  /** For a changed column, its type before. */
  previousType?: string;
}

export interface DiagramTable {
  name: string;
  /** Omit for the default schema. */
  schema?: string;
  change?: ChangeMark;
  columns: DiagramColumn[];
}

export interface DiagramForeignKey {
  name?: string;
  /** Table names as in `DiagramTable` (`schema.name` when the table has a schema). */
  fromTable: string;
  fromColumns: string[];
  toTable: string;
  toColumns: string[];
  change?: ChangeMark;
}

/** The tables a change touches, with the foreign keys between them. */
export interface SchemaChange {
  tables: DiagramTable[];
  foreignKeys: DiagramForeignKey[];
}

export interface ErDiagramOptions {
  /** Tables drawn at most (default 40); the rest are counted in a Mermaid comment. */
  maxTables?: number;
  /** Columns drawn per table at most (default 30). */
  maxColumns?: number;
}

/** `schema.name`, or `name` in the default schema: how foreign keys refer to a table. */
export function qualifiedName(table: Pick<DiagramTable, 'name' | 'schema'>): string {
  return table.schema ? `${table.schema}.${table.name}` : table.name;
}

/**
 * Mermaid source for the change, without the code fence.
 *
 * @example
 * renderErDiagram({
 *   tables: [{ name: 'orders', change: 'new', columns: [{ name: 'id', type: 'bigint', pk: true }] }],
 *   foreignKeys: [],
 * });
 * // erDiagram
 * //     orders {
 * //         bigint id PK "new"
 * //     }
 */
export function renderErDiagram(change: SchemaChange, options: ErDiagramOptions = {}): string {
  const maxTables = options.maxTables ?? 40;
  const maxColumns = options.maxColumns ?? 30;
  const entityNames = new EntityNames();
  const lines = ['erDiagram'];

  const drawn = change.tables.slice(0, maxTables);
  for (const table of drawn) {
    const fkColumns = new Set(
      change.foreignKeys.filter((fk) => fk.fromTable === qualifiedName(table)).flatMap((fk) => fk.fromColumns),
    );
    const entity = entityNames.of(qualifiedName(table));
    if (table.columns.length === 0) {
      lines.push(`    ${entity}`);
      continue;
    }
    lines.push(`    ${entity} {`);
    for (const column of table.columns.slice(0, maxColumns)) {
      lines.push(`        ${attribute(column, table.change, fkColumns.has(column.name))}`);
    }
    if (table.columns.length > maxColumns) lines.push(`        more_columns ${sanitiseWord(`and_${table.columns.length - maxColumns}_more`)}`);
    lines.push('    }');
  }
  if (change.tables.length > maxTables) lines.push(`    %% ${change.tables.length - maxTables} more tables not drawn`);

  for (const fk of change.foreignKeys) {
    const child = entityNames.of(fk.fromTable);
    const parent = entityNames.of(fk.toTable);
    const childTable = change.tables.find((t) => qualifiedName(t) === fk.fromTable);
    const optional = fk.fromColumns.some((c) => childTable?.columns.find((col) => col.name === c)?.nullable !== false);
    // Many children to one parent; a dotted line for a foreign key the change drops.
    const line = fk.change === 'dropped' ? '..' : '--';
    const label = [fk.name ?? fk.fromColumns.join(', '), fk.change && fk.change !== 'unchanged' ? fk.change : '']
      .filter(Boolean)
      .join(': ');
    lines.push(`    ${child} }o${line}${optional ? 'o|' : '||'} ${parent} : ${quote(label)}`);
  }
  return lines.join('\n');
}

function attribute(column: DiagramColumn, tableChange: ChangeMark | undefined, isFk: boolean): string {
  const keys = [column.pk ? 'PK' : '', isFk ? 'FK' : ''].filter(Boolean).join(', ');
  const notes: string[] = [];
  const mark = column.change ?? (tableChange === 'new' || tableChange === 'dropped' ? tableChange : undefined);
  if (mark === 'new') notes.push('new');
  if (mark === 'dropped') notes.push('dropped');
  if (mark === 'changed') notes.push(column.previousType ? `changed, was ${column.previousType}` : 'changed');
  if (column.nullable === false && !column.pk) notes.push('not null');
  return [sanitiseType(column.type), sanitiseWord(column.name), keys, notes.length ? quote(notes.join(', ')) : '']
    .filter(Boolean)
    .join(' ');
}

/** Types: `character varying(255)` → `character_varying(255)`, `numeric(12,2)` → `numeric(12_2)`. */
function sanitiseType(type: string): string {
  const word = type
    .trim()
    .replace(/\s*,\s*/g, '_')
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9_\-()[\]]/g, '');
  return /^[A-Za-z]/.test(word) ? word : `t_${word || 'unknown'}`;
}

function sanitiseWord(name: string): string {
  const word = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(word) ? word : `_${word}`;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, "'").replace(/\s+/g, ' ')}"`;
}

/** Sanitised entity names, kept distinct when two real names sanitise alike (`a.b`, `a_b`). */
class EntityNames {
  private readonly byName = new Map<string, string>();
  private readonly used = new Set<string>();

  of(name: string): string {
    let entity = this.byName.get(name);
    if (entity) return entity;
    const base = sanitiseWord(name.replace(/\./g, '__'));
    entity = base;
    for (let i = 2; this.used.has(entity); i++) entity = `${base}_${i}`;
    this.byName.set(name, entity);
    this.used.add(entity);
    return entity;
  }
}
