import type { ChangeSet } from '../changelog/model.js';
import type { Dialect, ObjectRef, QuotingStrategy } from '../dialect/dialect.js';

/**
 * How one change writes names in SQL: the dialect's quoting under the changeset's
 * objectQuotingStrategy, with the dialect's default schema for unqualified tables (Liquibase
 * writes `public.person`, never a bare `person`; an empty schemaName counts as none).
 */
export class SqlNames {
  readonly quoting: QuotingStrategy;

  constructor(
    readonly dialect: Dialect,
    changeSet: Pick<ChangeSet, 'objectQuotingStrategy'> | undefined,
  ) {
    this.quoting = changeSet?.objectQuotingStrategy ?? 'LEGACY';
  }

  /** `schema.table` (also views, sequences, indexes). */
  table(schema: string | undefined, name: string): string {
    return this.dialect.escapeTableName(schema || this.dialect.defaultSchema, name, this.quoting);
  }

  ref(schema: string | undefined, name: string): ObjectRef {
    return { schema: schema || this.dialect.defaultSchema, name };
  }

  /** A column, constraint or other unqualified name. */
  name(name: string): string {
    return this.dialect.escapeObjectName(name, this.quoting);
  }

  /** `a, b` from Liquibase's comma-separated column list (`a,b`, `a, b`). */
  columnList(names: string): string {
    return splitNames(names)
      .map((name) => this.name(name))
      .join(', ');
  }
}

/** Liquibase's splitAndTrim on commas, dropping empty entries. */
export function splitNames(names: string): string[] {
  return names
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
