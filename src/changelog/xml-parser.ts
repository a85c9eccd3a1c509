import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { ChangelogError } from '../errors.js';
import type { ChangeLogTree, ChangeLogTreeParser } from './changelog-tree.js';
import { readWholeTree } from './changelog-tree-reader.js';
import { fileExtension } from './file-path.js';
import type { ParsedNode } from './model.js';
import type { ParsedChangeLog, ParseContext } from './parser.js';
import { DBCHANGELOG_NAMESPACE, isCheckedSchemaLocation, undeclaredAttribute, XSI_NAMESPACE } from './xsd-attributes.js';

/**
 * Reads dbchangelog XML (any schema version) into the format-neutral tree, as Liquibase's SAX
 * handler does: elements and attributes by local name (namespace prefixes dropped), attributes from
 * other namespaces (`xsi:schemaLocation`, extension attributes) left out, element text trimmed
 * the way Java's `String.trim()` does, CDATA kept as text.
 *
 * Entities declared inside the document (`<!ENTITY x "text">`) are expanded; external entities
 * (`SYSTEM`/`PUBLIC`) are refused, so a changelog can never make the reader open a file or URL.
 *
 * Liquibase validates the file against its XSD before reading it; of that, the attributes are
 * checked here (an attribute the XSD does not declare on a dbchangelog element is an error, as
 * in Liquibase the first one stops the file), since the reader would otherwise silently ignore a
 * misspelt or unsupported one.
 */
export const xmlChangeLogParser: ChangeLogTreeParser = {
  supports(resourcePath: string): boolean {
    return fileExtension(resourcePath) === 'xml';
  },

  parse(resourcePath: string, content: string, context: ParseContext): ParsedChangeLog {
    return readWholeTree(this.parseTree(resourcePath, content), resourcePath, context);
  },

  parseTree(resourcePath: string, content: string): ChangeLogTree {
    // Without a `$` in the file, and without a character or entity reference (`&`) that could
    // produce one, no text or attribute of the tree can hold `${`.
    const mayReferenceProperties = content.includes('$') || content.includes('&');
    return { root: parseXmlTree(resourcePath, content), strictAttributes: true, mayReferenceProperties };
  },
};

