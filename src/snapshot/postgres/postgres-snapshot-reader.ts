import type { Queryable } from '../../database/connection.js';
import type { Logger } from '../../logger.js';
import {
  objectKey,
  type ColumnObject,
  type CompositeType,
  type DomainType,
  type EnumType,
  type RoutineObject,
  type SchemaObject,
  type SequenceObject,
  type TableObject,
  type TriggerObject,
  type TypeObject,
  type ViewObject,
  type ExtensionObject,
} from '../model.js';
import type { NameFilter } from '../name-filter.js';
import { probeCatalog } from './catalog-capabilities.js';
import type { CatalogContext } from './catalog-fragments.js';
import { readColumns, type ColumnRow } from './read-columns.js';
import { readConstraints, type ConstraintRow } from './read-constraints.js';
import { readDependencies, type DependencyRow } from './read-dependencies.js';
import { readIndexes, type IndexRow } from './read-indexes.js';
import { readInheritance, readRelations, type InheritanceRow, type RelationRow } from './read-relations.js';
import { readRoutines, type RoutineRow } from './read-routines.js';
import { readExtensions, readSchemas } from './read-schemas.js';
import { readSequences, type SequenceRow } from './read-sequences.js';
import { readTriggers, type TriggerRow } from './read-triggers.js';
import { readTypes, type TypeRow } from './read-types.js';

export interface PostgresSnapshotRequest {
  schemas?: string[];
  /** Top-level objects to keep (tables, views, sequences, types, routines, extensions). */
  keep: NameFilter;
  /** Table names always left out (the tracking tables), compared case-insensitively. */
  skipTables: Set<string>;
  logger: Logger;
}

export interface PostgresSnapshotContent {
  database: string;
  serverVersion: string;
  incomplete: string[];
  schemas: SchemaObject[];
  extensions: ExtensionObject[];
  types: TypeObject[];
  sequences: SequenceObject[];
  tables: TableObject[];
  views: ViewObject[];
  functions: RoutineObject[];
  triggers: TriggerObject[];
}

/**
 * Reads a PostgreSQL schema with a fixed number of catalog queries (one per object kind, whatever
 * the number of objects) and assembles the snapshot model.
 *
 * The search_path is emptied for the duration, as pg_dump does, so that every type, default and
 * definition names user objects with their schema, whatever the caller's session looks like.
 */
export async function readPostgresSnapshot(db: Queryable, request: PostgresSnapshotRequest): Promise<PostgresSnapshotContent> {
  const caps = await probeCatalog(db);
  const restore = await overrideSettings(db, SNAPSHOT_SETTINGS);
  try {
    const schemas = await readSchemas(db, request.schemas);
    const ctx: CatalogContext = { db, caps, schemas: schemas.map((s) => s.name) };
    const incomplete: string[] = [];
    // A kind the server cannot describe (an engine with a partial catalog) is reported, not fatal.
    const attempt = async <T>(kind: string, read: () => Promise<T[]>): Promise<T[]> => {
      try {
        return await read();
      } catch (error) {
        const reason = `${kind}: ${(error as Error).message}`;
        incomplete.push(reason);
        request.logger.warn(`snapshot: could not read ${reason}`);
        return [];
      }
    };
    const relations = await attempt('tables and views', () => readRelations(ctx));
    const inheritance = await attempt('inheritance', () => readInheritance(ctx));
    const columns = await attempt('columns', () => readColumns(ctx));
    const knownColumns = new Map(columns.map((c) => [`${c.relationOid}:${c.number}`, c.name]));
    const constraints = await attempt('constraints', () => readConstraints(ctx, knownColumns));
    const indexes = await attempt('indexes', () => readIndexes(ctx));
    const sequences = await attempt('sequences', () => readSequences(ctx));
    const types = await attempt('types', () => readTypes(ctx));
    const routines = await attempt('functions', () => readRoutines(ctx));
    const triggers = await attempt('triggers', () => readTriggers(ctx));
    const extensions = await attempt('extensions', () => readExtensions(ctx));
    const dependencies = await attempt('dependencies', () => readDependencies(db));

    return {
      database: caps.database,
      serverVersion: caps.serverVersion,
      incomplete,
      ...assemble(request, { schemas, relations, inheritance, columns, constraints, indexes, sequences, types, routines, triggers, extensions, dependencies }),
    };
  } finally {
    await restore();
  }
}

