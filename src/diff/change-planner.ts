import type { ParsedNode } from '../changelog/model.js';
import type {
  CheckConstraintObject,
  ColumnObject,
  ExclusionConstraintObject,
  ExtensionObject,
  ForeignKeyObject,
  IndexObject,
  PrimaryKeyObject,
  RoutineObject,
  SchemaObject,
  SequenceObject,
  TableObject,
  TriggerObject,
  TypeObject,
  UniqueConstraintObject,
  ViewObject,
} from '../snapshot/model.js';
import {
  addColumnNode,
  addDefaultValueNode,
  addForeignKeyNode,
  addPrimaryKeyNode,
  addUniqueConstraintNode,
  alterSequenceNode,
  createIndexNode,
  createSequenceNode,
  createTableNode,
  createViewNode,
  dropColumnNode,
  dropDefaultValueNode,
  dropForeignKeyNode,
  dropIndexNode,
  dropPrimaryKeyNode,
  dropSequenceNode,
  dropTableNode,
  dropUniqueConstraintNode,
  dropViewNode,
  isPlainForeignKey,
  isPlainIndex,
  isPlainPrimaryKey,
  isPlainUniqueConstraint,
  modifyDataTypeNode,
  notNullNode,
  renameColumnNode,
  renameTableNode,
  setColumnRemarksNode,
  setTableRemarksNode,
  sqlChange,
} from './change-nodes.js';
import { liquibaseKeepsType } from './liquibase-column-types.js';
import type { AttributeDifference, ChangedEntry, DiffEntry, ProbableRename, RelationRef, SchemaDiff } from './model.js';
import {
  addConstraintSql,
  columnDefinitionSql,
  commentSql,
  createTableSql,
  createTypeSql,
  createViewSql,
  dropConstraintSql,
  dropTriggerSql,
  dropTypeSql,
  dropViewSql,
  identityOptionsSql,
  renameConstraintSql,
  routineTarget,
  sequenceDefaults,
  triggerStateSql,
  typeCommentTarget,
  viewCommentTarget,
} from './postgres-ddl.js';
import { qualifiedName, quoteIdentifier, quoteLiteral } from './postgres-quoting.js';
import type { OrderableStep } from './step-ordering.js';

/** One changeset to be: the changes to one object, where it goes in the order, how to undo it. */
export interface Step extends OrderableStep {
  description: string;
  changes: ParsedNode[];
  /** Explicit rollback; absent when Liquibase's automatic rollback restores the target. */
  rollback?: ParsedNode[];
  /** The automatic rollback spelled out (formatted SQL cannot derive it). */
  inverse?: ParsedNode[];
  runInTransaction?: false;
}

/**
 * Where each kind of step goes when nothing else orders it. Drops of dependent objects come
 * before everything; drops of the objects they depended on come last, in reverse creation order.
 * Triggers and views are dropped even before the renames: their definitions (and the rollback
 * that recreates them) name things as the target does.
 */
const PHASE = {
  dropTrigger: -2,
  dropView: -1,
  renameTable: 0,
  renameColumn: 1,
  dropForeignKey: 7,
  dropConstraint: 8,
  extension: 10,
  schema: 11,
  type: 12,
  sequence: 13,
  table: 20,
  column: 21,
  sequenceOwner: 21.5,
  constraint: 22,
  index: 23,
  foreignKey: 24,
  function: 25,
  view: 26,
  viewIndex: 27,
  trigger: 28,
  comment: 29,
  dropColumn: 30,
  dropTable: 31,
  dropFunction: 32,
  dropSequence: 33,
  dropType: 34,
  dropExtension: 34.5,
  dropSchema: 35,
} as const;

export function planChanges(diff: SchemaDiff, warnings: string[]): Step[] {
  return new ChangePlanner(diff, warnings).plan();
}

class ChangePlanner {
  private readonly steps: Step[] = [];
  private readonly droppedTables = new Map<string, TableObject>();
  private readonly droppedColumns = new Set<string>();
  /** Materialized views dropped and created again: their indexes come with the new one. */
  private readonly recreatedViews = new Set<string>();
  /**
   * Views dropped and created again: changed ones that CREATE OR REPLACE cannot change, and the
   * views that read them or a column whose type changes.
   */
  private readonly rebuiltViews = new Map<string, { reference: ViewObject; target: ViewObject }>();

  constructor(
    private readonly diff: SchemaDiff,
    private readonly warnings: string[],
  ) {}

  plan(): Step[] {
    const { diff } = this;
    for (const e of diff.unexpected) {
      if (e.kind === 'table') this.droppedTables.set(key(e.object), e.object);
      if (e.kind === 'column') this.droppedColumns.add(`${e.relation.schema}.${e.relation.name}.${e.object.name}`);
    }
    for (const e of diff.changed) {
      if (e.kind === 'view' && mustRecreateView(e.reference, e.target, e.differences)) {
        this.rebuiltViews.set(key(e.reference), { reference: e.reference, target: e.target });
      }
      for (const dependent of e.dependentViews ?? []) this.rebuiltViews.set(key(dependent.reference), dependent);
    }
    for (const [id, { reference }] of this.rebuiltViews) if (reference.materialized) this.recreatedViews.add(id);

    for (const rename of diff.renamed) this.rename(rename);
    for (const e of diff.missing) this.create(e);
    for (const e of diff.changed) this.alter(e);
    this.moveClusterMarks();
    for (const { reference, target } of this.rebuiltViews.values()) {
      this.dropView(target);
      this.createView(reference);
    }
    for (const e of diff.unexpected) this.drop(e);
    return this.steps;
  }

  // ---------------------------------------------------------------- creation

  private create(e: DiffEntry): void {
    switch (e.kind) {
      case 'schema':
        return this.createSchema(e.object);
      case 'extension':
        return this.createExtension(e.object);
      case 'type':
        return this.createType(e.object);
      case 'sequence':
        // A serial's sequence too: Liquibase turns a `serial` type into an identity column, so the
        // sequence, the nextval() default and OWNED BY are written out as they are.
        return this.createSequence(e.object);
      case 'table':
        return this.createTable(e.object);
      case 'view':
        return this.createView(e.object);
      case 'function':
        return this.createRoutine(e.object);
      case 'trigger':
        return this.createTrigger(e.object);
      case 'column':
        return this.addColumn(e.relation, e.object);
      case 'primaryKey':
        return this.addPrimaryKey(e.relation, e.object);
      case 'uniqueConstraint':
        return this.addUnique(e.relation, e.object);
      case 'checkConstraint':
      case 'exclusionConstraint':
        return this.addSqlConstraint(e.relation, e.object, e.kind === 'checkConstraint' ? 'check constraint' : 'exclusion constraint');
      case 'foreignKey':
        return this.addForeignKey(e.relation, e.object);
      case 'index':
        if (!this.recreatedViews.has(key(e.relation))) this.createIndex(e.relation, e.object);
        return;
    }
  }

  private createSchema(schema: SchemaObject): void {
    const name = quoteIdentifier(schema.name);
    const statements = [`CREATE SCHEMA ${name}`];
    if (schema.comment) statements.push(commentSql(`SCHEMA ${name}`, schema.comment));
    this.add({
      phase: PHASE.schema,
      description: `Create schema ${schema.name}`,
      provides: [`schema:${schema.name}`],
      changes: [sqlChange(statements)],
      rollback: [sqlChange([`DROP SCHEMA ${name}`])],
    });
  }

  private createExtension(extension: ExtensionObject): void {
    this.add({
      phase: PHASE.extension,
      description: `Create extension ${extension.name}`,
      requires: [`schema:${extension.schema}`],
      changes: [sqlChange([createExtensionSql(extension)])],
      rollback: [sqlChange([`DROP EXTENSION ${quoteIdentifier(extension.name)}`])],
    });
  }

  private createType(type: TypeObject): void {
    const statements = [createTypeSql(type)];
    if (type.comment) statements.push(commentSql(typeCommentTarget(type), type.comment));
    this.add({
      phase: PHASE.type,
      description: `Create ${type.kind === 'domain' ? 'domain' : `${type.kind} type`} ${key(type)}`,
      provides: [key(type)],
      requires: type.kind === 'enum' ? [] : type.dependsOn,
      changes: [sqlChange(statements)],
      rollback: [sqlChange([dropTypeSql(type)])],
    });
  }

