// Uniquing of the builtin types (dialects/builtin/types/): equal types are
// one object per context, different contexts give different objects, and
// `get` canonicalizes where MLIR does (memref identity layouts, memory
// space 0, vectors without scalable dims).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { TypeAttribute } from "../../../../src/ir/attribute.js";
import { Context } from "../../../../src/ir/context.js";
import { AffineExpr } from "../../../../src/dialects/builtin/affine/affine-expr.js";
import { AffineMap } from "../../../../src/dialects/builtin/affine/affine-map.js";
import { AffineMapAttr } from "../../../../src/dialects/builtin/attributes/affine-map-attr.js";
import { IntegerAttr } from "../../../../src/dialects/builtin/attributes/integer-attr.js";
import { StridedLayoutAttr } from "../../../../src/dialects/builtin/attributes/strided-layout-attr.js";
import { StringAttr } from "../../../../src/dialects/builtin/attributes/string-attr.js";
import { ComplexType } from "../../../../src/dialects/builtin/types/complex-type.js";
import { FloatType, floatTypeNames, isFloatTypeName } from "../../../../src/dialects/builtin/types/float-type.js";
import { FunctionType } from "../../../../src/dialects/builtin/types/function-type.js";
import { IndexType } from "../../../../src/dialects/builtin/types/index-type.js";
import { IntegerType, maxIntegerWidth, Signedness } from "../../../../src/dialects/builtin/types/integer-type.js";
import { MemRefType, UnrankedMemRefType } from "../../../../src/dialects/builtin/types/memref-type.js";
import { NoneType } from "../../../../src/dialects/builtin/types/none-type.js";
import { OpaqueType } from "../../../../src/dialects/builtin/types/opaque-type.js";
import { DYNAMIC } from "../../../../src/dialects/builtin/types/shaped-type.js";
import { RankedTensorType, UnrankedTensorType } from "../../../../src/dialects/builtin/types/tensor-type.js";
import { TupleType } from "../../../../src/dialects/builtin/types/tuple-type.js";
import { VectorType } from "../../../../src/dialects/builtin/types/vector-type.js";

describe("scalar types", () => {
  test("IntegerType: one object per width and signedness", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    assert.equal(IntegerType.get(ctx, 32), i32);
    assert.equal(IntegerType.get(ctx, 32, Signedness.Signless), i32);
    const si32 = IntegerType.get(ctx, 32, Signedness.Signed);
    const ui32 = IntegerType.get(ctx, 32, Signedness.Unsigned);
    assert.equal(new Set([i32, si32, ui32, IntegerType.get(ctx, 31), IntegerType.get(ctx, 33)]).size, 5);
    assert.ok(i32.isSignless && !i32.isSigned && !i32.isUnsigned);
    assert.ok(si32.isSigned && !si32.isSignless);
    assert.ok(ui32.isUnsigned);
    assert.equal(si32.width, 32);
    assert.equal(IntegerType.get(ctx, 0).width, 0);
    assert.equal(IntegerType.get(ctx, maxIntegerWidth).width, maxIntegerWidth);
  });

  test("IntegerType: out-of-range widths throw, and nothing is cached for them", () => {
    const ctx = new Context();
    for (const w of [maxIntegerWidth + 1, -1, 1.5, NaN]) {
      assert.throws(() => IntegerType.get(ctx, w), RangeError, `width ${w}`);
      assert.throws(() => IntegerType.get(ctx, w), RangeError, `width ${w}, again`);
    }
  });

  test("IndexType and NoneType are singletons per context", () => {
    const ctx = new Context();
    assert.equal(IndexType.get(ctx), IndexType.get(ctx));
    assert.equal(NoneType.get(ctx), NoneType.get(ctx));
    assert.notEqual(IndexType.get(ctx) as TypeAttribute, NoneType.get(ctx));
    assert.ok(IndexType.get(ctx).isType);
  });

  test("FloatType: every builtin name, with its width; unknown names throw", () => {
    const ctx = new Context();
    const widths: Record<string, number> = { f16: 16, bf16: 16, f32: 32, f64: 64, f80: 80, f128: 128, tf32: 19, f8E4M3FN: 8, f6E2M3FN: 6, f4E2M1FN: 4 };
    for (const [name, w] of Object.entries(widths)) assert.equal(FloatType.get(ctx, name).width, w, name);
    const all = floatTypeNames.map((n) => FloatType.get(ctx, n));
    assert.equal(new Set(all).size, floatTypeNames.length);
    for (const n of floatTypeNames) {
      assert.equal(FloatType.get(ctx, n), all[floatTypeNames.indexOf(n)]);
      assert.equal(FloatType.get(ctx, n).name, n);
      assert.ok(isFloatTypeName(n));
    }
    // Names of Object.prototype members are not float types.
    for (const bad of ["f31", "F32", "toString", "__proto__", "constructor", ""]) {
      assert.ok(!isFloatTypeName(bad), bad);
      assert.throws(() => FloatType.get(ctx, bad), RangeError, bad);
    }
  });

  test("ComplexType, OpaqueType", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    assert.equal(ComplexType.get(ctx, f32), ComplexType.get(ctx, f32));
    assert.notEqual(ComplexType.get(ctx, f32), ComplexType.get(ctx, FloatType.get(ctx, "f64")));
    assert.equal(ComplexType.get(ctx, f32).elementType, f32);
    const o = OpaqueType.get(ctx, "foo", "bar<1>");
    assert.equal(OpaqueType.get(ctx, "foo", "bar<1>"), o);
    assert.notEqual(OpaqueType.get(ctx, "foo", "bar<2>"), o);
    assert.notEqual(OpaqueType.get(ctx, "foo.bar", "<1>"), o);
    assert.notEqual(OpaqueType.get(ctx, "fo", "obar<1>"), o);
    assert.equal(o.dialectNamespace, "foo");
    assert.equal(o.data, "bar<1>");
  });
});

