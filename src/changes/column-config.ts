import type { ParamObject, ParsedNode, Scalar } from '../changelog/model.js';
import { serialObject, type SerialObject, type SerialValue } from '../checksum/serialized-text.js';
import { constraintsToNode, loadConstraints, serializeConstraints, type ConstraintsParams } from './constraints-config.js';
import { changeNode, fieldsToAttributes, loadFields, scalarText, type FieldSpec } from './field-schema.js';
import { parseIsoDate } from './iso-date-format.js';
import type { NodeReader } from './node-reader.js';

/**
 * A `<column>` of a change (Liquibase ColumnConfig and its addColumn / loadData variants), with
 * values already normalised as Liquibase normalises them on load:
 * - `valueNumeric` keeps the text as written (minus wrapping parentheses) when it starts like a
 *   number, otherwise the text becomes `valueComputed`;
 * - `valueDate` / `defaultValueDate` hold ISO text (`2007-08-09T10:11:12`), or the text becomes
 *   `valueComputed` / `defaultValueComputed` when it is not a date;
 * - booleans follow Java's Boolean.valueOf.
 */
export interface ColumnParams {
  name?: string;
  computed?: boolean;
  type?: string;
  value?: string;
  valueNumeric?: string;
  valueDate?: string;
  valueBoolean?: boolean;
  valueBlobFile?: string;
  valueClobFile?: string;
  encoding?: string;
  valueComputed?: string;
  valueSequenceNext?: string;
  valueSequenceCurrent?: string;
  defaultValue?: string;
  defaultValueNumeric?: string;
  defaultValueDate?: string;
  defaultValueBoolean?: boolean;
  defaultValueComputed?: string;
  defaultValueSequenceNext?: string;
  defaultValueConstraintName?: string;
  constraints?: ConstraintsParams;
  autoIncrement?: boolean;
  generationType?: string;
  defaultOnNull?: boolean;
  startWith?: string;
  incrementBy?: string;
  remarks?: string;
  descending?: boolean;
  /** addColumn only. */
  afterColumn?: string;
  beforeColumn?: string;
  position?: number;
  /** loadData / loadUpdateData only. */
  header?: string;
  index?: number;
  allowUpdate?: boolean;
}

/** Which Liquibase class the column is: they differ only in their extra fields. */
export type ColumnVariant = 'column' | 'addColumn' | 'loadData';

const plainFields: readonly FieldSpec[] = [
  { name: 'name', kind: 'string' },
  { name: 'computed', kind: 'boolean' },
  { name: 'type', kind: 'string' },
  { name: 'encoding', kind: 'string' },
  { name: 'autoIncrement', kind: 'boolean' },
  { name: 'startWith', kind: 'bigInteger' },
  { name: 'incrementBy', kind: 'bigInteger' },
  { name: 'remarks', kind: 'string' },
  { name: 'descending', kind: 'boolean' },
  { name: 'valueBoolean', kind: 'boolean' },
  { name: 'valueBlobFile', kind: 'string' },
  { name: 'valueClobFile', kind: 'string' },
  { name: 'valueComputed', kind: 'string' },
  { name: 'valueSequenceNext', kind: 'string' },
  { name: 'valueSequenceCurrent', kind: 'string' },
  { name: 'defaultValueConstraintName', kind: 'string' },
  { name: 'defaultValue', kind: 'string' },
  { name: 'defaultValueBoolean', kind: 'boolean' },
  { name: 'defaultValueComputed', kind: 'string' },
  { name: 'defaultValueSequenceNext', kind: 'string' },
  { name: 'defaultOnNull', kind: 'boolean' },
  { name: 'generationType', kind: 'string' },
];

const variantFields: Record<ColumnVariant, readonly FieldSpec[]> = {
  column: [],
  addColumn: [
    { name: 'beforeColumn', kind: 'string' },
    { name: 'afterColumn', kind: 'string' },
    { name: 'position', kind: 'integer' },
  ],
  loadData: [
    { name: 'index', kind: 'integer' },
    { name: 'header', kind: 'string' },
    { name: 'allowUpdate', kind: 'boolean' },
  ],
};

/** Every property a column may carry; anything else nested in `<column>` is an error, as in Liquibase. */
const knownProperties = new Set([
  ...plainFields.map((field) => field.name),
  'value',
  'valueNumeric',
  'valueDate',
  'defaultValueNumeric',
  'defaultValueDate',
  'constraints',
]);

/** Each variant's whole field table, built once. */
const columnFields: Record<ColumnVariant, readonly FieldSpec[]> = {
  column: [...plainFields, ...variantFields.column],
  addColumn: [...plainFields, ...variantFields.addColumn],
  loadData: [...plainFields, ...variantFields.loadData],
};

