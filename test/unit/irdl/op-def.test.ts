/**
 * Declarative operation definitions (`src/irdl/op-def.ts`): typed
 * accessors, the builder and its type inference, operand segments, the
 * generated verifier, and format compilation errors.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Context } from "../../../src/ir/context.js";
import { VerifyError } from "../../../src/ir/diagnostic.js";
import { Block } from "../../../src/ir/block.js";
import { Operation } from "../../../src/ir/operation.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
import { FloatType } from "../../../src/dialects/builtin/types/float-type.js";
import { IndexType } from "../../../src/dialects/builtin/types/index-type.js";
import { IntegerAttr } from "../../../src/dialects/builtin/attributes/integer-attr.js";
import { anyType, i64Attr, index, signlessIntegerLike, typeVar } from "../../../src/irdl/constraint.js";
import { defineOp, defaultProp, optional, optionalProp, variadic } from "../../../src/irdl/op-def.js";
import { defineDialect } from "../../../src/irdl/dialect-def.js";
import { defineType } from "../../../src/irdl/attr-def.js";
import { FormatError } from "../../../src/irdl/format/format-lexer.js";
import { Pure, SameOperandsAndResultType } from "../../../src/irdl/traits.js";
import { OpTrait } from "../../../src/ir/op-definition.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";
import { verify } from "../../../src/ir/verify.js";
import { loadAllDialects } from "../../../src/dialects/all.js";

const T = typeVar("T", signlessIntegerLike);

class ScaleOp extends defineOp({
  name: "u.scale",
  operands: { input: T, factor: T },
  results: { out: T },
  properties: { shift: defaultProp(i64Attr, (ctx) => IntegerAttr.get(ctx, IntegerType.get(ctx, 64), 0)), note_text: optionalProp(i64Attr) },
  traits: [Pure],
  format: "$input `by` $factor (`shift` $shift^)? attr-dict `:` type($out)",
}) {}

class PackOp extends defineOp({
  name: "u.pack",
  operands: { head: index, rest: variadic(anyType), tail: optional(index) },
  results: { r: anyType },
  format: "$head `,` `[` $rest `]` (`tail` $tail^)? attr-dict `:` type($rest) `->` type($r)",
}) {}

class AddOp extends defineOp({
  name: "u.add",
  operands: { lhs: signlessIntegerLike, rhs: signlessIntegerLike },
  results: { result: signlessIntegerLike },
  traits: [Pure, SameOperandsAndResultType],
  format: "$lhs `,` $rhs attr-dict `:` type($result)",
}) {}

const dialect = defineDialect("u", { ops: [ScaleOp, PackOp, AddOp] });

function setup(): { ctx: Context; block: Block; arg: (t: import("../../../src/ir/attribute.js").TypeAttribute) => import("../../../src/ir/value.js").Value } {
  const ctx = loadAllDialects(new Context({ allowUnregisteredDialects: true }));
  ctx.loadDialect(dialect);
  const block = new Block();
  return { ctx, block, arg: (t) => block.addArgument(t) };
}

describe("defineOp", () => {
  test("builder infers the result type from the constraint variable and fills default properties", () => {
    const { ctx, arg } = setup();
    const i32 = IntegerType.get(ctx, 32);
    const x = arg(i32);
    const s = ScaleOp.create(ctx, { input: x, factor: x });
    assert.equal(s.out.type, i32);
    assert.equal(s.input, x);
    assert.equal(s.factor, x);
    assert.equal((s.shift as IntegerAttr).value, 0n);
    assert.equal(s.noteText, undefined);
    assert.ok(ScaleOp.is(s.operation));
    assert.equal(AddOp.dynCast(s.operation), null);
    assert.throws(() => AddOp.cast(s.operation), TypeError);
    assert.ok(s.operation.name.hasTrait(OpTrait.Pure));
  });

  test("variadic and optional groups get operandSegmentSizes and range accessors", () => {
    const { ctx, arg } = setup();
    const idx = IndexType.get(ctx);
    const f = FloatType.get(ctx, "f32");
    const h = arg(idx);
    const a = arg(f);
    const b = arg(f);
    const t = arg(idx);
    const p = PackOp.create(ctx, { head: h, rest: [a, b], tail: t, r: f });
    assert.deepEqual(p.rest, [a, b]);
    assert.equal(p.tail, t);
    assert.equal(p.head, h);
    const q = PackOp.create(ctx, { head: h, rest: [], r: f });
    assert.deepEqual(q.rest, []);
    assert.equal(q.tail, null);
    assert.equal(printOperation(q.operation, { generic: true }).includes("operandSegmentSizes = array<i32: 1, 0, 0>"), true);
  });

  test("the custom form round-trips, eliding the default property", () => {
    const { ctx } = setup();
    const text = `func.func @f(%a: i32, %i: index, %x: f32) {
  %0 = u.scale %a by %a : i32
  %1 = u.scale %a by %a shift 3 {k = 1 : i64} : i32
  %2 = u.pack %i, [%x, %x] tail %i : f32, f32 -> f32
  %3 = u.pack %i, [] : -> index
  %4 = u.add %0, %1 : i32
  return
}`;
    const m = parseSourceString(ctx, text);
    verify(m);
    const out = printOperation(m);
    assert.match(out, /%0 = u\.scale %arg0 by %arg0 : i32\n/);
    assert.match(out, /%1 = u\.scale %arg0 by %arg0 shift 3 \{k = 1 : i64\} : i32/);
    assert.match(out, /%2 = u\.pack %arg1, \[%arg2, %arg2\] tail %arg1 : f32, f32 -> f32/);
    // An empty type list still gets its space, as in ODS-generated printers.
    assert.match(out, /%3 = u\.pack %arg1, \[\] :  -> index/);
    const again = printOperation(parseSourceString(ctx, printOperation(m, { generic: true })));
    assert.equal(again, out);
  });

  test("the verifier reports MLIR's messages", () => {
    const { ctx, block, arg } = setup();
    const f = FloatType.get(ctx, "f32");
    const i32 = IntegerType.get(ctx, 32);
    const i64 = IntegerType.get(ctx, 64);
    const x = arg(f);
    const a = arg(i32);
    const b = arg(i64);
    const check = (op: Operation, message: string): void => {
      block.append(op);
      try {
        assert.throws(() => ctx.operationName(op.opName).def!.verify!(op), (e: unknown) => e instanceof VerifyError && e.diagnostic.message === message);
      } finally {
        op.erase();
      }
    };
    const name = (n: string) => ctx.operationName(n);
    check(Operation.create(name("u.scale"), { operands: [x, x], resultTypes: [f] }), "'u.scale' op operand #0 must be signless-integer-like, but got 'f32'");
    check(Operation.create(name("u.scale"), { operands: [a, b], resultTypes: [i32] }), "'u.scale' op failed to verify that all of {input, factor, out} have same type");
    check(Operation.create(name("u.add"), { operands: [a, b], resultTypes: [i32] }), "'u.add' op requires the same type for all operands and results");
    check(Operation.create(name("u.add"), { operands: [a], resultTypes: [i32] }), "'u.add' op expected 2 operands, but found 1");
    check(Operation.create(name("u.add"), { operands: [a, a] }), "'u.add' op requires one result");
    check(Operation.create(name("u.pack"), { operands: [a], resultTypes: [i32] }), "'u.pack' op requires attribute 'operandSegmentSizes'");
  });

  test("malformed formats fail when the operation is defined", () => {
    assert.throws(() => defineOp({ name: "u.bad1", operands: { a: anyType }, format: "$a $b attr-dict" }), FormatError);
    assert.throws(() => defineOp({ name: "u.bad2", operands: { a: anyType }, format: "$a attr-dict" }), /type of operand 'a' is not printed/);
    assert.throws(() => defineOp({ name: "u.bad3", operands: { a: anyType }, format: "($a)? attr-dict `:` type($a)" }), /anchor/);
  });
});

describe("attribute and type definitions", () => {
  const Pair = defineType({
    dialect: "v",
    mnemonic: "pair",
    parameters: { first: anyType, second: anyType },
    verify: (ps) => (ps[0] === ps[1] ? "the two types must differ" : null),
  });
  const vDialect = defineDialect("v", { ops: [], types: [Pair] });

  test("parse, print, uniquing and parameter checks", () => {
    const ctx = new Context({ allowUnregisteredDialects: true });
    ctx.loadDialect(vDialect);
    const i32 = IntegerType.get(ctx, 32);
    const f32 = FloatType.get(ctx, "f32");
    const t = Pair.get(ctx, [i32, f32]);
    assert.equal(Pair.get(ctx, [i32, f32]), t);
    assert.equal(t.param("second"), f32);
    const m = parseSourceString(ctx, '"test.op"() : () -> !v.pair<i32, f32>');
    assert.equal(m.region(0).entryBlock!.first!.results[0]!.type, t);
    assert.match(printOperation(m), /!v\.pair<i32, f32>/);
    assert.throws(() => Pair.get(ctx, [i32, i32]), /the two types must differ/);
    assert.throws(() => parseSourceString(ctx, '"test.op"() : () -> !v.pair<i32, i32>'), /the two types must differ/);
    assert.throws(() => parseSourceString(ctx, '"test.op"() : () -> !v.nope'), /unknown type `nope` in dialect `v`/);
  });
});

describe("interfaces", () => {
  test("folding, calls and branches are found through getInterface", async () => {
    const { FoldInterface, CallOpInterface, CallableOpInterface, BranchOpInterface, getInterface } = await import("../../../src/ir/op-interface.js");
    const ctx = loadAllDialects(new Context());
    const m = parseSourceString(
      ctx,
      `func.func @f(%c: i1) -> i32 {
  %a = arith.constant 7 : i32
  %b = arith.constant -2 : i32
  %s = arith.addi %a, %b : i32
  %r = call @f(%c) : (i1) -> i32
  cf.cond_br %c, ^bb1(%s : i32), ^bb2
^bb1(%x: i32):
  return %x : i32
^bb2:
  return %r : i32
}`,
    );
    const fn = m.region(0).entryBlock!.first!;
    const ops = fn.region(0).entryBlock!.ops;
    const [a, b, s, call, br] = ops as [Operation, Operation, Operation, Operation, Operation];
    const fold = (op: Operation, operands: (import("../../../src/ir/attribute.js").Attribute | null)[]) => getInterface(op, FoldInterface)!.fold(op, operands);
    const va = fold(a, [])![0]!;
    const vb = fold(b, [])![0]!;
    assert.equal((fold(s, [va as IntegerAttr, vb as IntegerAttr])![0] as IntegerAttr).value, 5n);
    assert.equal(fold(s, [va as IntegerAttr, null]), null);
    assert.equal(getInterface(call, CallOpInterface)!.argOperands(call).length, 1);
    assert.equal(getInterface(fn, CallableOpInterface)!.resultTypes(fn).length, 1);
    const branch = getInterface(br, BranchOpInterface)!;
    assert.equal(branch.successorOperands(br, 0)[0], s.results[0]);
    assert.deepEqual(branch.successorOperands(br, 1), []);
    assert.equal(getInterface(s, CallOpInterface), null);
  });
});

describe("lazy formats", () => {
  test("a format left for later is compiled on first use, and its errors come then", () => {
    const Good = defineOp({ name: "lz.good", operands: { a: anyType }, format: "$a attr-dict `:` type($a)" }, { lazyFormat: true });
    const ctx = new Context({ allowUnregisteredDialects: true });
    ctx.loadDialect(defineDialect("lz", { ops: [Good] }));
    const m = parseSourceString(ctx, `%0 = "x.v"() : () -> i32\nlz.good %0 : i32`);
    assert.match(printOperation(m), /lz\.good %0 : i32/);
    const Bad = defineOp({ name: "u.lazy_bad", operands: { a: anyType }, format: "$a $b attr-dict" }, { lazyFormat: true });
    assert.throws(() => Bad.def.format, FormatError);
  });
});