  private createSequence(sequence: SequenceObject): void {
    const changes = [createSequenceNode(sequence)];
    if (sequence.comment) changes.push(sqlChange([commentSql(`SEQUENCE ${qualifiedName(sequence.schema, sequence.name)}`, sequence.comment)]));
    const inverse = [dropSequenceNode(sequence.schema, sequence.name)];
    this.add({
      phase: PHASE.sequence,
      description: `Create sequence ${key(sequence)}`,
      provides: [key(sequence)],
      changes,
      ...(changes.length === 1 ? { inverse } : { rollback: inverse }),
    });
    if (sequence.ownedBy) this.setSequenceOwner(sequence, sequence.ownedBy, undefined);
  }

  private setSequenceOwner(sequence: SequenceObject, owner: SequenceObject['ownedBy'], previous: SequenceObject['ownedBy']): void {
    const ownerSql = (o: SequenceObject['ownedBy']) =>
      `ALTER SEQUENCE ${qualifiedName(sequence.schema, sequence.name)} OWNED BY ${o ? `${qualifiedName(o.schema, o.table)}.${quoteIdentifier(o.column)}` : 'NONE'}`;
    this.add({
      phase: PHASE.sequenceOwner,
      description: `Set the owner of sequence ${key(sequence)}`,
      requires: owner ? [`${owner.schema}.${owner.table}`, key(sequence)] : [key(sequence)],
      changes: [sqlChange([ownerSql(owner)])],
      rollback: [sqlChange([ownerSql(previous)])],
    });
  }

  private createTable(table: TableObject): void {
    const relation: RelationRef = { schema: table.schema, name: table.name };
    const parents = [
      ...(table.partitionOf ? [`${table.partitionOf.schema}.${table.partitionOf.table}`] : []),
      ...(table.inherits ?? []).map((p) => `${p.schema}.${p.table}`),
    ];
    const { changes, inverse, rollback, primaryKeyDone } = this.tableCreation(table);
    this.add({
      phase: PHASE.table,
      description: `Create table ${key(table)}`,
      provides: [key(table)],
      requires: [...table.dependsOn, ...parents, `schema:${table.schema}`, ...this.columnRequirements(table.columns)],
      changes,
      inverse,
      rollback,
    });
    if (table.primaryKey && !table.primaryKey.inherited && !primaryKeyDone) this.addPrimaryKey(relation, table.primaryKey);
    for (const unique of table.uniqueConstraints.filter(own)) this.addUnique(relation, unique);
    for (const check of table.checkConstraints.filter(own)) this.addSqlConstraint(relation, check, 'check constraint');
    for (const exclusion of table.exclusionConstraints.filter(own)) this.addSqlConstraint(relation, exclusion, 'exclusion constraint');
    for (const index of table.indexes.filter(own)) this.createIndex(relation, index);
    for (const foreignKey of table.foreignKeys.filter(own)) this.addForeignKey(relation, foreignKey);
  }

  /** The changes creating a table alone (no constraints but the primary key), and how to undo them. */
  private tableCreation(table: TableObject): { changes: ParsedNode[]; inverse?: ParsedNode[]; rollback?: ParsedNode[]; primaryKeyDone: boolean } {
    const drop = [dropTableNode(table.schema, table.name)];
    if (needsSqlDefinition(table)) {
      const statements = [createTableSql(table)];
      const name = qualifiedName(table.schema, table.name);
      if (table.primaryKey?.clustered && !table.primaryKey.inherited) statements.push(clusterSql(table.schema, table.name, table.primaryKey.name));
      if (table.comment) statements.push(commentSql(`TABLE ${name}`, table.comment));
      for (const column of table.columns.filter((c) => c.comment && !c.inherited)) {
        statements.push(commentSql(`COLUMN ${name}.${quoteIdentifier(column.name)}`, column.comment));
      }
      return { changes: [sqlChange(statements)], rollback: drop, primaryKeyDone: true };
    }
    const key = table.primaryKey;
    // createTable cannot say CLUSTER ON: a clustered key is added on its own (addPrimaryKey and the mark).
    const inline = key !== undefined && !key.inherited && !key.clustered && isPlainPrimaryKey(key) && inTableOrder(key.columns, table.columns);
    return { changes: [createTableNode(table, inline)], inverse: drop, primaryKeyDone: inline };
  }

  private addColumn(relation: RelationRef, column: ColumnObject): void {
    const table = qualifiedName(relation.schema, relation.name);
    const drop = [dropColumnNode(relation.schema, relation.name, column.name)];
    const id = `${relation.schema}.${relation.name}.${column.name}`;
    if (!column.nullable && column.default === undefined && !column.identity && !column.generated) {
      this.warnings.push(`column ${id} is added NOT NULL without a default: this fails if the table has rows`);
    }
    const base = {
      phase: PHASE.column,
      description: `Add column ${id}`,
      provides: [`${relation.schema}.${relation.name}`],
      requires: this.columnRequirements([column]),
    };
    if (needsSqlColumn(column)) {
      const statements = [`ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(column, relation.schema)}`];
      if (column.comment) statements.push(commentSql(`COLUMN ${table}.${quoteIdentifier(column.name)}`, column.comment));
      this.add({ ...base, changes: [sqlChange(statements)], rollback: drop });
    } else {
      this.add({ ...base, changes: [addColumnNode(relation.schema, relation.name, column)], inverse: drop });
    }
  }

  private addPrimaryKey(relation: RelationRef, key: PrimaryKeyObject): void {
    const drop = [dropPrimaryKeyNode(relation.schema, relation.name, key.name)];
    const changes = [
      isPlainPrimaryKey(key)
        ? addPrimaryKeyNode(relation.schema, relation.name, key)
        : sqlChange([addConstraintSql(relation.schema, relation.name, key.name, key.definition)]),
    ];
    if (key.clustered) changes.push(sqlChange([clusterSql(relation.schema, relation.name, key.name)]));
    this.addConstraintComment(changes, relation, key);
    this.add({
      phase: PHASE.constraint,
      description: `Add primary key ${key.name} on ${relationKey(relation)}`,
      provides: [relationKey(relation)],
      requires: [relationKey(relation)],
      changes,
      ...(changes.length === 1 && changes[0]!.name !== 'sql' ? { inverse: drop } : { rollback: drop }),
    });
  }

  private addUnique(relation: RelationRef, unique: UniqueConstraintObject): void {
    const drop = [dropUniqueConstraintNode(relation.schema, relation.name, unique.name)];
    const changes = [
      isPlainUniqueConstraint(unique)
        ? addUniqueConstraintNode(relation.schema, relation.name, unique)
        : sqlChange([addConstraintSql(relation.schema, relation.name, unique.name, unique.definition)]),
    ];
    if (unique.clustered) changes.push(sqlChange([clusterSql(relation.schema, relation.name, unique.name)]));
    this.addConstraintComment(changes, relation, unique);
    this.add({
      phase: PHASE.constraint,
      description: `Add unique constraint ${unique.name} on ${relationKey(relation)}`,
      provides: [relationKey(relation)],
      requires: [relationKey(relation)],
      changes,
      ...(changes.length === 1 && changes[0]!.name !== 'sql' ? { inverse: drop } : { rollback: drop }),
    });
  }

  private addSqlConstraint(relation: RelationRef, constraint: CheckConstraintObject | ExclusionConstraintObject, label: string): void {
    const changes = [sqlChange([addConstraintSql(relation.schema, relation.name, constraint.name, constraint.definition)])];
    this.addConstraintComment(changes, relation, constraint);
    this.add({
      phase: PHASE.constraint,
      description: `Add ${label} ${constraint.name} on ${relationKey(relation)}`,
      provides: [relationKey(relation)],
      requires: [relationKey(relation)],
      changes,
      rollback: [sqlChange([dropConstraintSql(relation.schema, relation.name, constraint.name)])],
    });
  }

  private addConstraintComment(changes: ParsedNode[], relation: RelationRef, constraint: { name: string; comment?: string }): void {
    if (!constraint.comment) return;
    changes.push(sqlChange([commentSql(`CONSTRAINT ${quoteIdentifier(constraint.name)} ON ${qualifiedName(relation.schema, relation.name)}`, constraint.comment)]));
  }

  private addForeignKey(relation: RelationRef, foreignKey: ForeignKeyObject): void {
    const drop = [dropForeignKeyNode(relation.schema, relation.name, foreignKey.name)];
    const changes = [
      isPlainForeignKey(foreignKey)
        ? addForeignKeyNode(relation.schema, relation.name, foreignKey)
        : sqlChange([addConstraintSql(relation.schema, relation.name, foreignKey.name, foreignKey.definition)]),
    ];
    this.addConstraintComment(changes, relation, foreignKey);
    this.add({
      phase: PHASE.foreignKey,
      description: `Add foreign key ${foreignKey.name} on ${relationKey(relation)}`,
      // No `provides`: two tables may reference each other, and a key never orders its tables.
      requires: [relationKey(relation), `${foreignKey.referencedSchema}.${foreignKey.referencedTable}`],
      changes,
      ...(changes.length === 1 && changes[0]!.name !== 'sql' ? { inverse: drop } : { rollback: drop }),
    });
  }

