// Use lists (value.ts, op-operand.ts): every OpOperand is in its value's
// intrusive list exactly once, prev/next mirror each other, and every
// mutation keeps that true. Same for successor (BlockOperand) lists.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import { IRError } from "../../../src/ir/ir-error.js";
import { Region } from "../../../src/ir/region.js";
import type { Value } from "../../../src/ir/value.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";
import { checkBlockUses, checkIR, checkOpUses, checkValueUses, i32, mk, newContext } from "./helpers.js";

/** A block with `n` defining ops `foo.def` (one i32 result each); returns the values. */
function defs(n: number) {
  const ctx = newContext();
  const block = new Block();
  const values: Value[] = [];
  for (let i = 0; i < n; i++) {
    const d = mk(ctx, "foo.def", { resultTypes: [i32(ctx)] });
    block.append(d);
    values.push(d.result(0));
  }
  return { ctx, block, values };
}

describe("operand uses", () => {
  test("create links each operand into its value's list, most recent use first", () => {
    const { ctx, block, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const u1 = mk(ctx, "foo.u1", { operands: [a, b] });
    const u2 = mk(ctx, "foo.u2", { operands: [a] });
    block.append(u1);
    block.append(u2);
    assert.deepEqual(a.uses, [u2.operands[0], u1.operands[0]]);
    assert.deepEqual(a.users, [u2, u1]);
    assert.equal(a.numUses, 2);
    assert.ok(b.hasOneUse);
    assert.equal(b.uses[0]!.owner, u1);
    assert.equal(b.uses[0]!.index, 1);
    assert.deepEqual(u1.operandValues, [a, b]);
    checkOpUses(u1);
    checkOpUses(u2);
  });

  test("one op using a value twice has two uses but one user", () => {
    const { ctx, values } = defs(1);
    const v = values[0]!;
    const u = mk(ctx, "foo.u", { operands: [v, v, v] });
    assert.equal(v.numUses, 3);
    assert.deepEqual(v.users, [u]);
    assert.deepEqual(v.uses.map((o) => o.index).sort(), [0, 1, 2]);
    checkOpUses(u);
  });

  test("users lists each user once, at its first use in the list, even with many interleaved uses", () => {
    const { ctx, values } = defs(1);
    const v = values[0]!;
    const u1 = mk(ctx, "foo.u1", { operands: [v] });
    const u2 = mk(ctx, "foo.u2", { operands: [v, v] });
    u1.insertOperands(1, [v]); // now first in the list: u1, u2, u2, u1
    assert.deepEqual(v.users, [u1, u2]);
    const many = [];
    for (let i = 0; i < 20_000; i++) many.push(mk(ctx, "foo.u", { operands: [v, v] }));
    const users = v.users;
    assert.equal(users.length, 20_002);
    assert.equal(users[0], many[many.length - 1]);
    assert.deepEqual(users.slice(-2), [u1, u2]);
    assert.equal(new Set(users).size, users.length);
  });

  test("setOperand moves the use between lists (head, middle and tail of the old list)", () => {
    const { ctx, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const users = [0, 1, 2].map((i) => mk(ctx, `foo.u${i}`, { operands: [a] }));
    // a's list is u2, u1, u0: take the middle, then the tail, then the head.
    for (const i of [1, 0, 2]) {
      users[i]!.setOperand(0, b);
      assert.equal(users[i]!.operand(0), b);
      checkValueUses(a);
      checkValueUses(b);
    }
    assert.equal(a.hasUses, false);
    assert.equal(a.firstUse, null);
    assert.equal(b.numUses, 3);
    for (const u of users) checkOpUses(u);
  });

  test("setOperand to the same value changes nothing", () => {
    const { ctx, values } = defs(1);
    const v = values[0]!;
    const u0 = mk(ctx, "foo.u0", { operands: [v] });
    const u1 = mk(ctx, "foo.u1", { operands: [v] });
    const before = v.uses;
    u0.setOperand(0, v);
    assert.deepEqual(v.uses, before);
    checkOpUses(u0);
    checkOpUses(u1);
  });

  test("setOperand out of range throws an IRError", () => {
    const { ctx, values } = defs(1);
    const u = mk(ctx, "foo.u", { operands: [values[0]!] });
    assert.throws(() => u.setOperand(1, values[0]!), (e: unknown) => e instanceof IRError && /operand #1 out of range for 'foo.u' with 1 operands/.test(e.message));
    assert.throws(() => u.operand(-1), IRError);
  });

  test("setOperands replaces every use", () => {
    const { ctx, values } = defs(3);
    const [a, b, c] = values as [Value, Value, Value];
    const u = mk(ctx, "foo.u", { operands: [a, b, a] });
    const other = mk(ctx, "foo.other", { operands: [a] });
    u.setOperands([c, b]);
    assert.deepEqual(u.operandValues, [c, b]);
    assert.deepEqual(a.users, [other]);
    assert.equal(b.numUses, 1);
    assert.equal(c.numUses, 1);
    checkOpUses(u);
    checkOpUses(other);
    u.setOperands([]);
    assert.equal(u.numOperands, 0);
    assert.equal(b.hasUses, false);
    assert.equal(c.hasUses, false);
    checkValueUses(a);
    // The empty operand list is shared and frozen; the op must still accept new operands.
    u.setOperands([a]);
    assert.deepEqual(u.operandValues, [a]);
    checkOpUses(u);
  });

  test("insertOperands renumbers the following operands", () => {
    const { ctx, values } = defs(4);
    const [a, b, c, d] = values as [Value, Value, Value, Value];
    const u = mk(ctx, "foo.u");
    u.insertOperands(0, [a]); // into the shared empty list
    u.insertOperands(1, [d]); // at the end
    u.insertOperands(1, [b, c]); // in the middle
    assert.deepEqual(u.operandValues, [a, b, c, d]);
    u.insertOperands(0, [d]); // at the front
    assert.deepEqual(u.operandValues, [d, a, b, c, d]);
    assert.equal(d.numUses, 2);
    checkOpUses(u);
    assert.throws(() => u.insertOperands(6, [a]), IRError);
    assert.throws(() => u.insertOperands(-1, [a]), IRError);
    assert.equal(u.numOperands, 5);
    checkOpUses(u);
    // A second op's empty list is not affected by the first one's insertions.
    const fresh = mk(ctx, "foo.fresh");
    assert.equal(fresh.numOperands, 0);
  });

  test("eraseOperand drops the use and renumbers", () => {
    const { ctx, values } = defs(3);
    const [a, b, c] = values as [Value, Value, Value];
    const u = mk(ctx, "foo.u", { operands: [a, b, c, b] });
    u.eraseOperand(1);
    assert.deepEqual(u.operandValues, [a, c, b]);
    assert.equal(b.numUses, 1);
    assert.equal(b.uses[0]!.index, 2);
    checkOpUses(u);
    u.eraseOperand(2);
    u.eraseOperand(0);
    assert.deepEqual(u.operandValues, [c]);
    u.eraseOperand(0);
    assert.equal(u.numOperands, 0);
    for (const v of [a, b, c]) assert.equal(checkValueUses(v).length, 0);
    assert.throws(() => u.eraseOperand(0), (e: unknown) => e instanceof IRError && /operand #0 out of range for 'foo.u'/.test(e.message));
    // Operands can be added again after the list became empty.
    u.insertOperands(0, [a]);
    checkOpUses(u);
  });

  test("replaceAllUsesWith moves every use and keeps the replacement's own uses", () => {
    const { ctx, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const users = [0, 1, 2].map((i) => mk(ctx, `foo.u${i}`, { operands: [a, b, a] }));
    const bOnly = mk(ctx, "foo.b", { operands: [b] });
    a.replaceAllUsesWith(b);
    assert.equal(a.hasUses, false);
    assert.equal(b.numUses, 10);
    for (const u of users) {
      assert.deepEqual(u.operandValues, [b, b, b]);
      checkOpUses(u);
    }
    checkOpUses(bOnly);
    // With itself: a no-op (not an infinite loop, not a list corruption).
    b.replaceAllUsesWith(b);
    assert.equal(b.numUses, 10);
    checkValueUses(b);
  });

  test("replaceUsesWithIf moves only the selected uses", () => {
    const { ctx, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const keep = mk(ctx, "foo.keep", { operands: [a, a] });
    const move = mk(ctx, "foo.move", { operands: [a, a] });
    a.replaceUsesWithIf(b, (u) => u.owner === move || u.index === 1);
    assert.deepEqual(keep.operandValues, [a, b]);
    assert.deepEqual(move.operandValues, [b, b]);
    assert.equal(a.numUses, 1);
    assert.equal(b.numUses, 3);
    checkOpUses(keep);
    checkOpUses(move);
    a.replaceUsesWithIf(a, () => true);
    assert.equal(a.numUses, 1);
  });

  test("Operation.replaceAllUsesWith needs one value per result", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const two = mk(ctx, "foo.two", { resultTypes: [t, t] });
    const repl = mk(ctx, "foo.repl", { resultTypes: [t, t] });
    const u = mk(ctx, "foo.u", { operands: [two.result(1), two.result(0)] });
    assert.throws(() => two.replaceAllUsesWith([repl.result(0)]), (e: unknown) => e instanceof IRError && /cannot replace 'foo.two' with 2 results by 1 values/.test(e.message));
    assert.deepEqual(u.operandValues, [two.result(1), two.result(0)]);
    two.replaceAllUsesWith(repl.results);
    assert.deepEqual(u.operandValues, [repl.result(1), repl.result(0)]);
    assert.ok(two.useEmpty);
    checkOpUses(u);
  });

  test("many uses: removing every other one and RAUW keep the list consistent", () => {
    const { ctx, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const users = [];
    for (let i = 0; i < 1000; i++) users.push(mk(ctx, "foo.u", { operands: [a] }));
    for (let i = 0; i < 1000; i += 2) users[i]!.eraseOperand(0);
    assert.equal(checkValueUses(a).length, 500);
    a.replaceAllUsesWith(b);
    assert.equal(checkValueUses(b).length, 500);
    assert.equal(checkValueUses(a).length, 0);
    for (let i = 1; i < 1000; i += 2) users[i]!.setOperand(0, a);
    assert.equal(checkValueUses(a).length, 500);
    assert.equal(b.hasUses, false);
  });

  test("setType changes the value's type in place", () => {
    const { ctx, values } = defs(1);
    const v = values[0]!;
    const i8 = IntegerType.get(ctx, 8);
    v.setType(i8);
    assert.equal(v.type, i8);
  });
});

describe("dropping uses", () => {
  test("dropAllReferences drops operands and successors, nested ones too, but not the uses of results", () => {
    const { ctx, block, values } = defs(1);
    const v = values[0]!;
    const target = new Block();
    const inner = mk(ctx, "foo.inner", { operands: [v], successors: [target] });
    const outer = mk(ctx, "foo.outer", { operands: [v], resultTypes: [i32(ctx)], regions: [new Region([new Block()])] });
    outer.region(0).entryBlock!.append(inner);
    block.append(outer);
    const user = mk(ctx, "foo.user", { operands: [outer.result(0)] });
    block.append(user);
    outer.dropAllReferences();
    assert.equal(v.hasUses, false);
    assert.equal(target.hasPredecessors, false);
    assert.equal(outer.numOperands, 0);
    assert.equal(inner.numOperands, 0);
    assert.equal(inner.numSuccessors, 0);
    assert.deepEqual(outer.result(0).users, [user]);
    checkOpUses(user);
  });

  test("erase unlinks the uses held by the op and everything nested in it", () => {
    const { ctx, block, values } = defs(2);
    const [a, b] = values as [Value, Value];
    const keep = mk(ctx, "foo.keep", { operands: [a, b] });
    block.append(keep);
    const target = new Block();
    const br = mk(ctx, "foo.br", { successors: [target, target] });
    const nested = mk(ctx, "foo.nested", { operands: [b, a] });
    const body = new Block([i32(ctx)]);
    body.append(nested);
    body.append(mk(ctx, "foo.argUse", { operands: [body.argument(0)] }));
    const big = mk(ctx, "foo.big", { operands: [a], regions: [new Region([body])] });
    block.append(big);
    block.append(br);
    assert.equal(a.numUses, 3);
    assert.equal(target.predecessorUses.length, 2);
    big.erase();
    br.erase();
    assert.equal(big.parent, null);
    assert.deepEqual(a.users, [keep]);
    assert.deepEqual(b.users, [keep]);
    assert.equal(target.hasPredecessors, false);
    assert.equal(body.argument(0).hasUses, false);
    checkOpUses(keep);
  });
});

describe("successor uses", () => {
  test("successors are uses of their blocks; predecessors follow setSuccessor(s)", () => {
    const ctx = newContext();
    const region = new Region();
    const [b0, b1, b2] = [new Block(), new Block(), new Block()];
    for (const b of [b0, b1, b2]) region.append(b);
    const br = mk(ctx, "foo.cond_br", { successors: [b1, b2, b1] });
    b0.append(br);
    assert.deepEqual(b0.successors, [b1, b2, b1]);
    assert.equal(br.numSuccessors, 3);
    assert.equal(br.successor(2), b1);
    assert.deepEqual(b1.predecessorUses.map((s) => s.index).sort(), [0, 2]);
    assert.ok(b1.predecessorUses.every((s) => s.owner === br));
    checkOpUses(br);

    br.setSuccessor(0, b2);
    assert.deepEqual(b0.successors, [b2, b2, b1]);
    assert.equal(checkBlockUses(b1).length, 1);
    assert.equal(checkBlockUses(b2).length, 2);
    br.setSuccessor(0, b2); // same block: nothing changes
    assert.equal(checkBlockUses(b2).length, 2);

    br.setSuccessors([b0]);
    assert.equal(b1.hasPredecessors, false);
    assert.equal(b2.hasPredecessors, false);
    assert.equal(checkBlockUses(b0).length, 1);
    br.setSuccessors([]);
    assert.equal(br.numSuccessors, 0);
    assert.deepEqual(b0.successors, []);
    assert.equal(b0.hasPredecessors, false);
    assert.throws(() => br.successor(0), IRError);
    assert.throws(() => br.setSuccessor(0, b1), IRError);
  });

  test("predecessor lists stay consistent with many branches removed in any order", () => {
    const ctx = newContext();
    const target = new Block();
    const brs = [];
    for (let i = 0; i < 50; i++) brs.push(mk(ctx, "foo.br", { successors: [target] }));
    for (let i = 0; i < 50; i += 3) brs[i]!.dropAllReferences();
    assert.equal(checkBlockUses(target).length, 33);
    for (const br of brs) checkOpUses(br);
  });

  test("a whole function body keeps its invariants through a series of edits", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const entry = new Block([t, t]);
    const exit = new Block([t]);
    const fn = mk(ctx, "foo.func", { regions: [new Region([entry, exit])] });
    const add = mk(ctx, "foo.add", { operands: [entry.argument(0), entry.argument(1)], resultTypes: [t] });
    entry.append(add);
    entry.append(mk(ctx, "foo.br", { operands: [add.result(0)], successors: [exit] }));
    exit.append(mk(ctx, "foo.ret", { operands: [exit.argument(0)] }));
    checkIR(fn);
    entry.argument(0).replaceAllUsesWith(entry.argument(1));
    add.insertOperands(2, [exit.argument(0)]);
    add.eraseOperand(0);
    checkIR(fn);
    entry.eraseArgument(0);
    assert.equal(entry.argument(0).index, 0);
    checkIR(fn);
  });
});