/**
 * Session settings for the duration of a snapshot. An empty search_path makes PostgreSQL qualify
 * every user object in the text it prints. JIT off: the catalog queries are small but their
 * estimated cost crosses jit_above_cost, and compiling them costs more than running them.
 */
const SNAPSHOT_SETTINGS: Record<string, string> = { search_path: '', jit: 'off' };

/**
 * Sets the settings the server knows (an engine may lack `jit`) and returns how to put them back.
 * When the server refuses them, the session is left as it is rather than failing the snapshot.
 */
async function overrideSettings(db: Queryable, settings: Record<string, string>): Promise<() => Promise<void>> {
  const { rows } = await db.query<{ name: string; setting: string }>(
    `select name::text as name, pg_catalog.current_setting(name) as setting from pg_catalog.pg_settings where name = any($1::text[])`,
    [Object.keys(settings)],
  );
  // All in one statement each way: every round trip counts in a snapshot of a few dozen milliseconds.
  const apply = async (values: Array<[string, string]>): Promise<boolean> => {
    if (values.length === 0) return true;
    const calls = values.map((_, i) => `pg_catalog.set_config($${2 * i + 1}, $${2 * i + 2}, false)`).join(', ');
    try {
      await db.query(`select ${calls}`, values.flat());
      return true;
    } catch {
      return false;
    }
  };
  const applied = await apply(rows.map((row) => [row.name, settings[row.name]!]));
  return async () => {
    if (applied) await apply(rows.map((row) => [row.name, row.setting]));
  };
}

interface CatalogRows {
  schemas: SchemaObject[];
  relations: RelationRow[];
  inheritance: InheritanceRow[];
  columns: ColumnRow[];
  constraints: ConstraintRow[];
  indexes: IndexRow[];
  sequences: SequenceRow[];
  types: TypeRow[];
  routines: RoutineRow[];
  triggers: TriggerRow[];
  extensions: ExtensionObject[];
  dependencies: DependencyRow[];
}

