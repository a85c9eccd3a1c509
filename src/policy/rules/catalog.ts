import type { Rule, RuleFamily } from '../rule.js';
import { addPrimaryKey } from './add-primary-key.js';
import { addUniqueConstraint } from './add-unique-constraint.js';
import { changeColumnType } from './change-column-type.js';
import { checkWithoutNotValid } from './check-without-not-valid.js';
import { columnName } from './column-name.js';
import { columnTypeRewrite } from './column-type-rewrite.js';
import { concurrentlyInTransaction } from './concurrently-in-transaction.js';
import { constraintName } from './constraint-name.js';
import { createIndexNotConcurrently } from './create-index-not-concurrently.js';
import { deleteAllRows } from './delete-all-rows.js';
import { detachPartitionNotConcurrently } from './detach-partition-not-concurrently.js';
import { dropColumn } from './drop-column.js';
import { dropDatabase } from './drop-database.js';
import { dropIndexNotConcurrently } from './drop-index-not-concurrently.js';
import { dropNotNull } from './drop-not-null.js';
import { dropSchema } from './drop-schema.js';
import { dropTable } from './drop-table.js';
import { foreignKeyName } from './foreign-key-name.js';
import { foreignKeyWithoutNotValid } from './foreign-key-without-not-valid.js';
import { identifierTooLong } from './identifier-too-long.js';
import { indexName } from './index-name.js';
import { invalidSuppression } from './invalid-suppression.js';
import { irreversibleWithoutRollback } from './irreversible-without-rollback.js';
import { missingAuthor } from './missing-author.js';
import { missingComment } from './missing-comment.js';
import { missingLockTimeout } from './missing-lock-timeout.js';
import { noCharType } from './no-char-type.js';
import { notNullOnExistingColumn } from './not-null-on-existing-column.js';
import { preferBigint } from './prefer-bigint.js';
import { preferIdentity } from './prefer-identity.js';
import { preferTextOverVarchar } from './prefer-text-over-varchar.js';
import { preferTimestamptz } from './prefer-timestamptz.js';
import { reindexNotConcurrently } from './reindex-not-concurrently.js';
import { renameColumn } from './rename-column.js';
import { renameTable } from './rename-table.js';
import { requiredColumnOnExistingTable } from './required-column-on-existing-table.js';
import { setNotNullScan } from './set-not-null-scan.js';
import { syntaxError } from './syntax-error.js';
import { tableName } from './table-name.js';
import { tableRewriteMaintenance } from './table-rewrite-maintenance.js';
import { tableWithoutPrimaryKey } from './table-without-primary-key.js';
import { transactionControl } from './transaction-control.js';
import { truncateCascade } from './truncate-cascade.js';
import { truncateTable } from './truncate-table.js';
import { uniqueOnExistingTable } from './unique-on-existing-table.js';
import { unrelatedChanges } from './unrelated-changes.js';
import { volatileDefault } from './volatile-default.js';

/** Every built-in rule, in code order. Codes are stable: a retired rule's code is never reused. */
export const BUILTIN_RULES: readonly Rule[] = [
  syntaxError,
  invalidSuppression,
  dropTable,
  dropColumn,
  dropSchema,
  dropDatabase,
  truncateTable,
  truncateCascade,
  deleteAllRows,
  renameTable,
  renameColumn,
  dropNotNull,
  changeColumnType,
  uniqueOnExistingTable,
  notNullOnExistingColumn,
  requiredColumnOnExistingTable,
  createIndexNotConcurrently,
  dropIndexNotConcurrently,
  foreignKeyWithoutNotValid,
  checkWithoutNotValid,
  setNotNullScan,
  columnTypeRewrite,
  volatileDefault,
  addPrimaryKey,
  addUniqueConstraint,
  concurrentlyInTransaction,
  missingLockTimeout,
  reindexNotConcurrently,
  detachPartitionNotConcurrently,
  tableRewriteMaintenance,
  preferBigint,
  preferTimestamptz,
  preferTextOverVarchar,
  noCharType,
  preferIdentity,
  identifierTooLong,
  tableName,
  columnName,
  indexName,
  constraintName,
  foreignKeyName,
  irreversibleWithoutRollback,
  missingAuthor,
  missingComment,
  unrelatedChanges,
  tableWithoutPrimaryKey,
  transactionControl,
];

const byKey = new Map<string, Rule>();
for (const rule of BUILTIN_RULES) {
  byKey.set(rule.code.toLowerCase(), rule);
  byKey.set(rule.name, rule);
}

/** A rule by code (`DB101`, any case) or name (`drop-table`). */
export function findRule(key: string): Rule | undefined {
  return byKey.get(key.trim().toLowerCase());
}

/** The rules of a family. */
export function rulesOfFamily(family: RuleFamily): Rule[] {
  return BUILTIN_RULES.filter((r) => r.family === family);
}
