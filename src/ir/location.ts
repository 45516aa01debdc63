import { Attribute } from "./attribute.js";

/**
 * Base of the location attributes (`loc(...)`), which record where an
 * operation or block argument came from. The concrete kinds (unknown,
 * file:line:col, name, call site, fused, opaque) live in the builtin dialect.
 */
export abstract class LocationAttr extends Attribute {}