  private createIndex(relation: RelationRef, index: IndexObject): void {
    const plain = isPlainIndex(index) && !relation.materializedView;
    const drop = plain
      ? [dropIndexNode(relation.schema, relation.name, index.name)]
      : [sqlChange([`DROP INDEX ${qualifiedName(relation.schema, index.name)}`])];
    // A partitioned table's index is printed ON ONLY (pg_dump attaches the partitions' indexes
    // later); created without ONLY it is built on every partition at once.
    const changes = [plain ? createIndexNode(relation.schema, relation.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')])];
    if (index.clustered) changes.push(sqlChange([clusterSql(relation.schema, relation.name, index.name, relation.materializedView)]));
    if (index.comment) changes.push(sqlChange([commentSql(`INDEX ${qualifiedName(relation.schema, index.name)}`, index.comment)]));
    this.add({
      phase: relation.materializedView ? PHASE.viewIndex : PHASE.index,
      description: `Create index ${index.name} on ${relationKey(relation)}`,
      requires: [relationKey(relation)],
      changes,
      ...(changes.length === 1 && plain ? { inverse: drop } : { rollback: drop }),
    });
  }

  private createView(view: ViewObject): void {
    const { changes, undo, automatic } = this.viewCreation(view);
    this.add({
      phase: PHASE.view,
      description: `Create ${view.materialized ? 'materialized view' : 'view'} ${key(view)}`,
      provides: [key(view)],
      requires: [...view.dependsOn, `schema:${view.schema}`],
      changes,
      ...(automatic ? { inverse: undo } : { rollback: undo }),
    });
    if (view.materialized) {
      for (const index of view.indexes) this.createIndex({ schema: view.schema, name: view.name, materializedView: true }, index);
    }
  }

  private viewCreation(view: ViewObject): { changes: ParsedNode[]; undo: ParsedNode[]; automatic: boolean } {
    const statements: string[] = [];
    if (view.comment) statements.push(commentSql(viewCommentTarget(view), view.comment));
    for (const column of view.columns.filter((c) => c.comment)) {
      statements.push(commentSql(`COLUMN ${qualifiedName(view.schema, view.name)}.${quoteIdentifier(column.name)}`, column.comment));
    }
    if (!view.materialized && !view.options) {
      const changes = [createViewNode(view, false), ...(statements.length ? [sqlChange(statements)] : [])];
      return { changes, undo: [dropViewNode(view.schema, view.name)], automatic: statements.length === 0 };
    }
    return {
      changes: [sqlChange([createViewSql(view), ...statements])],
      undo: view.materialized ? [sqlChange([dropViewSql(view)])] : [dropViewNode(view.schema, view.name)],
      automatic: false,
    };
  }

  private createRoutine(routine: RoutineObject): void {
    const statements = [routine.definition];
    if (routine.comment) statements.push(commentSql(routineTarget(routine), routine.comment));
    this.add({
      phase: PHASE.function,
      description: `Create ${routine.kind} ${routineKey(routine)}`,
      provides: [routineKey(routine)],
      requires: [...routine.dependsOn, `schema:${routine.schema}`],
      changes: [sqlChange(statements)],
      rollback: [sqlChange([`DROP ${routineTarget(routine)}`])],
    });
  }

  private createTrigger(trigger: TriggerObject): void {
    this.add({
      phase: PHASE.trigger,
      description: `Create trigger ${trigger.name} on ${trigger.schema}.${trigger.table}`,
      requires: [`${trigger.schema}.${trigger.table}`, `${trigger.function.schema}.${trigger.function.name}()`],
      changes: [sqlChange(triggerCreation(trigger))],
      rollback: [sqlChange([dropTriggerSql(trigger)])],
    });
  }

  // ---------------------------------------------------------------- renames

  private rename(rename: ProbableRename): void {
    const detected = `Detected as a probable rename (confidence ${rename.confidence.toFixed(2)}: ${rename.reason}); if it is not a rename, replace this changeset with a drop and an add`;
    if (rename.kind === 'table') {
      this.add({
        phase: PHASE.renameTable,
        description: `Rename table ${rename.schema}.${rename.from} to ${rename.to}. ${detected}`,
        changes: [renameTableNode(rename.schema, rename.from, rename.to)],
        inverse: [renameTableNode(rename.schema, rename.to, rename.from)],
      });
    } else {
      const table = rename.table ?? '';
      this.add({
        phase: PHASE.renameColumn,
        description: `Rename column ${rename.schema}.${table}.${rename.from} to ${rename.to}. ${detected}`,
        changes: [renameColumnNode(rename.schema, table, rename.from, rename.to)],
        inverse: [renameColumnNode(rename.schema, table, rename.to, rename.from)],
      });
    }
  }

  // ---------------------------------------------------------------- changes

  private alter(e: ChangedEntry): void {
    switch (e.kind) {
      case 'schema':
        return this.commentStep(`Change the comment of schema ${e.id}`, PHASE.schema, `SCHEMA ${quoteIdentifier(e.reference.name)}`, e.reference.comment, e.target.comment);
      case 'extension':
        return this.alterExtension(e.reference, e.target, e.differences);
      case 'type':
        return this.alterType(e.reference, e.target, e.differences);
      case 'sequence':
        return this.alterSequence(e.reference, e.target, e.differences);
      case 'table':
        return this.alterTable(e.reference, e.target, e.differences);
      case 'column':
        return this.alterColumn(e.relation, e.reference, e.target, e.differences);
      case 'primaryKey':
        return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'primary key', (o) => this.addPrimaryKey(e.relation, o as PrimaryKeyObject), (o) => this.dropPrimaryKey(e.relation, o as PrimaryKeyObject));
      case 'uniqueConstraint':
        return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'unique constraint', (o) => this.addUnique(e.relation, o as UniqueConstraintObject), (o) => this.dropUnique(e.relation, o as UniqueConstraintObject));
      case 'checkConstraint':
      case 'exclusionConstraint': {
        const label = e.kind === 'checkConstraint' ? 'check constraint' : 'exclusion constraint';
        return this.alterConstraint(e.relation, e.reference, e.target, e.differences, label, (o) => this.addSqlConstraint(e.relation, o as CheckConstraintObject, label), (o) => this.dropSqlConstraint(e.relation, o as CheckConstraintObject, label));
      }
      case 'foreignKey':
        return this.alterConstraint(e.relation, e.reference, e.target, e.differences, 'foreign key', (o) => this.addForeignKey(e.relation, o as ForeignKeyObject), (o) => this.dropForeignKey(e.relation, o as ForeignKeyObject));
      case 'index':
        if (this.recreatedViews.has(relationKey(e.relation))) return;
        return this.alterIndex(e.relation, e.reference, e.target, e.differences);
      case 'view':
        return this.alterView(e.reference, e.target, e.differences);
      case 'function':
        return this.alterRoutine(e.reference, e.target, e.differences);
      case 'trigger':
        return this.alterTrigger(e.reference, e.target, e.differences);
    }
  }

  /**
   * CLUSTER ON is one mark per table: where it moves from one index to another (or goes), one
   * step per table sets it after the indexes and constraints exist, so that marking one and
   * unmarking the other cannot undo each other, and its rollback puts it back (names as after
   * the renames, which are undone later). New and dropped indexes carry their own mark.
   */
  private moveClusterMarks(): void {
    const moves = new Map<string, { relation: RelationRef; to?: string; from?: string }>();
    const clusterable = (kind: string) => kind === 'primaryKey' || kind === 'uniqueConstraint' || kind === 'index';
    for (const e of this.diff.changed) {
      if (!clusterable(e.kind) || !('relation' in e) || !e.differences.some((d) => d.attribute === 'clustered')) continue;
      const reference = e.reference as { name: string; clustered?: true };
      const target = e.target as { clustered?: true };
      const move = moves.get(relationKey(e.relation)) ?? { relation: e.relation };
      moves.set(relationKey(e.relation), move);
      if (reference.clustered) move.to = reference.name;
      if (target.clustered) move.from = reference.name;
    }
    for (const e of this.diff.missing) {
      const move = 'relation' in e ? moves.get(relationKey(e.relation)) : undefined;
      if (move && clusterable(e.kind) && (e.object as { clustered?: true }).clustered) move.to = (e.object as { name: string }).name;
    }
    for (const { relation, to, from } of moves.values()) {
      const mark = (name: string | undefined) => sqlChange([clusterSql(relation.schema, relation.name, name, relation.materializedView)]);
      this.add({
        phase: (relation.materializedView ? PHASE.viewIndex : PHASE.index) + 0.5,
        description: to ? `Cluster ${relationKey(relation)} on ${to}` : `Remove the CLUSTER ON mark of ${relationKey(relation)}`,
        requires: [relationKey(relation)],
        changes: [mark(to)],
        rollback: [mark(from)],
      });
    }
  }

