import type { ParsedNode, Scalar } from '../../../src/changelog/model.js';

/** A ParsedNode as the XML reader builds it: string attributes, child elements, trimmed text. */
export function node(name: string, attributes: Record<string, Scalar> = {}, children: ParsedNode[] = [], text?: string): ParsedNode {
  const result: ParsedNode = { name, attributes, children, location: { file: 'test.xml', line: 1 } };
  if (text !== undefined) result.text = text;
  return result;
}
