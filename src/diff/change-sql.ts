import type { ChangeSet, ParsedNode } from '../changelog/model.js';
import { MemoryResourceAccessor } from '../changelog/resource-accessor.js';
import type { WritableChangeSet } from '../changelog/writers/writable-changeset.js';
import { changeTypes, loadChange } from '../changes/registry.js';
import { postgresDialect } from '../dialect/postgres/postgres-dialect.js';

/**
 * The SQL one generated change runs, from its change type (the same code `update` runs): what a
 * formatted SQL changelog holds for it. The `sqlFor` of the changelog writers.
 *
 * @example
 * await writeChangelog('sql', changeSets, { sqlFor: sqlForChange });
 */
export async function sqlForChange(node: ParsedNode, written: WritableChangeSet): Promise<string[]> {
  const change = loadChange(node, { changeSet: { id: written.id, author: written.author } });
  const type = changeTypes.get(change.type);
  if (!type) throw new Error(`no change type ${change.type} for changeset ${written.id}`);
  const statements = await type.generateSql(change, {
    dialect: postgresDialect(),
    changeSet: changeSetOf(written),
    resources: new MemoryResourceAccessor({}),
    expand: (text) => text,
  });
  return statements.map((s) => s.sql);
}

/** The parts of a changeset that change types read when they write SQL. */
function changeSetOf(written: WritableChangeSet): ChangeSet {
  const quoting = written.attributes?.objectQuotingStrategy;
  return {
    id: written.id,
    author: written.author,
    filePath: 'generated',
    physicalPath: 'generated',
    location: { file: 'generated' },
    changes: [],
    inheritedContexts: [],
    labels: [],
    inheritedLabels: [],
    runAlways: false,
    runOnChange: false,
    failOnError: true,
    runInTransaction: written.attributes?.runInTransaction !== false,
    ignore: false,
    onValidationFail: 'HALT',
    validCheckSums: [],
    modifySql: [],
    ...(typeof quoting === 'string' ? { objectQuotingStrategy: quoting as ChangeSet['objectQuotingStrategy'] } : {}),
  };
}
