import type {
  ColumnObject,
  IdentityObject,
  SequenceObject,
  TableObject,
  TriggerObject,
  TypeObject,
  ViewObject,
} from '../snapshot/model.js';
import { qualifiedName, quoteIdentifier, quoteLiteral } from './postgres-quoting.js';

/**
 * PostgreSQL statements for what Liquibase's change types cannot express (partitioned tables,
 * generated columns, user-defined types, triggers, comments on anything, ...). They go into `sql`
 * changes. Text from the snapshot (types, defaults, definitions) is used as PostgreSQL printed
 * it, already schema-qualified.
 */

/** `CREATE TABLE` for a table createTable cannot describe. Constraints other than the primary key are added separately. */
export function createTableSql(table: TableObject): string {
  const name = qualifiedName(table.schema, table.name);
  const unlogged = table.unlogged ? 'UNLOGGED ' : '';
  if (table.partitionOf) {
    const parent = qualifiedName(table.partitionOf.schema, table.partitionOf.table);
    const partitioned = table.partitioning ? ` PARTITION BY ${table.partitioning.strategy.toUpperCase()} (${table.partitioning.key})` : '';
    return `CREATE ${unlogged}TABLE ${name} PARTITION OF ${parent} ${table.partitionOf.bound}${partitioned}`;
  }
  const items = table.columns.filter((c) => !c.inherited).map((c) => `    ${columnDefinitionSql(c, table.schema)}`);
  if (table.primaryKey && !table.primaryKey.inherited) {
    items.push(`    CONSTRAINT ${quoteIdentifier(table.primaryKey.name)} ${table.primaryKey.definition}`);
  }
  const inherits = table.inherits?.length ? ` INHERITS (${table.inherits.map((p) => qualifiedName(p.schema, p.table)).join(', ')})` : '';
  const partitioned = table.partitioning ? ` PARTITION BY ${table.partitioning.strategy.toUpperCase()} (${table.partitioning.key})` : '';
  return `CREATE ${unlogged}TABLE ${name} (\n${items.join(',\n')}\n)${inherits}${partitioned}`;
}

/** A column as in CREATE TABLE / ADD COLUMN of a table in `schema`. */
export function columnDefinitionSql(column: ColumnObject, schema: string): string {
  const parts = [quoteIdentifier(column.name), column.type];
  if (column.collation) parts.push(`COLLATE ${column.collation}`);
  if (column.generated) parts.push(`GENERATED ALWAYS AS (${stripParentheses(column.generated.expression)}) ${column.generated.kind.toUpperCase()}`);
  else if (column.identity) {
    const options = identityOptionsSql(column.identity, column.type, schema);
    parts.push(`GENERATED ${column.identity.generation} AS IDENTITY${options ? ` (${options})` : ''}`);
  } else if (column.default !== undefined) parts.push(`DEFAULT ${column.default}`);
  if (!column.nullable && !column.identity) parts.push('NOT NULL');
  return parts.join(' ');
}

/**
 * The non-default options of an identity column of a table in `schema`, as
 * `SEQUENCE NAME app.t_seq START WITH 100 INCREMENT BY 2` (an unqualified SEQUENCE NAME would go
 * to the first schema of the search_path, not the table's).
 */
export function identityOptionsSql(identity: IdentityObject, dataType: string, schema: string): string {
  const name = identity.sequenceName ? [`SEQUENCE NAME ${qualifiedName(schema, identity.sequenceName)}`] : [];
  return [...name, ...sequenceOptionsSql({ ...identity, dataType }, { withDataType: false })].join(' ');
}

export function sequenceOptionsSql(
  sequence: Partial<Pick<SequenceObject, 'start' | 'increment' | 'min' | 'max' | 'cache' | 'cycle'>> & { dataType: string },
  { withDataType }: { withDataType: boolean },
): string[] {
  const defaults = sequenceDefaults(sequence.dataType, sequence.increment ?? '1');
  const options: string[] = [];
  if (withDataType && sequence.dataType !== 'bigint') options.push(`AS ${sequence.dataType}`);
  if (sequence.start !== undefined && sequence.start !== (BigInt(sequence.increment ?? '1') > 0n ? sequence.min ?? defaults.min : sequence.max ?? defaults.max)) {
    options.push(`START WITH ${sequence.start}`);
  }
  if (sequence.increment !== undefined && sequence.increment !== '1') options.push(`INCREMENT BY ${sequence.increment}`);
  if (sequence.min !== undefined && sequence.min !== defaults.min) options.push(`MINVALUE ${sequence.min}`);
  if (sequence.max !== undefined && sequence.max !== defaults.max) options.push(`MAXVALUE ${sequence.max}`);
  if (sequence.cache !== undefined && sequence.cache !== '1') options.push(`CACHE ${sequence.cache}`);
  if (sequence.cycle) options.push('CYCLE');
  return options;
}

