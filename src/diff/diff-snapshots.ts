import type {
  ExtensionObject,
  RoutineObject,
  SchemaObject,
  SequenceObject,
  Snapshot,
  TableObject,
  TriggerObject,
  TypeObject,
  ViewObject,
} from '../snapshot/model.js';
import { compareAttributes, type AttributeRule } from './attribute-comparison.js';
import type { AttributeDifference, ChangedEntry, DiffEntry, DiffKind, DiffKindMap, ProbableRename, SchemaDiff } from './model.js';
import { matchObjects } from './object-matching.js';
import { diffIndexes, diffTables, type DiffCollector } from './relation-diff.js';
import { pairRenames, scoreColumnRename, scoreTableRename } from './rename-detection.js';
import { RenameMap } from './rename-map.js';

export interface DiffOptions {
  /** Report look-alike tables and columns as probable renames (default true). */
  detectRenames?: boolean;
}

/**
 * Compares two snapshots: what must change in TARGET to make it look like REFERENCE.
 *
 * @example
 * const diff = diffSnapshots(await readSnapshotFile('main.json'), await takeSnapshot(connection));
 * console.log(renderDiffText(diff));
 */
export function diffSnapshots(reference: Snapshot, target: Snapshot, options: DiffOptions = {}): SchemaDiff {
  const out: DiffCollector & { renamed: ProbableRename[] } = { missing: [], unexpected: [], changed: [], renamed: [] };
  const detectRenames = options.detectRenames ?? true;

  // Tables first: renames found here change how every other object is compared.
  const tables = matchObjects(reference.tables, target.tables, (t) => `${t.schema}.${t.name}`);
  if (detectRenames) {
    for (const pair of pairRenames(tables.unexpected, tables.missing, scoreTableRename)) {
      tables.pairs.push({ reference: pair.to, target: pair.from });
      tables.missing.splice(tables.missing.indexOf(pair.to), 1);
      tables.unexpected.splice(tables.unexpected.indexOf(pair.from), 1);
      out.renamed.push({ kind: 'table', schema: pair.to.schema, from: pair.from.name, to: pair.to.name, confidence: pair.confidence, reason: pair.reason });
    }
    for (const { reference: r, target: t } of tables.pairs) out.renamed.push(...detectColumnRenames(r, t));
  }
  const renames = new RenameMap(out.renamed);

  const entry = <K extends DiffKind>(kind: K, id: string, object: DiffKindMap[K]) => ({ kind, id, object }) as DiffEntry;
  const collect = <K extends DiffKind & ('schema' | 'extension' | 'type' | 'sequence' | 'view' | 'function' | 'trigger' | 'table')>(
    kind: K,
    idOf: (o: DiffKindMap[K]) => string,
    matching: { pairs: Array<{ reference: DiffKindMap[K]; target: DiffKindMap[K] }>; missing: Array<DiffKindMap[K]>; unexpected: Array<DiffKindMap[K]> },
    compare?: (reference: DiffKindMap[K], target: DiffKindMap[K]) => AttributeDifference[],
  ) => {
    for (const o of matching.missing) out.missing.push(entry(kind, idOf(o), o));
    for (const o of matching.unexpected) out.unexpected.push(entry(kind, idOf(o), o));
    if (!compare) return;
    for (const { reference: r, target: t } of matching.pairs) {
      const differences = compare(r, t);
      if (differences.length > 0) out.changed.push({ kind, id: idOf(r), reference: r, target: t, differences } as ChangedEntry);
    }
  };

  const by = <T>(rules: Array<AttributeRule<T>>) => (r: T, t: T) => compareAttributes(r, t, rules);
  collect('schema', (s) => s.name, matchObjects(reference.schemas, target.schemas, (s) => s.name), by<SchemaObject>([
    { attribute: 'comment', reference: (s) => s.comment },
  ]));
  collect('extension', (e) => e.name, matchObjects(reference.extensions, target.extensions, (e) => e.name), by(extensionRules));
  collect('type', qualified, matchObjects(reference.types, target.types, qualified), compareTypes);
  collect('sequence', qualified, matchObjects(reference.sequences, target.sequences, qualified), by(sequenceRules(renames)));

  collect('table', qualified, { pairs: [], missing: tables.missing, unexpected: tables.unexpected });
  for (const { reference: r, target: t } of tables.pairs) diffTables(r, t, renames, out);

  const views = matchObjects(reference.views, target.views, (v, side) => (side === 'target' ? `${v.schema}.${renames.table(v.schema, v.name)}` : qualified(v)));
  collect('view', qualified, views, by(viewRules(renames)));
  for (const { reference: r, target: t } of views.pairs) {
    if (r.materialized && t.materialized) diffIndexes({ schema: r.schema, name: r.name, materializedView: true }, r.indexes, t.indexes, renames, out);
  }

  const routineKey = (f: RoutineObject) => `${f.schema}.${f.name}(${f.arguments})`;
  collect('function', routineKey, matchObjects(reference.functions, target.functions, routineKey), by(routineRules));

  const triggerKey = (g: TriggerObject, side: 'reference' | 'target') =>
    `${g.schema}.${side === 'target' ? renames.table(g.schema, g.table) : g.table}.${g.name}`;
  collect(
    'trigger',
    (g) => triggerKey(g, 'reference'),
    matchObjects(own(reference.triggers), own(target.triggers), triggerKey),
    by(triggerRules(renames)),
  );

  attachDependentViews(out.changed, reference, target, renames);

  return {
    reference: { ...reference.source, generatedAt: reference.generatedAt },
    target: { ...target.source, generatedAt: target.generatedAt },
    missing: out.missing,
    unexpected: out.unexpected,
    changed: out.changed,
    renamed: out.renamed,
  };
}

