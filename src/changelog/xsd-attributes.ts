import { XSD_ATTRIBUTES } from './xsd-attributes.generated.js';

/** The namespace of dbchangelog elements. */
export const DBCHANGELOG_NAMESPACE = 'http://www.liquibase.org/xml/ns/dbchangelog';
/** The XSD the attribute table comes from (scripts/generate-xsd-attributes.mjs). */
export const XSD_VERSION = '4.28';

/** xsi:schemaLocation, xsi:type…: allowed on every element by XML Schema itself. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** One attribute as a namespace-aware reader reports it. */
export interface XmlAttribute {
  /** As written, with its prefix. */
  readonly name: string;
  readonly local: string;
  /** The namespace; '' for an unprefixed attribute. */
  readonly uri: string;
}

const allowedByKey = new Map(Object.entries(XSD_ATTRIBUTES).map(([key, names]) => [key, new Set(names)]));
/** Elements with a `parent/element` entry. */
const declaredByPlace = new Set(Object.keys(XSD_ATTRIBUTES).flatMap((key) => (key.includes('/') ? [key.slice(key.indexOf('/') + 1)] : [])));

/**
 * Whether Liquibase validates a changelog with this `xsi:schemaLocation` against an XSD that
 * declares no attribute the 4.28 one lacks. Liquibase validates against the version the changelog
 * names: dbchangelog-4.0.xsd to -4.28.xsd (and -latest) each declare a subset of 4.28's attributes,
 * so 4.28's table refuses nothing they allow; the 1.x to 3.x XSDs allowed attributes 4.28 dropped
 * (any attribute on changes, in 3.6 to 3.10), so changelogs that name them are not checked. A
 * changelog that names no XSD, or one Liquibase does not ship, Liquibase refuses outright; dbops
 * checks it against 4.28.
 */
export function isCheckedSchemaLocation(schemaLocation: string | undefined): boolean {
  const version = /dbchangelog-(\d+)\.\d+\.xsd/.exec(schemaLocation ?? '')?.[1];
  return version === undefined || Number(version) >= 4;
}

/**
 * The first attribute of a dbchangelog element that Liquibase 4.28's XSD does not allow, with the
 * reason, or undefined. `parent` is the enclosing dbchangelog element, if any: a few elements
 * (`column` in addColumn or loadData, `param`, `where`) are declared differently by place.
 * An element the XSD does not declare at all is left to the changelog reader. With
 * `qualifiedOnly`, attributes without a namespace are not judged (the caller checks them).
 */
export function undeclaredAttribute(
  element: string,
  parent: string | undefined,
  attributes: Readonly<Record<string, XmlAttribute>>,
  { qualifiedOnly = false } = {},
): { attribute: XmlAttribute; reason: string } | undefined {
  const allowed = (parent !== undefined && declaredByPlace.has(element) ? allowedByKey.get(`${parent}/${element}`) : undefined) ?? allowedByKey.get(element);
  if (!allowed || allowed.has('##any')) return undefined;
  for (const key in attributes) {
    const attribute = attributes[key]!;
    if (attribute.name === 'xmlns' || attribute.uri === XMLNS_NAMESPACE || attribute.uri === XSI_NAMESPACE) continue;
    if (attribute.uri === '') {
      if (qualifiedOnly || allowed.has(attribute.local)) continue;
      return { attribute, reason: unknownAttributeReason(element, attribute.local, allowed) };
    }
    if (attribute.uri === DBCHANGELOG_NAMESPACE) {
      return {
        attribute,
        reason: `Attribute '${attribute.name}' is not allowed on <${element}>: write it without the namespace prefix (dbchangelog attributes are unqualified in Liquibase ${XSD_VERSION}'s XSD)`,
      };
    }
    if (allowed.has('##other')) continue;
    return {
      attribute,
      reason: `Attribute '${attribute.name}' is not allowed on <${element}>: remove it; Liquibase ${XSD_VERSION}'s XSD allows no extension attributes (attributes of other namespaces) on <${element}>`,
    };
  }
  return undefined;
}

function unknownAttributeReason(element: string, name: string, allowed: ReadonlySet<string>): string {
  const lower = name.toLowerCase();
  const sameButCase = [...allowed].find((candidate) => candidate.toLowerCase() === lower);
  const hint = sameButCase ? ` (did you mean '${sameButCase}'?)` : '';
  return `Attribute '${name}' is not allowed on <${element}>${hint}: remove it; Liquibase ${XSD_VERSION}'s XSD does not declare it, and Liquibase refuses the changelog`;
}
