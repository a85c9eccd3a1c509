#!/usr/bin/env node
// Writes src/changelog/xsd-attributes.generated.ts: which attributes each element of the
// dbchangelog namespace may carry, derived from the XSD inside the reference Liquibase's jar.
//
//   node scripts/generate-xsd-attributes.mjs                 write the module
//   node scripts/generate-xsd-attributes.mjs --check         exit 1 if the committed module differs
//   node scripts/generate-xsd-attributes.mjs --xsd=FILE      derive from another XSD (prints the table)
//
// Needs `npm install --prefix tools/reference` and `unzip`. The XSD itself is not copied into the
// repository: only the attribute names, which are facts of the changelog format.
//
// What is modelled of XML Schema is what dbchangelog-*.xsd uses: global and local element
// declarations, element refs, named and anonymous complex types, complexContent and simpleContent
// extensions, attribute groups, model groups, and attribute wildcards (`##any`, `##other`)
// combined the way XML Schema 1.0 combines them (§3.4.2: a type's own wildcard is intersected with
// its attribute groups' wildcards, an extension's is united with its base type's). Anything else
// stops the script, so that a new XSD construct is noticed rather than misread.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JAR = path.join(ROOT, 'tools/reference/node_modules/liquibase/dist/liquibase/internal/lib/liquibase-core.jar');
const XSD_VERSION = '4.28';
const XSD_ENTRY = `www.liquibase.org/xml/ns/dbchangelog/dbchangelog-${XSD_VERSION}.xsd`;
const OUTPUT = path.join(ROOT, 'src/changelog/xsd-attributes.generated.ts');
const XS = 'http://www.w3.org/2001/XMLSchema';

/** @typedef {{ name: string, attributes: Record<string, string>, children: XsdNode[] }} XsdNode */
/** @typedef {'any' | 'other' | null} Wildcard  `null`: no wildcard. */
/** @typedef {{ attributes: Set<string>, wildcard: Wildcard, elements: XsdNode[] }} TypeProfile */

const args = process.argv.slice(2);
const check = args.includes('--check');
const xsdArgument = args.find((arg) => arg.startsWith('--xsd='))?.slice('--xsd='.length);