  private commentStep(description: string, phase: number, target: string, wanted: string | undefined, current: string | undefined, requires: string[] = []): void {
    this.add({
      phase,
      description,
      requires,
      changes: [sqlChange([commentSql(target, wanted)])],
      rollback: [sqlChange([commentSql(target, current)])],
    });
  }

  private alterExtension(reference: ExtensionObject, target: ExtensionObject, differences: AttributeDifference[]): void {
    const name = quoteIdentifier(reference.name);
    const forward: string[] = [];
    const backward: string[] = [];
    for (const { attribute } of differences) {
      if (attribute === 'version') {
        forward.push(`ALTER EXTENSION ${name} UPDATE TO ${quoteLiteral(reference.version)}`);
        backward.unshift(`ALTER EXTENSION ${name} UPDATE TO ${quoteLiteral(target.version)}`);
      } else if (attribute === 'schema') {
        forward.push(`ALTER EXTENSION ${name} SET SCHEMA ${quoteIdentifier(reference.schema)}`);
        backward.unshift(`ALTER EXTENSION ${name} SET SCHEMA ${quoteIdentifier(target.schema)}`);
      } else if (attribute === 'comment') {
        forward.push(commentSql(`EXTENSION ${name}`, reference.comment));
        backward.unshift(commentSql(`EXTENSION ${name}`, target.comment));
      }
    }
    this.add({
      phase: PHASE.extension,
      description: `Change extension ${reference.name}`,
      requires: [`schema:${reference.schema}`],
      changes: [sqlChange(forward)],
      rollback: [sqlChange(backward)],
    });
  }

  private alterType(reference: TypeObject, target: TypeObject, differences: AttributeDifference[]): void {
    const id = key(reference);
    const changed = new Set(differences.map((d) => d.attribute));
    const forward: string[] = [];
    const backward: string[] = [];
    let runInTransaction: false | undefined;
    let recreate = changed.has('kind');
    if (!recreate && reference.kind === 'enum' && target.kind === 'enum' && changed.has('labels')) {
      const added = enumAdditions(target.labels, reference.labels);
      if (added) {
        forward.push(...added.map((label) => `ALTER TYPE ${qualifiedName(reference.schema, reference.name)} ADD VALUE ${label}`));
        // ALTER TYPE ... ADD VALUE cannot run in a transaction block before PostgreSQL 12.
        runInTransaction = false;
      } else {
        this.warnings.push(`enum ${id}: values removed or reordered; the generated change recreates the type and converts the columns using it through text, review it`);
        forward.push(...recreateEnumSql(reference));
      }
    }
    if (!recreate && reference.kind === 'composite' && target.kind === 'composite' && changed.has('attributes')) {
      const [f, b] = compositeAlterations(reference, target);
      forward.push(...f);
      backward.unshift(...b);
    }
    if (!recreate && reference.kind === 'domain' && target.kind === 'domain') {
      if (changed.has('baseType') || changed.has('collation')) recreate = true;
      else {
        const [f, b] = domainAlterations(reference, target, changed);
        forward.push(...f);
        backward.unshift(...b);
      }
    }
    if (recreate) {
      this.warnings.push(`type ${id} must be dropped and created again (${differences.map((d) => d.attribute).join(', ')}); this fails while columns use it, review it`);
      forward.splice(0, forward.length, dropTypeSql(target), createTypeSql(reference));
      backward.splice(0, backward.length, dropTypeSql(reference), createTypeSql(target));
    }
    if (changed.has('comment') || (recreate && reference.comment)) {
      forward.push(commentSql(typeCommentTarget(reference), reference.comment));
      backward.unshift(commentSql(typeCommentTarget(target), target.comment));
    }
    if (forward.length === 0) return;
    this.add({
      phase: PHASE.type,
      description: `Change ${reference.kind === 'domain' ? 'domain' : 'type'} ${id}`,
      provides: [id],
      changes: [sqlChange(forward)],
      // Enum values cannot be removed again: no rollback block, so a rollback stops here with Liquibase's error.
      rollback: backward.length > 0 ? [sqlChange(backward)] : undefined,
      runInTransaction,
    });
  }

  private alterSequence(reference: SequenceObject, target: SequenceObject, differences: AttributeDifference[]): void {
    const changed = new Set(differences.map((d) => d.attribute));
    const name = qualifiedName(reference.schema, reference.name);
    const changes: ParsedNode[] = [];
    const rollback: ParsedNode[] = [];
    const options = ['dataType', 'increment', 'min', 'max', 'cache', 'cycle'].filter((a) => changed.has(a));
    if (options.length > 0) {
      changes.push(pick(alterSequenceNode(reference), options));
      rollback.unshift(pick(alterSequenceNode(target), options));
    }
    if (changed.has('start')) {
      changes.push(sqlChange([`ALTER SEQUENCE ${name} START WITH ${reference.start}`]));
      rollback.unshift(sqlChange([`ALTER SEQUENCE ${name} START WITH ${target.start}`]));
    }
    if (changed.has('comment')) {
      changes.push(sqlChange([commentSql(`SEQUENCE ${name}`, reference.comment)]));
      rollback.unshift(sqlChange([commentSql(`SEQUENCE ${name}`, target.comment)]));
    }
    if (changes.length > 0) {
      this.add({ phase: PHASE.sequence, description: `Change sequence ${key(reference)}`, provides: [key(reference)], changes, rollback });
    }
    if (changed.has('ownedBy')) this.setSequenceOwner(reference, reference.ownedBy, target.ownedBy);
  }

  private alterTable(reference: TableObject, target: TableObject, differences: AttributeDifference[]): void {
    for (const { attribute } of differences) {
      if (attribute === 'comment') {
        this.add({
          phase: PHASE.comment,
          description: `Change the comment of table ${key(reference)}`,
          changes: [setTableRemarksNode(reference.schema, reference.name, reference.comment)],
          rollback: [setTableRemarksNode(reference.schema, reference.name, target.comment)],
        });
      } else if (attribute === 'unlogged') {
        const name = qualifiedName(reference.schema, reference.name);
        const set = (unlogged: boolean | undefined) => `ALTER TABLE ${name} SET ${unlogged ? 'UNLOGGED' : 'LOGGED'}`;
        this.add({
          phase: PHASE.column,
          description: `Make table ${key(reference)} ${reference.unlogged ? 'unlogged' : 'logged'}`,
          changes: [sqlChange([set(reference.unlogged)])],
          rollback: [sqlChange([set(target.unlogged)])],
        });
      } else {
        this.warnings.push(`table ${key(reference)}: ${attribute} differs and cannot be changed in place; recreate the table by hand`);
      }
    }
  }

