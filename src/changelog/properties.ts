import { ChangelogError } from '../errors.js';
import { contextExpressionMatches, NO_CONTEXTS, type RuntimeContexts } from './context-expression.js';
import { labelsMatch, parseLabelList, type RuntimeLabels } from './label-expression.js';
import { dbmsMatches } from './dbms-filter.js';
import type { SourceLocation } from './model.js';
import type { PropertyDefinition } from './parser.js';

/**
 * Changelog properties and `${name}` substitution, with Liquibase's lookup order (note §5.5):
 *
 * 1. execution values (`LIQUIBASE_EXECUTION_CHANGELOG_FILE`, `..._CHANGESET_ID`, ...);
 * 2. environment variables (never filtered);
 * 3. global values in definition order: built-ins (`database.*`), then `-D` values from the
 *    command line, then `<property>`s of the changelogs (global by default);
 * 4. local (`global="false"`) properties of the changelog being read, visible in that file only.
 *
 * Keys compare case-insensitively. Within a level the first definition that passes its
 * context/labels/dbms filter wins, so a property can never be overridden by a later one.
 */

export type MissingPropertyMode = 'PRESERVE' | 'EMPTY' | 'ERROR';

export interface ChangeLogPropertiesOptions {
  /** `-Dname=value` from the command line. */
  commandLine?: Record<string, string>;
  /** Environment variables (usually `process.env`). */
  environment?: Record<string, string | undefined>;
  /** `database.*` values known for the target (`database.typeName` = `postgresql`, ...). */
  builtIns?: Record<string, string>;
  /** Runtime contexts, labels and target dbms: a property limited by them is visible only when they match. */
  contexts?: RuntimeContexts;
  labels?: RuntimeLabels;
  /** Target database short name; when unknown, dbms-limited properties are visible. */
  dbms?: string;
  /** What `${unknown}` becomes (Liquibase's default: kept as written). */
  missingPropertyMode?: MissingPropertyMode;
  /** `${:name}` writes `${name}` literally (Liquibase's `supportPropertyEscaping`). */
  supportPropertyEscaping?: boolean;
  /** `LIQUIBASE_EXECUTION_DEPLOYMENT_ID`, when the run already has one. */
  deploymentId?: string;
}

/** Where an expansion happens: which changelog (for local properties) and which changeset. */
export interface ExpansionScope {
  /** The changelog's FILENAME value (locals are keyed by it, as in Liquibase). */
  changeLogFile: string;
  changeSet?: { id?: string; author?: string };
  location?: SourceLocation;
}

interface StoredProperty {
  name: string;
  value: string;
  context?: string;
  labels?: string;
  dbms?: string;
  /** Environment values ignore contexts, labels and dbms. */
  filterable: boolean;
}

export class ChangeLogProperties {
  private readonly system: StoredProperty[] = [];
  private readonly global: StoredProperty[] = [];
  private readonly local = new Map<string, StoredProperty[]>();
  private readonly options: ChangeLogPropertiesOptions;

  constructor(options: ChangeLogPropertiesOptions = {}) {
    this.options = options;
    for (const [name, value] of Object.entries(options.environment ?? {})) {
      if (value !== undefined) this.system.push({ name, value, filterable: false });
    }
    for (const [name, value] of Object.entries(options.builtIns ?? {})) this.global.push({ name, value, filterable: true });
    for (const [name, value] of Object.entries(options.commandLine ?? {})) this.global.push({ name, value, filterable: true });
  }

  /** Records a `<property>`; an earlier visible definition of the same name keeps winning. */
  define(definition: PropertyDefinition, changeLogFile: string): void {
    const stored: StoredProperty = {
      name: definition.name,
      value: definition.value,
      context: definition.context,
      labels: definition.labels,
      dbms: definition.dbms,
      filterable: true,
    };
    if (definition.global) {
      this.global.push(stored);
    } else {
      const list = this.local.get(changeLogFile) ?? [];
      list.push(stored);
      this.local.set(changeLogFile, list);
    }
  }

  /** The raw (unexpanded) value visible for `name` in a changelog, or undefined. */
  lookup(name: string, scope: ExpansionScope): string | undefined {
    const execution = this.executionValue(name, scope);
    if (execution !== undefined) return execution;
    const key = name.toLowerCase();
    const lists = [this.system, this.global, this.local.get(scope.changeLogFile) ?? []];
    for (const list of lists) {
      const found = list.find((p) => p.name.toLowerCase() === key && this.visible(p));
      if (found) return found.value;
    }
    return undefined;
  }

  /** Whether `name` has a visible value (the `changeLogPropertyDefined` precondition). */
  isDefined(name: string, scope: ExpansionScope): boolean {
    return this.lookup(name, scope) !== undefined;
  }

  /**
   * Expands `${name}` references, innermost first (`${a${b}}` looks up `a` + value of `b`), and
   * expands values that themselves hold references. Unknown names follow `missingPropertyMode`.
   *
   * @example properties.expand('create table ${schema}.t', { changeLogFile: 'db/a.xml' })
   */
  expand(text: string, scope: ExpansionScope): string {
    if (!text.includes('${')) return text;
    return this.expandFrom(text, 0, false, scope, new Set()).text;
  }

