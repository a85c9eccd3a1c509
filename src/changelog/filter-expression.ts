import { ConfigurationError } from '../errors.js';

/**
 * The boolean language shared by context and label filters (note §5.3): names, `and`, `or`,
 * `,` (another spelling of `or`, at the same precedence), `!`/`not`, parentheses, and `@` marking a
 * name as *required* (true only when that name is really supplied, even where an absent filter
 * would otherwise let everything through). Keywords and names are case-insensitive.
 *
 * Liquibase evaluates these by rewriting strings with regular expressions; this is a real parser
 * with the same precedence (`not` > `and` > `or`/`,`). Where Liquibase fails (a `,` inside
 * parentheses) this one gives the natural meaning instead.
 */
export type FilterExpression =
  | { kind: 'name'; name: string; required: boolean }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'and'; operands: FilterExpression[] }
  | { kind: 'or'; operands: FilterExpression[] };

/** A filter expression that cannot be parsed. */
export class FilterExpressionError extends ConfigurationError {
  override name = 'FilterExpressionError';
}

type Token = { type: '(' | ')' | ',' | '!' | '@' } | { type: 'word'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',' || ch === '!' || ch === '@') {
      tokens.push({ type: ch });
      i++;
    } else {
      let j = i;
      while (j < source.length && !/[\s(),!@]/.test(source[j]!)) j++;
      tokens.push({ type: 'word', text: source.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

const isKeyword = (token: Token | undefined, keyword: string): boolean =>
  token?.type === 'word' && token.text.toLowerCase() === keyword;

/**
 * Parses an expression. An empty or blank string gives `undefined` (no filter).
 *
 * @example parseFilterExpression('test, !prod and @qa')
 */
export function parseFilterExpression(source: string | undefined | null): FilterExpression | undefined {
  if (source === undefined || source === null || source.trim() === '') return undefined;
  // A run evaluates the same few expressions for every changeset; the trees are never modified.
  let parsed = parsedExpressions.get(source);
  if (parsed === undefined) {
    parsed = parse(source);
    if (parsedExpressions.size >= 1024) parsedExpressions.clear();
    parsedExpressions.set(source, parsed);
  }
  return parsed;
}

const parsedExpressions = new Map<string, FilterExpression>();

function parse(source: string): FilterExpression {
  const tokens = tokenize(source);
  let pos = 0;
  const fail = (what: string): never => {
    throw new FilterExpressionError(`Cannot parse expression '${source}': ${what}`);
  };

  const parseOr = (): FilterExpression => {
    const operands = [parseAnd()];
    while (tokens[pos]?.type === ',' || isKeyword(tokens[pos], 'or')) {
      pos++;
      operands.push(parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  };
  const parseAnd = (): FilterExpression => {
    const operands = [parseUnary()];
    while (isKeyword(tokens[pos], 'and')) {
      pos++;
      operands.push(parseUnary());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  };
  const parseUnary = (): FilterExpression => {
    const token = tokens[pos];
    if (token?.type === '!' || (isKeyword(token, 'not') && tokens[pos + 1] !== undefined)) {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    if (token?.type === '@') {
      pos++;
      return markRequired(parseUnary());
    }
    return parsePrimary();
  };
  const parsePrimary = (): FilterExpression => {
    const token = tokens[pos];
    if (token === undefined) return fail('unexpected end');
    if (token.type === '(') {
      pos++;
      const inner = parseOr();
      if (tokens[pos]?.type !== ')') fail('missing )');
      pos++;
      return inner;
    }
    if (token.type !== 'word' || isKeyword(token, 'and') || isKeyword(token, 'or')) {
      return fail(`unexpected '${token.type === 'word' ? token.text : token.type}'`);
    }
    // Words written side by side form one name, as Liquibase compares the whole text.
    const words = [token.text];
    pos++;
    while (tokens[pos]?.type === 'word' && !['and', 'or', 'not'].includes((tokens[pos] as { text: string }).text.toLowerCase())) {
      words.push((tokens[pos] as { text: string }).text);
      pos++;
    }
    return { kind: 'name', name: words.join(' ').toLowerCase(), required: false };
  };

  const expression = parseOr();
  if (pos < tokens.length) fail(`unexpected '${tokens[pos]!.type === 'word' ? (tokens[pos] as { text: string }).text : tokens[pos]!.type}'`);
  return expression;
}

function markRequired(expression: FilterExpression): FilterExpression {
  switch (expression.kind) {
    case 'name':
      return { ...expression, required: true };
    case 'not':
      return { kind: 'not', operand: markRequired(expression.operand) };
    default:
      return { kind: expression.kind, operands: expression.operands.map(markRequired) };
  }
}

/** Whether the expression uses `@` anywhere. */
export function hasRequiredName(expression: FilterExpression): boolean {
  switch (expression.kind) {
    case 'name':
      return expression.required;
    case 'not':
      return hasRequiredName(expression.operand);
    default:
      return expression.operands.some(hasRequiredName);
  }
}

/**
 * Evaluates against supplied names (lower-cased). `undefined` means "nothing supplied": then
 * every part without `@` is true as a whole, and a required name is false.
 */
export function evaluateFilterExpression(expression: FilterExpression, supplied: ReadonlySet<string> | undefined): boolean {
  if (supplied === undefined && !hasRequiredName(expression)) return true;
  switch (expression.kind) {
    case 'name':
      return supplied !== undefined && supplied.has(expression.name);
    case 'not':
      return !evaluateFilterExpression(expression.operand, supplied);
    case 'and':
      return expression.operands.every((e) => evaluateFilterExpression(e, supplied));
    case 'or':
      return expression.operands.some((e) => evaluateFilterExpression(e, supplied));
  }
}

/** Splits a comma list the way Liquibase does (trimmed, blanks dropped). */
export function splitList(value: string | undefined | null): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