/** Java's `String.trim()`: strips code points up to U+0020, not Unicode spaces like NBSP. */
export function javaTrim(text: string): string {
  return text.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * Elements whose plain attributes the changelog tree reader checks itself, reporting them with
 * the changeset and alongside the file's other problems; the XML reader checks only their
 * namespaced attributes, which the tree never holds.
 */
const CHECKED_BY_TREE_READER = new Set(['databaseChangeLog', 'changeSet', 'include', 'includeAll', 'property', 'preConditions', 'rollback', 'modifySql']);

/** Only code points up to U+0020: what javaTrim removes. */
const JAVA_BLANK = /^[\u0000-\u0020]*$/;

function parseXmlTree(resourcePath: string, content: string): ParsedNode {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: resourcePath });
  // `xsdName`: the element's name if it is in the dbchangelog namespace.
  const stack: Array<{ node: ParsedNode; text: string; xsdName?: string }> = [];
  let root: ParsedNode | undefined;
  let checkXsdAttributes = false;
  let startLine = 1;
  let startColumn = 1;

  const fail = (reason: string, line = parser.line, column = parser.column + 1): never => {
    throw new ChangelogError(reason, { location: { file: resourcePath, line, column } });
  };

  parser.on('error', (error) => {
    // saxes prefixes "file:line:column: "; the ChangelogError carries the location itself.
    const reason = error.message.replace(/^.*?:\d+:\d+: /, '');
    fail(`Malformed XML: ${reason}`);
  });
  // saxes stores each handler as a property added to the parser after its construction; a seventh
  // one turns the parser into a dictionary-mode object, and every property read of its character
  // loop into a hash lookup (a third of the parse time). So the handlers for a DOCTYPE and for
  // CDATA sections, which a file can only have if it spells them out, are set only then.
  const hasDoctype = content.includes('<!DOCTYPE');
  const hasCdata = content.includes('<![CDATA[');
  if (hasDoctype) {
    parser.on('doctype', (doctype) => {
      const declarations = doctype.replace(/<!--[\s\S]*?-->/g, '');
      for (const match of declarations.matchAll(/<!ENTITY\s+(%\s+)?([^\s>]+)\s+([^>]*)>/g)) {
        const [, parameter, name, body] = match;
        if (parameter || /^(SYSTEM|PUBLIC)\b/.test(body!.trim())) {
          fail(`External entity '${name}' is not allowed in a changelog: include the file with <include file="…"/> instead`);
        }
        const value = /^(["'])([\s\S]*)\1$/.exec(body!.trim());
        if (value) parser.ENTITIES[name!] = value[2]!;
      }
    });
  }
  parser.on('opentagstart', () => {
    startLine = parser.line;
    startColumn = parser.column;
  });
  parser.on('opentag', (tag) => {
    const node: ParsedNode = {
      name: tag.local,
      attributes: {},
      children: [],
      location: { file: resourcePath, line: startLine, column: startColumn },
    };
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    for (const name in attributes) {
      const attribute = attributes[name]!;
      if (attribute.prefix !== '' || attribute.local === 'xmlns') continue;
      node.attributes[attribute.local] = attribute.value;
    }
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (tag.local !== 'databaseChangeLog') {
        fail(`The root element must be <databaseChangeLog>, not <${tag.name}>`, startLine, startColumn);
      }
      root = node;
      const schemaLocation = Object.values(attributes).find((a) => a.local === 'schemaLocation' && a.uri === XSI_NAMESPACE);
      checkXsdAttributes = isCheckedSchemaLocation(schemaLocation?.value);
    } else {
      parent.node.children.push(node);
    }
    const inNamespace = tag.uri === DBCHANGELOG_NAMESPACE;
    if (checkXsdAttributes && inNamespace) {
      const qualifiedOnly = CHECKED_BY_TREE_READER.has(tag.local);
      const undeclared = undeclaredAttribute(tag.local, parent?.xsdName, attributes, { qualifiedOnly });
      if (undeclared) {
        const at = attributePosition(content, tag.name, undeclared.attribute.name, startLine, startColumn);
        fail(undeclared.reason, at.line, at.column);
      }
    }
    stack.push(inNamespace ? { node, text: '', xsdName: tag.local } : { node, text: '' });
  });
  const addText = (text: string) => {
    if (stack.length === 0) return;
    const open = stack[stack.length - 1]!;
    // Whitespace before any other text is trimmed away at the end anyway: most of it is the
    // indentation between elements, not worth collecting.
    if (open.text === '' && JAVA_BLANK.test(text)) return;
    open.text += text;
  };
  parser.on('text', addText);
  if (hasCdata) parser.on('cdata', addText);
  parser.on('closetag', () => {
    const open = stack.pop();
    if (!open) return;
    if (open.text === '') return;
    const text = javaTrim(open.text);
    if (text !== '') open.node.text = text;
  });

  parser.write(content.replace(/^\uFEFF/, '')).close();
  if (!root) fail('The file has no <databaseChangeLog> element');
  return root!;
}

/**
 * Where `attribute` is written in the start tag of `element` (saxes reports no attribute
 * positions), falling back to the element's own. `line`/`column` are where saxes saw the element's
 * name; the tag starts on that line, so its attributes are read from there one by one.
 */
function attributePosition(content: string, element: string, attribute: string, line: number, column: number): { line: number; column: number } {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const tagLine = lines[line - 1] ?? '';
  const tagStart = tagLine.lastIndexOf(`<${element}`, column);
  if (tagStart < 0) return { line, column };
  const rest = [tagLine.slice(tagStart + element.length + 1), ...lines.slice(line)].join('\n');
  const next = /\s+([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')/y;
  for (let match = next.exec(rest); match; match = next.exec(rest)) {
    if (match[1] !== attribute) continue;
    const before = rest.slice(0, match.index + match[0].indexOf(attribute));
    const newlines = before.split('\n');
    return newlines.length === 1
      ? { line, column: tagStart + element.length + 1 + before.length + 1 }
      : { line: line + newlines.length - 1, column: newlines[newlines.length - 1]!.length + 1 };
  }
  return { line, column };
}