/** PostgreSQL's default bounds for a sequence of this type and direction. */
export function sequenceDefaults(dataType: string, increment: string): { min: string; max: string } {
  const max = dataType === 'smallint' ? '32767' : dataType === 'integer' ? '2147483647' : '9223372036854775807';
  const min = dataType === 'smallint' ? '-32768' : dataType === 'integer' ? '-2147483648' : '-9223372036854775808';
  return BigInt(increment) > 0n ? { min: '1', max } : { min, max: '-1' };
}

export function createTypeSql(type: TypeObject): string {
  const name = qualifiedName(type.schema, type.name);
  switch (type.kind) {
    case 'enum':
      return `CREATE TYPE ${name} AS ENUM (${type.labels.map(quoteLiteral).join(', ')})`;
    case 'composite':
      return `CREATE TYPE ${name} AS (${type.attributes
        .map((a) => `${quoteIdentifier(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`)
        .join(', ')})`;
    case 'domain': {
      const parts = [`CREATE DOMAIN ${name} AS ${type.baseType}`];
      if (type.collation) parts.push(`COLLATE ${type.collation}`);
      if (type.default !== undefined) parts.push(`DEFAULT ${type.default}`);
      if (!type.nullable) parts.push('NOT NULL');
      for (const constraint of type.constraints) parts.push(`CONSTRAINT ${quoteIdentifier(constraint.name)} ${constraint.definition}`);
      return parts.join(' ');
    }
  }
}

export function dropTypeSql(type: TypeObject): string {
  return `DROP ${type.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${qualifiedName(type.schema, type.name)}`;
}

/** `COMMENT ON <what> IS '...'` (or `IS NULL` to remove it). */
export function commentSql(what: string, comment: string | undefined): string {
  return `COMMENT ON ${what} IS ${comment === undefined ? 'NULL' : quoteLiteral(comment)}`;
}

export function typeCommentTarget(type: TypeObject): string {
  return `${type.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${qualifiedName(type.schema, type.name)}`;
}

export function viewCommentTarget(view: Pick<ViewObject, 'schema' | 'name' | 'materialized'>): string {
  return `${view.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${qualifiedName(view.schema, view.name)}`;
}

export function routineTarget(routine: { schema: string; name: string; arguments: string; kind: 'function' | 'procedure' }): string {
  return `${routine.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${qualifiedName(routine.schema, routine.name)}(${routine.arguments})`;
}

export function addConstraintSql(schema: string, table: string, name: string, definition: string): string {
  return `ALTER TABLE ${qualifiedName(schema, table)} ADD CONSTRAINT ${quoteIdentifier(name)} ${definition}`;
}

export function dropConstraintSql(schema: string, table: string, name: string): string {
  return `ALTER TABLE ${qualifiedName(schema, table)} DROP CONSTRAINT ${quoteIdentifier(name)}`;
}

export function renameConstraintSql(schema: string, table: string, from: string, to: string): string {
  return `ALTER TABLE ${qualifiedName(schema, table)} RENAME CONSTRAINT ${quoteIdentifier(from)} TO ${quoteIdentifier(to)}`;
}

/** CREATE VIEW / CREATE MATERIALIZED VIEW with options. */
export function createViewSql(view: ViewObject, { replace }: { replace: boolean } = { replace: false }): string {
  const options = view.options?.length ? ` WITH (${view.options.join(', ')})` : '';
  const kind = view.materialized ? 'MATERIALIZED VIEW' : `${replace ? 'OR REPLACE ' : ''}VIEW`;
  return `CREATE ${kind} ${qualifiedName(view.schema, view.name)}${options} AS\n${view.definition}`;
}

export function dropViewSql(view: Pick<ViewObject, 'schema' | 'name' | 'materialized'>): string {
  return `DROP ${view.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${qualifiedName(view.schema, view.name)}`;
}

const TRIGGER_STATE: Record<TriggerObject['enabled'], string> = {
  O: 'ENABLE TRIGGER',
  D: 'DISABLE TRIGGER',
  R: 'ENABLE REPLICA TRIGGER',
  A: 'ENABLE ALWAYS TRIGGER',
};

export function triggerStateSql(trigger: TriggerObject): string {
  return `ALTER TABLE ${qualifiedName(trigger.schema, trigger.table)} ${TRIGGER_STATE[trigger.enabled]} ${quoteIdentifier(trigger.name)}`;
}

export function dropTriggerSql(trigger: Pick<TriggerObject, 'schema' | 'table' | 'name'>): string {
  return `DROP TRIGGER ${quoteIdentifier(trigger.name)} ON ${qualifiedName(trigger.schema, trigger.table)}`;
}

/** pg_get_expr wraps generation expressions in one pair of parentheses; GENERATED ... AS adds its own. */
function stripParentheses(expression: string): string {
  const trimmed = expression.trim();
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return trimmed;
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed[i] === '(') depth++;
    else if (trimmed[i] === ')') depth--;
    if (depth === 0 && i < trimmed.length - 1) return trimmed;
  }
  return trimmed.slice(1, -1);
}
