import type { AttributeDifference, ChangedEntry, DiffEntry, DiffKind, SchemaDiff } from '../diff/model.js';

/** How the two sides of a comparison are named in the lines (reference first, then target). */
export interface ComparisonWording {
  /** Said of an object the target has and the reference lacks, e.g. `still present`. */
  onlyInTarget: string;
  /** Said of an object the reference has and the target lacks, e.g. `missing after rollback`. */
  onlyInReference: string;
  /** The reference side, e.g. `before`. */
  reference: string;
  /** The target side, e.g. `after rollback`. */
  target: string;
}

/** Reference: the schema before the changeset; target: the schema after its rollback. */
export const ROLLBACK_WORDING: ComparisonWording = {
  onlyInTarget: 'still present',
  onlyInReference: 'missing after rollback',
  reference: 'before',
  target: 'after rollback',
};

/** Reference: the schema after the first apply; target: after the rollback and a second apply. */
export const REAPPLY_WORDING: ComparisonWording = {
  onlyInTarget: 'present only after re-applying it',
  onlyInReference: 'missing after re-applying it',
  reference: 'after the first apply',
  target: 'after re-applying it',
};

const KIND_LABELS: Record<DiffKind, string> = {
  schema: 'schema',
  extension: 'extension',
  type: 'type',
  sequence: 'sequence',
  table: 'table',
  view: 'view',
  function: 'function',
  trigger: 'trigger',
  column: 'column',
  primaryKey: 'primary key',
  uniqueConstraint: 'unique constraint',
  checkConstraint: 'check constraint',
  exclusionConstraint: 'exclusion constraint',
  foreignKey: 'foreign key',
  index: 'index',
};

/** Longest value shown in a line; view and function bodies are longer than a review comment wants. */
const MAX_VALUE_LENGTH = 80;

/**
 * One short line per difference, attribute by attribute, with names as the user wrote them
 * (the default schema left out): `table person: column nickname still present`,
 * `table person: column name type: character varying(100) before, text after rollback`.
 * Made for diffs taken with `detectRenames: false`: a rename that was not undone reads as the old
 * name missing and the new one still present, which says exactly what the rollback forgot.
 */
export function differenceLines(diff: SchemaDiff, wording: ComparisonWording, defaultSchema: string): string[] {
  const name = (schema: string, object: string) => (schema === defaultSchema ? object : `${schema}.${object}`);
  const lines: string[] = [];
  for (const entry of diff.unexpected) lines.push(`${label(entry, name)} ${wording.onlyInTarget}`);
  for (const entry of diff.missing) lines.push(`${label(entry, name)} ${wording.onlyInReference}`);
  for (const entry of diff.changed) {
    for (const difference of entry.differences) lines.push(`${label(entry, name)} ${attributeText(difference, wording)}`);
  }
  return lines;
}

type Namer = (schema: string, object: string) => string;

/** `table person: column nickname`, `type mood`, `table orders: trigger audit`. */
function label(entry: DiffEntry | ChangedEntry, name: Namer): string {
  const kind = KIND_LABELS[entry.kind];
  if ('relation' in entry && entry.relation) {
    const owner = `${entry.relation.materializedView ? 'materialized view' : 'table'} ${name(entry.relation.schema, entry.relation.name)}`;
    return `${owner}: ${kind} ${objectName(entry)}`;
  }
  const object = 'object' in entry ? entry.object : entry.reference;
  if (entry.kind === 'trigger') {
    const trigger = object as { schema: string; table: string; name: string };
    return `table ${name(trigger.schema, trigger.table)}: trigger ${trigger.name}`;
  }
  if (entry.kind === 'schema' || entry.kind === 'extension') return `${kind} ${entry.id}`;
  // Other ids are `schema.name` (functions `schema.name(arguments)`).
  const { schema } = object as unknown as { schema: string };
  return `${kind} ${entry.id.startsWith(`${schema}.`) ? name(schema, entry.id.slice(schema.length + 1)) : entry.id}`;
}

function objectName(entry: DiffEntry | ChangedEntry): string {
  const object = 'object' in entry ? entry.object : entry.reference;
  return (object as { name?: string }).name ?? entry.id;
}

function attributeText(difference: AttributeDifference, wording: ComparisonWording): string {
  return `${difference.attribute}: ${show(difference.reference)} ${wording.reference}, ${show(difference.target)} ${wording.target}`;
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  const text = (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, ' ').trim();
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
