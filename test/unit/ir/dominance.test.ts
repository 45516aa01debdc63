// DominanceInfo (dominance.ts): block dominance against a brute-force
// definition on random CFGs, unreachable blocks, nested regions, operation
// and value dominance, and region kinds.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import { Context } from "../../../src/ir/context.js";
import { Dialect } from "../../../src/ir/dialect.js";
import { DominanceInfo } from "../../../src/ir/dominance.js";
import { OpTrait } from "../../../src/ir/op-definition.js";
import { Region } from "../../../src/ir/region.js";
import { i32, mk } from "./helpers.js";

const dialect = new Dialect("d", [
  { name: "d.cfg", traits: OpTrait.None },
  { name: "d.graph", traits: OpTrait.GraphRegions | OpTrait.NoTerminator },
]);

function newCtx(): Context {
  const ctx = new Context({ allowUnregisteredDialects: true });
  ctx.loadDialect(dialect);
  return ctx;
}

/** A `d.cfg` op whose region has `n` blocks; `edges[i]` are the successors of block i. */
function cfg(ctx: Context, edges: number[][]) {
  const blocks = edges.map(() => new Block());
  const op = mk(ctx, "d.cfg", { regions: [new Region(blocks)] });
  edges.forEach((succ, i) => blocks[i]!.append(mk(ctx, "foo.br", { successors: succ.map((j) => blocks[j]!) })));
  return { op, blocks };
}

/** Blocks reachable from the entry without going through `removed`. */
function reach(edges: number[][], removed: number): Set<number> {
  const seen = new Set<number>();
  if (removed === 0) return seen;
  const work = [0];
  seen.add(0);
  while (work.length > 0) {
    for (const s of edges[work.pop()!]!) {
      if (s !== removed && !seen.has(s)) {
        seen.add(s);
        work.push(s);
      }
    }
  }
  return seen;
}

/** Proper dominance by definition, with LLVM's conventions for unreachable blocks. */
function bruteProperlyDominates(edges: number[][], a: number, b: number): boolean {
  if (a === b) return false;
  const all = reach(edges, -1);
  if (!all.has(b)) return true;
  if (!all.has(a)) return false;
  return !reach(edges, a).has(b);
}

