import type { SourceLocation } from './model.js';

/*
 * The scalars of a YAML/JSON changelog that SnakeYAML types differently from the tree dbops
 * reads, recorded by the YAML reader and read by the checksum. A module of its own, so that the
 * checksum code (which every command loads) does not load the `yaml` library for XML or SQL
 * changelogs.
 */

/**
 * A scalar SnakeYAML gives Liquibase as a Double or a java.util.Date, where the tree holds a JS
 * number or the text written. `form` is how the timestamp was written: a date (`2000-01-31`), a
 * date and time without a zone (or with `Z`), or with an offset (`…T21:59:43-05:00`).
 */
export type JavaTypedScalar =
  | { readonly type: 'Double'; readonly value: number }
  | { readonly type: 'Date'; readonly instant: Date; readonly form: 'date' | 'local' | 'zoned'; readonly written: string };

/** A node's typed scalars by key, with its children in tree order (recorded only where some are typed). */
export interface JavaTypedNode {
  readonly name: string;
  readonly scalars: ReadonlyMap<string, JavaTypedScalar>;
  readonly children: readonly JavaTypedNode[];
}

/**
 * Keyed by the node's location object, which the node keeps through property expansion and which
 * a change loaded from it shares (`Change.location`).
 */
const javaTypedNodes = new WeakMap<SourceLocation, JavaTypedNode>();

/** The typed scalars of the node read at this location and below it, if it has any. */
export function javaTypedScalars(location: SourceLocation): JavaTypedNode | undefined {
  return javaTypedNodes.get(location);
}

/** Called by the YAML reader for a node with typed scalars (at it or below it). */
export function recordJavaTypedScalars(location: SourceLocation, node: JavaTypedNode): void {
  javaTypedNodes.set(location, node);
}