const table = deriveTable(xsdArgument ? readFileSync(xsdArgument, 'utf8') : readXsdFromJar());
if (xsdArgument) {
  process.stdout.write(JSON.stringify(table, null, 2) + '\n');
} else {
  const module = renderModule(table);
  if (check) {
    const committed = readFileSync(OUTPUT, 'utf8');
    if (committed !== module) {
      console.error(`${path.relative(ROOT, OUTPUT)} is out of date: run node scripts/generate-xsd-attributes.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, module);
    console.log(`wrote ${path.relative(ROOT, OUTPUT)} (${Object.keys(table).length} entries)`);
  }
}

function readXsdFromJar() {
  const run = spawnSync('unzip', ['-p', JAR, XSD_ENTRY], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.error || run.status !== 0 || !run.stdout) {
    throw new Error(`cannot read ${XSD_ENTRY} from ${JAR} (npm install --prefix tools/reference?): ${run.error?.message ?? run.stderr}`);
  }
  return run.stdout;
}

/** The schema as a tree of XML Schema elements (annotations left out). */
function parseXsd(text) {
  const parser = new SaxesParser({ xmlns: true });
  /** @type {XsdNode[]} */
  const stack = [];
  /** @type {XsdNode | undefined} */
  let root;
  let skipDepth = 0;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    if (skipDepth > 0 || tag.uri !== XS || tag.local === 'annotation') {
      skipDepth++;
      return;
    }
    /** @type {Record<string, string>} */
    const attributes = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === '' && attribute.local !== 'xmlns') attributes[attribute.local] = attribute.value;
    }
    const node = { name: tag.local, attributes, children: [] };
    if (stack.length === 0) root = node;
    else stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    if (skipDepth > 0) skipDepth--;
    else stack.pop();
  });
  parser.write(text).close();
  if (root?.name !== 'schema') throw new Error('not an XML Schema');
  return root;
}

/** `prefix:name` → `name`; the schema's own definitions are all in its target namespace. */
function localName(qname) {
  return qname.slice(qname.indexOf(':') + 1);
}

function deriveTable(text) {
  const schema = parseXsd(text);
  if (schema.attributes.attributeFormDefault === 'qualified') throw new Error('qualified attributes are not modelled');
  const globals = { element: new Map(), complexType: new Map(), attributeGroup: new Map(), group: new Map() };
  for (const child of schema.children) {
    const index = globals[child.name];
    if (index) index.set(child.attributes.name, child);
    else if (!['simpleType', 'import', 'include'].includes(child.name)) throw new Error(`unexpected top-level <xsd:${child.name}>`);
  }
  const lookUp = (kind, qname) => {
    const found = globals[kind].get(localName(qname));
    if (!found) throw new Error(`no ${kind} named ${qname}`);
    return found;
  };

  /** @type {Map<XsdNode, { attributes: Set<string>, wildcard: Wildcard }>} */
  const groupCache = new Map();
  /** An attribute group's attributes and wildcard. */
  const attributeGroup = (group) => {
    let cached = groupCache.get(group);
    if (!cached) {
      cached = collectAttributes(group);
      groupCache.set(group, cached);
    }
    return cached;
  };

  /** The attributes and complete wildcard declared directly in a type, extension or attribute group. */
  const collectAttributes = (node) => {
    const attributes = new Set();
    /** @type {Wildcard | undefined} */
    let local;
    /** @type {Wildcard[]} */
    const groupWildcards = [];
    for (const child of node.children) {
      if (child.name === 'attribute') {
        if (child.attributes.use === 'prohibited') continue;
        if (!child.attributes.name) throw new Error('attribute references are not modelled');
        attributes.add(child.attributes.name);
      } else if (child.name === 'attributeGroup') {
        const group = attributeGroup(lookUp('attributeGroup', child.attributes.ref));
        for (const name of group.attributes) attributes.add(name);
        if (group.wildcard) groupWildcards.push(group.wildcard);
      } else if (child.name === 'anyAttribute') {
        local = namespaceConstraint(child.attributes.namespace);
      }
    }
    // XML Schema 1.0 §3.4.2 / §3.6.2: the local wildcard narrowed by every group's wildcard.
    let wildcard = local ?? null;
    if (local === undefined && groupWildcards.length > 0) wildcard = groupWildcards.reduce(intersect);
    else if (local !== undefined) wildcard = groupWildcards.reduce(intersect, local);
    return { attributes, wildcard };
  };

  /** Element declarations a content model (sequence, choice, all, group) can hold. */
  const collectElements = (node, into = []) => {
    for (const child of node.children) {
      if (child.name === 'element') into.push(child.attributes.ref ? lookUp('element', child.attributes.ref) : child);
      else if (child.name === 'group') collectElements(lookUp('group', child.attributes.ref), into);
      else if (['sequence', 'choice', 'all'].includes(child.name)) collectElements(child, into);
    }
    return into;
  };

  /** @type {Map<XsdNode, TypeProfile>} */
  const typeCache = new Map();
  /** @returns {TypeProfile} */
  const complexType = (type) => {
    let cached = typeCache.get(type);
    if (cached) return cached;
    const content = type.children.find((child) => child.name === 'complexContent' || child.name === 'simpleContent');
    if (!content) {
      cached = { ...collectAttributes(type), elements: collectElements(type) };
    } else {
      const derivation = content.children.find((child) => child.name === 'extension' || child.name === 'restriction');
      if (derivation?.name !== 'extension') throw new Error(`<xsd:${content.name}> without <xsd:extension> is not modelled`);
      const own = collectAttributes(derivation);
      const baseName = derivation.attributes.base;
      const base = baseName.startsWith('xsd:') || baseName.startsWith('xs:') || !globals.complexType.has(localName(baseName))
        ? { attributes: new Set(), wildcard: null, elements: [] }
        : complexType(lookUp('complexType', baseName));
      cached = {
        attributes: new Set([...base.attributes, ...own.attributes]),
        wildcard: unite(base.wildcard, own.wildcard),
        elements: [...base.elements, ...collectElements(derivation)],
      };
    }
    typeCache.set(type, cached);
    return cached;
  };

  /** @returns {TypeProfile} */
  const elementType = (element) => {
    const inline = element.children.find((child) => child.name === 'complexType');
    if (inline) return complexType(inline);
    const typeName = element.attributes.type;
    // No type at all is xsd:anyType (§3.3.2), which takes any attribute.
    const untyped = !typeName && !element.children.some((child) => child.name === 'simpleType');
    if (untyped || (typeName && /^xsd?:anyType$/.test(typeName))) return { attributes: new Set(), wildcard: 'any', elements: [] };
    if (typeName && globals.complexType.has(localName(typeName)) && !/^xsd?:/.test(typeName)) {
      return complexType(lookUp('complexType', typeName));
    }
    return { attributes: new Set(), wildcard: null, elements: [] };
  };

  // Every declaration each element name has, by the name of the element it appears in (null for
  // a global declaration, which is what a lax wildcard validates an element against).
  /** @type {Map<string, Map<string | null, Set<XsdNode>>>} */
  const uses = new Map();
  const record = (parent, element) => {
    const name = element.attributes.name;
    if (!uses.has(name)) uses.set(name, new Map());
    const byParent = uses.get(name);
    if (!byParent.has(parent)) byParent.set(parent, new Set());
    byParent.get(parent).add(element);
  };
  for (const element of globals.element.values()) record(null, element);
  const seen = new Set();
  const walk = (element) => {
    if (seen.has(element)) return;
    seen.add(element);
    for (const child of elementType(element).elements) {
      record(element.attributes.name, child);
      walk(child);
    }
  };
  for (const element of globals.element.values()) walk(element);

  const allowed = (declarations) => {
    const names = new Set();
    /** @type {Wildcard | undefined} */
    let wildcard;
    for (const declaration of declarations) {
      const type = elementType(declaration);
      for (const name of type.attributes) names.add(name);
      wildcard = wildcard === undefined ? type.wildcard : unite(wildcard, type.wildcard);
    }
    const list = [...names].sort();
    if (wildcard) list.push(`##${wildcard}`);
    return list;
  };

  /** @type {Record<string, string[]>} */
  const result = {};
  for (const name of [...uses.keys()].sort()) {
    const byParent = uses.get(name);
    const variants = new Map();
    for (const [parent, declarations] of byParent) variants.set(parent, allowed(declarations));
    const distinct = new Set([...variants.values()].map((list) => list.join(' ')));
    if (distinct.size === 1) {
      result[name] = [...variants.values()][0];
      continue;
    }
    // Declared differently in different places: the bare name holds the global declaration (what
    // an element met where the schema does not place it is validated against) or else the most
    // common one, and `parent/name` each place that differs from it.
    const counts = new Map();
    for (const list of variants.values()) counts.set(list.join(' '), (counts.get(list.join(' ')) ?? 0) + 1);
    const common = variants.get(null) ?? [...counts].sort((a, b) => b[1] - a[1])[0][0].split(' ').filter(Boolean);
    result[name] = common;
    for (const parent of [...variants.keys()].filter((key) => key !== null).sort()) {
      if (variants.get(parent).join(' ') !== common.join(' ')) result[`${parent}/${name}`] = variants.get(parent);
    }
  }
  return result;
}

/** @returns {Wildcard} */
function namespaceConstraint(namespace = '##any') {
  if (namespace === '##any' || namespace === '##other') return namespace.slice(2);
  throw new Error(`anyAttribute namespace="${namespace}" is not modelled`);
}

/** @returns {Wildcard} */
function intersect(a, b) {
  if (a === null || b === null) return null;
  return a === 'any' ? b : a;
}

/** @returns {Wildcard} */
function unite(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  return a === 'other' ? b : a;
}

function renderModule(table) {
  const lines = [
    `// Generated by scripts/generate-xsd-attributes.mjs from dbchangelog-${XSD_VERSION}.xsd in the reference`,
    '// Liquibase jar (tools/reference). Do not edit: run `node scripts/generate-xsd-attributes.mjs`.',
    '',
    '/**',
    ` * The attributes Liquibase ${XSD_VERSION}'s XSD lets each element of the dbchangelog namespace carry.`,
    ' * Keyed by element name; `parent/element` entries override it where the XSD declares the element',
    ' * differently inside that parent.',
    ' * `##other` allows attributes of any other namespace, `##any` any attribute at all.',
    ' */',
    'export const XSD_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {',
  ];
  for (const [key, names] of Object.entries(table)) {
    lines.push(`  ${/^\w+$/.test(key) ? key : `'${key}'`}: [${names.map((name) => `'${name}'`).join(', ')}],`);
  }
  lines.push('};', '');
  return lines.join('\n');
}