  private alterColumn(relation: RelationRef, reference: ColumnObject, target: ColumnObject, differences: AttributeDifference[]): void {
    const changed = new Set(differences.map((d) => d.attribute));
    const { schema, name: tableName } = relation;
    const table = qualifiedName(schema, tableName);
    const column = quoteIdentifier(reference.name);
    const id = `${schema}.${tableName}.${reference.name}`;
    const forward: ParsedNode[] = [];
    const backward: ParsedNode[] = [];
    const both = (f: ParsedNode, b: ParsedNode) => {
      forward.push(f);
      backward.unshift(b);
    };

    if (changed.has('generated')) {
      this.warnings.push(`column ${id}: the generation expression changes; the column is dropped and added again (its values are recomputed)`);
      both(
        sqlChange([`ALTER TABLE ${table} DROP COLUMN ${column}`, `ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(reference, schema)}`]),
        sqlChange([`ALTER TABLE ${table} DROP COLUMN ${column}`, `ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(target, schema)}`]),
      );
    } else {
      const defaultChanges = changed.has('default');
      const typeChanges = changed.has('type') || changed.has('collation');
      // A default that may not fit the new type goes before the type changes and comes back after.
      if (defaultChanges && target.default !== undefined) {
        both(dropDefaultValueNode(schema, tableName, target), addDefaultValueNode(schema, tableName, target as ColumnObject & { default: string }));
      }
      if (typeChanges) {
        if (changed.has('collation') || !liquibaseKeepsType(reference.type) || !liquibaseKeepsType(target.type)) {
          const typeSql = (c: ColumnObject) => `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${c.type}${c.collation ? ` COLLATE ${c.collation}` : ''}`;
          both(sqlChange([typeSql(reference)]), sqlChange([typeSql(target)]));
        } else {
          both(modifyDataTypeNode(schema, tableName, reference.name, reference.type), modifyDataTypeNode(schema, tableName, reference.name, target.type));
        }
      }
      if (defaultChanges && reference.default !== undefined) {
        both(addDefaultValueNode(schema, tableName, reference as ColumnObject & { default: string }), dropDefaultValueNode(schema, tableName, reference));
      }
      if (changed.has('identity')) {
        const [f, b] = identityAlterations(schema, table, column, reference, target);
        both(sqlChange(f), sqlChange(b));
      }
      const sequence = differences.find((d) => d.attribute === 'identitySequence');
      if (sequence && reference.identity && target.identity) {
        const rename = (from: unknown, to: unknown) => `ALTER SEQUENCE ${qualifiedName(schema, String(from))} RENAME TO ${quoteIdentifier(String(to))}`;
        both(sqlChange([rename(sequence.target, sequence.reference)]), sqlChange([rename(sequence.reference, sequence.target)]));
      }
      if (changed.has('nullable') && !(reference.identity && !target.identity)) {
        both(
          notNullNode(!reference.nullable, schema, tableName, reference.name, reference.type),
          notNullNode(reference.nullable, schema, tableName, reference.name, target.type),
        );
        if (!reference.nullable && reference.default === undefined && !reference.identity) {
          this.warnings.push(`column ${id} becomes NOT NULL: this fails while rows hold NULL in it`);
        }
      }
    }
    if (changed.has('comment')) {
      both(setColumnRemarksNode(schema, tableName, reference, reference.comment), setColumnRemarksNode(schema, tableName, reference, target.comment));
    }
    if (changed.has('type') && !changed.has('generated')) {
      this.warnings.push(`column ${id} changes type from ${target.type} to ${reference.type}: existing values are converted (review for data loss)`);
    }
    if (forward.length === 0) return;
    this.add({
      phase: PHASE.column,
      description: `Change column ${id} (${differences.map((d) => d.attribute).join(', ')})`,
      provides: [relationKey(relation)],
      requires: [...this.columnRequirements([reference]), relationKey(relation)],
      changes: forward,
      rollback: backward,
    });
  }

  private alterConstraint<T extends { name: string; comment?: string }>(
    relation: RelationRef,
    reference: T,
    target: T,
    differences: AttributeDifference[],
    label: string,
    add: (object: T) => void,
    drop: (object: T) => void,
  ): void {
    // The CLUSTER ON mark moves in a step of its own (see moveClusterMarks).
    const attributes = differences.map((d) => d.attribute).filter((a) => a !== 'clustered');
    if (attributes.length === 0) return;
    if (attributes.every((a) => a === 'name' || a === 'comment')) {
      const forward: string[] = [];
      const backward: string[] = [];
      if (attributes.includes('name')) {
        forward.push(renameConstraintSql(relation.schema, relation.name, target.name, reference.name));
        backward.unshift(renameConstraintSql(relation.schema, relation.name, reference.name, target.name));
      }
      if (attributes.includes('comment')) {
        const on = (name: string) => `CONSTRAINT ${quoteIdentifier(name)} ON ${qualifiedName(relation.schema, relation.name)}`;
        forward.push(commentSql(on(reference.name), reference.comment));
        backward.unshift(commentSql(on(reference.name), target.comment));
      }
      this.add({
        phase: PHASE.constraint,
        description: `Change ${label} ${reference.name} on ${relationKey(relation)} (${attributes.join(', ')})`,
        requires: [relationKey(relation)],
        changes: [sqlChange(forward)],
        rollback: [sqlChange(backward)],
      });
      return;
    }
    drop(target);
    add(reference);
  }

  private alterIndex(relation: RelationRef, reference: IndexObject, target: IndexObject, differences: AttributeDifference[]): void {
    const attributes = differences.map((d) => d.attribute).filter((a) => a !== 'clustered');
    if (attributes.length === 0) return;
    if (attributes.every((a) => a === 'name' || a === 'comment')) {
      const forward: string[] = [];
      const backward: string[] = [];
      if (attributes.includes('name')) {
        forward.push(`ALTER INDEX ${qualifiedName(relation.schema, target.name)} RENAME TO ${quoteIdentifier(reference.name)}`);
        backward.unshift(`ALTER INDEX ${qualifiedName(relation.schema, reference.name)} RENAME TO ${quoteIdentifier(target.name)}`);
      }
      if (attributes.includes('comment')) {
        forward.push(commentSql(`INDEX ${qualifiedName(relation.schema, reference.name)}`, reference.comment));
        backward.unshift(commentSql(`INDEX ${qualifiedName(relation.schema, reference.name)}`, target.comment));
      }
      this.add({
        phase: relation.materializedView ? PHASE.viewIndex : PHASE.index,
        description: `Change index ${reference.name} on ${relationKey(relation)} (${attributes.join(', ')})`,
        requires: [relationKey(relation)],
        changes: [sqlChange(forward)],
        rollback: [sqlChange(backward)],
      });
      return;
    }
    this.dropIndex(relation, target);
    this.createIndex(relation, reference);
  }

  private alterView(reference: ViewObject, target: ViewObject, differences: AttributeDifference[]): void {
    const changed = new Set(differences.map((d) => d.attribute));
    const id = key(reference);
    // Dropped and created from the reference (see plan()): that covers every difference.
    if (this.rebuiltViews.has(id)) return;
    const changes: ParsedNode[] = [];
    const rollback: ParsedNode[] = [];
    if (changed.has('definition')) {
      // CREATE OR REPLACE VIEW resets the options it is not given: options go with the text.
      const replace = (view: ViewObject) => (view.options ? sqlChange([createViewSql(view, { replace: true })]) : createViewNode(view, true));
      changes.push(replace(reference));
      rollback.unshift(compatible(reference, target) ? replace(target) : sqlChange([dropViewSql(reference), createViewSql(target)]));
    }
    const statements: string[] = [];
    const undo: string[] = [];
    const name = qualifiedName(reference.schema, reference.name);
    if (changed.has('options')) {
      const kind = reference.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
      const [set, reset] = optionChanges(reference.options, target.options);
      const [unset, restore] = optionChanges(target.options, reference.options);
      if (set.length) statements.push(`ALTER ${kind} ${name} SET (${set.join(', ')})`);
      if (reset.length) statements.push(`ALTER ${kind} ${name} RESET (${reset.join(', ')})`);
      if (unset.length) undo.push(`ALTER ${kind} ${name} SET (${unset.join(', ')})`);
      if (restore.length) undo.push(`ALTER ${kind} ${name} RESET (${restore.join(', ')})`);
    }
    if (changed.has('comment')) {
      statements.push(commentSql(viewCommentTarget(reference), reference.comment));
      undo.push(commentSql(viewCommentTarget(reference), target.comment));
    }
    if (changed.has('columnComments')) {
      for (const column of reference.columns) {
        const current = target.columns.find((c) => c.name === column.name)?.comment;
        if (current === column.comment) continue;
        statements.push(commentSql(`COLUMN ${name}.${quoteIdentifier(column.name)}`, column.comment));
        undo.push(commentSql(`COLUMN ${name}.${quoteIdentifier(column.name)}`, current));
      }
    }
    if (statements.length) changes.push(sqlChange(statements));
    if (undo.length) rollback.unshift(sqlChange(undo));
    if (changes.length === 0) return;
    this.add({
      phase: PHASE.view,
      description: `Change ${reference.materialized ? 'materialized view' : 'view'} ${id} (${[...changed].join(', ')})`,
      provides: [id],
      requires: reference.dependsOn,
      changes,
      rollback,
    });
  }

  private alterRoutine(reference: RoutineObject, target: RoutineObject, differences: AttributeDifference[]): void {
    const changed = new Set(differences.map((d) => d.attribute));
    const forward: string[] = [];
    const backward: string[] = [];
    if (changed.has('definition') || changed.has('returns') || changed.has('language')) {
      // CREATE OR REPLACE cannot change the result type or the parameters' names and defaults.
      const header = (f: RoutineObject) => f.definition.split('\n')[0];
      const mustDrop = reference.returns !== target.returns || header(reference) !== header(target);
      forward.push(...(mustDrop ? [`DROP ${routineTarget(target)}`] : []), reference.definition);
      backward.push(...(mustDrop ? [`DROP ${routineTarget(reference)}`] : []), target.definition);
    }
    if (changed.has('comment') || (forward.length > 0 && reference.comment)) {
      forward.push(commentSql(routineTarget(reference), reference.comment));
      backward.push(commentSql(routineTarget(target), target.comment));
    }
    this.add({
      phase: PHASE.function,
      description: `Change ${reference.kind} ${routineKey(reference)} (${[...changed].join(', ')})`,
      provides: [routineKey(reference)],
      requires: reference.dependsOn,
      changes: [sqlChange(forward)],
      rollback: [sqlChange(backward)],
    });
  }

