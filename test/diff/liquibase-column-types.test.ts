import { describe, expect, test } from 'vitest';
import { liquibaseKeepsType } from '../../src/diff/liquibase-column-types.js';

describe('liquibaseKeepsType', () => {
  test.each([
    'integer', 'bigint', 'numeric(10,2)', 'character varying(200)', 'character varying', 'character(5)', 'text',
    'timestamp with time zone', 'timestamp(3) without time zone', 'time without time zone', 'interval', 'uuid', 'jsonb',
    'boolean', 'bit varying(8)', 'integer[]', 'text[]', 'app.mood', 'app.mood[]', 'int4range',
  ])('%s is kept', (type) => {
    expect(liquibaseKeepsType(type)).toBe(true);
  });

  test.each(['money', '"char"', 'interval year to month', 'character varying(5)[]', 'public."MyType"', 'app."Kind"[]', 'serial', 'USER-DEFINED'])(
    '%s is not',
    (type) => {
      expect(liquibaseKeepsType(type)).toBe(false);
    },
  );
});
