// clone (clone.ts, mapping.ts): deep copies with nested regions, block
// arguments, successors, forward references, outside values and IRMapping.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import type { Context } from "../../../src/ir/context.js";
import { IRMapping } from "../../../src/ir/mapping.js";
import type { Operation } from "../../../src/ir/operation.js";
import { Region } from "../../../src/ir/region.js";
import type { Value } from "../../../src/ir/value.js";
import { walk } from "../../../src/ir/walk.js";
import { DictionaryAttr } from "../../../src/dialects/builtin/attributes/dictionary-attr.js";
import { NameLoc } from "../../../src/dialects/builtin/attributes/locations.js";
import { StringAttr } from "../../../src/dialects/builtin/attributes/string-attr.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
import { checkIR, i32, mk, newContext } from "./helpers.js";

/**
 * A structural rendering of `root`: values and blocks defined inside are
 * numbered in walk order (so forward references render the same way), values
 * from outside render as `ext(name)` with names from `ext`, blocks from
 * outside as `^ext`. Two IRs render equally iff they have the same shape
 * and the same use-def edges.
 */
function render(root: Operation, ext: Map<Value, string> = new Map()): string {
  const ids = new Map<Value | Block, string>();
  let nv = 0;
  let nb = 0;
  walk(root, (o) => {
    for (const r of o.results) ids.set(r, `%${nv++}`);
    for (const region of o.regions) {
      for (const b of region) {
        ids.set(b, `^${nb++}`);
        for (const a of b.arguments) ids.set(a, `%${nv++}`);
      }
    }
  });
  const name = (v: Value) => ids.get(v) ?? `ext(${ext.get(v) ?? "?"})`;
  const out: string[] = [];
  const print = (o: Operation, indent: string): void => {
    const res = o.results.map((r) => `${name(r)}:${typeName(r)}`).join(",");
    const succ = o.successors.map((s) => ids.get(s.block) ?? "^ext").join(",");
    const attrs = o.attributes === null ? "" : ` {${o.attributes.names.join(",")}}`;
    out.push(`${indent}${res} = ${o.opName}(${o.operandValues.map(name).join(",")})[${succ}]${attrs}`);
    for (const region of o.regions) {
      out.push(`${indent}  {`);
      for (const b of region) {
        out.push(`${indent}  ${ids.get(b)}(${b.arguments.map((a) => `${name(a)}:${typeName(a)}`).join(",")})`);
        for (let c = b.first; c !== null; c = c.next) print(c, indent + "    ");
      }
      out.push(`${indent}  }`);
    }
  };
  print(root, "");
  return out.join("\n");
}

function typeName(v: Value): string {
  return v.type instanceof IntegerType ? `i${v.type.width}` : "?";
}

/** Every op, block and value under `root`, for disjointness checks. */
function objects(root: Operation): Set<unknown> {
  const s = new Set<unknown>();
  walk(root, (o) => {
    s.add(o);
    for (const r of o.results) s.add(r);
    for (const u of o.operands) s.add(u);
    for (const region of o.regions) {
      s.add(region);
      for (const b of region) {
        s.add(b);
        for (const a of b.arguments) s.add(a);
      }
    }
  });
  return s;
}

function assertDisjoint(a: Operation, b: Operation): void {
  const sa = objects(a);
  for (const x of objects(b)) assert.ok(!sa.has(x), "clone shares an object with the original");
}

/**
 * A function-like op: entry(%a) branches to ^loop, which uses a value
 * defined in ^later (listed after it) and branches to itself or ^later;
 * ^later holds a nested op with its own region using outer values.
 */
function sample(ctx: Context, outside: Value) {
  const t = i32(ctx);
  const entry = new Block([t], [NameLoc.get(ctx, "a")]);
  const loop = new Block([t]);
  const later = new Block();
  const fn = mk(ctx, "foo.func", {
    regions: [new Region([entry, loop, later])],
    properties: DictionaryAttr.get(ctx, { sym_name: StringAttr.get(ctx, "f") }),
    attributes: DictionaryAttr.get(ctx, { "foo.tag": StringAttr.get(ctx, "x") }),
    location: NameLoc.get(ctx, "fn"),
  });
  entry.append(mk(ctx, "foo.br", { operands: [entry.argument(0)], successors: [loop] }));
  const late = mk(ctx, "foo.late", { resultTypes: [t] });
  loop.append(mk(ctx, "foo.use", { operands: [late.result(0), loop.argument(0), outside] }));
  loop.append(mk(ctx, "foo.cond_br", { operands: [loop.argument(0)], successors: [loop, later] }));
  const inner = new Block([t]);
  inner.append(mk(ctx, "foo.inner_use", { operands: [inner.argument(0), late.result(0), entry.argument(0), outside] }));
  later.append(late);
  later.append(mk(ctx, "foo.region_op", { regions: [new Region([inner])], resultTypes: [t] }));
  later.append(mk(ctx, "foo.ret", { operands: [late.result(0)] }));
  return fn;
}