  private alterTrigger(reference: TriggerObject, target: TriggerObject, differences: AttributeDifference[]): void {
    const changed = new Set(differences.map((d) => d.attribute));
    let forward: string[] = [];
    let backward: string[] = [];
    if (changed.has('definition')) {
      forward = [dropTriggerSql(target), ...triggerCreation(reference)];
      backward = [dropTriggerSql(reference), ...triggerCreation(target)];
    } else {
      if (changed.has('enabled')) {
        forward.push(triggerStateSql(reference));
        backward.push(triggerStateSql(target));
      }
      if (changed.has('comment')) {
        const on = `TRIGGER ${quoteIdentifier(reference.name)} ON ${qualifiedName(reference.schema, reference.table)}`;
        forward.push(commentSql(on, reference.comment));
        backward.push(commentSql(on, target.comment));
      }
    }
    this.add({
      phase: PHASE.trigger,
      description: `Change trigger ${reference.name} on ${reference.schema}.${reference.table} (${[...changed].join(', ')})`,
      requires: [`${reference.schema}.${reference.table}`, `${reference.function.schema}.${reference.function.name}()`],
      changes: [sqlChange(forward)],
      rollback: [sqlChange(backward)],
    });
  }

  // ---------------------------------------------------------------- drops

  private drop(e: DiffEntry): void {
    switch (e.kind) {
      case 'schema': {
        const name = quoteIdentifier(e.object.name);
        const create = [`CREATE SCHEMA ${name}`, ...(e.object.comment ? [commentSql(`SCHEMA ${name}`, e.object.comment)] : [])];
        return this.add({
          phase: PHASE.dropSchema,
          description: `Drop schema ${e.id}`,
          changes: [sqlChange([`DROP SCHEMA ${name}`])],
          rollback: [sqlChange(create)],
        });
      }
      case 'extension':
        return this.add({
          phase: PHASE.dropExtension,
          description: `Drop extension ${e.id}`,
          changes: [sqlChange([`DROP EXTENSION ${quoteIdentifier(e.object.name)}`])],
          rollback: [sqlChange([createExtensionSql(e.object, true)])],
        });
      case 'type':
        return this.add({
          phase: PHASE.dropType,
          description: `Drop ${e.object.kind === 'domain' ? 'domain' : 'type'} ${e.id}`,
          changes: [sqlChange([dropTypeSql(e.object)])],
          rollback: [sqlChange([createTypeSql(e.object), ...(e.object.comment ? [commentSql(typeCommentTarget(e.object), e.object.comment)] : [])])],
        });
      case 'sequence': {
        const owner = e.object.ownedBy;
        // A serial's sequence goes with its column or table.
        if (owner && (this.droppedTables.has(`${owner.schema}.${owner.table}`) || this.droppedColumns.has(`${owner.schema}.${owner.table}.${owner.column}`))) return;
        return this.add({
          phase: PHASE.dropSequence,
          description: `Drop sequence ${e.id}`,
          changes: [dropSequenceNode(e.object.schema, e.object.name)],
          rollback: [createSequenceNode(e.object)],
        });
      }
      case 'table':
        return this.dropTable(e.object);
      case 'view':
        return this.dropView(e.object);
      case 'function':
        return this.add({
          phase: PHASE.dropFunction,
          description: `Drop ${e.object.kind} ${e.id}`,
          changes: [sqlChange([`DROP ${routineTarget(e.object)}`])],
          rollback: [sqlChange([e.object.definition, ...(e.object.comment ? [commentSql(routineTarget(e.object), e.object.comment)] : [])])],
        });
      case 'trigger':
        return this.add({
          phase: PHASE.dropTrigger,
          description: `Drop trigger ${e.object.name} on ${e.object.schema}.${e.object.table}`,
          changes: [sqlChange([dropTriggerSql(e.object)])],
          rollback: [sqlChange(triggerCreation(e.object))],
        });
      case 'column': {
        const column = e.object;
        const table = qualifiedName(e.relation.schema, e.relation.name);
        const restore = needsSqlColumn(column)
          ? sqlChange([`ALTER TABLE ${table} ADD COLUMN ${columnDefinitionSql(column, e.relation.schema)}`])
          : addColumnNode(e.relation.schema, e.relation.name, column);
        this.warnings.push(`column ${e.id} is dropped with its data`);
        return this.add({
          phase: PHASE.dropColumn,
          description: `Drop column ${e.id}`,
          changes: [dropColumnNode(e.relation.schema, e.relation.name, column.name)],
          rollback: [restore],
        });
      }
      case 'primaryKey':
        return this.dropPrimaryKey(e.relation, e.object);
      case 'uniqueConstraint':
        return this.dropUnique(e.relation, e.object);
      case 'checkConstraint':
        return this.dropSqlConstraint(e.relation, e.object, 'check constraint');
      case 'exclusionConstraint':
        return this.dropSqlConstraint(e.relation, e.object, 'exclusion constraint');
      case 'foreignKey':
        return this.dropForeignKey(e.relation, e.object);
      case 'index':
        return this.dropIndex(e.relation, e.object);
    }
  }

