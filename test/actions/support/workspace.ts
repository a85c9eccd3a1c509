/** Temporary repository checkouts with a small shop changelog under db/. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** One changeset of the shop changelog, YAML, indented for `databaseChangeLog:`. */
export const CHANGESETS = {
  customer: `  - changeSet:
      id: 001-customer
      author: alice
      comment: Customers
      changes:
        - createTable:
            tableName: customer
            columns:
              - column:
                  name: id
                  type: bigint
                  constraints:
                    primaryKey: true
              - column:
                  name: email
                  type: text
`,
  orders: `  - changeSet:
      id: 002-orders
      author: bob
      changes:
        - createTable:
            tableName: orders
            columns:
              - column:
                  name: id
                  type: bigint
                  constraints:
                    primaryKey: true
              - column:
                  name: customer_id
                  type: bigint
`,
  invoice: `  - changeSet:
      id: 004-invoice
      author: carol
      changes:
        - createTable:
            tableName: invoice
            columns:
              - column:
                  name: id
                  type: bigint
`,
  refund: `  - changeSet:
      id: 005-refund
      author: dave
      comment: Refunds of invoices
      changes:
        - createTable:
            tableName: refund
            columns:
              - column:
                  name: id
                  type: bigint
`,
  /** Fails: the table does not exist. */
  broken: `  - changeSet:
      id: 003-broken
      author: bob
      changes:
        - sql:
            sql: INSERT INTO no_such_table (id) VALUES (1)
`,
} as const;

export type ChangeSetName = keyof typeof CHANGESETS;

export function changelogText(names: ChangeSetName[]): string {
  return `databaseChangeLog:\n${names.map((n) => CHANGESETS[n]).join('')}`;
}

/** The line of `- changeSet:` of `name` in `changelogText(names)`. */
export function changeSetLine(names: ChangeSetName[], name: ChangeSetName): number {
  const before = changelogText(names.slice(0, names.indexOf(name)));
  return before.split('\n').length;
}

/** A workspace with `db/changelog.yaml`. */
export function makeWorkspace(names: ChangeSetName[]): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'dbops-workspace-'));
  mkdirSync(path.join(workspace, 'db'));
  writeFileSync(path.join(workspace, 'db', 'changelog.yaml'), changelogText(names));
  return workspace;
}

export function writeChangelog(workspace: string, names: ChangeSetName[]): void {
  writeFileSync(path.join(workspace, 'db', 'changelog.yaml'), changelogText(names));
}
