import { isEmptyObject } from '../changelog/changelog-tree.js';
import type { ParsedNode, Scalar, SourceLocation } from '../changelog/model.js';
import { ChangelogError } from '../errors.js';
import type { LoadContext } from './change-type.js';

/**
 * Reads a change's ParsedNode the way Liquibase's ParsedNode.getChildValue does: a property is an
 * attribute (XML) or a scalar key (YAML/JSON), or else the text of a child element of that name
 * (`<where>id=1</where>`). Values are converted with Liquibase's rules so that the XML string
 * `"true"` and the YAML boolean `true` give the same params and the same checksum.
 */
export class NodeReader {
  constructor(
    readonly node: ParsedNode,
    private readonly context: LoadContext,
    /** What is being read, for messages: `createTable`, `createTable column`. */
    private readonly subject: string = node.name,
  ) {}

  get location(): SourceLocation {
    return this.node.location;
  }

  /** The raw value, or undefined when the property is absent (null counts as absent). */
  raw(name: string): Scalar | undefined {
    if (Object.hasOwn(this.node.attributes, name)) {
      const value = this.node.attributes[name];
      return value === null ? undefined : value;
    }
    const children = this.node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.name !== name) continue;
      return child.children.length === 0 && isEmptyObject(child.attributes) ? child.text : undefined;
    }
    return undefined;
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  string(name: string): string | undefined {
    const value = this.raw(name);
    return value === undefined ? undefined : String(value);
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined) throw this.error(`'${name}' is required for ${this.subject}`);
    return value;
  }

  /** Java's Boolean.valueOf on text: only `true` (any case) is true; YAML booleans as given. */
  boolean(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') return value.toLowerCase() === 'true';
    throw this.error(`'${name}' of ${this.subject} must be true or false, not ${JSON.stringify(value)}`);
  }

  /** Java's Integer.valueOf: an optional sign and decimal digits, within 32 bits. */
  integer(name: string): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const text = String(value);
    if (!/^[+-]?\d+$/.test(text) || Math.abs(Number(text)) > 2 ** 31) throw this.notAnInteger(name, value);
    return Number(text);
  }

  /**
   * Java's BigInteger: an optional sign and decimal digits of any length, kept as canonical decimal
   * text (`007` → `7`) so that values beyond 2^53 survive and print as Liquibase prints them.
   */
  bigInteger(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const text = typeof value === 'number' && Number.isInteger(value) ? BigInt(value).toString() : String(value);
    if (!/^[+-]?\d+$/.test(text)) throw this.notAnInteger(name, value);
    return BigInt(text).toString();
  }

  /**
   * Liquibase's NumberFormatException, located. An unquoted YAML `100.0` or `1e3` is a Double, which
   * reaches an integer property as its text (`100.0`, `1000.0`) and is refused there too.
   */
  private notAnInteger(name: string, value: Scalar): ChangelogError {
    return this.error(`'${name}' of ${this.subject} must be an integer, not ${JSON.stringify(value)}: write a whole number, without a fraction or exponent`);
  }

  /** The node's own text (XML element content, or a YAML scalar given as the node's value). */
  text(): string | undefined {
    return this.node.text;
  }

  children(name: string): ParsedNode[] {
    return this.node.children.filter((child) => child.name === name);
  }

  child(name: string): ParsedNode | undefined {
    return this.node.children.find((child) => child.name === name);
  }

  /** A reader for a nested node, sharing this one's changeset for messages. */
  nested(node: ParsedNode, subject: string): NodeReader {
    return new NodeReader(node, this.context, subject);
  }

  error(reason: string, location: SourceLocation = this.node.location): ChangelogError {
    return new ChangelogError(reason, { location, changeSet: this.context.changeSet });
  }
}
