import type { ChangeMark, DiagramColumn, DiagramForeignKey, DiagramTable, SchemaChange } from '../report/er-diagram.js';
import type { ColumnObject, ForeignKeyObject, TableObject, ViewObject } from '../snapshot/model.js';
import type { ChangedEntry, DiffEntry, SchemaDiff } from './model.js';

export interface SchemaChangeOptions {
  /**
   * `reference` (default): the change that brings the target to the reference, as diff-changelog
   * writes it (what only the reference has is new). `target`: how the target departs from the
   * reference, as drift reports it (what only the database has is new).
   */
  perspective?: 'reference' | 'target';
}

/**
 * The tables and views a diff touches, for the PR comment's table and Mermaid diagram: new and
 * dropped relations with their columns, changed ones with the columns that changed, the foreign
 * keys added or dropped (and the tables they point to). A table whose indexes, constraints or
 * triggers changed is marked changed. Functions, types, sequences of their own, schemas and
 * extensions have no place in an ER diagram: the text and JSON outputs list them.
 *
 * @example
 * renderSchemaChangeSection(schemaChangeOf(diffSnapshots(reference, target)), { kind: 'diff' });
 */
export function schemaChangeOf(diff: SchemaDiff, options: SchemaChangeOptions = {}): SchemaChange {
  const towardsReference = (options.perspective ?? 'reference') === 'reference';
  const added = towardsReference ? diff.missing : diff.unexpected;
  const removed = towardsReference ? diff.unexpected : diff.missing;
  const diagram = new DiagramBuilder();

  for (const rename of diff.renamed) {
    const table = diagram.touch(rename.schema, rename.kind === 'table' ? rename.to : rename.table!);
    const [name, previous] = towardsReference ? [rename.to, rename.from] : [rename.from, rename.to];
    // The diff keeps no column object for a plain rename: the type column says what happened.
    if (rename.kind === 'column') diagram.column(table, { name, type: `renamed from ${previous}`, change: 'changed' });
  }
  for (const entry of added) diagram.entry(entry, 'new');
  for (const entry of removed) diagram.entry(entry, 'dropped');
  for (const entry of diff.changed) diagram.changed(entry, towardsReference);
  return diagram.build();
}

class DiagramBuilder {
  private readonly tables = new Map<string, DiagramTable>();
  private readonly foreignKeys: DiagramForeignKey[] = [];

  entry(entry: DiffEntry, mark: 'new' | 'dropped'): void {
    switch (entry.kind) {
      case 'table':
        this.relation(entry.object, mark);
        for (const fk of entry.object.foreignKeys) this.foreignKey(entry.object.schema, entry.object.name, fk, mark);
        return;
      case 'view':
        this.relation(entry.object, mark);
        return;
      case 'column':
        this.column(this.touch(entry.relation.schema, entry.relation.name), columnOf(entry.object, [], mark));
        return;
      case 'foreignKey':
        this.touch(entry.relation.schema, entry.relation.name);
        this.foreignKey(entry.relation.schema, entry.relation.name, entry.object, mark);
        return;
      case 'primaryKey':
      case 'uniqueConstraint':
      case 'checkConstraint':
      case 'exclusionConstraint':
      case 'index':
        this.touch(entry.relation.schema, entry.relation.name);
        return;
      case 'trigger':
        this.touch(entry.object.schema, entry.object.table);
        return;
      case 'sequence':
        if (entry.object.ownedBy) this.touch(entry.object.ownedBy.schema, entry.object.ownedBy.table);
        return;
      default:
        return;
    }
  }

