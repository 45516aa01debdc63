// Operation (operation.ts): creation, accessors, attributes, structure
// queries, and mutation (insert, move, detach, erase) with the order cache.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import { Context } from "../../../src/ir/context.js";
import { IRError } from "../../../src/ir/ir-error.js";
import type { Operation } from "../../../src/ir/operation.js";
import { Region } from "../../../src/ir/region.js";
import { verify } from "../../../src/ir/verify.js";
import { parseSourceString } from "../../../src/parse/parse.js";
import { printOperation } from "../../../src/print/print.js";
import { DictionaryAttr } from "../../../src/dialects/builtin/attributes/dictionary-attr.js";
import { IntegerAttr } from "../../../src/dialects/builtin/attributes/integer-attr.js";
import { FileLineColLoc } from "../../../src/dialects/builtin/attributes/locations.js";
import { StringAttr } from "../../../src/dialects/builtin/attributes/string-attr.js";
import { UnitAttr } from "../../../src/dialects/builtin/attributes/unit-attr.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
import { checkIR, checkOpUses, checkValueUses, i32, mk, names, newContext } from "./helpers.js";

/** A detached block holding ops named by `opNames`, and those ops. */
function blockOf(opNames: string[]) {
  const ctx = newContext();
  const block = new Block();
  const ops = opNames.map((n) => mk(ctx, n));
  for (const o of ops) block.append(o);
  return { ctx, block, ops };
}

describe("create", () => {
  test("fills operands, results, properties, attributes, regions, successors and location", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const def = mk(ctx, "foo.def", { resultTypes: [t, IntegerType.get(ctx, 8)] });
    const succ = new Block();
    const region = new Region([new Block()]);
    const props = DictionaryAttr.get(ctx, { value: IntegerAttr.get(ctx, IntegerType.get(ctx, 32), 7) });
    const attrs = DictionaryAttr.get(ctx, { flag: UnitAttr.get(ctx) });
    const loc = FileLineColLoc.get(ctx, "f.mlir", 3, 4);
    const op = mk(ctx, "foo.op", {
      operands: [def.result(1), def.result(0)],
      resultTypes: [t],
      properties: props,
      attributes: attrs,
      regions: [region],
      successors: [succ],
      location: loc,
    });
    assert.equal(op.opName, "foo.op");
    assert.equal(op.context, ctx);
    assert.equal(op.isRegistered, false);
    assert.deepEqual(op.operandValues, [def.result(1), def.result(0)]);
    assert.equal(op.numResults, 1);
    assert.equal(op.result(0).type, t);
    assert.equal(op.result(0).owner, op);
    assert.equal(op.result(0).index, 0);
    assert.equal(op.result(0).definingOp, op);
    assert.equal(op.properties, props);
    assert.equal(op.attributes, attrs);
    assert.equal(op.region(0), region);
    assert.equal(region.parent, op);
    assert.equal(op.successor(0), succ);
    assert.equal(op.location, loc);
    assert.equal(op.parent, null);
    checkOpUses(op);
  });

  test("defaults: nothing, and an empty attribute dictionary is stored as null", () => {
    const ctx = newContext();
    const op = mk(ctx, "foo.op", { attributes: DictionaryAttr.empty(ctx), regions: 2 });
    assert.equal(op.numOperands, 0);
    assert.equal(op.numResults, 0);
    assert.equal(op.numSuccessors, 0);
    assert.equal(op.numRegions, 2);
    assert.ok(op.region(0).empty && op.region(1).empty);
    assert.notEqual(op.region(0), op.region(1));
    assert.equal(op.attributes, null);
    assert.equal(op.properties, null);
    assert.equal(op.location, null);
    assert.ok(op.useEmpty);
  });

  test("empty lists are shared but per-op after the first write", () => {
    const ctx = newContext();
    const a = mk(ctx, "foo.a");
    const b = mk(ctx, "foo.b");
    a.addRegion();
    assert.equal(a.numRegions, 1);
    assert.equal(b.numRegions, 0);
  });

  test("regions owned elsewhere are rejected before any operand use is recorded", () => {
    const ctx = newContext();
    const def = mk(ctx, "foo.def", { resultTypes: [i32(ctx)] });
    const owned = mk(ctx, "foo.owner", { regions: 1 }).region(0);
    assert.throws(() => mk(ctx, "foo.op", { operands: [def.result(0)], regions: [owned] }), (e: unknown) => e instanceof IRError && /already owned/.test(e.message));
    const r = new Region();
    assert.throws(() => mk(ctx, "foo.op", { operands: [def.result(0)], regions: [r, r] }), IRError);
    assert.equal(r.parent, null);
    assert.equal(def.result(0).hasUses, false);
    checkValueUses(def.result(0));
  });

  test("addRegion refuses an attached region", () => {
    const ctx = newContext();
    const a = mk(ctx, "foo.a", { regions: 1 });
    const b = mk(ctx, "foo.b");
    assert.throws(() => b.addRegion(a.region(0)), IRError);
    assert.equal(a.region(0).parent, a);
    assert.equal(b.numRegions, 0);
  });

  test("out-of-range accessors throw IRErrors naming the op", () => {
    const ctx = newContext();
    const op = mk(ctx, "foo.op");
    assert.throws(() => op.result(0), (e: unknown) => e instanceof IRError && e.message === "result #0 out of range for 'foo.op' with 0 results");
    assert.throws(() => op.region(1), (e: unknown) => e instanceof IRError && e.message === "region #1 out of range for 'foo.op' with 0 regions");
    assert.throws(() => op.operand(0), IRError);
    assert.throws(() => op.successor(0), IRError);
  });
});

