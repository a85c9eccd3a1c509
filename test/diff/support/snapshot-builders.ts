/** Small builders for snapshots in diff and generator tests (no database needed). */
import type { ColumnObject, Snapshot, TableObject, ViewObject } from '../../../src/snapshot/model.js';

export function snapshotOf(parts: Partial<Omit<Snapshot, 'format' | 'formatVersion'>> = {}): Snapshot {
  return {
    format: 'dbops-snapshot',
    formatVersion: 1,
    source: { dialect: 'postgresql', database: 'test' },
    schemas: [{ name: 'public' }],
    extensions: [],
    types: [],
    sequences: [],
    tables: [],
    views: [],
    functions: [],
    triggers: [],
    ...parts,
  };
}

export function column(name: string, type = 'integer', extra: Partial<ColumnObject> = {}): ColumnObject {
  return { name, type, nullable: true, ...extra };
}

export function table(name: string, columns: ColumnObject[], extra: Partial<TableObject> = {}): TableObject {
  return {
    schema: 'public',
    name,
    columns,
    uniqueConstraints: [],
    checkConstraints: [],
    exclusionConstraints: [],
    foreignKeys: [],
    indexes: [],
    dependsOn: [],
    ...extra,
  };
}

export function view(name: string, definition: string, dependsOn: string[], extra: Partial<ViewObject> = {}): ViewObject {
  return { schema: 'public', name, materialized: false, definition, columns: [], indexes: [], dependsOn, ...extra };
}

/** A table with an integer primary key `id` named `<table>_pkey`. */
export function keyed(name: string, columns: ColumnObject[] = [], extra: Partial<TableObject> = {}): TableObject {
  return table(name, [column('id', 'integer', { nullable: false }), ...columns], {
    primaryKey: { name: `${name}_pkey`, definition: 'PRIMARY KEY (id)', columns: ['id'] },
    ...extra,
  });
}