describe("composite types", () => {
  test("TupleType: by element sequence; the array is copied and frozen", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const f32 = FloatType.get(ctx, "f32");
    const elems: TypeAttribute[] = [i32, f32];
    const t = TupleType.get(ctx, elems);
    elems.push(i32);
    assert.deepEqual(t.types, [i32, f32]);
    assert.ok(Object.isFrozen(t.types));
    assert.equal(TupleType.get(ctx, [i32, f32]), t);
    const all = [TupleType.get(ctx, []), TupleType.get(ctx, [i32]), t, TupleType.get(ctx, [f32, i32]), TupleType.get(ctx, [i32, f32, i32]), TupleType.get(ctx, [TupleType.get(ctx, [])])];
    assert.equal(new Set(all).size, all.length);
    assert.equal(TupleType.get(ctx, []), TupleType.get(ctx, []));
  });

  test("FunctionType: inputs and results are told apart", () => {
    const ctx = new Context();
    const i32 = IntegerType.get(ctx, 32);
    const i1 = IntegerType.get(ctx, 1);
    const f = FunctionType.get(ctx, [i32, i1], [i32]);
    assert.equal(FunctionType.get(ctx, [i32, i1], [i32]), f);
    assert.deepEqual(f.inputs, [i32, i1]);
    assert.deepEqual(f.results, [i32]);
    const all = [
      f,
      FunctionType.get(ctx, [], []),
      FunctionType.get(ctx, [i32], []),
      FunctionType.get(ctx, [], [i32]),
      FunctionType.get(ctx, [i32, i1, i32], []),
      FunctionType.get(ctx, [i32], [i1, i32]),
      FunctionType.get(ctx, [], [i32, i1, i32]),
    ];
    assert.equal(new Set(all).size, all.length);
    assert.ok(Object.isFrozen(f.inputs) && Object.isFrozen(f.results));
  });

  test("VectorType: shape, element type and scalable dims", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const v = VectorType.get(ctx, [4, 8], f32);
    assert.equal(VectorType.get(ctx, [4, 8], f32, [false, false]), v, "no scalable dim is the same as none given");
    assert.equal(VectorType.get(ctx, [4, 8], f32, []), v);
    assert.equal(v.isScalable, false);
    assert.deepEqual(v.scalableDims, []);
    const s1 = VectorType.get(ctx, [4, 8], f32, [false, true]);
    const s0 = VectorType.get(ctx, [4, 8], f32, [true, false]);
    assert.equal(VectorType.get(ctx, [4, 8], f32, [false, true]), s1);
    assert.ok(s1.isScalable);
    assert.deepEqual(s1.scalableDims, [false, true]);
    const all = [v, s0, s1, VectorType.get(ctx, [8, 4], f32), VectorType.get(ctx, [4], f32), VectorType.get(ctx, [4, 8, 1], f32), VectorType.get(ctx, [4, 8], IntegerType.get(ctx, 32)), VectorType.get(ctx, [32], f32)];
    assert.equal(new Set(all).size, all.length);
    assert.equal(v.rank, 2);
    assert.equal(v.numElements, 32);
  });

  test("RankedTensorType and UnrankedTensorType", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const shape = [2, DYNAMIC];
    const t = RankedTensorType.get(ctx, shape, f32);
    shape[0] = 3;
    assert.deepEqual(t.shape, [2, DYNAMIC]);
    assert.equal(RankedTensorType.get(ctx, [2, DYNAMIC], f32), t);
    const enc = StringAttr.get(ctx, "enc");
    const all = [t, RankedTensorType.get(ctx, [2, DYNAMIC], f32, enc), RankedTensorType.get(ctx, [DYNAMIC, 2], f32), RankedTensorType.get(ctx, [2], f32), RankedTensorType.get(ctx, [], f32), UnrankedTensorType.get(ctx, f32)];
    assert.equal(new Set(all).size, all.length);
    assert.equal(RankedTensorType.get(ctx, [2, DYNAMIC], f32, enc).encoding, enc);
    assert.equal(RankedTensorType.get(ctx, [], f32), RankedTensorType.get(ctx, [], f32));
    assert.equal(UnrankedTensorType.get(ctx, f32), UnrankedTensorType.get(ctx, f32));
    assert.ok(!t.hasStaticShape);
    assert.throws(() => t.numElements, RangeError);
    assert.equal(RankedTensorType.get(ctx, [], f32).numElements, 1);
    assert.equal(RankedTensorType.get(ctx, [], f32).rank, 0);
    const u = UnrankedTensorType.get(ctx, f32);
    assert.equal(u.hasRank, false);
    assert.throws(() => u.rank, RangeError);
    assert.equal(u.hasStaticShape, false);
  });

  test("MemRefType: identity layouts and memory space 0 are canonicalized away", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const plain = MemRefType.get(ctx, [4, 8], f32);
    const identity = AffineMapAttr.get(ctx, AffineMap.multiDimIdentity(ctx, 2));
    assert.equal(MemRefType.get(ctx, [4, 8], f32, identity), plain);
    assert.equal(MemRefType.get(ctx, [4, 8], f32, identity).layout, null);
    // memref<4x8xf32, 0> and memref<4x8xf32, 0 : i64> are memref<4x8xf32>, as in mlir-opt.
    assert.equal(MemRefType.get(ctx, [4, 8], f32, null, IntegerAttr.get(ctx, IntegerType.get(ctx, 64), 0)), plain);
    assert.equal(MemRefType.get(ctx, [4, 8], f32, identity, IntegerAttr.get(ctx, IntegerType.get(ctx, 8), 0)), plain);
    const space1 = IntegerAttr.get(ctx, IntegerType.get(ctx, 64), 1);
    const d0 = AffineExpr.dim(ctx, 0);
    const d1 = AffineExpr.dim(ctx, 1);
    const transposed = AffineMapAttr.get(ctx, AffineMap.get(ctx, 2, 0, [d1, d0]));
    const strided = StridedLayoutAttr.get(ctx, 0, [8, 1]);
    const all = [
      plain,
      MemRefType.get(ctx, [4, 8], f32, null, space1),
      MemRefType.get(ctx, [4, 8], f32, null, StringAttr.get(ctx, "gpu")),
      MemRefType.get(ctx, [4, 8], f32, transposed),
      MemRefType.get(ctx, [4, 8], f32, strided),
      MemRefType.get(ctx, [4, 8], f32, strided, space1),
      MemRefType.get(ctx, [8, 4], f32),
      MemRefType.get(ctx, [4, 8], IntegerType.get(ctx, 32)),
      UnrankedMemRefType.get(ctx, f32),
    ];
    assert.equal(new Set(all).size, all.length);
    assert.equal(MemRefType.get(ctx, [4, 8], f32, transposed).layout, transposed);
    assert.equal(MemRefType.get(ctx, [4, 8], f32, strided, space1), all[5]);
    assert.equal(MemRefType.get(ctx, [4, 8], f32, null, space1).memorySpace, space1);
  });

  test("MemRefType: an identity map of another rank is not the default layout", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const id1 = AffineMapAttr.get(ctx, AffineMap.multiDimIdentity(ctx, 1));
    const t = MemRefType.get(ctx, [4, 8], f32, id1);
    assert.equal(t.layout, id1);
    assert.notEqual(t, MemRefType.get(ctx, [4, 8], f32));
  });

  test("UnrankedMemRefType: memory space 0 is the default", () => {
    const ctx = new Context();
    const f32 = FloatType.get(ctx, "f32");
    const u = UnrankedMemRefType.get(ctx, f32);
    assert.equal(UnrankedMemRefType.get(ctx, f32, IntegerAttr.get(ctx, IntegerType.get(ctx, 8), 0)), u);
    assert.equal(UnrankedMemRefType.get(ctx, f32, IntegerAttr.get(ctx, IndexType.get(ctx), 0)), u);
    assert.equal(u.memorySpace, null);
    const s = UnrankedMemRefType.get(ctx, f32, IntegerAttr.get(ctx, IntegerType.get(ctx, 64), 3));
    assert.notEqual(s, u);
    assert.equal(u.hasRank, false);
  });
});

describe("contexts", () => {
  test("the same type in two contexts is two objects", () => {
    const a = new Context();
    const b = new Context();
    const make = (ctx: Context): TypeAttribute[] => {
      const i32 = IntegerType.get(ctx, 32);
      const f32 = FloatType.get(ctx, "f32");
      return [
        i32,
        IndexType.get(ctx),
        NoneType.get(ctx),
        f32,
        ComplexType.get(ctx, f32),
        TupleType.get(ctx, [i32]),
        FunctionType.get(ctx, [i32], [i32]),
        VectorType.get(ctx, [4], f32),
        RankedTensorType.get(ctx, [4], f32),
        UnrankedTensorType.get(ctx, f32),
        MemRefType.get(ctx, [4], f32),
        UnrankedMemRefType.get(ctx, f32),
        OpaqueType.get(ctx, "foo", "t"),
      ];
    };
    const xs = make(a);
    const ys = make(b);
    assert.deepEqual(make(a), xs, "stable within a context");
    xs.forEach((x, i) => assert.notEqual(x, ys[i], `type #${i}`));
    // Composite types of one context are built from that context's parts.
    assert.equal((ys[5] as TupleType).types[0], ys[0]);
  });
});
