import { describe, expect, it } from 'vitest';
import { actionLogger } from '../../src/actions/action-logger.js';
import { createRedactor } from '../../src/github/masking.js';

describe('action log', () => {
  const lines: string[] = [];
  const logger = actionLogger((line) => void lines.push(line), createRedactor(['postgresql://app:s3cret@db/app']));

  it('redacts, escapes workflow commands, and never lets logged text become a command', () => {
    lines.length = 0;
    logger.info('connecting to postgresql://app:s3cret@db/app\n::set-output name=x::y');
    logger.warn('50% done\nnext line with s3cret');
    logger.debug('debug');
    logger.group('SQL', 'CREATE TABLE t ();\n::add-mask::oops');
    expect(lines).toEqual([
      'connecting to ***',
      '\u200b::set-output name=x::y',
      '::warning::50%25 done%0Anext line with ***',
      '::debug::debug',
      '::group::SQL',
      'CREATE TABLE t ();',
      '\u200b::add-mask::oops',
      '::endgroup::',
    ]);
  });
});
