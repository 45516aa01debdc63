import { Attribute } from "./attribute.js";

/**
 * Base of the location attributes (`loc(...)`), which record where an
 * operation or block argument came from. The concrete kinds (unknown,
 * file:line:col, name, call site, fused, opaque) live in the builtin dialect.
 */
export abstract class LocationAttr extends Attribute {}

/**
 * Something that can make the location of an offset in a source text: a
 * file being parsed into a context. Operations and block arguments created
 * by the parser record the source and the offset, and build their
 * `file:line:col` location only when asked (see `Operation.location`):
 * computing and uniquing a location for every operation was a quarter of
 * the parse time of a large module.
 */
export interface LocationSource {
  /** The location of `offset`. */
  locationOf(offset: number): LocationAttr;
}

/** Something with a location that may not be computed yet (operations, block arguments). */
export interface LazyLocated {
  loc: LocationAttr | LocationSource | null;
  locOffset: number;
}

/** @internal The location of `o`, computed (and kept) on first use. */
export function resolveLocation(o: LazyLocated): LocationAttr | null {
  const l = o.loc;
  if (l === null || l instanceof LocationAttr) return l;
  const resolved = l.locationOf(o.locOffset);
  o.loc = resolved;
  return resolved;
}
