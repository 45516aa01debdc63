// Name hints uniqued as MLIR's `uniqueValueName` does: a name in use gets
// `_N` with the next conflict number, and a hint spelled like a uniqued name
// (`x_0`) collides with one (SSANameState keeps uniqued names as base and
// number, so these cases take its slow paths). The expected names are what
// mlir-opt 22 prints for `test.string_attr_pretty_name` given the same names.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Context } from "../../../src/ir/context.js";
import { anyType, strAttr } from "../../../src/irdl/constraint.js";
import { defineDialect } from "../../../src/irdl/dialect-def.js";
import { defineOp } from "../../../src/irdl/op-def.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";
import { StringAttr } from "../../../src/dialects/builtin/attributes/string-attr.js";

class NamedOp extends defineOp({
  name: "nm.v",
  properties: { hint: strAttr },
  results: { r: anyType },
  format: "`(` $hint `)` attr-dict `:` type($r)",
  resultName: (op) => (op.getInherentAttr("hint") as StringAttr).value,
}) {}

function names(hints: string[], nested: string[] = []): string[] {
  const ctx = new Context({ allowUnregisteredDialects: true });
  ctx.loadDialect(defineDialect("nm", { ops: [NamedOp] }));
  let k = 0;
  const line = (h: string): string => `%v${k++} = nm.v ("${h}") : i32\n`;
  const body = hints.map(line).join("") + (nested.length > 0 ? `"t.region"() ({\n${nested.map(line).join("")}}) : () -> ()\n` : "");
  const text = printOperation(parseSourceString(ctx, body));
  return [...text.matchAll(/%([\w$.-]+) = nm\.v/g)].map((m) => m[1]!);
}

test("repeated hints get the next conflict number", () => {
  assert.deepEqual(names(["x", "x", "y", "x"]), ["x", "x_0", "y", "x_1"]);
});

test("a hint spelled like a uniqued name collides with it, and the reverse", () => {
  assert.deepEqual(names(["x", "x", "x_0"]), ["x", "x_0", "x_0_1"]);
  assert.deepEqual(names(["x_0", "x", "x"]), ["x_0", "x", "x_1"]);
  assert.deepEqual(names(["x_1", "x", "x", "x"]), ["x_1", "x", "x_0", "x_2"]);
  assert.deepEqual(names(["x_00", "x", "x"]), ["x_00", "x", "x_0"]);
});

test("names of an enclosing region stay in use in nested ones; sibling regions reuse numbers", () => {
  assert.deepEqual(names(["x", "x"], ["x", "x_1", "x_0"]), ["x", "x_0", "x_1", "x_1_2", "x_0_3"]);
});