describe("attributes", () => {
  test("setAttr, getAttr and removeAttr keep a uniqued dictionary (null when empty)", () => {
    const ctx = newContext();
    const op = mk(ctx, "foo.op");
    const one = IntegerAttr.get(ctx, i32(ctx) as IntegerType, 1);
    const s = StringAttr.get(ctx, "x");
    assert.equal(op.getAttr("a"), undefined);
    op.setAttr("b", one);
    op.setAttr("a", s);
    assert.equal(op.getAttr("a"), s);
    assert.deepEqual(op.attributes!.names, ["a", "b"]);
    assert.equal(op.attributes, DictionaryAttr.get(ctx, { b: one, a: s }));
    op.setAttr("a", one);
    assert.equal(op.getAttr("a"), one);
    assert.equal(op.removeAttr("zzz"), false);
    assert.equal(op.removeAttr("a"), true);
    assert.equal(op.attributes, DictionaryAttr.get(ctx, { b: one }));
    assert.equal(op.removeAttr("b"), true);
    assert.equal(op.attributes, null);
    assert.equal(op.removeAttr("b"), false);
  });
});

describe("inherent attributes", () => {
  test("a registered op's getAttr, setAttr and removeAttr reach its inherent attributes (module @a renamed to @b)", () => {
    const ctx = new Context();
    const module = parseSourceString(ctx, "module @a {}");
    assert.equal(module.getAttr("sym_name"), StringAttr.get(ctx, "a"));
    module.setAttr("sym_name", StringAttr.get(ctx, "b"));
    assert.equal(module.properties, DictionaryAttr.get(ctx, { sym_name: StringAttr.get(ctx, "b") }));
    assert.equal(module.attributes, null);
    assert.equal(printOperation(module), "module @b {\n}\n");
    verify(module);
    // Unset inherent names are inherent still: they never reach the discardable dictionary.
    assert.equal(module.getAttr("sym_visibility"), undefined);
    module.setAttr("sym_visibility", StringAttr.get(ctx, "private"));
    assert.equal(module.getInherentAttr("sym_visibility"), StringAttr.get(ctx, "private"));
    assert.equal(module.attributes, null);
    // Other names are discardable.
    module.setAttr("test.flag", UnitAttr.get(ctx));
    assert.equal(module.getAttr("test.flag"), UnitAttr.get(ctx));
    assert.equal(module.attributes, DictionaryAttr.get(ctx, { "test.flag": UnitAttr.get(ctx) }));
    assert.equal(module.getInherentAttr("test.flag"), undefined);
    verify(module);
    assert.equal(module.removeAttr("sym_visibility"), true);
    assert.equal(module.removeAttr("sym_name"), true);
    assert.equal(module.removeAttr("sym_name"), false);
    assert.equal(module.getAttr("sym_name"), undefined);
    // A registered op without inherent attributes set has no properties (no `<{}>`).
    assert.equal(module.properties, null);
    assert.equal(module.removeAttr("test.flag"), true);
    assert.equal(printOperation(module), "module {\n}\n");
    verify(module);
  });

  test("an inherent name hides a discardable attribute of that name on a registered op", () => {
    const ctx = new Context();
    const module = parseSourceString(ctx, "module @a {}");
    module.setDiscardableAttr("sym_name", StringAttr.get(ctx, "shadow"));
    assert.equal(module.getDiscardableAttr("sym_name"), StringAttr.get(ctx, "shadow"));
    assert.equal(module.getAttr("sym_name"), StringAttr.get(ctx, "a"));
    module.removeAttr("sym_name");
    assert.equal(module.getAttr("sym_name"), undefined);
    assert.equal(module.removeAttr("sym_name"), false);
    assert.equal(module.getDiscardableAttr("sym_name"), StringAttr.get(ctx, "shadow"));
    assert.equal(module.removeDiscardableAttr("sym_name"), true);
    assert.equal(module.attributes, null);
  });

  test("setInherentAttr refuses a name a registered op does not declare, and non-dictionary properties", () => {
    const ctx = new Context();
    const module = parseSourceString(ctx, "module {}");
    assert.equal(module.properties, null);
    assert.throws(() => module.setInherentAttr("value", UnitAttr.get(ctx)), (e: unknown) => e instanceof IRError && e.message === "'value' is not an inherent attribute of 'builtin.module'");
    module.setInherentAttr("sym_name", StringAttr.get(ctx, "m"));
    assert.equal(printOperation(module), "module @m {\n}\n");
    module.setInherentAttr("sym_name", null);
    assert.equal(module.properties, null);
    module.properties = UnitAttr.get(ctx);
    assert.throws(() => module.setInherentAttr("sym_name", StringAttr.get(ctx, "m")), IRError);
    assert.equal(module.getAttr("sym_name"), undefined);
  });

  test("an unregistered op's inherent attributes are the entries of its properties dictionary", () => {
    const ctx = newContext();
    const t = IntegerType.get(ctx, 32);
    const one = IntegerAttr.get(ctx, t, 1);
    const two = IntegerAttr.get(ctx, t, 2);
    const op = mk(ctx, "foo.op", { properties: DictionaryAttr.get(ctx, { p: one }) });
    assert.equal(op.getAttr("p"), one);
    assert.equal(op.getInherentAttr("p"), one);
    op.setAttr("p", two);
    assert.equal(op.properties, DictionaryAttr.get(ctx, { p: two }));
    assert.equal(op.attributes, null);
    op.setAttr("q", one); // not in the properties: discardable
    assert.equal(op.attributes, DictionaryAttr.get(ctx, { q: one }));
    assert.equal(op.getInherentAttr("q"), undefined);
    assert.equal(op.removeAttr("p"), true);
    // As in MLIR, the dictionary stays (printed `<{}>`), and `p` is no longer inherent.
    assert.equal(op.properties, DictionaryAttr.empty(ctx));
    assert.equal(printOperation(op, { generic: true }), '"foo.op"() <{}> {q = 1 : i32} : () -> ()\n');
    op.setAttr("p", one);
    assert.equal(op.getDiscardableAttr("p"), one);
    assert.equal(op.properties, DictionaryAttr.empty(ctx));
    // setInherentAttr adds entries, creating the dictionary when there are no properties.
    op.setInherentAttr("r", two);
    assert.equal(op.getAttr("r"), two);
    const bare = mk(ctx, "foo.bare");
    bare.setInherentAttr("s", one);
    assert.equal(bare.properties, DictionaryAttr.get(ctx, { s: one }));
    // Properties that are not a dictionary hold no inherent attributes.
    const opaque = mk(ctx, "foo.opaque", { properties: one });
    opaque.setAttr("p", two);
    assert.equal(opaque.getAttr("p"), two);
    assert.equal(opaque.properties, one);
    assert.equal(opaque.getInherentAttr("p"), undefined);
    assert.throws(() => opaque.setInherentAttr("p", two), IRError);
  });
});

