import type { Change, ParamObject, ParamValue, ParsedNode } from '../../../src/changelog/model.js';
import type { LoadContext } from '../../../src/changes/change-type.js';

/**
 * A stand-in for the change-type registry: keeps a change's attributes and children as params
 * (children by name, repeated names as arrays, text as `text`), validating nothing.
 */
export function passThroughLoadChange(node: ParsedNode, _context?: LoadContext): Change {
  return { type: node.name, params: toParams(node), location: node.location };
}

function toParams(node: ParsedNode): ParamObject {
  const params: ParamObject = { ...node.attributes };
  if (node.text !== undefined) params['text'] = node.text;
  for (const child of node.children) {
    const value: ParamValue = toParams(child);
    const existing = params[child.name];
    if (existing === undefined) params[child.name] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else params[child.name] = [existing, value];
  }
  return params;
}
