import type { Snapshot } from './model.js';
import { createNameFilter } from './name-filter.js';
import type { SnapshotOptions } from './take-snapshot.js';

/**
 * The part of a snapshot that `schemas`, `include` and `exclude` keep, with the same rules as
 * `takeSnapshot` applies while reading a database: a table's triggers and a serial's sequence
 * follow their table. Used on snapshot files, so that a file and a live database compared with
 * the same filters hold the same kinds of objects.
 */
export function filterSnapshot(snapshot: Snapshot, filters: Pick<SnapshotOptions, 'schemas' | 'include' | 'exclude'>): Snapshot {
  const schemas = filters.schemas?.length ? new Set(filters.schemas) : undefined;
  if (!schemas && !filters.include?.length && !filters.exclude?.length) return snapshot;
  const named = createNameFilter({ include: filters.include, exclude: filters.exclude });
  const keep = (schema: string, name: string) => (!schemas || schemas.has(schema)) && named(schema, name);

  const tables = snapshot.tables.filter((t) => keep(t.schema, t.name));
  const kept = new Set(tables.map((t) => `${t.schema}.${t.name}`));
  const tableExists = new Set(snapshot.tables.map((t) => `${t.schema}.${t.name}`));
  return {
    ...snapshot,
    source: { ...snapshot.source, filters: { ...snapshot.source.filters, ...filters } },
    schemas: snapshot.schemas.filter((s) => !schemas || schemas.has(s.name)),
    extensions: snapshot.extensions.filter((e) => keep(e.schema, e.name)),
    types: snapshot.types.filter((t) => keep(t.schema, t.name)),
    sequences: snapshot.sequences.filter((s) => {
      const owner = s.ownedBy && `${s.ownedBy.schema}.${s.ownedBy.table}`;
      return owner && tableExists.has(owner) ? kept.has(owner) : keep(s.schema, s.name);
    }),
    tables,
    views: snapshot.views.filter((v) => keep(v.schema, v.name)),
    functions: snapshot.functions.filter((f) => keep(f.schema, f.name)),
    triggers: snapshot.triggers.filter((t) => kept.has(`${t.schema}.${t.table}`)),
  };
}
