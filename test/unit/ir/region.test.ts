// Region (region.ts): the block list, takeBody, and structure queries.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import { IRError } from "../../../src/ir/ir-error.js";
import { Region } from "../../../src/ir/region.js";
import { checkIR, i32, mk, newContext } from "./helpers.js";

describe("block list", () => {
  test("constructor, append, insertBefore, insertAfter and iteration", () => {
    const [a, b, c, d] = [new Block(), new Block(), new Block(), new Block()];
    const r = new Region([b]);
    assert.ok(!r.empty);
    assert.ok(r.hasOneBlock);
    r.append(d);
    r.insertBefore(a, b);
    r.insertAfter(c, b);
    assert.deepEqual(r.blocks, [a, b, c, d]);
    assert.deepEqual([...r], [a, b, c, d]);
    assert.equal(r.entryBlock, a);
    assert.equal(r.first, a);
    assert.equal(r.last, d);
    assert.equal(c.prev, b);
    assert.equal(c.next, d);
    assert.ok(!r.hasOneBlock);
    for (const x of [a, b, c, d]) assert.equal(x.parent, r);
  });

  test("empty region", () => {
    const r = new Region();
    assert.ok(r.empty);
    assert.equal(r.entryBlock, null);
    assert.ok(!r.hasOneBlock);
    assert.deepEqual(r.blocks, []);
    assert.equal(r.index, -1);
    assert.equal(r.parentOp, null);
  });

  test("attached blocks and foreign insertion points are refused", () => {
    const a = new Block();
    const r1 = new Region([a]);
    const r2 = new Region();
    assert.throws(() => r2.append(a), (e: unknown) => e instanceof IRError && e.message === "block is already in a region; detach it first");
    assert.throws(() => r2.insertBefore(new Block(), a), (e: unknown) => e instanceof IRError && e.message === "insertion point is not in this region");
    assert.throws(() => r2.insertAfter(new Block(), a), IRError);
    assert.deepEqual(r1.blocks, [a]);
    assert.ok(r2.empty);
  });

  test("detach unlinks from the head, middle and tail", () => {
    const bs = [new Block(), new Block(), new Block(), new Block()];
    const r = new Region(bs);
    assert.equal(bs[1]!.detach(), bs[1]);
    assert.deepEqual(r.blocks, [bs[0], bs[2], bs[3]]);
    bs[0]!.detach();
    bs[3]!.detach();
    assert.deepEqual(r.blocks, [bs[2]]);
    assert.equal(r.first, bs[2]);
    assert.equal(r.last, bs[2]);
    assert.equal(bs[2]!.prev, null);
    assert.equal(bs[2]!.next, null);
    assert.equal(bs[3]!.parent, null);
    assert.equal(bs[3]!.prev, null);
    bs[2]!.detach();
    assert.ok(r.empty);
    assert.equal(r.last, null);
  });
});

describe("takeBody", () => {
  test("moves every block of the other region to the end, keeping values and branches", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const src = mk(ctx, "foo.src", { regions: [new Region([new Block([t]), new Block()])] });
    const [s0, s1] = src.region(0).blocks as [Block, Block];
    s0.append(mk(ctx, "foo.br", { operands: [s0.argument(0)], successors: [s1] }));
    s1.append(mk(ctx, "foo.ret"));
    const kept = new Block();
    const dst = mk(ctx, "foo.dst", { regions: [new Region([kept])] });
    dst.region(0).takeBody(src.region(0));
    assert.ok(src.region(0).empty);
    assert.deepEqual(dst.region(0).blocks, [kept, s0, s1]);
    assert.equal(s0.parent, dst.region(0));
    assert.equal(s0.parentOp, dst);
    assert.deepEqual(s0.successors, [s1]);
    checkIR(dst);
    checkIR(src);
  });

  test("taking a region's own body is a no-op", () => {
    const bs = [new Block(), new Block()];
    const r = new Region(bs);
    r.takeBody(r);
    assert.deepEqual(r.blocks, bs);
  });
});

describe("structure", () => {
  test("index, parentOp, parentRegion and isAncestor", () => {
    const ctx = newContext();
    const top = mk(ctx, "foo.top", { regions: [new Region([new Block()]), new Region([new Block()])] });
    const inner = mk(ctx, "foo.inner", { regions: 1 });
    top.region(1).entryBlock!.append(inner);
    assert.equal(top.region(0).index, 0);
    assert.equal(top.region(1).index, 1);
    assert.equal(inner.region(0).parentOp, inner);
    assert.equal(inner.region(0).parentRegion, top.region(1));
    assert.equal(top.region(1).parentRegion, null);
    assert.ok(top.region(1).isAncestor(inner.region(0)));
    assert.ok(top.region(1).isAncestor(top.region(1)));
    assert.ok(!top.region(0).isAncestor(inner.region(0)));
    assert.ok(!inner.region(0).isAncestor(top.region(1)));
  });
});