  private dropTable(table: TableObject): void {
    const id = key(table);
    // Rolling back recreates the table with its constraints and indexes (not its data).
    const { changes: restore, primaryKeyDone } = this.tableCreation(table);
    const primaryKey = table.primaryKey;
    if (primaryKey && !primaryKey.inherited && !primaryKeyDone) {
      restore.push(isPlainPrimaryKey(primaryKey) ? addPrimaryKeyNode(table.schema, table.name, primaryKey) : sqlChange([addConstraintSql(table.schema, table.name, primaryKey.name, primaryKey.definition)]));
      if (primaryKey.clustered) restore.push(sqlChange([clusterSql(table.schema, table.name, primaryKey.name)]));
    }
    for (const unique of table.uniqueConstraints.filter(own)) {
      restore.push(isPlainUniqueConstraint(unique) ? addUniqueConstraintNode(table.schema, table.name, unique) : sqlChange([addConstraintSql(table.schema, table.name, unique.name, unique.definition)]));
      if (unique.clustered) restore.push(sqlChange([clusterSql(table.schema, table.name, unique.name)]));
    }
    for (const constraint of [...table.checkConstraints, ...table.exclusionConstraints].filter(own)) {
      restore.push(sqlChange([addConstraintSql(table.schema, table.name, constraint.name, constraint.definition)]));
    }
    for (const index of table.indexes.filter(own)) {
      restore.push(isPlainIndex(index) ? createIndexNode(table.schema, table.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')]));
      if (index.clustered) restore.push(sqlChange([clusterSql(table.schema, table.name, index.name)]));
    }
    for (const foreignKey of table.foreignKeys.filter(own)) {
      restore.push(isPlainForeignKey(foreignKey) ? addForeignKeyNode(table.schema, table.name, foreignKey) : sqlChange([addConstraintSql(table.schema, table.name, foreignKey.name, foreignKey.definition)]));
    }
    // Tables being dropped that reference this one (or inherit from it) go first.
    const dependents = [...this.droppedTables.values()].filter(
      (other) =>
        other !== table &&
        (other.foreignKeys.some((f) => f.referencedSchema === table.schema && f.referencedTable === table.name) ||
          (other.partitionOf && other.partitionOf.schema === table.schema && other.partitionOf.table === table.name) ||
          other.inherits?.some((p) => p.schema === table.schema && p.table === table.name)),
    );
    const referencedByDropped = dependents.some((other) => other.foreignKeys.some((f) => f.referencedSchema === table.schema && f.referencedTable === table.name));
    const drop = dropTableNode(table.schema, table.name);
    // Two dropped tables may reference each other; CASCADE CONSTRAINTS removes the foreign keys in the way.
    if (referencedByDropped) drop.attributes.cascadeConstraints = true;
    this.warnings.push(`table ${id} is dropped with its data`);
    this.add({
      phase: PHASE.dropTable,
      description: `Drop table ${id}`,
      provides: [`drop:${id}`],
      requires: dependents.map((d) => `drop:${key(d)}`),
      changes: [drop],
      rollback: restore,
    });
  }

  private dropView(view: ViewObject): void {
    const id = key(view);
    const { changes: restore } = this.viewCreation(view);
    if (view.materialized) {
      for (const index of view.indexes) restore.push(sqlChange([index.definition]));
    }
    // Views being dropped that read this one go first.
    const dropped = [
      ...this.diff.unexpected.filter((e): e is Extract<DiffEntry, { kind: 'view' }> => e.kind === 'view').map((e) => e.object),
      ...[...this.rebuiltViews.values()].map((v) => v.target),
    ];
    const dependents = dropped.filter((other) => other !== view && other.dependsOn.includes(id)).map((other) => `drop:${key(other)}`);
    this.add({
      phase: PHASE.dropView,
      description: `Drop ${view.materialized ? 'materialized view' : 'view'} ${id}`,
      provides: [`drop:${id}`],
      requires: dependents,
      changes: [view.materialized ? sqlChange([dropViewSql(view)]) : dropViewNode(view.schema, view.name)],
      rollback: restore,
    });
  }

  private dropPrimaryKey(relation: RelationRef, key: PrimaryKeyObject): void {
    this.add({
      phase: PHASE.dropConstraint,
      description: `Drop primary key ${key.name} on ${relationKey(relation)}`,
      changes: [dropPrimaryKeyNode(relation.schema, relation.name, key.name)],
      rollback: [
        isPlainPrimaryKey(key)
          ? addPrimaryKeyNode(relation.schema, relation.name, key)
          : sqlChange([addConstraintSql(relation.schema, relation.name, key.name, key.definition)]),
        ...(key.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, key.name)])] : []),
      ],
    });
  }

  private dropUnique(relation: RelationRef, unique: UniqueConstraintObject): void {
    this.add({
      phase: PHASE.dropConstraint,
      description: `Drop unique constraint ${unique.name} on ${relationKey(relation)}`,
      changes: [dropUniqueConstraintNode(relation.schema, relation.name, unique.name)],
      rollback: [
        isPlainUniqueConstraint(unique)
          ? addUniqueConstraintNode(relation.schema, relation.name, unique)
          : sqlChange([addConstraintSql(relation.schema, relation.name, unique.name, unique.definition)]),
        ...(unique.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, unique.name)])] : []),
      ],
    });
  }

  private dropSqlConstraint(relation: RelationRef, constraint: { name: string; definition: string }, label: string): void {
    this.add({
      phase: PHASE.dropConstraint,
      description: `Drop ${label} ${constraint.name} on ${relationKey(relation)}`,
      changes: [sqlChange([dropConstraintSql(relation.schema, relation.name, constraint.name)])],
      rollback: [sqlChange([addConstraintSql(relation.schema, relation.name, constraint.name, constraint.definition)])],
    });
  }

  private dropForeignKey(relation: RelationRef, foreignKey: ForeignKeyObject): void {
    this.add({
      phase: PHASE.dropForeignKey,
      description: `Drop foreign key ${foreignKey.name} on ${relationKey(relation)}`,
      changes: [dropForeignKeyNode(relation.schema, relation.name, foreignKey.name)],
      rollback: [
        isPlainForeignKey(foreignKey)
          ? addForeignKeyNode(relation.schema, relation.name, foreignKey)
          : sqlChange([addConstraintSql(relation.schema, relation.name, foreignKey.name, foreignKey.definition)]),
      ],
    });
  }

  private dropIndex(relation: RelationRef, index: IndexObject): void {
    const plain = isPlainIndex(index) && !relation.materializedView;
    this.add({
      phase: PHASE.dropConstraint,
      description: `Drop index ${index.name} on ${relationKey(relation)}`,
      changes: [plain ? dropIndexNode(relation.schema, relation.name, index.name) : sqlChange([`DROP INDEX ${qualifiedName(relation.schema, index.name)}`])],
      rollback: [
        plain ? createIndexNode(relation.schema, relation.name, index) : sqlChange([index.definition.replace(' ON ONLY ', ' ON ')]),
        ...(index.clustered ? [sqlChange([clusterSql(relation.schema, relation.name, index.name, relation.materializedView)])] : []),
      ],
    });
  }

  // ---------------------------------------------------------------- helpers

  private add(step: Omit<Step, 'provides' | 'requires'> & Partial<Pick<Step, 'provides' | 'requires'>>): void {
    const provides = step.provides ?? [];
    const requires = (step.requires ?? []).filter((r) => !provides.includes(r));
    const full: Step = { ...step, provides, requires };
    if (full.rollback === undefined) delete full.rollback;
    if (full.inverse === undefined) delete full.inverse;
    if (full.runInTransaction === undefined) delete full.runInTransaction;
    this.steps.push(full);
  }

  /**
   * Keys a column needs: its type when user-defined (`app.mood`, `app.mood[]`) and the sequence of
   * a nextval() default. Keys nobody provides are objects that already exist.
   */
  private columnRequirements(columns: ColumnObject[]): string[] {
    const keys: string[] = [];
    for (const column of columns) {
      keys.push(column.type.replace(/(\[\])+$/, '').replace(/"/g, ''));
      const sequence = column.default && /^nextval\('(.+)'::regclass\)$/.exec(column.default);
      if (sequence) keys.push(sequence[1]!.replace(/"/g, ''));
    }
    return keys;
  }
}

/** CREATE OR REPLACE VIEW keeps the existing columns (it may add some at the end); a materialized view cannot be replaced at all. */
function compatible(from: ViewObject, to: ViewObject): boolean {
  return from.columns.every((c, i) => to.columns[i]?.name === c.name && to.columns[i]?.type === c.type);
}

function mustRecreateView(reference: ViewObject, target: ViewObject, differences: AttributeDifference[]): boolean {
  const changed = new Set(differences.map((d) => d.attribute));
  return changed.has('materialized') || (changed.has('definition') && (reference.materialized || !compatible(target, reference)));
}

function key(o: { schema: string; name: string }): string {
  return `${o.schema}.${o.name}`;
}

function relationKey(relation: RelationRef): string {
  return `${relation.schema}.${relation.name}`;
}

function routineKey(routine: RoutineObject): string {
  return `${routine.schema}.${routine.name}(${routine.arguments})`;
}

function own<T extends { inherited?: boolean }>(o: T): boolean {
  return !o.inherited;
}

function inTableOrder(keyColumns: string[], columns: ColumnObject[]): boolean {
  const order = columns.map((c) => c.name).filter((name) => keyColumns.includes(name));
  return order.length === keyColumns.length && order.every((name, i) => name === keyColumns[i]);
}

/** Tables createTable cannot describe: partitioning, inheritance, UNLOGGED, generated or collated columns, identity options. */
function needsSqlDefinition(table: TableObject): boolean {
  return Boolean(table.partitioning || table.partitionOf || table.inherits?.length || table.unlogged) || table.columns.some(needsSqlColumn);
}

function needsSqlColumn(column: ColumnObject): boolean {
  if (column.generated || column.collation || !liquibaseKeepsType(column.type)) return true;
  if (!column.identity) return false;
  const { identity } = column;
  const defaults = sequenceDefaults(column.type, identity.increment ?? '1');
  return (
    identity.sequenceName !== undefined ||
    (identity.min !== undefined && identity.min !== defaults.min) ||
    (identity.max !== undefined && identity.max !== defaults.max) ||
    (identity.cache !== undefined && identity.cache !== '1') ||
    identity.cycle === true
  );
}

function createExtensionSql(extension: ExtensionObject, withVersion = false): string {
  const version = withVersion ? ` VERSION ${quoteLiteral(extension.version)}` : '';
  return `CREATE EXTENSION IF NOT EXISTS ${quoteIdentifier(extension.name)} WITH SCHEMA ${quoteIdentifier(extension.schema)}${version}`;
}

function triggerCreation(trigger: TriggerObject): string[] {
  const statements = [trigger.definition];
  if (trigger.enabled !== 'O') statements.push(triggerStateSql(trigger));
  if (trigger.comment) statements.push(commentSql(`TRIGGER ${quoteIdentifier(trigger.name)} ON ${qualifiedName(trigger.schema, trigger.table)}`, trigger.comment));
  return statements;
}

/**
 * `ADD VALUE` clauses turning `current` into `wanted` when values were only added, each placed
 * after its predecessor (or before the first value); undefined when values were removed or moved.
 */
function enumAdditions(current: string[], wanted: string[]): string[] | undefined {
  const kept = wanted.filter((label) => current.includes(label));
  if (kept.length !== current.length || kept.some((label, i) => label !== current[i])) return undefined;
  const clauses: string[] = [];
  wanted.forEach((label, i) => {
    if (current.includes(label)) return;
    clauses.push(i > 0 ? `${quoteLiteral(label)} AFTER ${quoteLiteral(wanted[i - 1]!)}` : `${quoteLiteral(label)} BEFORE ${quoteLiteral(wanted[1]!)}`);
  });
  return clauses;
}

/** Recreates an enum with other values, converting every column that uses it through text. */
function recreateEnumSql(type: TypeObject & { kind: 'enum' }): string[] {
  const name = qualifiedName(type.schema, type.name);
  const old = `${type.name}__old`;
  const oldName = qualifiedName(type.schema, old);
  return [
    `ALTER TYPE ${name} RENAME TO ${quoteIdentifier(old)}`,
    createTypeSql(type),
    `DO $dbops$
DECLARE r record;
BEGIN
  FOR r IN SELECT a.attrelid::regclass AS tbl, quote_ident(a.attname) AS col
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            WHERE a.atttypid = ${quoteLiteral(oldName)}::regtype AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %s TYPE ${name.replaceAll('%', '%%')} USING %s::text::${name.replaceAll('%', '%%')}', r.tbl, r.col, r.col);
  END LOOP;
END
$dbops$`,
    `DROP TYPE ${oldName}`,
  ];
}

function compositeAlterations(reference: TypeObject & { kind: 'composite' }, target: TypeObject & { kind: 'composite' }): [string[], string[]] {
  const name = qualifiedName(reference.schema, reference.name);
  const forward: string[] = [];
  const backward: string[] = [];
  const attribute = (a: { name: string; type: string; collation?: string }) => `${quoteIdentifier(a.name)} ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
  for (const wanted of reference.attributes) {
    const current = target.attributes.find((a) => a.name === wanted.name);
    if (!current) {
      forward.push(`ALTER TYPE ${name} ADD ATTRIBUTE ${attribute(wanted)}`);
      backward.unshift(`ALTER TYPE ${name} DROP ATTRIBUTE ${quoteIdentifier(wanted.name)}`);
    } else if (current.type !== wanted.type || current.collation !== wanted.collation) {
      const alter = (a: typeof wanted) => `ALTER TYPE ${name} ALTER ATTRIBUTE ${quoteIdentifier(a.name)} TYPE ${a.type}${a.collation ? ` COLLATE ${a.collation}` : ''}`;
      forward.push(alter(wanted));
      backward.unshift(alter(current));
    }
  }
  for (const current of target.attributes) {
    if (reference.attributes.some((a) => a.name === current.name)) continue;
    forward.push(`ALTER TYPE ${name} DROP ATTRIBUTE ${quoteIdentifier(current.name)}`);
    backward.unshift(`ALTER TYPE ${name} ADD ATTRIBUTE ${attribute(current)}`);
  }
  return [forward, backward];
}

function domainAlterations(
  reference: TypeObject & { kind: 'domain' },
  target: TypeObject & { kind: 'domain' },
  changed: Set<string>,
): [string[], string[]] {
  const name = qualifiedName(reference.schema, reference.name);
  const forward: string[] = [];
  const backward: string[] = [];
  const setDefault = (d: string | undefined) => (d === undefined ? `ALTER DOMAIN ${name} DROP DEFAULT` : `ALTER DOMAIN ${name} SET DEFAULT ${d}`);
  const setNull = (nullable: boolean) => `ALTER DOMAIN ${name} ${nullable ? 'DROP' : 'SET'} NOT NULL`;
  if (changed.has('default')) {
    forward.push(setDefault(reference.default));
    backward.unshift(setDefault(target.default));
  }
  if (changed.has('nullable')) {
    forward.push(setNull(reference.nullable));
    backward.unshift(setNull(target.nullable));
  }
  if (changed.has('constraints')) {
    const sameConstraint = (a: { name: string; definition: string }, b: { name: string; definition: string }) => a.name === b.name && a.definition === b.definition;
    for (const current of target.constraints.filter((c) => !reference.constraints.some((r) => sameConstraint(r, c)))) {
      forward.push(`ALTER DOMAIN ${name} DROP CONSTRAINT ${quoteIdentifier(current.name)}`);
      backward.unshift(`ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdentifier(current.name)} ${current.definition}`);
    }
    for (const wanted of reference.constraints.filter((r) => !target.constraints.some((c) => sameConstraint(r, c)))) {
      forward.push(`ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdentifier(wanted.name)} ${wanted.definition}`);
      backward.unshift(`ALTER DOMAIN ${name} DROP CONSTRAINT ${quoteIdentifier(wanted.name)}`);
    }
  }
  return [forward, backward];
}

/**
 * Marks the table CLUSTER ON an index, as pg_dump does: the mark only (the next plain CLUSTER
 * uses it), not the rewrite `CLUSTER ... USING` would do under an exclusive lock.
 */
function clusterSql(schema: string, table: string, indexName: string | undefined, materializedView = false): string {
  const relation = `ALTER ${materializedView ? 'MATERIALIZED VIEW' : 'TABLE'} ${qualifiedName(schema, table)}`;
  return indexName === undefined ? `${relation} SET WITHOUT CLUSTER` : `${relation} CLUSTER ON ${quoteIdentifier(indexName)}`;
}


/** Statements turning an identity column from `target` into `reference` and back. */
function identityAlterations(schema: string, table: string, column: string, reference: ColumnObject, target: ColumnObject): [string[], string[]] {
  const alter = `ALTER TABLE ${table} ALTER COLUMN ${column}`;
  const add = (c: ColumnObject) => {
    const options = identityOptionsSql(c.identity!, c.type, schema);
    return `${alter} ADD GENERATED ${c.identity!.generation} AS IDENTITY${options ? ` (${options})` : ''}`;
  };
  const drop = `${alter} DROP IDENTITY`;
  if (reference.identity && !target.identity) {
    const forward = [...(target.default !== undefined ? [`${alter} DROP DEFAULT`] : []), ...(target.nullable ? [`${alter} SET NOT NULL`] : []), add(reference)];
    const backward = [drop, ...(target.nullable ? [`${alter} DROP NOT NULL`] : []), ...(target.default !== undefined ? [`${alter} SET DEFAULT ${target.default}`] : [])];
    return [forward, backward];
  }
  if (!reference.identity && target.identity) {
    const forward = [drop, ...(reference.default !== undefined ? [`${alter} SET DEFAULT ${reference.default}`] : [])];
    const backward = [...(reference.default !== undefined ? [`${alter} DROP DEFAULT`] : []), add(target)];
    return [forward, backward];
  }
  const set = (c: ColumnObject) => `${alter} SET GENERATED ${c.identity!.generation} ${setOptions(c)}`.trimEnd();
  return [[set(reference)], [set(target)]];
}

/** Identity options as ALTER COLUMN ... SET clauses (each option spelled out, so going back is exact). */
function setOptions(column: ColumnObject): string {
  const identity = column.identity!;
  const parts: string[] = [];
  if (identity.increment !== undefined) parts.push(`SET INCREMENT BY ${identity.increment}`);
  if (identity.min !== undefined) parts.push(`SET MINVALUE ${identity.min}`);
  if (identity.max !== undefined) parts.push(`SET MAXVALUE ${identity.max}`);
  if (identity.start !== undefined) parts.push(`SET START WITH ${identity.start}`);
  if (identity.cache !== undefined) parts.push(`SET CACHE ${identity.cache}`);
  if (identity.cycle !== undefined) parts.push(identity.cycle ? 'SET CYCLE' : 'SET NO CYCLE');
  return parts.join(' ');
}

/** `name=value` options to SET and names to RESET to go from `current` to `wanted`. */
function optionChanges(wanted: string[] | undefined, current: string[] | undefined): [string[], string[]] {
  const name = (option: string) => option.split('=')[0]!;
  const set = (wanted ?? []).filter((o) => !(current ?? []).includes(o));
  const reset = (current ?? []).map(name).filter((n) => !(wanted ?? []).some((o) => name(o) === n));
  return [set, reset];
}

/** Keeps the sequence name and the given options of an alterSequence node. */
function pick(node: ParsedNode, options: string[]): ParsedNode {
  const names: Record<string, string> = { dataType: 'dataType', increment: 'incrementBy', min: 'minValue', max: 'maxValue', cache: 'cacheSize', cycle: 'cycle' };
  const keep = new Set(['schemaName', 'sequenceName', ...options.map((o) => names[o]!)]);
  return { ...node, attributes: Object.fromEntries(Object.entries(node.attributes).filter(([k]) => keep.has(k))) };
}
