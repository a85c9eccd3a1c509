import type { ParsedNode, Scalar } from '../changelog/model.js';
import type { WritableChangeSet } from '../changelog/writers/writable-changeset.js';
import type { DiffEntry, SchemaDiff } from './model.js';
import { planChanges, type Step } from './change-planner.js';
import { orderSteps } from './step-ordering.js';

export interface ChangeSetGeneratorOptions {
  /** The changesets' author, e.g. `jane` or `dbops (generated)`. */
  author: string;
  /** Ids `<prefix>-1`, `<prefix>-2`, ... (`--changeset-id-prefix TICKET`). Without it, ids are `<epoch ms>-<n>` as Liquibase generates them. */
  idPrefix?: string;
  /** The first number after the prefix (default 1), to continue an existing series. */
  firstNumber?: number;
  /** The clock for generated ids (default: now). */
  clock?: () => Date;
  /** `labels` of every changeset. */
  labels?: string;
  /** `context` (a context expression) of every changeset. */
  contexts?: string;
  /** Put in front of every changeset's comment. */
  comment?: string;
  /** Generate drops for unexpected objects (default true, as Liquibase's diff-changelog). */
  includeDrops?: boolean;
}

export interface GeneratedChangeLog {
  changeSets: WritableChangeSet[];
  /** Things a reviewer must know: changes that cannot be generated safely, or may fail on data. */
  warnings: string[];
}

/**
 * The changesets that make TARGET look like REFERENCE (Liquibase's diff-changelog), as ParsedNode
 * trees with Liquibase's change names, in dependency order: renames first; then drops of what
 * depends on other objects (triggers, views, foreign keys, indexes); then extensions, schemas,
 * types and sequences, tables, columns, constraints, indexes, foreign keys, functions, views in
 * pg_depend order, triggers and comments; finally drops of columns, tables, functions, sequences,
 * types, extensions and schemas. Each changeset holds the changes to one object, with a rollback
 * block wherever Liquibase's automatic rollback would not restore the target.
 *
 * @example
 * const { changeSets, warnings } = generateChangeSets(diffSnapshots(reference, target), { author: 'jane', idPrefix: 'JIRA-42' });
 * await writeFile('changes.yaml', writeChangelog('yaml', changeSets));
 */
export function generateChangeSets(diff: SchemaDiff, options: ChangeSetGeneratorOptions): GeneratedChangeLog {
  const warnings: string[] = [];
  const steps: Step[] = planChanges(filterDrops(diff, options.includeDrops ?? true), warnings);
  const { ordered, cyclic } = orderSteps(steps);
  if (cyclic.length > 0) {
    warnings.push(`dependency cycle between: ${cyclic.map((s) => s.description).join('; ')}; they are written in a default order, review it`);
  }

  const first = options.firstNumber ?? 1;
  const stamp = (options.clock ?? (() => new Date()))().getTime();
  const changeSets = ordered.map((step, index): WritableChangeSet => {
    const attributes: Record<string, Scalar> = {};
    if (options.contexts) attributes.context = options.contexts;
    if (options.labels) attributes.labels = options.labels;
    if (step.runInTransaction === false) attributes.runInTransaction = false;
    if ([...step.changes, ...(step.rollback ?? []), ...(step.inverse ?? [])].some(needsExactQuoting)) {
      attributes.objectQuotingStrategy = 'QUOTE_ALL_OBJECTS';
    }
    const changeSet: WritableChangeSet = {
      id: options.idPrefix ? `${options.idPrefix}-${first + index}` : `${stamp}-${first + index}`,
      author: options.author,
      comment: options.comment ? `${options.comment}: ${step.description}` : step.description,
      changes: step.changes,
    };
    if (Object.keys(attributes).length > 0) changeSet.attributes = attributes;
    if (step.rollback) changeSet.rollback = step.rollback;
    if (step.inverse) changeSet.inverse = step.inverse;
    return changeSet;
  });
  return { changeSets, warnings };
}

function filterDrops(diff: SchemaDiff, includeDrops: boolean): SchemaDiff {
  if (includeDrops) return diff;
  return { ...diff, unexpected: [] as DiffEntry[] };
}

/** Attributes of the generated changes that hold object names (comma lists included). */
const NAME_ATTRIBUTES = new Set([
  'schemaName', 'tableName', 'columnName', 'name', 'indexName', 'constraintName', 'sequenceName', 'viewName',
  'baseTableSchemaName', 'baseTableName', 'baseColumnNames', 'referencedTableSchemaName', 'referencedTableName',
  'referencedColumnNames', 'columnNames', 'oldTableName', 'newTableName', 'oldColumnName', 'newColumnName', 'primaryKeyName',
]);

/**
 * Liquibase's default (LEGACY) quoting leaves names in one case bare, and PostgreSQL folds a bare
 * `ORDERS` to `orders`: a changeset naming an upper-case object quotes every name instead, which
 * is exact for names read from the catalog.
 */
function needsExactQuoting(node: ParsedNode): boolean {
  for (const [key, value] of Object.entries(node.attributes)) {
    if (!NAME_ATTRIBUTES.has(key) || typeof value !== 'string') continue;
    if (value.split(',').some((name) => /[A-Z]/.test(name) && name.trim() === name.trim().toUpperCase())) return true;
  }
  return node.children.some(needsExactQuoting);
}