describe("clone", () => {
  test("deep-copies nested regions, block arguments, successors and forward references", () => {
    const ctx = newContext();
    const outsideDef = mk(ctx, "foo.outside", { resultTypes: [i32(ctx)] });
    const outside = outsideDef.result(0);
    const fn = sample(ctx, outside);
    const ext = new Map<Value, string>([[outside, "outside"]]);
    const before = render(fn, ext);
    const copy = fn.clone();
    assert.equal(render(copy, ext), before);
    assert.equal(render(fn, ext), before, "the original is unchanged");
    assertDisjoint(fn, copy);
    assert.equal(copy.parent, null);
    assert.equal(copy.properties, fn.properties);
    assert.equal(copy.attributes, fn.attributes);
    assert.equal(copy.location, fn.location);
    assert.equal(copy.region(0).entryBlock!.argument(0).location, NameLoc.get(ctx, "a"));
    // The unmapped outside value is shared: it gained the clone's uses.
    assert.equal(outside.numUses, 4);
    checkIR(fn);
    checkIR(copy);
    checkIR(outsideDef);
  });

  test("maps outside values and records every image in the mapping", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const outsideDef = mk(ctx, "foo.outside", { resultTypes: [t, t] });
    const [outside, replacement] = outsideDef.results;
    const fn = sample(ctx, outside!);
    const mapping = new IRMapping();
    mapping.mapValue(outside!, replacement!);
    const copy = fn.clone(mapping);
    assert.equal(render(copy, new Map([[replacement!, "outside"]])), render(fn, new Map([[outside!, "outside"]])));
    assert.equal(outside!.numUses, 2);
    assert.equal(replacement!.numUses, 2);
    assert.equal(mapping.lookupOp(fn), copy);
    const [b0, b1, b2] = fn.region(0).blocks as [Block, Block, Block];
    const [c0, c1, c2] = copy.region(0).blocks as [Block, Block, Block];
    assert.equal(mapping.lookupBlock(b0), c0);
    assert.equal(mapping.lookupBlock(b1), c1);
    assert.equal(mapping.lookupBlock(b2), c2);
    assert.equal(mapping.lookupValue(b0.argument(0)), c0.argument(0));
    assert.equal(mapping.lookupValue(b2.first!.result(0)), c2.first!.result(0));
    assert.equal(mapping.lookupOp(b2.last!), c2.last);
    // Unmapped things map to themselves (values, blocks) or to nothing (ops).
    assert.equal(mapping.lookupValue(outsideDef.result(1)), replacement);
    assert.equal(new IRMapping().lookupValue(outside!), outside);
    assert.equal(new IRMapping().lookupBlock(b0), b0);
    assert.equal(new IRMapping().lookupOp(fn), undefined);
  });

  test("a use of the root's own result inside its region refers to the copy's result", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const root = mk(ctx, "foo.op", { resultTypes: [t], regions: [new Region([new Block()])] });
    root.region(0).entryBlock!.append(mk(ctx, "foo.use", { operands: [root.result(0)] }));
    const copy = root.clone();
    assert.equal(copy.region(0).entryBlock!.first!.operand(0), copy.result(0));
    assert.equal(root.result(0).numUses, 1);
  });

  test("graph regions: uses before definitions and self-uses", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const block = new Block();
    const graph = mk(ctx, "foo.graph", { regions: [new Region([block])] });
    const a = mk(ctx, "foo.a", { resultTypes: [t] });
    const b = mk(ctx, "foo.b", { resultTypes: [t] });
    block.append(mk(ctx, "foo.use", { operands: [b.result(0), a.result(0)] }));
    block.append(a);
    block.append(b);
    a.setOperands([b.result(0), a.result(0)]); // a cycle and a self-use
    b.setOperands([a.result(0)]);
    const copy = graph.clone();
    assert.equal(render(copy), render(graph));
    const [cu, ca, cb] = copy.region(0).entryBlock!.ops as [Operation, Operation, Operation];
    assert.deepEqual(cu.operandValues, [cb.result(0), ca.result(0)]);
    assert.deepEqual(ca.operandValues, [cb.result(0), ca.result(0)]);
    assert.equal(a.result(0).numUses, 3);
    checkIR(copy);
    checkIR(graph);
  });

  test("a terminator cloned alone keeps its successors, which gain predecessors", () => {
    const ctx = newContext();
    const target = new Block();
    const br = mk(ctx, "foo.br", { successors: [target] });
    const copy = br.clone();
    assert.equal(copy.successor(0), target);
    assert.equal(target.predecessorUses.length, 2);
    const other = new Block();
    const mapping = new IRMapping();
    mapping.mapBlock(target, other);
    assert.equal(br.clone(mapping).successor(0), other);
  });

  test("empty regions and empty blocks are copied as such", () => {
    const ctx = newContext();
    const op = mk(ctx, "foo.op", { regions: [new Region(), new Region([new Block([i32(ctx)]), new Block()])] });
    const copy = op.clone();
    assert.equal(copy.numRegions, 2);
    assert.ok(copy.region(0).empty);
    assert.equal(copy.region(1).blocks.length, 2);
    assert.ok(copy.region(1).blocks.every((b) => b.empty));
    assert.equal(copy.region(1).entryBlock!.numArguments, 1);
  });

  test("clones a 10,000-deep nest without recursion", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const root = mk(ctx, "foo.n", { resultTypes: [t], regions: [new Region([new Block()])] });
    let cur = root;
    for (let i = 1; i < 10_000; i++) {
      // Each level uses the root's result and the previous level's result.
      const next = mk(ctx, "foo.n", { operands: [root.result(0), cur.result(0)], resultTypes: [t], regions: [new Region([new Block()])] });
      cur.region(0).entryBlock!.append(next);
      cur = next;
    }
    const copy = root.clone();
    let depth = 0;
    let prevResult: Value | null = null;
    for (let o: Operation | null = copy; o !== null; o = o.region(0).entryBlock!.first) {
      if (depth > 0) assert.deepEqual(o.operandValues, [copy.result(0), prevResult]);
      prevResult = o.result(0);
      depth++;
    }
    assert.equal(depth, 10_000);
    // Levels 1..9,999 use the root once, level 1 twice (root is also its parent).
    assert.equal(copy.result(0).numUses, 10_000);
    assert.equal(root.result(0).numUses, 10_000);
  });
});
