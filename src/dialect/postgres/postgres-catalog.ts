import type { Queryable } from '../../database/connection.js';
import type { DialectCatalog, ObjectRef } from '../dialect.js';
import { escapePostgresName } from './postgres-identifiers.js';

/** Catalog reads on PostgreSQL: unquoted names are looked up folded to lower case, as PostgreSQL stores them. */
export class PostgresCatalog implements DialectCatalog {
  constructor(private readonly defaultSchema: string) {}

  async foreignKeyNames(db: Queryable, table: ObjectRef): Promise<string[]> {
    const result = await db.query<{ conname: string }>(
      `SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND t.relname = $1 AND n.nspname = $2 ORDER BY c.conname`,
      [stored(table.name), stored(table.schema || this.defaultSchema)],
    );
    return result.rows.map((row) => row.conname);
  }

  async columnTypes(db: Queryable, table: ObjectRef): Promise<Map<string, string>> {
    const result = await db.query<{ column_name: string; data_type: string }>(
      'SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
      [stored(table.schema || this.defaultSchema), stored(table.name)],
    );
    return new Map(result.rows.map((row) => [row.column_name.toLowerCase(), row.data_type.toLowerCase()]));
  }
}

function stored(name: string): string {
  return escapePostgresName(name).startsWith('"') ? name : name.toLowerCase();
}
