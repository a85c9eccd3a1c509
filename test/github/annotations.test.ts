import { describe, expect, it } from 'vitest';
import {
  type Annotation,
  annotationCommands,
  escapeData,
  escapeProperty,
  findingAnnotations,
  formatAnnotation,
  limitAnnotations,
  rollbackAnnotations,
  runAnnotations,
} from '../../src/github/annotations.js';
import { failedUpdate, policyResult, rollbackResult } from '../report/fixtures.js';

describe('formatAnnotation', () => {
  it('writes the workflow command with escaped properties and message', () => {
    expect(
      formatAnnotation({ level: 'error', file: 'db/a,b.yaml', line: 12, title: 'dbops DB001: drop', message: '100% bad\nsecond line\r' }),
    ).toBe('::error file=db/a%2Cb.yaml,line=12,title=dbops DB001%3A drop::100%25 bad%0Asecond line%0D');
    expect(formatAnnotation({ level: 'notice', message: 'plain' })).toBe('::notice::plain');
  });

  it('drops columns when the annotation spans several lines, as the runner does', () => {
    expect(formatAnnotation({ level: 'warning', message: 'm', file: 'f', line: 1, endLine: 3, column: 2, endColumn: 5 })).toBe(
      '::warning file=f,line=1,endLine=3::m',
    );
    expect(formatAnnotation({ level: 'warning', message: 'm', file: 'f', line: 1, column: 2, endColumn: 5 })).toBe(
      '::warning file=f,line=1,col=2,endColumn=5::m',
    );
  });

  it('escapes like @actions/core', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });
});

describe('annotations from results', () => {
  it('annotates active findings at their file and line, titled with the rule', () => {
    const annotations = findingAnnotations(policyResult.findings);
    expect(annotations).toHaveLength(4); // the suppressed one is not annotated
    expect(annotations[1]).toEqual({
      level: 'error',
      title: 'dbops DB001',
      file: 'db/changelog/006-legacy.yaml',
      line: 5,
      message: 'Dropping column account.legacy_id breaks clients still reading it (changeset 006-drop-legacy::dave)\nFix: Deprecate the column first; drop it in a later release',
    });
    expect(annotations[2]!.level).toBe('notice');
  });

  it('annotates failed changesets with the database message and statement', () => {
    expect(runAnnotations(failedUpdate)).toEqual([
      {
        level: 'error',
        title: 'dbops: changeset 003-add-order-line::bob failed',
        file: 'db/changelog/003-order-line.yaml',
        line: 4,
        message: 'relation "order" does not exist\nSQLSTATE 42P01\nStatement: CREATE TABLE order_line (id bigint PRIMARY KEY, order_id bigint REFERENCES "order"(id))',
      },
    ]);
    const noChangeSet = { ...failedUpdate, changeSets: [], error: { message: 'could not acquire the lock' } };
    expect(runAnnotations(noChangeSet)).toEqual([
      { level: 'error', title: 'dbops update failed', message: 'could not acquire the lock', file: 'db/changelog/db.changelog-master.yaml' },
    ]);
  });

  it('annotates rollback mismatches and errors as errors, missing rollbacks as warnings', () => {
    expect(rollbackAnnotations(rollbackResult).map((a) => [a.level, a.title])).toEqual([
      ['error', 'dbops: rollback of 002-add-orders::bob does not restore the schema'],
      ['error', 'dbops: rollback of 003-add-order-line::bob failed'],
      ['warning', 'dbops: 004-seed-statuses::carol has no rollback'],
    ]);
  });
});

describe('limitAnnotations', () => {
  const many = (level: Annotation['level'], n: number, file = true): Annotation[] =>
    Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i}`, ...(file ? { file: 'f.yaml', line: i + 1 } : {}) }));

  it('keeps all when there are at most 10 of a level', () => {
    expect(limitAnnotations([...many('error', 10), ...many('warning', 3)])).toHaveLength(13);
  });

  it('keeps 9 and says how many more, so the runner drops none', () => {
    const limited = limitAnnotations([...many('warning', 25), ...many('error', 12)], { seeUrl: 'https://github.com/o/r/actions/runs/1' });
    const errors = limited.filter((a) => a.level === 'error');
    const warnings = limited.filter((a) => a.level === 'warning');
    expect([errors.length, warnings.length]).toEqual([10, 10]);
    expect(limited[0]!.level).toBe('error'); // errors first
    expect(errors.at(-1)).toEqual({
      level: 'error',
      title: 'dbops: 3 more errors',
      message: '3 more errors not annotated (GitHub shows 10 per step); see https://github.com/o/r/actions/runs/1.',
    });
    expect(warnings.at(-1)!.title).toBe('dbops: 16 more warnings');
  });

  it('prefers located annotations over unlocated ones', () => {
    const limited = limitAnnotations([...many('error', 5, false), ...many('error', 10, true)]);
    expect(limited.slice(0, 9).every((a) => a.file)).toBe(true);
  });

  it('formats and redacts in one go', () => {
    const lines = annotationCommands([{ level: 'error', message: 'bad password hunter2', title: 'x', file: 'f' }], { redact: (t) => t.replace('hunter2', '***') });
    expect(lines).toEqual(['::error file=f,title=x::bad password ***']);
  });
});
