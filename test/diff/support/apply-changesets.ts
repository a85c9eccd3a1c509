/**
 * Runs generated changesets against a database through the real change-type modules
 * (load → generateSql), forwards or rolled back, the way the engine would.
 */
import type { Change, ChangeSet, ParsedNode } from '../../../src/changelog/model.js';
import { MemoryResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import type { GenerateContext } from '../../../src/changes/change-type.js';
import { changeTypes, loadChange } from '../../../src/changes/registry.js';
import type { WritableChangeSet } from '../../../src/changelog/writers/writable-changeset.js';
import type { Queryable } from '../../../src/database/connection.js';
import { postgresDialect } from '../../../src/dialect/postgres/postgres-dialect.js';

function changeSetOf(written: WritableChangeSet): ChangeSet {
  return {
    id: written.id,
    author: written.author,
    filePath: 'generated.xml',
    physicalPath: 'generated.xml',
    location: { file: 'generated.xml' },
    changes: [],
    inheritedContexts: [],
    labels: [],
    inheritedLabels: [],
    runAlways: false,
    runOnChange: false,
    failOnError: true,
    runInTransaction: true,
    ignore: false,
    onValidationFail: 'HALT',
    validCheckSums: [],
    modifySql: [],
    objectQuotingStrategy: written.attributes?.objectQuotingStrategy as ChangeSet['objectQuotingStrategy'],
  };
}

function context(changeSet: ChangeSet): GenerateContext {
  return { dialect: postgresDialect(), changeSet, resources: new MemoryResourceAccessor({}), expand: (text) => text };
}

function load(node: ParsedNode, written: WritableChangeSet): Change {
  return loadChange(node, { changeSet: { id: written.id, author: written.author } });
}

/** The SQL one change runs (used as the formatted-SQL writers' sqlFor too). */
export async function sqlForNode(node: ParsedNode, written: WritableChangeSet = { id: 'x', author: 'x', changes: [] }): Promise<string[]> {
  const change = load(node, written);
  const statements = await changeTypes.get(change.type)!.generateSql(change, context(changeSetOf(written)));
  return statements.map((s) => s.sql);
}

export async function applyChangeSets(db: Queryable, changeSets: WritableChangeSet[]): Promise<void> {
  for (const written of changeSets) {
    for (const node of written.changes) {
      for (const sql of await sqlForNode(node, written)) await run(db, sql, written);
    }
  }
}

/** Undoes the changesets, newest first: the explicit rollback, or the change types' automatic inverse. */
export async function rollbackChangeSets(db: Queryable, changeSets: WritableChangeSet[]): Promise<void> {
  for (const written of [...changeSets].reverse()) {
    const changeSet = changeSetOf(written);
    if (written.rollback) {
      for (const node of written.rollback) for (const sql of await sqlForNode(node, written)) await run(db, sql, written);
      continue;
    }
    for (const node of [...written.changes].reverse()) {
      const change = load(node, written);
      const type = changeTypes.get(change.type)!;
      const inverse = type.inverse ? await type.inverse(change, context(changeSet)) : undefined;
      if (!inverse) throw new Error(`changeset ${written.id} (${written.comment}) has no rollback for ${change.type}`);
      for (const undo of inverse) {
        for (const statement of await changeTypes.get(undo.type)!.generateSql(undo, context(changeSet))) await run(db, statement.sql, written);
      }
    }
  }
}

async function run(db: Queryable, sql: string, written: WritableChangeSet): Promise<void> {
  try {
    await db.exec(sql);
  } catch (error) {
    throw new Error(`changeset ${written.id} (${written.comment}) failed: ${(error as Error).message}\n${sql}`, { cause: error });
  }
}