/**
 * Gives the view changes that need a drop (a changed definition) and the column type changes the
 * views that read them, from the reference's dependencies, when those views exist on both sides.
 */
function attachDependentViews(changed: ChangedEntry[], reference: Snapshot, target: Snapshot, renames: RenameMap): void {
  const readers = new Map<string, ViewObject[]>();
  for (const view of reference.views) {
    for (const key of view.dependsOn) readers.set(key, [...(readers.get(key) ?? []), view]);
  }
  const targetViews = new Map(target.views.map((v) => [`${v.schema}.${v.name}`, v]));
  const dependentsOf = (key: string): Array<{ reference: ViewObject; target: ViewObject }> => {
    const found: ViewObject[] = [];
    const visit = (k: string) => {
      for (const view of readers.get(k) ?? []) {
        if (found.includes(view)) continue;
        found.push(view);
        visit(`${view.schema}.${view.name}`);
      }
    };
    visit(key);
    return orderByDependency(found).flatMap((view) => {
      const other = targetViews.get(`${view.schema}.${renames.table(view.schema, view.name)}`);
      return other ? [{ reference: view, target: other }] : [];
    });
  };
  for (const entry of changed) {
    const attributes = new Set(entry.differences.map((d) => d.attribute));
    if (entry.kind === 'view' && (attributes.has('definition') || attributes.has('materialized'))) {
      const dependents = dependentsOf(`${entry.reference.schema}.${entry.reference.name}`);
      if (dependents.length) entry.dependentViews = dependents;
    } else if (entry.kind === 'column' && (attributes.has('type') || attributes.has('collation'))) {
      const dependents = dependentsOf(`${entry.relation.schema}.${entry.relation.name}`);
      if (dependents.length) entry.dependentViews = dependents;
    }
  }
}

/** Views before the views that read them (stable otherwise). */
function orderByDependency(views: ViewObject[]): ViewObject[] {
  const keys = new Set(views.map((v) => `${v.schema}.${v.name}`));
  const done = new Set<string>();
  const ordered: ViewObject[] = [];
  const place = (view: ViewObject, path: Set<string>) => {
    const key = `${view.schema}.${view.name}`;
    if (done.has(key) || path.has(key)) return;
    path.add(key);
    for (const needed of view.dependsOn) {
      const other = keys.has(needed) ? views.find((v) => `${v.schema}.${v.name}` === needed) : undefined;
      if (other) place(other, path);
    }
    done.add(key);
    ordered.push(view);
  };
  for (const view of views) place(view, new Set());
  return ordered;
}

function detectColumnRenames(reference: TableObject, target: TableObject): ProbableRename[] {
  const referenceNames = new Set(reference.columns.map((c) => c.name));
  const targetNames = new Set(target.columns.map((c) => c.name));
  const gone = target.columns.filter((c) => !referenceNames.has(c.name) && !c.inherited);
  const appeared = reference.columns.filter((c) => !targetNames.has(c.name) && !c.inherited);
  if (gone.length === 0 || appeared.length === 0) return [];
  const position = (table: TableObject, name: string) => table.columns.findIndex((c) => c.name === name);
  return pairRenames(gone, appeared, (from, to) =>
    scoreColumnRename(from, position(target, from.name), to, position(reference, to.name)),
  ).map((pair) => ({
    kind: 'column' as const,
    schema: reference.schema,
    table: reference.name,
    from: pair.from.name,
    to: pair.to.name,
    confidence: pair.confidence,
    reason: pair.reason,
  }));
}

