import type { SourceLocation } from './model.js';

/*
 * The scalars of a YAML/JSON changelog that SnakeYAML types differently from the tree dbops reads
 * (a Double, a java.util.Date), and Java's text of them. The YAML reader writes that text into the
 * tree wherever Liquibase turns the value into a String (changeset id, author, remarks,
 * defaultValue, sql…); it records, per node, the typed scalars it keeps as a JS number or the date
 * as written (the Number and Date properties), which the checksum prints as Java does. A module of
 * its own, so that the checksum code (which every command loads) does not load the `yaml` library
 * for XML or SQL changelogs.
 */

/**
 * A scalar SnakeYAML gives Liquibase as a Double or a java.util.Date. `form` is how the timestamp
 * was written: a date (`2000-01-31`), a date and time without a zone (or with `Z`), or with an
 * offset (`…T21:59:43-05:00`).
 */
export type JavaTypedScalar =
  | { readonly type: 'Double'; readonly value: number }
  | { readonly type: 'Date'; readonly instant: Date; readonly form: 'date' | 'local' | 'zoned'; readonly written: string };

/** A node's typed scalars kept in the tree, by key, with its children in tree order (recorded only where some are). */
export interface JavaTypedNode {
  readonly name: string;
  readonly scalars: ReadonlyMap<string, JavaTypedScalar>;
  readonly children: readonly JavaTypedNode[];
}

/**
 * Keyed by the node's location object, which the node keeps through property expansion and which
 * a change loaded from it shares (`Change.location`).
 */
const javaTypedNodes = new WeakMap<SourceLocation, JavaTypedNode>();

/** The typed scalars kept in the tree at this location and below it, if it has any. */
export function javaTypedScalars(location: SourceLocation): JavaTypedNode | undefined {
  return javaTypedNodes.get(location);
}

/** Called by the YAML reader for a node with typed scalars (at it or below it). */
export function recordJavaTypedScalars(location: SourceLocation, node: JavaTypedNode): void {
  javaTypedNodes.set(location, node);
}

/**
 * The String Liquibase makes of a typed scalar for a text property (from Liquibase 4.28 runs,
 * JVM in UTC): a Double as Double.toString, a date or a timestamp with an offset as
 * Date.toString, a timestamp without one as `yyyy-MM-dd HH:mm:ss`.
 *
 * @example javaText({ type: 'Double', value: 1 }) // '1.0'
 */
export function javaText(scalar: JavaTypedScalar): string {
  if (scalar.type === 'Double') return javaDoubleText(scalar.value);
  return scalar.form === 'local' ? isoSeconds(scalar.instant, ' ') : javaDateToString(scalar.instant);
}

/**
 * Java's Double.toString: plain decimals with at least one fraction digit from 10^-3 to 10^7,
 * computerized scientific notation (`1.5E-5`, `1.0E21`) outside, shortest round-trip digits.
 * (JDKs before 19 print a few rare values with a digit too many; those are not reproduced.)
 *
 * @example javaDoubleText(1500) // '1500.0'
 */
export function javaDoubleText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** java.util.Date.toString in UTC: `Mon Jan 31 00:00:00 UTC 2000`. */
export function javaDateToString(instant: Date): string {
  const time = `${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
  return `${DAYS[instant.getUTCDay()]} ${MONTHS[instant.getUTCMonth()]} ${two(instant.getUTCDate())} ${time} UTC ${instant.getUTCFullYear()}`;
}

/** `yyyy-MM-dd HH:mm:ss` (or with `T`) in UTC, seconds only. */
export function isoSeconds(instant: Date, separator: 'T' | ' '): string {
  const date = `${String(instant.getUTCFullYear()).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
  return `${date}${separator}${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
}