function assemble(request: PostgresSnapshotRequest, rows: CatalogRows): Omit<PostgresSnapshotContent, 'database' | 'serverVersion' | 'incomplete'> {
  const { keep } = request;
  const columnsByRelation = groupBy(rows.columns, (c) => c.relationOid);
  const constraintsByRelation = groupBy(rows.constraints.filter((k) => k.relationOid !== '0'), (k) => k.relationOid);
  const constraintsByDomain = groupBy(rows.constraints.filter((k) => k.domainOid !== '0'), (k) => k.domainOid);
  const indexesByRelation = groupBy(rows.indexes, (i) => i.relationOid);
  const parentsByChild = groupBy(rows.inheritance, (i) => i.childOid);
  const identityByColumn = new Map<string, SequenceRow>();
  for (const sequence of rows.sequences) {
    if (sequence.ownerKind === 'i' && sequence.owner) identityByColumn.set(`${sequence.owner.oid}:${sequence.owner.column}`, sequence);
  }

  // Object keys by catalog oid, to turn pg_depend rows into dependsOn lists.
  const keyByOid = new Map<string, string>();

  const keptRelations = rows.relations.filter((r) => {
    if ((r.relkind === 'r' || r.relkind === 'p') && request.skipTables.has(r.name.toLowerCase())) return false;
    return keep(r.schema, r.name);
  });
  const keptRelationOids = new Set(keptRelations.map((r) => r.oid));
  for (const r of rows.relations) keyByOid.set(`c:${r.oid}`, objectKey(r.schema, r.name));
  for (const s of rows.sequences) keyByOid.set(`c:${s.oid}`, objectKey(s.schema, s.name));
  for (const t of rows.types) keyByOid.set(`t:${t.oid}`, objectKey(t.schema, t.name));
  for (const p of rows.routines) keyByOid.set(`p:${p.oid}`, objectKey(p.schema, p.name, p.arguments));
  const dependencies = new Map<string, Set<string>>();
  for (const edge of rows.dependencies) {
    const referenced = keyByOid.get(edge.referenced);
    if (!referenced) continue;
    let set = dependencies.get(edge.dependent);
    if (!set) dependencies.set(edge.dependent, (set = new Set()));
    set.add(referenced);
  }
  const dependsOnOf = (oidKey: string): string[] => {
    const own = keyByOid.get(oidKey);
    return sortStrings([...(dependencies.get(oidKey) ?? [])].filter((key) => key !== own));
  };

  const tables: TableObject[] = [];
  const views: ViewObject[] = [];
  for (const relation of keptRelations) {
    const relationColumns = columnsByRelation.get(relation.oid) ?? [];
    if (relation.relkind === 'v' || relation.relkind === 'm') {
      views.push({
        schema: relation.schema,
        name: relation.name,
        materialized: relation.relkind === 'm',
        definition: relation.viewDefinition ?? '',
        options: relation.options,
        columns: relationColumns.map((c) => ({ name: c.name, type: c.type, comment: c.comment })),
        indexes: sortByName((indexesByRelation.get(relation.oid) ?? []).map((i) => i.index)),
        dependsOn: dependsOnOf(`c:${relation.oid}`),
        comment: relation.comment,
      });
      continue;
    }
    const parents = parentsByChild.get(relation.oid) ?? [];
    const table: TableObject = {
      schema: relation.schema,
      name: relation.name,
      unlogged: relation.unlogged || undefined,
      partitioning: relation.partitionKey ? parsePartitionKey(relation.partitionKey) : undefined,
      partitionOf:
        relation.partitionBound && parents[0]
          ? { schema: parents[0].parentSchema, table: parents[0].parentName, bound: relation.partitionBound }
          : undefined,
      inherits:
        !relation.partitionBound && parents.length > 0
          ? parents.map((p) => ({ schema: p.parentSchema, table: p.parentName }))
          : undefined,
      columns: relationColumns.map((c) => toColumn(c, identityByColumn.get(`${relation.oid}:${c.name}`))),
      primaryKey: undefined,
      uniqueConstraints: [],
      checkConstraints: [],
      exclusionConstraints: [],
      foreignKeys: [],
      indexes: sortByName((indexesByRelation.get(relation.oid) ?? []).map((i) => i.index)),
      dependsOn: dependsOnOf(`c:${relation.oid}`),
      comment: relation.comment,
    };
    for (const k of constraintsByRelation.get(relation.oid) ?? []) {
      const base = { name: k.name, definition: k.definition };
      const tail = { validated: k.validated ? undefined : (false as const), inherited: k.inherited || undefined, comment: k.comment };
      switch (k.type) {
        case 'p':
          table.primaryKey = { ...base, columns: k.columns, ...(k.clustered ? { clustered: true as const } : {}), ...tail };
          break;
        case 'u':
          table.uniqueConstraints.push({
            ...base,
            columns: k.columns,
            deferrable: k.deferrable,
            initiallyDeferred: k.initiallyDeferred,
            ...(k.clustered ? { clustered: true as const } : {}),
            ...tail,
          });
          break;
        case 'c':
          table.checkConstraints.push({ ...base, expression: k.expression ?? k.definition, noInherit: k.noInherit || undefined, ...tail });
          break;
        case 'x':
          table.exclusionConstraints.push({ ...base, ...tail });
          break;
        case 'f':
          table.foreignKeys.push({
            ...base,
            columns: k.columns,
            referencedSchema: k.referencedSchema ?? '',
            referencedTable: k.referencedTable ?? '',
            referencedColumns: k.referencedColumns,
            onUpdate: k.onUpdate,
            onDelete: k.onDelete,
            match: k.match,
            deferrable: k.deferrable,
            initiallyDeferred: k.initiallyDeferred,
            ...tail,
          });
          break;
      }
    }
    sortByName(table.uniqueConstraints);
    sortByName(table.checkConstraints);
    sortByName(table.exclusionConstraints);
    sortByName(table.foreignKeys);
    tables.push(table);
  }

  const sequences: SequenceObject[] = rows.sequences
    .filter((s) => {
      if (s.ownerKind === 'i') return false;
      // A serial's sequence follows its table: created and dropped with it.
      if (s.ownerKind === 'a' && s.owner && rows.relations.some((r) => r.oid === s.owner!.oid)) {
        return keptRelationOids.has(s.owner.oid);
      }
      return keep(s.schema, s.name);
    })
    .map((s) => ({
      schema: s.schema,
      name: s.name,
      dataType: s.dataType,
      start: s.start,
      increment: s.increment,
      min: s.min,
      max: s.max,
      cache: s.cache,
      cycle: s.cycle,
      ownedBy: s.ownerKind === 'a' && s.owner ? { schema: s.owner.schema, table: s.owner.table, column: s.owner.column } : undefined,
      comment: s.comment,
    }));

  const types: TypeObject[] = rows.types
    .filter((t) => keep(t.schema, t.name))
    .map((t): TypeObject => {
      if (t.kind === 'enum') {
        const type: EnumType = { kind: 'enum', schema: t.schema, name: t.name, labels: t.labels, comment: t.comment };
        return type;
      }
      if (t.kind === 'composite') {
        const type: CompositeType = {
          kind: 'composite',
          schema: t.schema,
          name: t.name,
          attributes: (columnsByRelation.get(t.relationOid ?? '') ?? []).map((c) => ({
            name: c.name,
            type: c.type,
            collation: c.collation,
            comment: c.comment,
          })),
          dependsOn: dependsOnOf(`t:${t.oid}`),
          comment: t.comment,
        };
        return type;
      }
      const type: DomainType = {
        kind: 'domain',
        schema: t.schema,
        name: t.name,
        baseType: t.baseType ?? '',
        nullable: !t.notNull,
        default: t.default,
        collation: t.collation,
        constraints: sortByName(
          (constraintsByDomain.get(t.oid) ?? [])
            .filter((k) => k.type === 'c')
            .map((k) => ({ name: k.name, definition: k.definition, comment: k.comment })),
        ),
        dependsOn: dependsOnOf(`t:${t.oid}`),
        comment: t.comment,
      };
      return type;
    });

  const functions: RoutineObject[] = rows.routines
    .filter((r) => keep(r.schema, r.name))
    .map((r) => ({
      schema: r.schema,
      name: r.name,
      kind: r.kind,
      arguments: r.arguments,
      returns: r.returns,
      language: r.language,
      definition: r.definition,
      dependsOn: dependsOnOf(`p:${r.oid}`),
      comment: r.comment,
    }));

  const triggers = rows.triggers.filter((t) => keptRelationOids.has(t.relationOid)).map((t) => t.trigger);
  const extensions = rows.extensions.filter((e) => keep(e.schema, e.name));

  return {
    schemas: rows.schemas,
    extensions: sortBy(extensions, (e) => [e.name]),
    types: sortBy(types, (t) => [t.schema, t.name]),
    sequences: sortBy(sequences, (s) => [s.schema, s.name]),
    tables: sortBy(tables, (t) => [t.schema, t.name]),
    views: sortBy(views, (v) => [v.schema, v.name]),
    functions: sortBy(functions, (f) => [f.schema, f.name, f.arguments]),
    triggers: sortBy(triggers, (t) => [t.schema, t.table, t.name]),
  };
}

