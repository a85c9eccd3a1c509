import type { ParsedNode, Scalar } from '../model.js';

/**
 * A changeset to write into a changelog: what diff-changelog, generate-changelog and ai-author
 * produce, and what every writer (XML, YAML, JSON, formatted SQL) takes. Changes are ParsedNode
 * trees in the XML shape (see src/diff/change-nodes.ts).
 */
export interface WritableChangeSet {
  id: string;
  author: string;
  /**
   * Other changeSet attributes with Liquibase's names and values: `context`, `labels`, `dbms`,
   * `runOnChange`, `runInTransaction`, `failOnError`, `runAlways`, `created`, ...
   */
  attributes?: Record<string, Scalar>;
  comment?: string;
  changes: ParsedNode[];
  /**
   * An explicit rollback block, its changes in order; `[]` writes an empty block (rolling back
   * does nothing). Absent: Liquibase's automatic rollback.
   */
  rollback?: ParsedNode[];
  /**
   * What Liquibase's automatic rollback would run, spelled out, for formats that cannot derive it
   * (formatted SQL). Not written to XML, YAML or JSON.
   */
  inverse?: ParsedNode[];
}
