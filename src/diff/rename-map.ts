import type { ProbableRename } from './model.js';
import { quoteIdentifier } from './postgres-quoting.js';

/**
 * Target names → reference names, for the renames the diff accepted. Comparisons run on the
 * target's objects seen through this map, so a renamed column does not also show up as a changed
 * primary key, index or view definition.
 */
export class RenameMap {
  private readonly tables = new Map<string, string>();
  private readonly columns = new Map<string, Map<string, string>>();

  constructor(renames: ProbableRename[] = []) {
    for (const rename of renames) {
      if (rename.kind === 'table') this.tables.set(key(rename.schema, rename.from), rename.to);
      else {
        const table = key(rename.schema, rename.table ?? '');
        let map = this.columns.get(table);
        if (!map) this.columns.set(table, (map = new Map()));
        map.set(rename.from, rename.to);
      }
    }
  }

  get isEmpty(): boolean {
    return this.tables.size === 0 && this.columns.size === 0;
  }

  /** A target table's name as the reference calls it. */
  table(schema: string, name: string): string {
    return this.tables.get(key(schema, name)) ?? name;
  }

  /** A target column's name as the reference calls it; `table` is the reference's table name. */
  column(schema: string, table: string, name: string): string {
    return this.columns.get(key(schema, table))?.get(name) ?? name;
  }

  columnList(schema: string, table: string, names: string[]): string[] {
    return names.map((name) => this.column(schema, table, name));
  }

  /** Every table with renamed columns, for texts that may name any of them (view definitions). */
  allColumnScopes(): Array<{ schema: string; table: string }> {
    return [...this.columns.keys()].map((k) => {
      const [schema, table] = splitKey(k);
      return { schema, table };
    });
  }

  /**
   * Rewrites SQL text printed by PostgreSQL (qualified names, identifiers quoted only when needed)
   * from target names to reference names: renamed tables everywhere, renamed columns of the given
   * tables (reference names). Textual, so only used to decide whether two texts are the same.
   */
  rewrite(text: string, tablesInScope: Array<{ schema: string; table: string }> = []): string {
    if (this.isEmpty) return text;
    let result = text;
    for (const [qualified, to] of this.tables) {
      const [schema, from] = splitKey(qualified);
      const pattern = new RegExp(`(^|[^\\w$"])${escape(quoteIdentifier(schema))}\\.${escape(quoteIdentifier(from))}(?![\\w$"])`, 'g');
      result = result.replace(pattern, (_, before: string) => `${before}${quoteIdentifier(schema)}.${quoteIdentifier(to)}`);
    }
    for (const { schema, table } of tablesInScope) {
      for (const [from, to] of this.columns.get(key(schema, table)) ?? []) {
        const pattern = new RegExp(`(^|[^\\w$"])${escape(quoteIdentifier(from))}(?![\\w$"])`, 'g');
        result = result.replace(pattern, (_, before: string) => `${before}${quoteIdentifier(to)}`);
      }
    }
    return result;
  }
}

function key(schema: string, name: string): string {
  return `${schema}\u0000${name}`;
}

function splitKey(value: string): [string, string] {
  const at = value.indexOf('\u0000');
  return [value.slice(0, at), value.slice(at + 1)];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
