import type { Change, ParamObject, ParamValue } from '../changelog/model.js';
import { javaTypedScalars, type JavaTypedNode, type JavaTypedScalar } from '../changelog/yaml-typed-scalars.js';

/**
 * The change as Liquibase's checksum sees it when it was read from YAML or JSON: SnakeYAML gave
 * Liquibase a Double or a java.util.Date where the change types hold a JS number's text or the
 * date as written, and the checksum prints the Java value (the SQL does not, so the params keep
 * the plain text and only the hashed copy is rewritten). Rules, from Liquibase 4.28 runs:
 * - a Double prints as Java's Double.toString (`1.0`, `1500.0`, `1.5E-5`), in any text field;
 * - a column's valueDate / defaultValueDate prints as `yyyy-MM-ddTHH:mm:ss` (seconds only); one
 *   written with an offset is not a date for the column and becomes valueComputed, Date.toString;
 * - in other text fields a date, or a timestamp with an offset, prints as Date.toString
 *   (`Mon Jan 31 00:00:00 UTC 2000`) and a timestamp without one as `yyyy-MM-dd HH:mm:ss`.
 * Liquibase formats dates in the JVM's time zone, so its checksum of an unquoted date depends on
 * the machine; dbops uses UTC, as CI runners and Liquibase's container image do.
 */
export function withYamlTypedValues(change: Change): Change {
  const typed = javaTypedScalars(change.location);
  if (!typed || typed.name !== change.type) return change;
  let params = retyped(change.params, typed.scalars, false);
  const columns = change.params.columns;
  const columnNodes = columnNodesOf(typed);
  if (Array.isArray(columns) && columnNodes.some((node) => node.scalars.size > 0)) {
    const hashed = columns.map((column, i) => {
      const node = columnNodes[i];
      return node && isParamObject(column) ? retyped(column, node.scalars, true) : column;
    });
    if (hashed.some((column, i) => column !== columns[i])) params = { ...params, columns: hashed };
  }
  return params === change.params ? change : { ...change, params };
}

/** The column nodes in the order the change types read them: `column` children, or those of a `columns` list. */
function columnNodesOf(node: JavaTypedNode): JavaTypedNode[] {
  const columns: JavaTypedNode[] = [];
  for (const child of node.children) {
    if (child.name !== 'column' && child.name !== 'columns') continue;
    const inner = child.children.filter((grandChild) => grandChild.name === 'column');
    columns.push(...(inner.length ? inner : [child]));
  }
  return columns;
}

const COLUMN_DATES: Record<string, string> = { valueDate: 'valueComputed', defaultValueDate: 'defaultValueComputed' };

function retyped(params: ParamObject, scalars: ReadonlyMap<string, JavaTypedScalar>, column: boolean): ParamObject {
  let copy: ParamObject | undefined;
  const set = (name: string, value: ParamValue | undefined) => {
    copy ??= { ...params };
    if (value === undefined) delete copy[name];
    else copy[name] = value;
  };
  for (const [name, scalar] of scalars) {
    const current = params[name];
    if (scalar.type === 'Double') {
      // Only where the change type kept the number's text (not a boolean, an integer field...).
      if (current === String(scalar.value)) set(name, javaDoubleText(scalar.value));
      continue;
    }
    const computedField = column ? COLUMN_DATES[name] : undefined;
    if (computedField === undefined) {
      if (current === scalar.written) set(name, javaTextOfDate(scalar));
    } else if (scalar.form === 'zoned') {
      if (typeof current === 'string' || params[computedField] === scalar.written) {
        set(name, undefined);
        set(computedField, javaDateToString(scalar.instant));
      }
    } else if (typeof current === 'string') {
      set(name, isoSeconds(scalar.instant, 'T'));
    }
  }
  return copy ?? params;
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

/** A date in a text field, as Liquibase converts it to a String. */
function javaTextOfDate(scalar: Extract<JavaTypedScalar, { type: 'Date' }>): string {
  return scalar.form === 'local' ? isoSeconds(scalar.instant, ' ') : javaDateToString(scalar.instant);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** java.util.Date.toString in UTC: `Mon Jan 31 00:00:00 UTC 2000`. */
export function javaDateToString(instant: Date): string {
  const time = `${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
  return `${DAYS[instant.getUTCDay()]} ${MONTHS[instant.getUTCMonth()]} ${two(instant.getUTCDate())} ${time} UTC ${instant.getUTCFullYear()}`;
}

function isoSeconds(instant: Date, separator: 'T' | ' '): string {
  const date = `${String(instant.getUTCFullYear()).padStart(4, '0')}-${two(instant.getUTCMonth() + 1)}-${two(instant.getUTCDate())}`;
  return `${date}${separator}${two(instant.getUTCHours())}:${two(instant.getUTCMinutes())}:${two(instant.getUTCSeconds())}`;
}

function isParamObject(value: ParamValue): value is ParamObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
