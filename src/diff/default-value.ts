/**
 * A column default as PostgreSQL prints it (`'none'::character varying`, `0`, `true`, `now()`),
 * turned into the Liquibase attribute that writes it back: a plain string literal on a text column
 * becomes `defaultValue`, a number `defaultValueNumeric`, a boolean `defaultValueBoolean`, and
 * anything else `defaultValueComputed`, verbatim, so that applying it gives the same default.
 */
export interface DefaultValueAttribute {
  name: 'defaultValue' | 'defaultValueNumeric' | 'defaultValueBoolean' | 'defaultValueComputed';
  value: string | boolean;
}

const TEXT_TYPES = /^(character varying|character|text|bpchar|varchar|char)(\(\d+\))?$/;

export function defaultValueAttribute(expression: string, columnType: string): DefaultValueAttribute {
  const text = expression.trim();
  if (text === 'true' || text === 'false') return { name: 'defaultValueBoolean', value: text === 'true' };
  const numeric = /^\(?(-?\d+(?:\.\d+)?)\)?$/.exec(text) ?? /^'(-?\d+(?:\.\d+)?)'::(?:integer|bigint|smallint|numeric(?:\(\d+(?:,\d+)?\))?|real|double precision)$/.exec(text);
  if (numeric) return { name: 'defaultValueNumeric', value: numeric[1]! };
  const literal = /^'((?:[^']|'')*)'::(.+)$/s.exec(text);
  if (literal && TEXT_TYPES.test(literal[2]!) && TEXT_TYPES.test(columnType) && !literal[1]!.includes('\\')) {
    return { name: 'defaultValue', value: literal[1]!.replaceAll("''", "'") };
  }
  return { name: 'defaultValueComputed', value: text };
}
