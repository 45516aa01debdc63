/**
 * Shared helpers of the IR unit tests: a context with unregistered ops,
 * terse op construction, and checkers of the use-list invariants.
 */
import assert from "node:assert/strict";
import type { TypeAttribute } from "../../../src/ir/attribute.js";
import type { Block } from "../../../src/ir/block.js";
import { Context } from "../../../src/ir/context.js";
import type { BlockOperand, OpOperand } from "../../../src/ir/op-operand.js";
import { Operation, type OperationState } from "../../../src/ir/operation.js";
import type { Value } from "../../../src/ir/value.js";
import { IntegerType } from "../../../src/dialects/builtin/types/integer-type.js";

/** A context accepting unregistered operations. */
export function newContext(): Context {
  return new Context({ allowUnregisteredDialects: true });
}

/** Creates a detached operation named `name` in `ctx`. */
export function mk(ctx: Context, name: string, state: OperationState = {}): Operation {
  return Operation.create(ctx.operationName(name), state);
}

/** `i32` of `ctx`. */
export function i32(ctx: Context): TypeAttribute {
  return IntegerType.get(ctx, 32);
}

/** Names of `ops` (for readable order assertions). */
export function names(ops: Iterable<Operation>): string[] {
  const out: string[] = [];
  for (const o of ops) out.push(o.opName);
  return out;
}

/**
 * Checks `v`'s use list: `prevUse` mirrors `nextUse`, no cycle, every use
 * names `v` and is still operand `index` of its owner. Returns the uses.
 */
export function checkValueUses(v: Value): OpOperand[] {
  const seen = new Set<OpOperand>();
  let prev: OpOperand | null = null;
  for (let u = v.firstUse; u !== null; u = u.nextUse) {
    assert.ok(!seen.has(u), "use list has a cycle");
    seen.add(u);
    assert.equal(u.prevUse, prev, "prevUse does not mirror nextUse");
    assert.equal(u.value, v, "use listed under another value");
    assert.equal(u.owner.operands[u.index], u, `stale use: not operand #${u.index} of '${u.owner.opName}'`);
    prev = u;
  }
  if (v.firstUse !== null) assert.equal(v.firstUse.prevUse, null, "head of a use list has a prevUse");
  assert.equal(v.numUses, seen.size);
  assert.equal(v.hasUses, seen.size > 0);
  assert.equal(v.hasOneUse, seen.size === 1);
  return [...seen];
}

/** Checks the predecessor list of `b` as {@link checkValueUses} does for values. */
export function checkBlockUses(b: Block): BlockOperand[] {
  const seen = new Set<BlockOperand>();
  let prev: BlockOperand | null = null;
  for (let u = b.firstUse; u !== null; u = u.nextUse) {
    assert.ok(!seen.has(u), "predecessor list has a cycle");
    seen.add(u);
    assert.equal(u.prevUse, prev, "prevUse does not mirror nextUse");
    assert.equal(u.block, b, "successor use listed under another block");
    assert.equal(u.owner.successors[u.index], u, `stale successor use of '${u.owner.opName}'`);
    prev = u;
  }
  assert.equal(b.hasPredecessors, seen.size > 0);
  return [...seen];
}

/**
 * Checks every operand and successor of `op`: owner and index are right and
 * the use is in its value's (block's) list exactly once.
 */
export function checkOpUses(op: Operation): void {
  op.operands.forEach((o, i) => {
    assert.equal(o.owner, op);
    assert.equal(o.index, i, `operand #${i} has index ${o.index}`);
    const n = checkValueUses(o.value).filter((u) => u === o).length;
    assert.equal(n, 1, `operand #${i} of '${op.opName}' appears ${n} times in its value's use list`);
  });
  op.successors.forEach((s, i) => {
    assert.equal(s.owner, op);
    assert.equal(s.index, i);
    const n = checkBlockUses(s.block).filter((u) => u === s).length;
    assert.equal(n, 1, `successor #${i} of '${op.opName}' appears ${n} times in its block's use list`);
  });
  for (const r of op.results) checkValueUses(r);
}

/**
 * Checks the use-list invariants of everything under `root` (iteratively),
 * plus block links (`prev`/`next`/`parent`) and block arguments.
 */
export function checkIR(root: Operation): void {
  const stack: Operation[] = [root];
  while (stack.length > 0) {
    const op = stack.pop()!;
    checkOpUses(op);
    for (const r of op.regions) {
      assert.equal(r.parent, op);
      let prevBlock: Block | null = null;
      for (let b = r.first; b !== null; b = b.next) {
        assert.equal(b.parent, r);
        assert.equal(b.prev, prevBlock);
        checkBlockUses(b);
        b.arguments.forEach((a, i) => {
          assert.equal(a.owner, b);
          assert.equal(a.index, i);
          checkValueUses(a);
        });
        let prevOp: Operation | null = null;
        for (let o = b.first; o !== null; o = o.next) {
          assert.equal(o.parent, b);
          assert.equal(o.prev, prevOp);
          stack.push(o);
          prevOp = o;
        }
        assert.equal(b.last, prevOp);
        prevBlock = b;
      }
      assert.equal(r.last, prevBlock);
    }
  }
}