function qualified(o: { schema: string; name: string }): string {
  return `${o.schema}.${o.name}`;
}

function own<T extends { inherited?: boolean }>(objects: T[]): T[] {
  return objects.filter((o) => !o.inherited);
}

const extensionRules: Array<AttributeRule<ExtensionObject>> = [
  { attribute: 'version', reference: (e) => e.version },
  { attribute: 'schema', reference: (e) => e.schema },
  { attribute: 'comment', reference: (e) => e.comment },
];

function compareTypes(reference: TypeObject, target: TypeObject): AttributeDifference[] {
  // A type of another kind differs by its kind alone: the rest is not comparable.
  if (reference.kind !== target.kind) return [{ attribute: 'kind', reference: reference.kind, target: target.kind }];
  const comment: AttributeRule<TypeObject> = { attribute: 'comment', reference: (t) => t.comment };
  const field = <K extends TypeObject['kind']>(_kind: K, attribute: keyof Extract<TypeObject, { kind: K }>): AttributeRule<TypeObject> => ({
    attribute: String(attribute),
    reference: (t) => (t as unknown as Record<string, unknown>)[attribute as string],
  });
  switch (reference.kind) {
    case 'enum':
      return compareAttributes(reference, target, [field('enum', 'labels'), comment]);
    case 'composite':
      return compareAttributes(reference, target, [field('composite', 'attributes'), comment]);
    case 'domain':
      return compareAttributes(reference, target, [
        field('domain', 'baseType'),
        field('domain', 'nullable'),
        field('domain', 'default'),
        field('domain', 'collation'),
        field('domain', 'constraints'),
        comment,
      ]);
  }
}

function sequenceRules(renames: RenameMap): Array<AttributeRule<SequenceObject>> {
  return [
    { attribute: 'dataType', reference: (s) => s.dataType },
    { attribute: 'start', reference: (s) => s.start },
    { attribute: 'increment', reference: (s) => s.increment },
    { attribute: 'min', reference: (s) => s.min },
    { attribute: 'max', reference: (s) => s.max },
    { attribute: 'cache', reference: (s) => s.cache },
    { attribute: 'cycle', reference: (s) => s.cycle },
    {
      attribute: 'ownedBy',
      reference: (s) => s.ownedBy,
      target: (s) => {
        if (!s.ownedBy) return undefined;
        const table = renames.table(s.ownedBy.schema, s.ownedBy.table);
        return { schema: s.ownedBy.schema, table, column: renames.column(s.ownedBy.schema, table, s.ownedBy.column) };
      },
    },
    { attribute: 'comment', reference: (s) => s.comment },
  ];
}

function viewRules(renames: RenameMap): Array<AttributeRule<ViewObject>> {
  const columnComments = (v: ViewObject) => Object.fromEntries(v.columns.filter((c) => c.comment).map((c) => [c.name, c.comment]));
  return [
    { attribute: 'materialized', reference: (v) => v.materialized },
    {
      attribute: 'definition',
      reference: (v) => v.definition,
      // After a column rename PostgreSQL keeps the view's output name with an alias
      // (`c.email_address AS email`); once rewritten that alias is redundant, and PostgreSQL would not print it.
      target: (v) =>
        renames.isEmpty ? v.definition : renames.rewrite(v.definition, renames.allColumnScopes()).replace(/((?:\b\w+\.)?)\b(\w+) AS \2\b/g, '$1$2'),
    },
    { attribute: 'options', reference: (v) => v.options },
    { attribute: 'comment', reference: (v) => v.comment },
    { attribute: 'columnComments', reference: columnComments },
  ];
}

const routineRules: Array<AttributeRule<RoutineObject>> = [
  { attribute: 'returns', reference: (f) => f.returns },
  { attribute: 'language', reference: (f) => f.language },
  { attribute: 'definition', reference: (f) => f.definition },
  { attribute: 'comment', reference: (f) => f.comment },
];

function triggerRules(renames: RenameMap): Array<AttributeRule<TriggerObject>> {
  return [
    {
      attribute: 'definition',
      reference: (g) => g.definition,
      target: (g) => renames.rewrite(g.definition, [{ schema: g.schema, table: renames.table(g.schema, g.table) }]),
    },
    { attribute: 'enabled', reference: (g) => g.enabled },
    { attribute: 'comment', reference: (g) => g.comment },
  ];
}