describe("structure", () => {
  test("parent chains: parentOp, parentRegion, isAncestor, isProperAncestor, findAncestor", () => {
    const ctx = newContext();
    const top = mk(ctx, "foo.top", { regions: [new Region([new Block()])] });
    const mid = mk(ctx, "foo.mid", { regions: [new Region([new Block()]), new Region([new Block()])] });
    const leaf = mk(ctx, "foo.leaf");
    const other = mk(ctx, "foo.other");
    top.region(0).entryBlock!.append(mid);
    mid.region(1).entryBlock!.append(leaf);
    assert.equal(leaf.parentOp, mid);
    assert.equal(leaf.parentRegion, mid.region(1));
    assert.equal(mid.parentOp, top);
    assert.equal(top.parentOp, null);
    assert.equal(top.parentRegion, null);
    assert.ok(top.isAncestor(leaf));
    assert.ok(top.isAncestor(top));
    assert.ok(!top.isProperAncestor(top));
    assert.ok(top.isProperAncestor(leaf));
    assert.ok(!leaf.isAncestor(top));
    assert.ok(!top.isAncestor(other));
    assert.equal(leaf.findAncestor((o) => o.opName === "foo.top"), top);
    assert.equal(leaf.findAncestor((o) => o.opName === "foo.leaf"), leaf);
    assert.equal(leaf.findAncestor(() => false), null);
    assert.deepEqual(names(mid.nestedOps()), ["foo.leaf"]);
    assert.deepEqual(names(top.nestedOps()), ["foo.mid"]);
  });
});

