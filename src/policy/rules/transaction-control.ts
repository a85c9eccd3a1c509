import { nodeAs } from '../postgres-ast.js';
import type { Rule, StatementRef } from '../rule.js';

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CLOSES = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);

export const transactionControl: Rule = {
  code: 'DB706',
  name: 'transaction-control',
  family: 'hygiene',
  defaultSeverity: 'warning',
  enabledByDefault: true,
  summary: 'BEGIN / COMMIT / ROLLBACK in a changeset that dbops already runs in a transaction, nested, or left open.',
  hint: 'Remove the transaction statements; use runInTransaction="false" when a statement must run outside one.',
  why:
    'dbops wraps each changeset in a transaction and records it in DATABASECHANGELOG in the same transaction. A ' +
    'COMMIT in the SQL ends that transaction early: a later failure leaves part of the changeset applied and unrecorded. ' +
    'Without the wrapper, a nested BEGIN or a BEGIN without COMMIT leaves the session in an unexpected state.',
  fix: 'Delete BEGIN/COMMIT from the SQL. Savepoints are fine.',
  examples: {
    triggers: { sql: 'BEGIN;\nALTER TABLE person ADD COLUMN nickname text;\nCOMMIT;', changeSet: { runInTransaction: true } },
    nearMiss: { sql: 'ALTER TABLE person ADD COLUMN nickname text;', changeSet: { runInTransaction: true } },
  },
  peers: { squawk: ['transaction-nesting', 'ban-uncommitted-transaction'], bytebase: ['STATEMENT_DISALLOW_COMMIT'], atlas: ['TX201'] },
  kinds: ['TransactionStmt'],
  create: () => {
    // Peers that read ROLLBACK TO as the end of the transaction, or do not know that PREPARE
    // TRANSACTION ends it, flag the valid statements that follow; these flags explain that.
    let rolledBackToSavepoint = false;
    let prepared = false;
    let opened: StatementRef | undefined;
    return {
      statement(ctx) {
        const kind = nodeAs(ctx.node, 'TransactionStmt')!.kind ?? '';
        if (kind === 'TRANS_STMT_ROLLBACK_TO') {
          rolledBackToSavepoint = true;
          return ctx.exempt('savepoint-rollback');
        }
        if (kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_ROLLBACK_PREPARED') return ctx.exempt('prepared-transaction');
        if (!OPENS.has(kind) && !CLOSES.has(kind)) return;
        const verb = OPENS.has(kind) ? 'BEGIN' : kind.replace('TRANS_STMT_', '');
        if (ctx.changeSet.changeSet.runInTransaction) {
          ctx.report({ message: `${verb} inside a changeset that dbops runs in a transaction (runInTransaction is true).` });
        } else if (OPENS.has(kind) && ctx.timeline.inTransactionBlock) {
          ctx.report({ message: 'BEGIN while a transaction block is already open.' });
        } else if (CLOSES.has(kind) && !ctx.timeline.inTransactionBlock) {
          ctx.report({ message: `${verb} without a transaction block to end.` });
        } else if (rolledBackToSavepoint && CLOSES.has(kind)) {
          ctx.exempt('savepoint-rollback');
        } else if (prepared && OPENS.has(kind)) {
          ctx.exempt('prepared-transaction');
        }
        if (OPENS.has(kind) && !ctx.timeline.inTransactionBlock) opened = ctx.current;
        rolledBackToSavepoint = false;
        prepared = kind === 'TRANS_STMT_PREPARE';
        if (prepared) ctx.exempt('prepared-transaction');
      },
      changeSetEnd(ctx) {
        rolledBackToSavepoint = false;
        prepared = false;
        if (!ctx.changeSet.changeSet.runInTransaction && ctx.timeline.inTransactionBlock) {
          ctx.report({ message: 'The changeset leaves a transaction block open (BEGIN without COMMIT).', ...(opened ? { at: opened } : {}) });
        }
        opened = undefined;
      },
    };
  },
};