  /** Properties the changelogs defined (first visible definition of each name), for reports. */
  definedProperties(): Record<string, string> {
    const result: Record<string, string> = {};
    const all = [...this.global.slice(Object.keys(this.options.builtIns ?? {}).length + Object.keys(this.options.commandLine ?? {}).length)];
    for (const list of this.local.values()) all.push(...list);
    for (const property of all) {
      if (this.visible(property) && !(property.name in result)) result[property.name] = property.value;
    }
    return result;
  }

  private visible(property: StoredProperty): boolean {
    const hasFilters = Boolean(property.context?.trim() || property.labels?.trim() || property.dbms?.trim());
    if (!property.filterable && !hasFilters) return true;
    return (
      contextExpressionMatches(property.context, this.options.contexts ?? NO_CONTEXTS) &&
      labelsMatch(parseLabelList(property.labels), this.options.labels) &&
      (this.options.dbms === undefined || dbmsMatches(property.dbms, this.options.dbms))
    );
  }

  private executionValue(name: string, scope: ExpansionScope): string | undefined {
    switch (name.toUpperCase()) {
      case 'LIQUIBASE_EXECUTION_DEPLOYMENT_ID':
        return this.options.deploymentId;
      case 'LIQUIBASE_EXECUTION_CHANGELOG_FILE':
        return scope.changeLogFile;
      case 'LIQUIBASE_EXECUTION_CHANGESET_ID':
        return scope.changeSet?.id;
      case 'LIQUIBASE_EXECUTION_CHANGESET_AUTHOR':
        return scope.changeSet?.author;
      default:
        return undefined;
    }
  }

  /**
   * Reads from `start`; inside an expression it stops at the closing `}`. Returns the text and
   * where reading stopped, and whether the `}` was found.
   */
  private expandFrom(
    text: string,
    start: number,
    inExpression: boolean,
    scope: ExpansionScope,
    expanding: Set<string>,
  ): { text: string; end: number; closed: boolean } {
    let out = '';
    let i = start;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '$' && text[i + 1] === '{') {
        const inner = this.expandFrom(text, i + 2, true, scope, expanding);
        i = inner.end;
        if (!inner.closed) {
          out += `\${${inner.text}`;
          continue;
        }
        out += this.replacement(inner.text, scope, expanding);
        continue;
      }
      if (ch === '}' && inExpression) return { text: out, end: i + 1, closed: true };
      out += ch;
      i++;
    }
    return { text: out, end: i, closed: false };
  }

  private replacement(expression: string, scope: ExpansionScope, expanding: Set<string>): string {
    if (expression.startsWith(':') && this.options.supportPropertyEscaping) return `\${${expression.slice(1).trim()}}`;
    const name = expression.trim();
    const value = this.lookup(name, scope);
    if (value === undefined) {
      switch (this.options.missingPropertyMode ?? 'PRESERVE') {
        case 'EMPTY':
          return '';
        case 'ERROR':
          throw new ChangelogError(`Could not resolve expression \`\${${expression}}\` in file ${scope.changeLogFile}`, {
            location: scope.location,
            changeSet: scope.changeSet?.id !== undefined ? { id: scope.changeSet.id, author: scope.changeSet.author ?? '' } : undefined,
          });
        default:
          return `\${${expression}}`;
      }
    }
    // A property whose value refers to itself would loop for ever; Liquibase overflows its stack.
    if (expanding.has(name.toLowerCase())) {
      throw new ChangelogError(`Property '${name}' refers to itself`, { location: scope.location });
    }
    if (!value.includes('${')) return value;
    expanding.add(name.toLowerCase());
    try {
      return this.expandFrom(value, 0, false, scope, expanding).text;
    } finally {
      expanding.delete(name.toLowerCase());
    }
  }
}

/**
 * Reads a Java `.properties` file (`<property file="...">`): `key=value`, `key: value` or
 * `key value`, `#`/`!` comments, `\` line continuations and escapes (`\n`, `\t`, `\uXXXX`).
 */
export function parsePropertiesFile(content: string): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  const physical = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < physical.length; i++) {
    let line = physical[i]!.replace(/^[ \t\f]+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    while (endsWithOddBackslashes(line) && i + 1 < physical.length) {
      line = line.slice(0, -1) + physical[++i]!.replace(/^[ \t\f]+/, '');
    }
    let keyEnd = 0;
    while (keyEnd < line.length) {
      const ch = line[keyEnd]!;
      if (ch === '\\') {
        keyEnd += 2;
        continue;
      }
      if (ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f') break;
      keyEnd++;
    }
    const key = line.slice(0, keyEnd);
    let rest = line.slice(keyEnd).replace(/^[ \t\f]+/, '');
    if (rest.startsWith('=') || rest.startsWith(':')) rest = rest.slice(1).replace(/^[ \t\f]+/, '');
    entries.push([unescapeProperty(key), unescapeProperty(rest)]);
  }
  return entries;
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

function unescapeProperty(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escape: string) => {
    if (escape.startsWith('u') && escape.length === 5) return String.fromCharCode(parseInt(escape.slice(1), 16));
    switch (escape) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      default:
        return escape;
    }
  });
}
