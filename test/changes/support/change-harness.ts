import type { Change, ChangeSet, ParsedNode } from '../../../src/changelog/model.js';
import { MemoryResourceAccessor, type ResourceAccessor } from '../../../src/changelog/resource-accessor.js';
import type { GenerateContext } from '../../../src/changes/change-type.js';
import { changeTypes, loadChange } from '../../../src/changes/registry.js';
import type { Queryable } from '../../../src/database/connection.js';
import { PostgresDialect } from '../../../src/dialect/postgres/postgres-dialect.js';

export function testChangeSet(overrides: Partial<ChangeSet> = {}): ChangeSet {
  return {
    id: 'test',
    author: 'dbops',
    filePath: 'db/changelog.xml',
    physicalPath: 'db/changelog.xml',
    location: { file: 'db/changelog.xml', line: 1 },
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
    ...overrides,
  };
}

/** Runs changes against a database in one schema, each change's SQL generated just before it runs. */
export class ChangeRunner {
  readonly dialect: PostgresDialect;
  readonly changeSet = testChangeSet();

  constructor(
    readonly db: Queryable,
    readonly schema: string,
    readonly resources: ResourceAccessor = new MemoryResourceAccessor({}),
  ) {
    this.dialect = new PostgresDialect({ defaultSchema: schema });
  }

  get context(): GenerateContext {
    return { dialect: this.dialect, changeSet: this.changeSet, resources: this.resources, expand: (text) => text.replaceAll('${table}', 'expanded'), database: this.db };
  }

  load(node: ParsedNode): Change {
    return loadChange(node, { changeSet: { id: 'test', author: 'dbops' } });
  }

  async sql(change: Change): Promise<string[]> {
    return (await changeTypes.get(change.type)!.generateSql(change, this.context)).map((statement) => statement.sql);
  }

  async apply(change: Change): Promise<string[]> {
    const statements = await this.sql(change);
    for (const sql of statements) await this.db.exec(sql);
    return statements;
  }

  /** Applies the change's automatic inverse; undefined when it has none. */
  async undo(change: Change): Promise<Change[] | undefined> {
    const type = changeTypes.get(change.type)!;
    const inverse = type.inverse ? await type.inverse(change, this.context) : undefined;
    if (!inverse) return undefined;
    for (const undo of inverse) await this.apply(undo);
    return inverse;
  }
}