describe("block dominance", () => {
  test("diamond with a loop and an unreachable block", () => {
    const ctx = newCtx();
    // 0 -> 1, 2; 1 -> 3; 2 -> 3; 3 -> 5; 5 -> 3, 6; 4 (unreachable) -> 3
    const { blocks: b } = cfg(ctx, [[1, 2], [3], [3], [5], [3], [3, 6], []]);
    const dom = new DominanceInfo();
    assert.ok(dom.properlyDominatesBlock(b[0]!, b[3]!));
    assert.ok(!dom.properlyDominatesBlock(b[1]!, b[3]!));
    assert.ok(!dom.properlyDominatesBlock(b[2]!, b[3]!));
    assert.ok(dom.properlyDominatesBlock(b[3]!, b[5]!));
    assert.ok(dom.properlyDominatesBlock(b[3]!, b[6]!));
    assert.ok(dom.properlyDominatesBlock(b[5]!, b[6]!));
    assert.ok(!dom.properlyDominatesBlock(b[5]!, b[3]!));
    assert.ok(!dom.properlyDominatesBlock(b[3]!, b[3]!));
    assert.ok(dom.dominatesBlock(b[3]!, b[3]!));
    assert.ok(!dom.isReachableFromEntry(b[4]!));
    assert.ok(dom.isReachableFromEntry(b[0]!));
    assert.ok(dom.isReachableFromEntry(b[6]!));
    // Unreachable blocks are dominated by everything and dominate nothing.
    assert.ok(dom.properlyDominatesBlock(b[6]!, b[4]!));
    assert.ok(!dom.properlyDominatesBlock(b[4]!, b[3]!));
  });

  test("matches the definition on random CFGs", () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let round = 0; round < 60; round++) {
      const n = 1 + rand(12);
      const edges: number[][] = [];
      for (let i = 0; i < n; i++) {
        const k = rand(4);
        const succ: number[] = [];
        for (let j = 0; j < k; j++) succ.push(rand(n));
        edges.push(succ);
      }
      const ctx = newCtx();
      const { blocks } = cfg(ctx, edges);
      const dom = new DominanceInfo();
      const reachable = reach(edges, -1);
      for (let a = 0; a < n; a++) {
        assert.equal(dom.isReachableFromEntry(blocks[a]!), reachable.has(a), `reachability of ${a} in ${JSON.stringify(edges)}`);
        for (let b = 0; b < n; b++) {
          assert.equal(
            dom.properlyDominatesBlock(blocks[a]!, blocks[b]!),
            bruteProperlyDominates(edges, a, b),
            `${a} properly dominates ${b} in ${JSON.stringify(edges)}`,
          );
        }
      }
    }
  });

  test("matches the definition on larger random CFGs (loops, joins, self-edges)", () => {
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let round = 0; round < 25; round++) {
      const n = 20 + rand(40);
      const edges: number[][] = [];
      for (let i = 0; i < n; i++) {
        const succ: number[] = [];
        // Mostly forward edges (long chains), some back edges and self-loops.
        if (i + 1 < n && rand(5) > 0) succ.push(i + 1);
        for (let j = rand(3); j > 0; j--) succ.push(rand(4) === 0 ? rand(i + 1) : rand(n));
        edges.push(succ);
      }
      const ctx = newCtx();
      const { blocks } = cfg(ctx, edges);
      const dom = new DominanceInfo();
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          assert.equal(
            dom.properlyDominatesBlock(blocks[a]!, blocks[b]!),
            bruteProperlyDominates(edges, a, b),
            `${a} properly dominates ${b} in ${JSON.stringify(edges)}`,
          );
        }
      }
    }
  });

  test("a long ladder joining at one exit and a wide fan-out", () => {
    const n = 5000;
    // Ladder: block i branches to i + 1 and to the exit (n - 1).
    const ladder: number[][] = [];
    for (let i = 0; i < n - 1; i++) ladder.push(i + 1 < n - 1 ? [i + 1, n - 1] : [n - 1]);
    ladder.push([]);
    const l = cfg(newCtx(), ladder).blocks;
    const dom = new DominanceInfo();
    assert.ok(dom.properlyDominatesBlock(l[0]!, l[n - 1]!));
    assert.ok(!dom.properlyDominatesBlock(l[1]!, l[n - 1]!));
    assert.ok(dom.properlyDominatesBlock(l[1]!, l[n - 2]!));
    assert.ok(dom.properlyDominatesBlock(l[n - 3]!, l[n - 2]!));
    // Fan-out: the entry branches to every block; each also branches to the next.
    const fan: number[][] = [[]];
    for (let i = 1; i < n; i++) fan[0]!.push(i), fan.push(i + 1 < n ? [i + 1] : []);
    const f = cfg(newCtx(), fan).blocks;
    const dom2 = new DominanceInfo();
    assert.ok(dom2.properlyDominatesBlock(f[0]!, f[n - 1]!));
    assert.ok(!dom2.properlyDominatesBlock(f[1]!, f[2]!));
    assert.ok(dom2.isReachableFromEntry(f[n - 1]!));
  });

  test("successors in other regions are not edges of this region's tree", () => {
    const ctx = newCtx();
    const elsewhere = new Block();
    new Region([new Block(), elsewhere]);
    const { blocks: b } = cfg(ctx, [[1], [], []]);
    b[2]!.first!.erase();
    b[2]!.append(mk(ctx, "foo.br", { successors: [elsewhere] }));
    b[1]!.first!.setSuccessors([elsewhere, b[2]!]);
    const dom = new DominanceInfo();
    assert.ok(dom.isReachableFromEntry(b[2]!));
    assert.ok(dom.properlyDominatesBlock(b[1]!, b[2]!));
    assert.ok(!dom.properlyDominatesBlock(b[0]!, elsewhere));
  });

  test("a block dominates the blocks nested in the ops it holds, and what those reach", () => {
    const ctx = newCtx();
    const { blocks: b } = cfg(ctx, [[1, 2], [], []]);
    const nestedEntry = new Block();
    const holder = mk(ctx, "d.cfg", { regions: [new Region([nestedEntry])] });
    b[1]!.prepend(holder);
    const dom = new DominanceInfo();
    assert.ok(dom.properlyDominatesBlock(b[1]!, nestedEntry));
    assert.ok(dom.properlyDominatesBlock(b[0]!, nestedEntry));
    assert.ok(!dom.properlyDominatesBlock(b[2]!, nestedEntry));
    assert.ok(!dom.properlyDominatesBlock(nestedEntry, b[1]!));
    assert.ok(!dom.properlyDominatesBlock(new Block(), b[1]!));
  });
});

