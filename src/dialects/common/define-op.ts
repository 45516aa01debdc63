/**
 * `defineOp` as tsdl's own dialects use it: assembly formats are compiled
 * on an operation's first use ({@link DefineOptions.lazyFormat}). Start-up
 * defines every operation of every dialect; a run uses a few of them. The
 * test suite compiles all of the formats, so none can fail later.
 */
import { defineOp as defineOpWith, type OpClass, type OpSpec } from "../../irdl/op-def.js";

export function defineOp<const S extends OpSpec>(spec: S): OpClass<S> {
  return defineOpWith(spec, { lazyFormat: true });
}