describe("insertion and movement", () => {
  test("insertBefore and insertAfter place a detached op", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.c"]);
    const b = mk(ctx, "foo.b");
    b.insertBefore(ops[1]!);
    const d = mk(ctx, "foo.d");
    d.insertAfter(ops[1]!);
    const z = mk(ctx, "foo.z");
    z.insertBefore(ops[0]!);
    assert.deepEqual(names(block), ["foo.z", "foo.a", "foo.b", "foo.c", "foo.d"]);
    assert.equal(block.first, z);
    assert.equal(block.last, d);
    assert.equal(b.parent, block);
  });

  test("inserting an attached op, or next to a detached op, throws and changes nothing", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.b"]);
    assert.throws(() => ops[0]!.insertAfter(ops[1]!), (e: unknown) => e instanceof IRError && /already in a block/.test(e.message));
    const loose = mk(ctx, "foo.loose");
    const x = mk(ctx, "foo.x");
    assert.throws(() => x.insertBefore(loose), (e: unknown) => e instanceof IRError && e.message === "cannot insert before a detached operation");
    assert.throws(() => x.insertAfter(loose), (e: unknown) => e instanceof IRError && e.message === "cannot insert after a detached operation");
    const other = new Block();
    other.append(mk(ctx, "foo.o"));
    assert.throws(() => other.insertBefore(x, ops[0]!), IRError);
    assert.deepEqual(names(block), ["foo.a", "foo.b"]);
    assert.equal(x.parent, null);
  });

  test("moveBefore and moveAfter within a block and across blocks", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.b", "foo.c", "foo.d"]);
    const [a, b, c, d] = ops as [Operation, Operation, Operation, Operation];
    d.moveBefore(a);
    assert.deepEqual(names(block), ["foo.d", "foo.a", "foo.b", "foo.c"]);
    d.moveAfter(c);
    assert.deepEqual(names(block), ["foo.a", "foo.b", "foo.c", "foo.d"]);
    b.moveAfter(b);
    b.moveBefore(b);
    assert.deepEqual(names(block), ["foo.a", "foo.b", "foo.c", "foo.d"]);
    a.moveAfter(b);
    assert.deepEqual(names(block), ["foo.b", "foo.a", "foo.c", "foo.d"]);
    const other = new Block();
    const x = mk(ctx, "foo.x");
    other.append(x);
    c.moveBefore(x);
    assert.deepEqual(names(block), ["foo.b", "foo.a", "foo.d"]);
    assert.deepEqual(names(other), ["foo.c", "foo.x"]);
    assert.equal(c.parent, other);
    // A detached op can be moved into place too.
    const y = mk(ctx, "foo.y");
    y.moveAfter(x);
    assert.deepEqual(names(other), ["foo.c", "foo.x", "foo.y"]);
  });

  test("moving next to a detached op throws and leaves the op where it was", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.b"]);
    const loose = mk(ctx, "foo.loose");
    assert.throws(() => ops[0]!.moveBefore(loose), IRError);
    assert.throws(() => ops[0]!.moveAfter(loose), IRError);
    assert.equal(ops[0]!.parent, block);
    assert.deepEqual(names(block), ["foo.a", "foo.b"]);
  });

  test("detach keeps the op and its uses alive", () => {
    const ctx = newContext();
    const block = new Block();
    const def = mk(ctx, "foo.def", { resultTypes: [i32(ctx)] });
    const use = mk(ctx, "foo.use", { operands: [def.result(0)] });
    block.append(def);
    block.append(use);
    assert.equal(def.detach(), def);
    assert.equal(def.parent, null);
    assert.equal(def.prev, null);
    assert.equal(def.next, null);
    assert.deepEqual(names(block), ["foo.use"]);
    assert.equal(block.first, use);
    assert.equal(use.prev, null);
    assert.deepEqual(def.result(0).users, [use]);
    def.detach(); // detaching a detached op is a no-op
    def.insertBefore(use);
    assert.deepEqual(names(block), ["foo.def", "foo.use"]);
  });
});

