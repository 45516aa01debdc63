// Block (block.ts): arguments, the operation list, predecessors, erase
// rules and splitBefore.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import { IRError } from "../../../src/ir/ir-error.js";
import { Region } from "../../../src/ir/region.js";
import { NameLoc } from "../../../src/dialects/builtin/attributes/locations.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
import { checkBlockUses, checkIR, checkValueUses, i32, mk, names, newContext } from "./helpers.js";

describe("arguments", () => {
  test("constructor, addArgument and insertArgument number arguments in order", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const i8 = IntegerType.get(ctx, 8);
    const loc = NameLoc.get(ctx, "x");
    const b = new Block([t, i8], [loc]);
    assert.equal(b.numArguments, 2);
    assert.equal(b.argument(0).location, loc);
    assert.equal(b.argument(1).location, null);
    assert.equal(b.argument(1).type, i8);
    assert.equal(b.argument(0).owner, b);
    assert.equal(b.argument(0).parentBlock, b);
    assert.equal(b.argument(0).definingOp, null);
    const c = b.addArgument(t, loc);
    assert.equal(c.index, 2);
    assert.equal(c.location, loc);
    const d = b.insertArgument(1, i8);
    assert.deepEqual(b.arguments.map((a) => a.index), [0, 1, 2, 3]);
    assert.equal(b.argument(1), d);
    assert.equal(b.argument(3), c);
    assert.throws(() => b.insertArgument(5, t), IRError);
    assert.throws(() => b.argument(4), (e: unknown) => e instanceof IRError && /block argument #4 out of range \(block has 4\)/.test(e.message));
  });

  test("the shared empty argument list is not written through", () => {
    const ctx = newContext();
    const a = new Block();
    const b = new Block();
    a.addArgument(i32(ctx));
    b.insertArgument(0, i32(ctx));
    assert.equal(a.numArguments, 1);
    assert.equal(b.numArguments, 1);
    assert.equal(new Block().numArguments, 0);
  });

  test("eraseArgument renumbers, and refuses while the argument is used", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const b = new Block([t, t, t]);
    const [a0, a1, a2] = b.arguments;
    const use = mk(ctx, "foo.use", { operands: [a1!] });
    b.append(use);
    assert.throws(() => b.eraseArgument(1), (e: unknown) => e instanceof IRError && e.message === "cannot erase block argument #1: it still has 1 use");
    assert.equal(b.numArguments, 3);
    assert.equal(a1!.owner, b);
    b.eraseArgument(0);
    assert.deepEqual(b.arguments, [a1, a2]);
    assert.equal(a1!.index, 0);
    assert.equal(a2!.index, 1);
    assert.equal(a0!.owner, null);
    use.setOperand(0, a2!);
    b.eraseArgument(0);
    assert.equal(a2!.index, 0);
    assert.throws(() => b.eraseArgument(1), IRError);
    checkValueUses(a2!);
  });
});

describe("operations", () => {
  test("append, prepend, iteration, ops, numOps, empty, terminator", () => {
    const ctx = newContext();
    const b = new Block();
    assert.ok(b.empty);
    assert.equal(b.terminator, null);
    b.append(mk(ctx, "foo.b"));
    b.prepend(mk(ctx, "foo.a"));
    b.append(mk(ctx, "foo.c"));
    assert.deepEqual(names(b), ["foo.a", "foo.b", "foo.c"]);
    assert.deepEqual(names(b.ops), ["foo.a", "foo.b", "foo.c"]);
    assert.equal(b.numOps, 3);
    assert.equal(b.terminator!.opName, "foo.c");
    assert.ok(!b.empty);
  });

  test("insertBefore needs a detached op and an insertion point in this block", () => {
    const ctx = newContext();
    const b = new Block();
    const a = mk(ctx, "foo.a");
    b.append(a);
    assert.throws(() => b.append(a), (e: unknown) => e instanceof IRError && e.message === "operation 'foo.a' is already in a block; detach it first");
    const elsewhere = new Block();
    const e = mk(ctx, "foo.e");
    elsewhere.append(e);
    assert.throws(() => b.insertBefore(mk(ctx, "foo.x"), e), (err: unknown) => err instanceof IRError && err.message === "insertion point is not in this block");
    assert.deepEqual(names(b), ["foo.a"]);
  });

  test("containsOp sees nested ops", () => {
    const ctx = newContext();
    const b = new Block();
    const outer = mk(ctx, "foo.outer", { regions: [new Region([new Block()])] });
    const inner = mk(ctx, "foo.inner");
    outer.region(0).entryBlock!.append(inner);
    b.append(outer);
    assert.ok(b.containsOp(outer));
    assert.ok(b.containsOp(inner));
    assert.ok(!outer.region(0).entryBlock!.containsOp(outer));
    assert.ok(!b.containsOp(mk(ctx, "foo.x")));
  });
});

