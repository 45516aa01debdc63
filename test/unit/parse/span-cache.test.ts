import assert from "node:assert/strict";
import { test } from "node:test";
import { Context } from "../../../src/ir/context.js";
import { DiagnosticError } from "../../../src/ir/diagnostic.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";
import { PrefixCache, SpanCache } from "../../../src/parse/span-cache.js";

test("SpanCache finds a span by its text, wherever it stands", () => {
  const src = "i32 f32 i32";
  const c = new SpanCache<string>(src);
  assert.equal(c.get(0, 3), undefined);
  c.set(0, 3, "i32", "int");
  assert.equal(c.get(8, 11), "int");
  assert.equal(c.get(4, 7), undefined);
});

test("PrefixCache hits only where the whole cached text stands, within the limit", () => {
  const src = "{a = 1} {a = 1} {a = 2} {a = 1";
  const c = new PrefixCache<string>(src, "}".charCodeAt(0));
  assert.equal(c.get(0, src.length), undefined);
  c.set(0, 7, "one");
  assert.equal(c.get(8, src.length), "one");
  assert.equal(c.hitLength, 7);
  assert.equal(c.get(16, src.length), undefined, "different text");
  assert.equal(c.get(24, src.length), undefined, "text cut short by the end");
  assert.equal(c.get(8, 12), undefined, "text past the limit");
  c.set(16, 23, "two");
  assert.equal(c.get(16, src.length), "two");
  assert.equal(c.get(8, src.length), "one");
});

function parse(text: string) {
  return parseSourceString(new Context({ allowUnregisteredDialects: true }), text, { filename: "t.mlir" });
}

test("repeated attribute dictionaries parse to the same attribute and the parse goes on after them", () => {
  const m = parse(`"foo.a"() <{f = #foo.o<none>}> {x = 1} : () -> ()
"foo.a"() <{f = #foo.o<none>}> {x = 1} : () -> ()
"foo.a"() <{f = #foo.o<none>, g}> {x = 1, y} : () -> ()
`);
  const ops = m.regions[0]!.first!.ops;
  assert.equal(ops.length, 3);
  assert.equal(ops[0]!.properties, ops[1]!.properties);
  assert.equal(ops[0]!.attributes, ops[1]!.attributes);
  assert.notEqual(ops[0]!.properties, ops[2]!.properties);
  assert.match(printOperation(m, { generic: true }), /<\{f = #foo\.o<none>, g\}> \{x = 1 : i64, y\}/);
});

test("an error right after a repeated dictionary points at the right place", () => {
  assert.throws(
    () => parse(`"foo.a"() {x = 1} : () -> ()\n"foo.a"() {x = 1} ; () -> ()\n`),
    (e: unknown) => {
      assert.ok(e instanceof DiagnosticError);
      const loc = e.diagnostic.location as unknown as { line: number; column: number };
      assert.deepEqual([loc.line, loc.column], [2, 19]);
      return true;
    },
  );
});
