import { Attribute } from "../../../ir/attribute.js";
import type { Context } from "../../../ir/context.js";
import { newUniquingTable } from "../../../ir/uniquing.js";
import type { AffineMap } from "../affine/affine-map.js";
import { BuiltinKind } from "../kind.js";

const table = newUniquingTable();

/** An affine map as an attribute: `affine_map<(d0)[s0] -> (d0 + s0)>`. */
export class AffineMapAttr extends Attribute {
  private constructor(
    /** The map (uniqued in the same context). */
    readonly map: AffineMap,
  ) {
    super(BuiltinKind.AffineMapAttr);
  }

  /** The uniqued attribute wrapping `map`. */
  static get(ctx: Context, map: AffineMap): AffineMapAttr {
    const t = ctx.table<AffineMap, AffineMapAttr>(table);
    let a = t.get(map);
    if (a === undefined) {
      t.set(map, (a = new AffineMapAttr(map)));
      ctx.madeAliasable = true;
    }
    return a;
  }
}