describe("structure", () => {
  test("parentOp, isEntryBlock, successors and predecessors", () => {
    const ctx = newContext();
    const [b0, b1, b2] = [new Block(), new Block(), new Block()];
    const op = mk(ctx, "foo.op", { regions: [new Region([b0, b1, b2])] });
    b0.append(mk(ctx, "foo.cond_br", { successors: [b1, b2] }));
    b1.append(mk(ctx, "foo.br", { successors: [b2] }));
    b2.append(mk(ctx, "foo.ret"));
    assert.equal(b1.parentOp, op);
    assert.ok(b0.isEntryBlock);
    assert.ok(!b1.isEntryBlock);
    assert.ok(!new Block().isEntryBlock);
    assert.deepEqual(b0.successors, [b1, b2]);
    assert.deepEqual(b2.successors, []);
    assert.deepEqual(new Block().successors, []);
    assert.deepEqual(b2.predecessorUses.map((u) => u.owner.opName).sort(), ["foo.br", "foo.cond_br"]);
    assert.ok(!b0.hasPredecessors);
    checkIR(op);
  });
});

describe("erase", () => {
  /** A region ^b0 -> ^b1 -> ^b2 (each ending with a foo.br). */
  function chain() {
    const ctx = newContext();
    const t = i32(ctx);
    const [b0, b1, b2] = [new Block(), new Block([t]), new Block()];
    const op = mk(ctx, "foo.op", { regions: [new Region([b0, b1, b2])] });
    const def0 = mk(ctx, "foo.def", { resultTypes: [t] });
    b0.append(def0);
    b0.append(mk(ctx, "foo.br", { operands: [def0.result(0)], successors: [b1] }));
    const def1 = mk(ctx, "foo.def1", { operands: [b1.argument(0)], resultTypes: [t] });
    b1.append(def1);
    b1.append(mk(ctx, "foo.br", { successors: [b2] }));
    b2.append(mk(ctx, "foo.ret"));
    return { ctx, op, b0, b1, b2, def0, def1 };
  }

  test("refuses a block that is still a successor, changing nothing", () => {
    const { op, b1 } = chain();
    assert.throws(() => b1.erase(), (e: unknown) => e instanceof IRError && e.message === "cannot erase a block that is still a successor of a terminator");
    assert.equal(op.region(0).blocks.length, 3);
    assert.equal(b1.parent, op.region(0));
    checkIR(op);
  });

  test("refuses while a result or an argument is used outside the block", () => {
    const { ctx, op, b0, b1, b2, def1 } = chain();
    b0.last!.setSuccessors([b2]); // b1 has no predecessor now
    const outside = mk(ctx, "foo.outside", { operands: [def1.result(0)] });
    b2.prepend(outside);
    assert.throws(() => b1.erase(), (e: unknown) => e instanceof IRError && e.message === "cannot erase block: a result of 'foo.def1' is still used outside it");
    outside.setOperand(0, b1.argument(0));
    assert.throws(() => b1.erase(), (e: unknown) => e instanceof IRError && e.message === "cannot erase block: argument #0 is still used outside it");
    assert.equal(op.region(0).blocks.length, 3);
    assert.equal(b1.argument(0).numUses, 2);
    checkIR(op);
    outside.erase();
    b1.erase();
    assert.deepEqual(op.region(0).blocks, [b0, b2]);
    assert.equal(b1.parent, null);
    // b1's branch to b2 is gone from b2's predecessors.
    assert.equal(checkBlockUses(b2).length, 1);
    checkIR(op);
  });

  test("uses inside the block (also nested) do not prevent erasure", () => {
    const { ctx, op, b0, b1, b2 } = chain();
    b0.last!.setSuccessors([b2]);
    const nest = mk(ctx, "foo.nest", { regions: [new Region([new Block()])] });
    nest.region(0).entryBlock!.append(mk(ctx, "foo.use", { operands: [b1.argument(0), b1.first!.result(0)] }));
    b1.prepend(nest);
    b1.erase();
    assert.equal(op.region(0).blocks.length, 2);
    assert.equal(b1.argument(0).hasUses, false);
    checkIR(op);
  });

  test("a block branching to itself can be erased", () => {
    const { op, b0, b1, b2 } = chain();
    b0.last!.setSuccessors([b2]);
    b1.last!.setSuccessors([b1]);
    b1.erase();
    assert.deepEqual(op.region(0).blocks, [b0, b2]);
    assert.equal(b1.hasPredecessors, false);
    checkIR(op);
  });

  test("a branch from an op nested in another block still counts", () => {
    const { ctx, op, b0, b1, b2 } = chain();
    b0.last!.setSuccessors([b2]);
    const nest = mk(ctx, "foo.nest", { regions: [new Region([new Block()])] });
    nest.region(0).entryBlock!.append(mk(ctx, "foo.br", { successors: [b1] }));
    b2.prepend(nest);
    assert.throws(() => b1.erase(), IRError);
    assert.equal(op.region(0).blocks.length, 3);
  });
});