export function loadColumn(reader: NodeReader, variant: ColumnVariant): ColumnParams {
  for (const child of reader.node.children) {
    const known = knownProperties.has(child.name) || variantFields[variant].some((field) => field.name === child.name);
    if (!known) throw reader.error(`Unexpected node '${child.name}' in column`, child.location);
  }
  const column = loadFields(reader, columnFields[variant]) as ColumnParams;

  const value = reader.string('value') ?? trimToUndefined(reader.text());
  if (value !== undefined) column.value = value;

  const numeric = reader.string('valueNumeric');
  if (numeric !== undefined) Object.assign(column, numericValue(numeric, 'valueNumeric', 'valueComputed'));
  const date = reader.string('valueDate');
  if (date !== undefined) Object.assign(column, dateValue(date, 'valueDate', 'valueComputed'));
  // An explicit valueComputed wins over one derived from valueNumeric / valueDate (Liquibase
  // assigns it last).
  const computed = reader.string('valueComputed');
  if (computed !== undefined) column.valueComputed = computed;

  const defaultNumeric = reader.string('defaultValueNumeric');
  if (defaultNumeric !== undefined) Object.assign(column, numericValue(defaultNumeric, 'defaultValueNumeric', 'defaultValueComputed'));
  const defaultDate = reader.string('defaultValueDate');
  if (defaultDate !== undefined) Object.assign(column, dateValue(defaultDate, 'defaultValueDate', 'defaultValueComputed'));
  const defaultComputed = reader.string('defaultValueComputed');
  if (defaultComputed !== undefined) column.defaultValueComputed = defaultComputed;

  const constraintsNode = reader.child('constraints');
  if (constraintsNode) column.constraints = loadConstraints(reader.nested(constraintsNode, 'constraints'));
  return column;
}

/**
 * Liquibase's setValueNumeric(String): `null` means no value; wrapping parentheses are dropped;
 * text that a US-locale NumberFormat can start parsing is kept verbatim, anything else is a
 * function call (`"timesRan"+1`, `nextval('s')`).
 */
export function numericValue(text: string, numericField: string, computedField: string): Record<string, string> {
  if (text.toLowerCase() === 'null') return {};
  let stripped = text;
  if (stripped.startsWith('(')) stripped = stripped.replace(/^\(/, '').replace(/\)$/, '');
  return startsLikeNumber(stripped) ? { [numericField]: stripped } : { [computedField]: text };
}

/** Whether java.text.NumberFormat (US) parses a number at the start of the text. */
function startsLikeNumber(text: string): boolean {
  return /^-?(\d|[.,]\d|\u221E|NaN)/u.test(text) || /^-?\p{Nd}/u.test(text);
}

function dateValue(text: string, dateField: string, computedField: string): Record<string, string> {
  const parsed = parseIsoDate(text);
  return parsed ? { [dateField]: parsed.text } : { [computedField]: text };
}

function trimToUndefined(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

/** The column as a checksum block: every field that is set, constraints as a nested block. */
export function serializeColumn(column: ColumnParams): SerialObject {
  const fields: Array<[string, SerialValue | undefined]> = [];
  for (const name in column) {
    if (name === 'constraints' || !Object.hasOwn(column, name)) continue;
    fields.push([name, scalarText(column[name as keyof ColumnParams] as Scalar)]);
  }
  if (column.constraints) fields.push(['constraints', serializeConstraints(column.constraints)]);
  return serialObject(fields);
}

export function columnToNode(column: ColumnParams, variant: ColumnVariant): ParsedNode {
  const attributes = fieldsToAttributes(column as unknown as ParamObject, columnFields[variant]);
  for (const name of ['value', 'valueNumeric', 'valueDate', 'defaultValueNumeric', 'defaultValueDate'] as const) {
    if (column[name] !== undefined) attributes[name] = column[name]!;
  }
  const children = column.constraints ? [constraintsToNode(column.constraints)] : [];
  return changeNode('column', attributes, children);
}

/**
 * Reads the columns of a change as Liquibase does: `<column>` children, or a `columns` (or
 * `column`) wrapper whose `column` children are the columns (YAML/JSON `columns: [{column: …}]`).
 */
export function loadColumns(reader: NodeReader, variant: ColumnVariant, collectionName = 'columns'): ColumnParams[] {
  const nodes: ParsedNode[] = [];
  for (const child of reader.node.children) {
    if (child.name !== 'column' && child.name !== collectionName) continue;
    const inner = child.children.filter((node) => node.name === 'column');
    nodes.push(...(inner.length ? inner : [child]));
  }
  return nodes.map((node) => {
    // A YAML list item `- column:` whose properties were not indented under it reads as
    // {column: null, name: …, type: …}: for Liquibase that column has no properties at all.
    if (Object.hasOwn(node.attributes, 'column') && node.attributes.column === null) return {};
    return loadColumn(reader.nested(node, `${reader.node.name} column`), variant);
  });
}
