import { ConfigurationError } from '../errors.js';
import type { Dialect } from './dialect.js';
import { PostgresDialect, type PostgresDialectOptions } from './postgres/postgres-dialect.js';

/**
 * The dialect for a database short name (the `dbms` name Liquibase uses).
 *
 * @example createDialect('postgresql').escapeObjectName('user') // '"user"'
 */
export function createDialect(name: string, options: PostgresDialectOptions = {}): Dialect {
  switch (name.toLowerCase()) {
    case 'postgresql':
    case 'postgres':
      return new PostgresDialect(options);
    default:
      throw new ConfigurationError(`Database '${name}' is not supported (supported: postgresql)`);
  }
}
