// A new dialect in a few lines: one operation defined declaratively, with
// a constraint variable, traits and an assembly format; then parsed,
// verified, built with the typed builder and printed.
//
//   npm install && node examples/define-dialect.mjs
import {
  Context, Pure, defineDialect, defineOp, loadAllDialects, parseSourceString, printOperation,
  signlessIntegerLike, typeVar, verify, VerifyError,
} from "tsdl";

// `input`, `factor` and `out` share one type T, which must be signless-integer-like.
const T = typeVar("T", signlessIntegerLike);

class ScaleOp extends defineOp({
  name: "demo.scale",
  operands: { input: T, factor: T },
  results: { out: T },
  traits: [Pure],
  format: "$input `by` $factor attr-dict `:` type($out)",
}) {}

const demo = defineDialect("demo", { ops: [ScaleOp] });

const ctx = loadAllDialects(new Context());
ctx.loadDialect(demo);

// Parse and print the custom syntax (types of input and factor come from T).
const module = parseSourceString(ctx, `
func.func @f(%x: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %y = demo.scale %x by %c2 {note = "twice"} : i32
  return %y : i32
}`);
verify(module);
console.log(printOperation(module));

// Typed accessors and the builder: scale the result once more.
const body = module.region(0).entryBlock.first.region(0).entryBlock;
const first = ScaleOp.cast(body.ops[1]);
const again = ScaleOp.create(ctx, { input: first.out, factor: first.factor });
again.operation.insertAfter(first.operation);
console.log(printOperation(again.operation.parentOp, { generic: false }));

// The generated verifier speaks MLIR.
const bad = parseSourceString(ctx, `
%f = "test.op"() : () -> f32
%0 = "demo.scale"(%f, %f) : (f32, f32) -> f32`);
try {
  verify(bad);
} catch (e) {
  if (!(e instanceof VerifyError)) throw e;
  console.log(e.diagnostic.message);
}
