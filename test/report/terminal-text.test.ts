import { describe, expect, it } from 'vitest';
import { renderPolicyText, renderRollbackText, renderRunText } from '../../src/report/terminal-text.js';
import { failedUpdate, pendingChanges, policyResult, rollbackResult } from './fixtures.js';

describe('terminal text', () => {
  it('prints one line per changeset with state and time, the failure with statement and database message', async () => {
    const text = renderRunText(failedUpdate);
    expect(text).toContain('  FAILED        003-add-order-line::bob    db/changelog/003-order-line.yaml:4      3 ms');
    expect(text).toContain('    relation "order" does not exist (SQLSTATE 42P01)');
    expect(text).toContain('    statement: CREATE TABLE order_line');
    expect(text).not.toContain('000-baseline'); // applied before this run
    await expect(text).toMatchFileSnapshot('__snapshots__/run-failed.txt');
  });

  it('lists every changeset for status, and colours only on request', () => {
    const text = renderRunText(pendingChanges);
    expect(text).toBe(
      'dbops update-sql db/changelog/db.changelog-master.yaml on postgresql://app@db.internal:5432/shop\n' +
        '  pending       006-drop-legacy::dave  db/changelog/006-legacy.yaml:1\n' +
        '1 changeset: 1 pending (15 ms)\n',
    );
    expect(text).not.toContain('\u001b[');
    expect(renderRunText(failedUpdate, { color: true })).toContain('\u001b[31mFAILED      \u001b[39m');
  });

  it('prints policy findings errors first with file:line and hint', async () => {
    const text = renderPolicyText(policyResult);
    const lines = text.split('\n');
    expect(lines[1]).toBe(
      '  db/changelog/006-legacy.yaml:5: error DB001: Dropping column account.legacy_id breaks clients still reading it [006-drop-legacy::dave]',
    );
    await expect(text).toMatchFileSnapshot('__snapshots__/policy-check.txt');
  });

  it('prints rollback verification', async () => {
    await expect(renderRollbackText(rollbackResult)).toMatchFileSnapshot('__snapshots__/rollback-verify.txt');
  });
});
