import type { AutoIncrementOptions, DialectStatements, ObjectRef, QuotingStrategy, SequenceOptions } from '../dialect.js';
import { postgresType } from './postgres-data-types.js';
import { escapePostgresName } from './postgres-identifiers.js';
import { quote } from './postgres-values.js';

/**
 * PostgreSQL's forms of the statements that differ between databases, written as Liquibase
 * writes them (the doubled spaces in `ALTER COLUMN  x SET NOT NULL` and `CREATE SEQUENCE  IF NOT
 * EXISTS` included), except where Liquibase writes SQL that PostgreSQL rejects (a sequence's
 * `ORDER`), which is left out.
 */
export class PostgresStatements implements DialectStatements {
  constructor(private readonly defaultSchema: string) {}

  private name(name: string, quoting?: QuotingStrategy): string {
    return escapePostgresName(name, quoting);
  }

  private ref(ref: ObjectRef, quoting?: QuotingStrategy): string {
    return `${this.name(ref.schema || this.defaultSchema, quoting)}.${this.name(ref.name, quoting)}`;
  }

  renameTable(table: ObjectRef, newName: string, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(table, quoting)} RENAME TO ${this.name(newName, quoting)}`];
  }

  renameView(view: ObjectRef, newName: string, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(view, quoting)} RENAME TO ${this.name(newName, quoting)}`];
  }

  renameColumn(table: ObjectRef, oldName: string, newName: string, _columnType: string | undefined, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(table, quoting)} RENAME COLUMN ${this.name(oldName, quoting)} TO ${this.name(newName, quoting)}`];
  }

  renameSequence(sequence: ObjectRef, newName: string, quoting?: QuotingStrategy): string[] {
    return [`ALTER SEQUENCE ${this.ref(sequence, quoting)} RENAME TO ${this.name(newName, quoting)}`];
  }

  modifyDataType(table: ObjectRef, column: string, newType: string, quoting?: QuotingStrategy): string[] {
    const type = postgresType(newType);
    const name = this.name(column, quoting);
    return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN ${name} TYPE ${type} USING (${name}::${type})`];
  }

  setNotNull(table: ObjectRef, column: string, _options: { columnType?: string; constraintName?: string; validate?: boolean }, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET NOT NULL`];
  }

  dropNotNull(table: ObjectRef, column: string, _options: { columnType?: string; constraintName?: string }, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} DROP NOT NULL`];
  }

  addDefaultValue(table: ObjectRef, column: string, valueSql: string, options: { constraintName?: string; sequence?: ObjectRef }, quoting?: QuotingStrategy): string[] {
    const statements = [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET DEFAULT ${valueSql}`];
    // A default taken from a sequence makes the column own it, so dropping the column drops it.
    if (options.sequence) {
      statements.push(`ALTER SEQUENCE ${this.ref(options.sequence, quoting)} OWNED BY ${this.ref(table, quoting)}.${this.name(column, quoting)}`);
    }
    return statements;
  }

  dropDefaultValue(table: ObjectRef, column: string, quoting?: QuotingStrategy): string[] {
    return [`ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN ${this.name(column, quoting)} DROP DEFAULT`];
  }

  createSequence(sequence: ObjectRef, options: SequenceOptions, quoting?: QuotingStrategy): string[] {
    const parts = [`CREATE SEQUENCE  IF NOT EXISTS ${this.ref(sequence, quoting)}`];
    if (options.dataType) parts.push(`AS ${options.dataType}`);
    if (options.startValue !== undefined) parts.push(`START WITH ${options.startValue}`);
    parts.push(...this.sequenceOptions(options, false));
    return [parts.join(' ')];
  }

  alterSequence(sequence: ObjectRef, options: SequenceOptions, quoting?: QuotingStrategy): string[] {
    const parts = [`ALTER SEQUENCE ${this.ref(sequence, quoting)}`];
    if (options.dataType) parts.push(`AS ${options.dataType}`);
    parts.push(...this.sequenceOptions(options, true));
    return [parts.join(' ')];
  }

  private sequenceOptions(options: SequenceOptions, alter: boolean): string[] {
    const parts: string[] = [];
    if (options.incrementBy !== undefined) parts.push(`INCREMENT BY ${options.incrementBy}`);
    if (options.minValue !== undefined) parts.push(`MINVALUE ${options.minValue}`);
    if (options.maxValue !== undefined) parts.push(`MAXVALUE ${options.maxValue}`);
    if (options.cacheSize !== undefined) parts.push(`CACHE ${options.cacheSize}`);
    // createSequence writes CYCLE only when asked; alterSequence also writes NO CYCLE.
    if (options.cycle === true) parts.push('CYCLE');
    else if (options.cycle === false && alter) parts.push('NO CYCLE');
    return parts;
  }

  dropSequence(sequence: ObjectRef, quoting?: QuotingStrategy): string[] {
    return [`DROP SEQUENCE ${this.ref(sequence, quoting)} CASCADE`];
  }

  dropIndex(index: ObjectRef, _table: ObjectRef | undefined, quoting?: QuotingStrategy): string[] {
    return [`DROP INDEX ${this.ref(index, quoting)}`];
  }

  dropAllForeignKeys(table: ObjectRef, quoting?: QuotingStrategy): string[] {
    // The table as a string literal inside the block (and, in format(), with % doubled).
    const tableLiteral = this.ref(table, quoting).replaceAll("'", "''");
    return [
      'DO $dbops$ DECLARE constraint_name name;\n' +
        'BEGIN\n' +
        `  FOR constraint_name IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = '${tableLiteral}'::regclass ORDER BY conname LOOP\n` +
        `    EXECUTE format('ALTER TABLE ${tableLiteral.replaceAll('%', '%%')} DROP CONSTRAINT %I', constraint_name);\n` +
        '  END LOOP;\n' +
        'END $dbops$',
    ];
  }

  dropPrimaryKey(table: ObjectRef, constraintName: string | undefined, quoting?: QuotingStrategy): string[] {
    if (constraintName !== undefined) return [`ALTER TABLE ${this.ref(table, quoting)} DROP CONSTRAINT ${this.name(constraintName, quoting)}`];
    // Without a name, find the key in the catalog and drop it in the same statement.
    const schema = (table.schema || this.defaultSchema).replaceAll("'", "''");
    const name = table.name.replaceAll("'", "''");
    return [
      'DO $$ DECLARE constraint_name varchar;\n' +
        'BEGIN\n' +
        '  SELECT tc.CONSTRAINT_NAME into strict constraint_name\n' +
        '    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc\n' +
        "    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'\n" +
        `      AND TABLE_NAME = '${name}' AND TABLE_SCHEMA = '${schema}';\n` +
        `    EXECUTE 'alter table ${this.ref(table, quoting).replaceAll("'", "''")} drop constraint "' || constraint_name || '"';\n` +
        'END $$;',
    ];
  }

  tableRemarks(table: ObjectRef, remarks: string, quoting?: QuotingStrategy): string[] {
    return [`COMMENT ON TABLE ${this.ref(table, quoting)} IS ${quote(remarks)}`];
  }

  viewRemarks(view: ObjectRef, remarks: string, quoting?: QuotingStrategy): string[] {
    return [`COMMENT ON VIEW ${this.ref(view, quoting)} IS ${quote(remarks)}`];
  }

  /** Liquibase drops an unqualified name before createProcedure with replaceIfExists, a qualified one for dropProcedure. */
  dropProcedure(procedure: ObjectRef, options: { ifExists: boolean; qualified: boolean }, quoting?: QuotingStrategy): string[] {
    const name = options.qualified ? this.ref(procedure, quoting) : this.name(procedure.name, quoting);
    return [`DROP PROCEDURE ${options.ifExists ? 'IF EXISTS ' : ''}${name}`];
  }

  columnRemarks(table: ObjectRef, column: string, remarks: string, _options: { columnParentType?: string }, quoting?: QuotingStrategy): string[] {
    return [`COMMENT ON COLUMN ${this.ref(table, quoting)}.${this.name(column, quoting)} IS ${quote(remarks)}`];
  }

  addAutoIncrement(table: ObjectRef, column: string, _columnType: string | undefined, options: AutoIncrementOptions, quoting?: QuotingStrategy): string[] {
    const sequence: ObjectRef = { schema: table.schema, name: `${table.name}_${column}_seq` };
    const create = [`CREATE SEQUENCE  IF NOT EXISTS ${this.ref(sequence, quoting)}`];
    if (options.startWith !== undefined) create.push(`START WITH ${options.startWith}`);
    if (options.incrementBy !== undefined) create.push(`INCREMENT BY ${options.incrementBy}`);
    const sequenceSql = this.ref(sequence, quoting);
    return [
      create.join(' '),
      ...this.setNotNull(table, column, {}, quoting),
      `ALTER TABLE ${this.ref(table, quoting)} ALTER COLUMN  ${this.name(column, quoting)} SET DEFAULT nextval('${sequenceSql.replaceAll("'", "''")}')`,
      `ALTER SEQUENCE ${sequenceSql} OWNED BY ${this.ref(table, quoting)}.${this.name(column, quoting)}`,
    ];
  }

  upsert(table: ObjectRef, row: Array<{ column: string; valueSql: string; allowUpdate?: boolean }>, keyColumns: string[], onlyUpdate: boolean, quoting?: QuotingStrategy): string[] {
    const isKey = (column: string): boolean => keyColumns.some((key) => key.toLowerCase() === column.toLowerCase());
    const where = keyColumns
      .map((key) => {
        const value = row.find((entry) => entry.column.toLowerCase() === key.toLowerCase());
        const column = this.name(key, quoting);
        return !value || value.valueSql === 'NULL' ? `${column} is NULL` : `${column} = ${value.valueSql}`;
      })
      .join(' AND ');
    const tableSql = this.ref(table, quoting);
    const updates = row.filter((entry) => !isKey(entry.column) && entry.allowUpdate !== false);
    const lines = ['DO', '$$', 'BEGIN'];
    if (updates.length) lines.push(`UPDATE ${tableSql} SET ${updates.map((entry) => `${this.name(entry.column, quoting)} = ${entry.valueSql}`).join(', ')} WHERE ${where};`);
    else lines.push(`perform * from ${tableSql} WHERE ${where};`);
    if (!onlyUpdate) {
      lines.push('IF not found THEN');
      lines.push(`INSERT INTO ${tableSql} (${row.map((entry) => this.name(entry.column, quoting)).join(', ')}) VALUES (${row.map((entry) => entry.valueSql).join(', ')});`);
      lines.push('END IF;');
    }
    lines.push('END;', '$$', 'LANGUAGE plpgsql');
    return [lines.join('\n')];
  }

  cluster(table: ObjectRef, indexName: string, quoting?: QuotingStrategy): string[] {
    return [`CLUSTER ${this.ref(table, quoting)} USING ${this.name(indexName, quoting)}`];
  }
}
