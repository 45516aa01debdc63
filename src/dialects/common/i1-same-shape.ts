import type { TypeAttribute } from "../../ir/attribute.js";
import type { Context } from "../../ir/context.js";
import { BuiltinKind } from "../builtin/kind.js";
import { IntegerType } from "../builtin/types/integer-type.js";
import { RankedTensorType, UnrankedTensorType } from "../builtin/types/tensor-type.js";
import { VectorType } from "../builtin/types/vector-type.js";

/**
 * The `i1` type shaped like `t` (MLIR's `getI1SameShape`): `i1` for a
 * scalar, a vector or tensor of `i1` with `t`'s shape otherwise. The result
 * type of comparisons and classifications.
 */
export function boolLikeOf(ctx: Context, t: TypeAttribute): TypeAttribute {
  const i1 = IntegerType.get(ctx, 1);
  switch (t.kind) {
    case BuiltinKind.VectorType: {
      const v = t as VectorType;
      return VectorType.get(ctx, v.shape, i1, v.scalableDims);
    }
    case BuiltinKind.RankedTensorType:
      return RankedTensorType.get(ctx, (t as RankedTensorType).shape, i1, (t as RankedTensorType).encoding);
    case BuiltinKind.UnrankedTensorType:
      return UnrankedTensorType.get(ctx, i1);
    default:
      return i1;
  }
}
