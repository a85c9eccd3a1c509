import { describe, expect, test } from 'vitest';
import { diffSnapshots } from '../../src/diff/diff-snapshots.js';
import { renderDiffText } from '../../src/diff/render-diff-text.js';
import { column, keyed, snapshotOf, view } from './support/snapshot-builders.js';

describe('renderDiffText', () => {
  test('no differences', () => {
    const s = snapshotOf({ generatedAt: '2024-05-01T12:00:00.000Z', source: { dialect: 'postgresql', database: 'prod', serverVersion: '15.4 (Debian)' } });
    expect(renderDiffText(diffSnapshots(s, s))).toBe(
      [
        'Reference: prod (PostgreSQL 15.4) snapshot of 2024-05-01T12:00:00.000Z',
        'Target:    prod (PostgreSQL 15.4) snapshot of 2024-05-01T12:00:00.000Z',
        '',
        'No differences.',
        '',
      ].join('\n'),
    );
  });

  test('renames, missing, unexpected and changed objects, attribute by attribute', () => {
    const reference = snapshotOf({
      source: { dialect: 'postgresql', database: 'main' },
      tables: [
        keyed('customer', [column('email', 'character varying(200)', { nullable: false }), column('note', 'text')]),
        keyed('invoice', [column('total', 'numeric(10,2)')]),
      ],
      views: [view('v', 'SELECT 1 AS one,\n    2 AS two', [])],
    });
    const target = snapshotOf({
      source: { dialect: 'postgresql', database: 'dev' },
      tables: [keyed('customer', [column('mail', 'character varying(200)', { nullable: false }), column('note', 'character varying(20)')]), keyed('tmp')],
      views: [view('v', 'SELECT 1 AS one', [])],
    });
    expect(renderDiffText(diffSnapshots(reference, target))).toBe(
      [
        'Reference: main',
        'Target:    dev',
        '',
        'Probable renames (1):',
        '  column public.customer.mail → email (confidence 0.98: same type character varying(200), same nullability, no default on either, same position, similar name)',
        '',
        'Missing from the target (in the reference only) (1):',
        '  table public.invoice (2 columns)',
        '',
        'Unexpected in the target (not in the reference) (1):',
        '  table public.tmp (1 column)',
        '',
        'Changed (2):',
        '  column public.customer.note',
        '    type: character varying(20) → text',
        '  view public.v',
        '    definition:',
        '      target:    SELECT 1 AS one',
        '      reference: SELECT 1 AS one,',
        '                     2 AS two',
        '',
      ].join('\n'),
    );
  });
});