function toColumn(row: ColumnRow, identity: SequenceRow | undefined): ColumnObject {
  const generated = row.generated ? { expression: row.expression ?? '', kind: row.generated === 's' ? 'stored' as const : 'virtual' as const } : undefined;
  return {
    name: row.name,
    type: row.type,
    nullable: !row.notNull,
    default: generated || row.identity ? undefined : row.expression,
    identity:
      row.identity && identity
        ? {
            generation: row.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT',
            start: identity.start,
            increment: identity.increment,
            min: identity.min,
            max: identity.max,
            cache: identity.cache,
            cycle: identity.cycle,
            // PostgreSQL names it <table>_<column>_seq (shortened when too long); only another name is worth recording.
            ...(identity.owner && identity.name !== `${identity.owner.table}_${row.name}_seq` ? { sequenceName: identity.name } : {}),
          }
        : row.identity
          ? { generation: row.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT' }
          : undefined,
    generated,
    collation: row.collation,
    inherited: row.inherited || undefined,
    comment: row.comment,
  };
}

/** `RANGE (created_at)` → strategy and key; the key keeps PostgreSQL's own spelling. */
function parsePartitionKey(definition: string): TableObject['partitioning'] {
  const match = /^(RANGE|LIST|HASH)\s*\((.*)\)$/is.exec(definition.trim());
  if (!match) return { strategy: 'range', key: definition };
  return { strategy: match[1]!.toLowerCase() as 'range' | 'list' | 'hash', key: match[2]! };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Code-unit order, never the locale: a snapshot must sort the same on every machine. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortStrings(values: string[]): string[] {
  return values.sort(compareStrings);
}

function sortByName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => compareStrings(a.name, b.name));
}

function sortBy<T>(items: T[], key: (item: T) => string[]): T[] {
  return items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = compareStrings(ka[i]!, kb[i]!);
      if (c !== 0) return c;
    }
    return 0;
  });
}