describe("operation and value dominance", () => {
  test("same block: program order in SSACFG regions, anything in graph regions", () => {
    const ctx = newCtx();
    const t = i32(ctx);
    for (const [name, ssa] of [["d.cfg", true], ["d.graph", false], ["foo.unregistered", false]] as const) {
      const block = new Block();
      const parent = mk(ctx, name, { regions: [new Region([block])] });
      const a = mk(ctx, "foo.a", { resultTypes: [t] });
      const b = mk(ctx, "foo.b", { resultTypes: [t] });
      block.append(a);
      block.append(b);
      const dom = new DominanceInfo();
      assert.equal(dom.hasSSADominance(parent.region(0)), ssa, name);
      assert.ok(dom.properlyDominatesOp(a, b), name);
      assert.equal(dom.properlyDominatesOp(b, a), !ssa, name);
      assert.equal(dom.properlyDominatesOp(a, a), !ssa, name);
      assert.equal(dom.properlyDominatesValue(b.result(0), a), !ssa, name);
      assert.equal(dom.properlyDominatesValue(a.result(0), a), !ssa, name);
    }
  });

  test("region kinds: multi-block, detached and empty regions have SSA dominance", () => {
    const ctx = newCtx();
    const dom = new DominanceInfo();
    const multi = mk(ctx, "foo.unregistered", { regions: [new Region([new Block(), new Block()])] });
    assert.ok(dom.hasSSADominance(multi.region(0)));
    assert.ok(dom.hasSSADominance(new Region([new Block()])));
    assert.ok(dom.hasSSADominance(mk(ctx, "d.graph", { regions: 1 }).region(0)));
  });

  test("across blocks: the dominator tree decides; block arguments dominate their block", () => {
    const ctx = newCtx();
    const t = i32(ctx);
    const { blocks: b } = cfg(ctx, [[1, 2], [3], [3], []]);
    b[1]!.addArgument(t);
    const d0 = mk(ctx, "foo.d0", { resultTypes: [t] });
    const d1 = mk(ctx, "foo.d1", { resultTypes: [t] });
    b[0]!.prepend(d0);
    b[1]!.prepend(d1);
    const u3 = mk(ctx, "foo.u3");
    const u1 = mk(ctx, "foo.u1");
    b[3]!.prepend(u3);
    b[1]!.prepend(u1); // ^1: u1, d1, br
    const dom = new DominanceInfo();
    assert.ok(dom.properlyDominatesOp(d0, u3));
    assert.ok(!dom.properlyDominatesOp(d1, u3));
    assert.ok(dom.properlyDominatesValue(d0.result(0), u3));
    assert.ok(!dom.properlyDominatesValue(d1.result(0), u3));
    assert.ok(dom.properlyDominatesValue(b[1]!.argument(0), u1), "an argument dominates the first op of its block");
    assert.ok(!dom.properlyDominatesValue(b[1]!.argument(0), u3));
    assert.ok(!dom.properlyDominatesValue(d1.result(0), u1), "u1 comes before d1");
  });

  test("nested regions: definitions above dominate uses inside; the enclosing op only with enclosingOk", () => {
    const ctx = newCtx();
    const t = i32(ctx);
    const outerBlock = new Block();
    mk(ctx, "d.cfg", { regions: [new Region([outerBlock])] });
    const before = mk(ctx, "foo.before", { resultTypes: [t] });
    const innerBlock = new Block([t]);
    const holder = mk(ctx, "foo.holder", { resultTypes: [t], regions: [new Region([innerBlock])] });
    const after = mk(ctx, "foo.after", { resultTypes: [t] });
    for (const o of [before, holder, after]) outerBlock.append(o);
    const use = mk(ctx, "foo.use");
    innerBlock.append(use);
    const dom = new DominanceInfo();
    assert.ok(dom.properlyDominatesOp(before, use));
    assert.ok(!dom.properlyDominatesOp(after, use));
    assert.ok(!dom.properlyDominatesOp(holder, use));
    assert.ok(dom.properlyDominatesOp(holder, use, true));
    assert.ok(!dom.properlyDominatesOp(use, before), "nothing inside dominates outside");
    assert.ok(!dom.properlyDominatesValue(holder.result(0), use), "a result does not dominate its own regions");
    assert.ok(dom.properlyDominatesValue(innerBlock.argument(0), use));
    assert.ok(!dom.properlyDominatesValue(innerBlock.argument(0), after));
  });

  test("in a graph region, an op's result may be used inside that op's regions", () => {
    // mlir-opt accepts `%0 = "foo.op"() ({ "foo.use"(%0) : (i32) -> () }) : () -> i32`
    // at module level (a graph region), and rejects it inside a function.
    const ctx = newCtx();
    const t = i32(ctx);
    for (const [name, ok] of [["d.graph", true], ["d.cfg", false]] as const) {
      const holder = mk(ctx, "foo.holder", { resultTypes: [t], regions: [new Region([new Block()])] });
      mk(ctx, name, { regions: [new Region([new Block()])] }).region(0).entryBlock!.append(holder);
      const use = mk(ctx, "foo.use", { operands: [holder.result(0)] });
      holder.region(0).entryBlock!.append(use);
      assert.equal(new DominanceInfo().properlyDominatesValue(holder.result(0), use), ok, name);
    }
  });

  test("values of detached definitions dominate nothing (no crash)", () => {
    const ctx = newCtx();
    const t = i32(ctx);
    const loose = mk(ctx, "foo.loose", { resultTypes: [t] });
    const block = new Block();
    mk(ctx, "d.cfg", { regions: [new Region([block])] });
    const use = mk(ctx, "foo.use");
    block.append(use);
    const dom = new DominanceInfo();
    assert.ok(!dom.properlyDominatesValue(loose.result(0), use));
    const orphanArg = new Block([t]).argument(0);
    assert.ok(!dom.properlyDominatesValue(orphanArg, use));
    // Ops of a block in no region: ordered among themselves, dominating nothing else.
    const orphan = new Block();
    const x = mk(ctx, "foo.x", { resultTypes: [t] });
    const y = mk(ctx, "foo.y");
    orphan.append(x);
    orphan.append(y);
    assert.ok(!dom.properlyDominatesValue(x.result(0), use));
    assert.ok(!dom.properlyDominatesOp(x, use));
    assert.ok(dom.properlyDominatesOp(x, y));
    assert.ok(!dom.properlyDominatesOp(y, x));
    assert.ok(!dom.properlyDominatesOp(x, x));
  });
});

test("detached operations and blocks get answers, not exceptions", () => {
  const ctx = newCtx();
  const { blocks } = cfg(ctx, [[1], []]);
  const detached = mk(ctx, "foo.x");
  const dom = new DominanceInfo();
  assert.equal(dom.properlyDominatesOp(detached, blocks[1]!.first!), false);
  assert.equal(dom.properlyDominatesOp(blocks[0]!.first!, detached), false);
  assert.equal(dom.isReachableFromEntry(new Block()), true);
});
