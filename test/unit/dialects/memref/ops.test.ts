// memref operations built and inspected through the API (what the textual
// tests cannot reach): builders, default-valued properties that stay absent,
// accessors over result groups, and the printed names of grouped results.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../../src/ir/block.js";
import { Context } from "../../../../src/ir/context.js";
import { loadAllDialects } from "../../../../src/dialects/all.js";
import { IndexType } from "../../../../src/dialects/builtin/types/index-type.js";
import { FloatType } from "../../../../src/dialects/builtin/types/float-type.js";
import { MemRefType } from "../../../../src/dialects/builtin/types/memref-type.js";
import { DYNAMIC } from "../../../../src/dialects/builtin/types/shaped-type.js";
import { ExtractStridedMetadataOp, LoadOp, SubViewOp } from "../../../../src/dialects/memref/ops.js";
import { parseSourceString } from "../../../../src/parse/parse.js";
import { printOperation } from "../../../../src/print/print.js";
import { verify } from "../../../../src/ir/verify.js";
import { walk } from "../../../../src/ir/walk.js";
import type { IntegerAttr } from "../../../../src/dialects/builtin/attributes/integer-attr.js";

function setup(): { ctx: Context; block: Block; m: MemRefType } {
  const ctx = loadAllDialects(new Context());
  const f32 = FloatType.get(ctx, "f32");
  const m = MemRefType.get(ctx, [4, DYNAMIC], f32);
  const block = new Block();
  block.addArgument(m);
  block.addArgument(IndexType.get(ctx));
  return { ctx, block, m };
}

describe("memref builders", () => {
  test("load infers its result type; nontemporal stays absent but reads false", () => {
    const { ctx, block, m } = setup();
    const [mem, i] = block.arguments;
    const load = LoadOp.create(ctx, { memref: mem!, indices: [i!, i!] });
    assert.equal(load.result.type, m.elementType);
    assert.equal(load.operation.properties, null);
    assert.equal((load.nontemporal as IntegerAttr).value, 0n);
  });

  test("subview splits its operands by operandSegmentSizes", () => {
    const ctx = loadAllDialects(new Context());
    const text = `func.func @f(%m: memref<4x?xf32>, %i: index) {
  %s = memref.subview %m[%i, 0] [2, 2] [1, 1] : memref<4x?xf32> to memref<2x2xf32, strided<[?, 1], offset: ?>>
  return
}`;
    const mod = parseSourceString(ctx, text);
    verify(mod);
    let sub: SubViewOp | null = null;
    walk(mod, (op) => {
      sub ??= SubViewOp.dynCast(op);
    });
    assert.ok(sub !== null);
    const s = sub as SubViewOp;
    assert.equal(s.offsets.length, 1);
    assert.equal(s.sizes.length, 0);
    assert.equal(s.strides.length, 0);
  });
});

describe("memref.extract_strided_metadata", () => {
  const text = `func.func @f(%m: memref<4x?xf32>) -> index {
  %b, %o, %s:2, %t:2 = memref.extract_strided_metadata %m : memref<4x?xf32> -> memref<f32>, index, index, index, index, index
  return %t#1 : index
}`;

  test("sizes and strides accessors split the index results", () => {
    const ctx = loadAllDialects(new Context());
    const mod = parseSourceString(ctx, text);
    verify(mod);
    let md: ExtractStridedMetadataOp | null = null;
    walk(mod, (op) => {
      md ??= ExtractStridedMetadataOp.dynCast(op);
    });
    const x = md as unknown as ExtractStridedMetadataOp;
    assert.equal(x.sizes.length, 2);
    assert.equal(x.strides.length, 2);
    assert.equal(x.strides[1], x.operation.results[5]);
  });

  test("grouped result names print as mlir-opt's (%sizes:2, used as %strides#1)", () => {
    const ctx = loadAllDialects(new Context());
    const out = printOperation(parseSourceString(ctx, text));
    assert.match(out, /%base_buffer, %offset, %sizes:2, %strides:2 = memref\.extract_strided_metadata/);
    assert.match(out, /return %strides#1 : index/);
  });
});