describe("erase", () => {
  test("refuses while results have uses, naming result and users, and changes nothing", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const block = new Block();
    const def = mk(ctx, "foo.def", { resultTypes: [t, t], operands: [], regions: [new Region([new Block()])] });
    const arg = new Block([t]);
    const inner = mk(ctx, "foo.inner", { operands: [arg.argument(0)] });
    def.region(0).entryBlock!.append(inner);
    const u1 = mk(ctx, "foo.u1", { operands: [def.result(1)] });
    const u2 = mk(ctx, "foo.u2", { operands: [def.result(1), def.result(1)] });
    for (const o of [def, u1, u2]) block.append(o);
    assert.throws(
      () => def.erase(),
      (e: unknown) => e instanceof IRError && e.message === "cannot erase operation 'foo.def': result #1 still has 3 uses (by 'foo.u2', 'foo.u1')",
    );
    assert.equal(def.parent, block);
    assert.deepEqual(names(block), ["foo.def", "foo.u1", "foo.u2"]);
    assert.equal(inner.operand(0), arg.argument(0));
    assert.equal(arg.argument(0).numUses, 1);
    u2.erase();
    assert.throws(() => def.erase(), (e: unknown) => e instanceof IRError && e.message === "cannot erase operation 'foo.def': result #1 still has 1 use (by 'foo.u1')");
    u1.erase();
    def.erase();
    assert.equal(block.empty, true);
    assert.equal(arg.argument(0).hasUses, false);
  });

  test("a use by an op nested in the erased op still counts", () => {
    const ctx = newContext();
    const def = mk(ctx, "foo.def", { resultTypes: [i32(ctx)], regions: [new Region([new Block()])] });
    def.region(0).entryBlock!.append(mk(ctx, "foo.self", { operands: [def.result(0)] }));
    assert.throws(() => def.erase(), /still has 1 use \(by 'foo.self'\)/);
    assert.equal(def.result(0).numUses, 1);
  });

  test("the error names the first five users and counts the others", () => {
    const ctx = newContext();
    const def = mk(ctx, "foo.def", { resultTypes: [i32(ctx)] });
    for (let i = 0; i < 8; i++) mk(ctx, `foo.u${i}`, { operands: [def.result(0), def.result(0)] });
    assert.throws(
      () => def.erase(),
      (e: unknown) =>
        e instanceof IRError &&
        e.message === "cannot erase operation 'foo.def': result #0 still has 16 uses (by 'foo.u7', 'foo.u6', 'foo.u5', 'foo.u4', 'foo.u3' and 3 more)",
    );
    for (let i = 0; i < 40_000; i++) mk(ctx, "foo.user", { operands: [def.result(0)] });
    assert.throws(() => def.erase(), (e: unknown) => e instanceof IRError && e.message.length < 200 && / and 40003 more\)$/.test(e.message));
  });

  test("erasing a detached op works", () => {
    const ctx = newContext();
    const def = mk(ctx, "foo.def", { resultTypes: [i32(ctx)] });
    const op = mk(ctx, "foo.op", { operands: [def.result(0)] });
    op.erase();
    assert.equal(def.result(0).hasUses, false);
  });

  test("erase in the middle, at the head and at the tail relinks the block", () => {
    const { block, ops } = blockOf(["foo.a", "foo.b", "foo.c", "foo.d"]);
    ops[1]!.erase();
    assert.deepEqual(names(block), ["foo.a", "foo.c", "foo.d"]);
    ops[0]!.erase();
    ops[3]!.erase();
    assert.deepEqual(names(block), ["foo.c"]);
    assert.equal(block.first, ops[2]);
    assert.equal(block.last, ops[2]);
    assert.equal(ops[2]!.prev, null);
    assert.equal(ops[2]!.next, null);
  });
});