describe("splitBefore", () => {
  test("moves the tail into a new block inserted after this one", () => {
    const ctx = newContext();
    const b = new Block([i32(ctx)]);
    const after = new Block();
    const op = mk(ctx, "foo.op", { regions: [new Region([b, after])] });
    const ops = ["foo.a", "foo.b", "foo.c", "foo.d"].map((n) => mk(ctx, n));
    for (const o of ops) b.append(o);
    assert.ok(ops[0]!.isBeforeInBlock(ops[3]!)); // order cache computed before the split
    const nb = b.splitBefore(ops[2]!);
    assert.deepEqual(names(b), ["foo.a", "foo.b"]);
    assert.deepEqual(names(nb), ["foo.c", "foo.d"]);
    assert.deepEqual(op.region(0).blocks, [b, nb, after]);
    assert.equal(nb.numArguments, 0);
    assert.equal(ops[2]!.parent, nb);
    assert.equal(b.last, ops[1]);
    assert.equal(ops[1]!.next, null);
    assert.equal(ops[2]!.prev, null);
    assert.ok(ops[0]!.isBeforeInBlock(ops[1]!));
    assert.ok(ops[2]!.isBeforeInBlock(ops[3]!));
    assert.ok(!ops[3]!.isBeforeInBlock(ops[2]!));
    checkIR(op);
  });

  test("splitting before the first op leaves this block empty; a foreign op is refused", () => {
    const ctx = newContext();
    const b = new Block();
    const a = mk(ctx, "foo.a");
    b.append(a);
    assert.throws(() => b.splitBefore(mk(ctx, "foo.x")), IRError);
    const nb = b.splitBefore(a);
    assert.ok(b.empty);
    assert.equal(b.last, null);
    assert.deepEqual(names(nb), ["foo.a"]);
    assert.equal(nb.parent, null); // b was detached, so nb is too
  });
});
