import type { Change, ParamObject, ParamValue } from '../changelog/model.js';
import { isoSeconds, javaDateToString, javaText, javaTypedScalars, type JavaTypedNode, type JavaTypedScalar } from '../changelog/yaml-typed-scalars.js';

/**
 * The change as Liquibase's checksum sees it when it was read from YAML or JSON. The reader already
 * wrote Java's text into the tree for text properties (yaml-typed-scalars.ts); what is left are the
 * Number and Date properties (valueNumeric, defaultValueNumeric, valueDate, defaultValueDate),
 * where SnakeYAML gave Liquibase a Double or a java.util.Date and the change types hold the JS
 * number's text or the date as written, for their SQL. Only the hashed copy is rewritten. Rules,
 * from Liquibase 4.28 runs:
 * - a Double prints as Java's Double.toString (`1.0`, `1500.0`, `1.5E-5`);
 * - a column's valueDate / defaultValueDate prints as `yyyy-MM-ddTHH:mm:ss` (seconds only); one
 *   written with an offset is not a date for the column and becomes valueComputed, Date.toString;
 * - addDefaultValue's defaultValueDate prints as the reader's text of a date (see javaText).
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
      // Only where the change type kept the number as text (`1`, or the reader's `1.0E7`).
      if (typeof current === 'string' && Number(current) === scalar.value) set(name, javaText(scalar));
      continue;
    }
    const computedField = column ? COLUMN_DATES[name] : undefined;
    if (computedField === undefined) {
      if (current === scalar.written) set(name, javaText(scalar));
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

function isParamObject(value: ParamValue): value is ParamObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