describe("isBeforeInBlock", () => {
  /** Asserts that the op order given by isBeforeInBlock matches the list. */
  function assertOrder(block: Block): void {
    const ops = block.ops;
    for (let i = 0; i < ops.length; i++) {
      for (let j = 0; j < ops.length; j++) {
        assert.equal(ops[i]!.isBeforeInBlock(ops[j]!), i < j, `${ops[i]!.opName} before ${ops[j]!.opName}`);
      }
    }
  }

  test("agrees with the list order after insertions, moves and erasures", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.b", "foo.c", "foo.d", "foo.e"]);
    assertOrder(block); // computes and caches the order
    block.append(mk(ctx, "foo.appended")); // append keeps the cache valid
    assertOrder(block);
    block.prepend(mk(ctx, "foo.prepended"));
    assertOrder(block);
    mk(ctx, "foo.middle").insertAfter(ops[1]!);
    assertOrder(block);
    ops[4]!.moveBefore(ops[0]!);
    assertOrder(block);
    ops[0]!.moveAfter(ops[3]!);
    assertOrder(block);
    ops[2]!.erase();
    assertOrder(block);
    // Remove the last op and append: the new op's index follows its new predecessor.
    block.last!.detach();
    block.append(mk(ctx, "foo.last"));
    assertOrder(block);
    // Insert before the last op (not an append) while the cache is valid.
    mk(ctx, "foo.penultimate").insertBefore(block.last!);
    assertOrder(block);
  });

  test("an op moved in from another block is ordered by its new position", () => {
    const a = blockOf(["foo.a0", "foo.a1", "foo.a2"]);
    const b = blockOf(["foo.b0", "foo.b1", "foo.b2", "foo.b3", "foo.b4"]);
    assertOrder(a.block);
    assertOrder(b.block);
    // b4 had order index 4; in `a` it must come after a2 and before nothing else.
    b.ops[4]!.moveBefore(a.ops[0]!);
    assertOrder(a.block);
    b.ops[3]!.moveAfter(a.ops[2]!);
    assertOrder(a.block);
    a.ops[0]!.moveBefore(b.ops[0]!);
    assertOrder(b.block);
    a.block.append(b.ops[0]!.detach());
    assertOrder(a.block);
  });

  test("on a long block with many random edits", () => {
    const { ctx, block } = blockOf([]);
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let i = 0; i < 200; i++) block.append(mk(ctx, `foo.o${i}`));
    for (let round = 0; round < 300; round++) {
      const ops = block.ops;
      const x = ops[rand(ops.length)]!;
      const y = ops[rand(ops.length)]!;
      switch (rand(4)) {
        case 0: x.moveBefore(y); break;
        case 1: x.moveAfter(y); break;
        case 2: block.append(mk(ctx, `foo.n${round}`)); break;
        case 3: if (ops.length > 2) x.erase(); break;
      }
      const now = block.ops;
      const p = now[rand(now.length)]!;
      const q = now[rand(now.length)]!;
      assert.equal(p.isBeforeInBlock(q), now.indexOf(p) < now.indexOf(q));
    }
    assertOrder(block);
  });

  /** Counts the renumberings of `block` (its `recomputeOrder` calls). */
  function countRenumberings(block: Block): { n: number } {
    const count = { n: 0 };
    const recompute = block.recomputeOrder;
    block.recomputeOrder = function (this: Block) {
      count.n++;
      recompute.call(this);
    };
    return count;
  }

  test("an inserted op takes a free index between its neighbours; the block is renumbered only when there is none", () => {
    const { ctx, block, ops } = blockOf(["foo.a", "foo.b", "foo.c", "foo.d"]);
    const [a, b, c, d] = ops as [Operation, Operation, Operation, Operation];
    const renumbered = countRenumberings(block);
    assertOrder(block); // the first query numbers the block
    assert.equal(renumbered.n, 1);
    // Between two neighbours: two free indices (the stride is 5), then a renumbering.
    const between = (before: Operation, name: string) => {
      const x = mk(ctx, name);
      x.insertBefore(before);
      assertOrder(block);
      return x;
    };
    const x1 = between(b, "foo.x1");
    const x2 = between(x1, "foo.x2");
    assert.equal(renumbered.n, 1);
    between(x2, "foo.x3");
    assert.equal(renumbered.n, 2);
    // At the front: half the next index, down to 0, then a renumbering.
    const front = (name: string) => {
      block.prepend(mk(ctx, name));
      assertOrder(block);
    };
    front("foo.p1");
    front("foo.p2");
    front("foo.p3");
    assert.equal(renumbered.n, 2);
    front("foo.p4");
    assert.equal(renumbered.n, 3);
    // At the end: the previous index plus the stride (here an op left last by a detach).
    const y = mk(ctx, "foo.y");
    y.insertBefore(d);
    d.detach();
    assert.ok(c.isBeforeInBlock(y));
    assert.ok(a.isBeforeInBlock(y));
    assertOrder(block);
    assert.equal(renumbered.n, 3);
    // Appending to an ordered block numbers the new op at once.
    for (let i = 0; i < 50; i++) {
      const z = mk(ctx, `foo.z${i}`);
      block.append(z);
      assert.ok(y.isBeforeInBlock(z));
      assert.ok(!z.isBeforeInBlock(a));
    }
    assertOrder(block);
    assert.equal(renumbered.n, 3);
    // Two adjacent unordered ops: the first queried has no ordered neighbour to place it by.
    const u1 = mk(ctx, "foo.u1");
    const u2 = mk(ctx, "foo.u2");
    u1.insertBefore(c);
    u2.insertBefore(c);
    assert.ok(u1.isBeforeInBlock(u2));
    assert.equal(renumbered.n, 4);
    assertOrder(block);
  });

  test("inserting then querying in a loop rarely renumbers a long block", () => {
    const { ctx, block, ops } = blockOf([]);
    for (let i = 0; i < 2_000; i++) {
      const o = mk(ctx, "foo.o");
      block.append(o);
      ops.push(o);
    }
    const renumbered = countRenumberings(block);
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let round = 0; round < 500; round++) {
      const at = ops[rand(ops.length)]!;
      const x = mk(ctx, "foo.x");
      x.insertBefore(at);
      ops.push(x);
      assert.ok(x.isBeforeInBlock(at));
      assert.ok(!at.isBeforeInBlock(x));
    }
    assert.ok(renumbered.n <= 5, `renumbered ${renumbered.n} times`);
    const list = block.ops;
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1]!.isBeforeInBlock(list[i]!));
  });

  test("needs two ops of the same block", () => {
    const a = blockOf(["foo.a"]);
    const b = blockOf(["foo.b"]);
    assert.throws(() => a.ops[0]!.isBeforeInBlock(b.ops[0]!), IRError);
    const loose = mk(a.ctx, "foo.loose");
    assert.throws(() => loose.isBeforeInBlock(loose), IRError);
  });
});

describe("whole-IR invariants", () => {
  test("a nested IR keeps its links through moves between regions", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const outer = mk(ctx, "foo.outer", { regions: [new Region([new Block([t]), new Block()])] });
    const [b0, b1] = outer.region(0).blocks as [Block, Block];
    const def = mk(ctx, "foo.def", { operands: [b0.argument(0)], resultTypes: [t] });
    const inner = mk(ctx, "foo.inner", { regions: [new Region([new Block()])] });
    b0.append(def);
    b0.append(inner);
    b0.append(mk(ctx, "foo.br", { successors: [b1] }));
    const use = mk(ctx, "foo.use", { operands: [def.result(0)] });
    b1.append(use);
    checkIR(outer);
    use.moveBefore(inner);
    def.moveAfter(use); // now used before defined: structurally still fine
    inner.region(0).entryBlock!.append(def.detach());
    checkIR(outer);
    assert.equal(def.parentOp, inner);
    assert.ok(outer.isProperAncestor(def));
  });
});