  changed(entry: ChangedEntry, towardsReference: boolean): void {
    switch (entry.kind) {
      case 'column': {
        const [after, before] = towardsReference ? [entry.reference, entry.target] : [entry.target, entry.reference];
        const column = columnOf(after, [], 'changed');
        if (after.type !== before.type) column.previousType = before.type;
        this.column(this.touch(entry.relation.schema, entry.relation.name), column);
        return;
      }
      case 'foreignKey':
        this.touch(entry.relation.schema, entry.relation.name);
        this.foreignKey(entry.relation.schema, entry.relation.name, towardsReference ? entry.reference : entry.target, 'changed');
        return;
      case 'primaryKey':
      case 'uniqueConstraint':
      case 'checkConstraint':
      case 'exclusionConstraint':
      case 'index':
        this.touch(entry.relation.schema, entry.relation.name);
        return;
      case 'view':
        this.touch(entry.reference.schema, entry.reference.name);
        return;
      case 'trigger':
        this.touch(entry.reference.schema, entry.reference.table);
        return;
      case 'sequence':
        if (entry.reference.ownedBy) this.touch(entry.reference.ownedBy.schema, entry.reference.ownedBy.table);
        return;
      default:
        return;
    }
  }

  /** The table's entry, created as `changed` when the diff has not named it yet. */
  touch(schema: string, name: string): DiagramTable {
    const key = qualified(schema, name);
    let table = this.tables.get(key);
    if (!table) {
      table = { name, ...(schema === 'public' ? {} : { schema }), change: 'changed', columns: [] };
      this.tables.set(key, table);
    } else if (table.change === 'unchanged') {
      table.change = 'changed';
    }
    return table;
  }

  column(table: DiagramTable, column: DiagramColumn): void {
    const existing = table.columns.find((c) => c.name === column.name);
    if (existing) Object.assign(existing, column);
    else table.columns.push(column);
  }

  build(): SchemaChange {
    // The tables foreign keys point to, drawn (unchanged) so that each line has both ends.
    for (const fk of this.foreignKeys) {
      if (!this.tables.has(fk.toTable)) {
        const [schema, name] = fk.toTable.includes('.') ? splitQualified(fk.toTable) : ['public', fk.toTable];
        this.tables.set(fk.toTable, { name, ...(schema === 'public' ? {} : { schema }), change: 'unchanged', columns: [] });
      }
    }
    // New tables first, then changed, dropped, and the unchanged ones drawn for context.
    const rank: Record<ChangeMark, number> = { new: 0, changed: 1, dropped: 2, unchanged: 3 };
    const tables = [...this.tables.entries()]
      .sort(([a, x], [b, y]) => rank[x.change ?? 'unchanged'] - rank[y.change ?? 'unchanged'] || (a < b ? -1 : a > b ? 1 : 0))
      .map(([, table]) => table);
    return { tables, foreignKeys: this.foreignKeys };
  }

  private relation(relation: TableObject | ViewObject, mark: ChangeMark): void {
    const key = qualified(relation.schema, relation.name);
    const pk = 'primaryKey' in relation ? (relation.primaryKey?.columns ?? []) : [];
    const columns = relation.columns.map((c) => columnOf(c, pk, mark));
    this.tables.set(key, { name: relation.name, ...(relation.schema === 'public' ? {} : { schema: relation.schema }), change: mark, columns });
  }

  private foreignKey(schema: string, table: string, fk: ForeignKeyObject, mark: ChangeMark): void {
    this.foreignKeys.push({
      name: fk.name,
      fromTable: qualified(schema, table),
      fromColumns: fk.columns,
      toTable: qualified(fk.referencedSchema, fk.referencedTable),
      toColumns: fk.referencedColumns,
      change: mark,
    });
  }
}

function columnOf(column: ColumnObject | ViewObject['columns'][number], pk: string[], mark: ChangeMark): DiagramColumn {
  return {
    name: column.name,
    type: column.type,
    ...(pk.includes(column.name) ? { pk: true } : {}),
    ...('nullable' in column ? { nullable: column.nullable } : {}),
    change: mark,
  };
}

/** As er-diagram's qualifiedName: `schema.name`, the bare name in `public`. */
function qualified(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}

function splitQualified(key: string): [string, string] {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
}
