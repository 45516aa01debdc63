// walk (walk.ts): pre/post order over nested regions, Skip and Interrupt,
// erasing the visited op, and deep nests on an explicit stack.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Block } from "../../../src/ir/block.js";
import type { Context } from "../../../src/ir/context.js";
import type { Operation } from "../../../src/ir/operation.js";
import { Region } from "../../../src/ir/region.js";
import { walk, WalkOrder, WalkResult } from "../../../src/ir/walk.js";
import { checkIR, i32, mk, names, newContext } from "./helpers.js";

/** Creates `name` with one region per entry of `blocks`, each a list of blocks of ops. */
function op(ctx: Context, name: string, ...regions: Operation[][][]): Operation {
  return mk(ctx, name, {
    regions: regions.map((blocks) =>
      new Region(
        blocks.map((ops) => {
          const b = new Block();
          for (const o of ops) b.append(o);
          return b;
        }),
      ),
    ),
  });
}

/**
 * root { ^0: a { a1; a2 }; b   ^1: c } { d { d1 } { d2 } }, plus an empty
 * region and an empty block, which a walk must step over.
 */
function tree() {
  const ctx = newContext();
  const root = op(
    ctx,
    "t.root",
    [[op(ctx, "t.a", [[op(ctx, "t.a1"), op(ctx, "t.a2")]]), op(ctx, "t.b")], [], [op(ctx, "t.c")]],
    [],
    [[op(ctx, "t.d", [[op(ctx, "t.d1")]], [[op(ctx, "t.d2")]])]],
  );
  return { ctx, root };
}

function visit(root: Operation, order: WalkOrder, fn: (o: Operation) => WalkResult | void = () => {}) {
  const seen: string[] = [];
  const result = walk(root, (o) => (seen.push(o.opName), fn(o)), order);
  return { seen, result };
}

describe("order", () => {
  test("pre-order visits an op before its regions, regions and blocks in order", () => {
    const { root } = tree();
    const { seen, result } = visit(root, WalkOrder.PreOrder);
    assert.deepEqual(seen, ["t.root", "t.a", "t.a1", "t.a2", "t.b", "t.c", "t.d", "t.d1", "t.d2"]);
    assert.equal(result, WalkResult.Advance);
  });

  test("pre-order is the default", () => {
    const { root } = tree();
    const seen: string[] = [];
    walk(root, (o) => void seen.push(o.opName));
    assert.equal(seen[0], "t.root");
    assert.equal(seen.length, 9);
  });

  test("post-order visits an op after everything nested in it", () => {
    const { root } = tree();
    const { seen, result } = visit(root, WalkOrder.PostOrder);
    assert.deepEqual(seen, ["t.a1", "t.a2", "t.a", "t.b", "t.c", "t.d1", "t.d2", "t.d", "t.root"]);
    assert.equal(result, WalkResult.Advance);
  });

  test("the root's siblings are not visited", () => {
    const ctx = newContext();
    const b = new Block();
    const first = op(ctx, "t.first", [[op(ctx, "t.inner")]]);
    b.append(first);
    b.append(op(ctx, "t.sibling"));
    assert.deepEqual(visit(first, WalkOrder.PreOrder).seen, ["t.first", "t.inner"]);
    assert.deepEqual(visit(first, WalkOrder.PostOrder).seen, ["t.inner", "t.first"]);
    assert.deepEqual(visit(b.first!.next!, WalkOrder.PostOrder).seen, ["t.sibling"]);
  });
});

describe("control", () => {
  test("Skip in pre-order skips the nested ops only", () => {
    const { root } = tree();
    const { seen } = visit(root, WalkOrder.PreOrder, (o) => (o.opName === "t.a" || o.opName === "t.d" ? WalkResult.Skip : WalkResult.Advance));
    assert.deepEqual(seen, ["t.root", "t.a", "t.b", "t.c", "t.d"]);
  });

  test("Skip on the root visits only the root", () => {
    const { root } = tree();
    const { seen, result } = visit(root, WalkOrder.PreOrder, () => WalkResult.Skip);
    assert.deepEqual(seen, ["t.root"]);
    assert.equal(result, WalkResult.Advance);
  });

  test("Interrupt stops the walk in either order and is returned", () => {
    const { root } = tree();
    const pre = visit(root, WalkOrder.PreOrder, (o) => (o.opName === "t.a2" ? WalkResult.Interrupt : undefined));
    assert.deepEqual(pre.seen, ["t.root", "t.a", "t.a1", "t.a2"]);
    assert.equal(pre.result, WalkResult.Interrupt);
    const post = visit(root, WalkOrder.PostOrder, (o) => (o.opName === "t.a" ? WalkResult.Interrupt : undefined));
    assert.deepEqual(post.seen, ["t.a1", "t.a2", "t.a"]);
    assert.equal(post.result, WalkResult.Interrupt);
    const atRoot = visit(root, WalkOrder.PreOrder, () => WalkResult.Interrupt);
    assert.deepEqual(atRoot.seen, ["t.root"]);
    assert.equal(atRoot.result, WalkResult.Interrupt);
  });
});

describe("erasing the visited op", () => {
  test("pre-order: the erased op's regions are not entered, its siblings are visited", () => {
    const { root } = tree();
    const { seen } = visit(root, WalkOrder.PreOrder, (o) => {
      if (o.opName === "t.a" || o.opName === "t.d1" || o.opName === "t.c") o.erase();
    });
    assert.deepEqual(seen, ["t.root", "t.a", "t.b", "t.c", "t.d", "t.d1", "t.d2"]);
    assert.deepEqual(visit(root, WalkOrder.PreOrder).seen, ["t.root", "t.b", "t.d", "t.d2"]);
    checkIR(root);
  });

  test("post-order: erasing every op (users after their definitions are erased first) empties the IR", () => {
    const ctx = newContext();
    const t = i32(ctx);
    const def = mk(ctx, "t.def", { resultTypes: [t] });
    const use1 = mk(ctx, "t.use1", { operands: [def.result(0)] });
    const inner = op(ctx, "t.inner", [[mk(ctx, "t.x"), mk(ctx, "t.y")]]);
    const root = op(ctx, "t.root", [[def, inner, use1]]);
    // The def still has a use when visited, so it stays; the rest goes.
    const seen: string[] = [];
    walk(
      root,
      (o) => {
        seen.push(o.opName);
        if (o !== root && o.useEmpty) o.erase();
      },
      WalkOrder.PostOrder,
    );
    assert.deepEqual(seen, ["t.def", "t.x", "t.y", "t.inner", "t.use1", "t.root"]);
    assert.deepEqual(names(root.region(0).entryBlock!), ["t.def"]);
    checkIR(root);
    assert.deepEqual(visit(root, WalkOrder.PostOrder).seen, ["t.def", "t.root"]);
  });

  test("post-order: erasing each visited leaf and then its parent", () => {
    const { root } = tree();
    const seen: string[] = [];
    walk(
      root,
      (o) => {
        seen.push(o.opName);
        if (o !== root) o.erase();
      },
      WalkOrder.PostOrder,
    );
    assert.deepEqual(seen, ["t.a1", "t.a2", "t.a", "t.b", "t.c", "t.d1", "t.d2", "t.d", "t.root"]);
    assert.ok(root.regions.every((r) => r.blocks.every((b) => b.empty)));
    checkIR(root);
  });

  test("pre-order: erasing every visited op except the root", () => {
    const { root } = tree();
    const { seen } = visit(root, WalkOrder.PreOrder, (o) => {
      if (o !== root) o.erase();
    });
    assert.deepEqual(seen, ["t.root", "t.a", "t.b", "t.c", "t.d"]);
    assert.ok(root.regions.every((r) => r.blocks.every((b) => b.empty)));
  });
});

describe("deep nests", () => {
  /** A chain of `n` ops, each nesting the next in its single block; returns the root. */
  function nest(ctx: Context, n: number): Operation {
    const root = op(ctx, "t.n0", [[]]);
    let cur = root;
    for (let i = 1; i < n; i++) {
      const next = op(ctx, "t.n", [[]]);
      cur.region(0).entryBlock!.append(next);
      cur = next;
    }
    return root;
  }

  test("10,000 levels: pre-order goes down, post-order comes up, no stack overflow", () => {
    const ctx = newContext();
    const root = nest(ctx, 10_000);
    const depth = (o: Operation) => {
      let d = 0;
      for (let p = o.parentOp; p !== null; p = p.parentOp) d++;
      return d;
    };
    // Pre-order: each op is nested in the one visited just before it.
    let prev: Operation | null = null;
    let count = 0;
    walk(root, (o) => {
      assert.equal(o.parentOp, prev);
      prev = o;
      count++;
    });
    assert.equal(count, 10_000);
    const post: Operation[] = [];
    walk(root, (o) => void post.push(o), WalkOrder.PostOrder);
    assert.equal(post.length, 10_000);
    assert.equal(post[9_999], root);
    assert.equal(depth(post[0]!), 9_999);
    assert.equal(post[1]!.region(0).entryBlock!.first, post[0]);
    let n = 0;
    const r = walk(root, () => (++n === 9_000 ? WalkResult.Interrupt : WalkResult.Advance), WalkOrder.PostOrder);
    assert.equal(r, WalkResult.Interrupt);
    assert.equal(n, 9_000);
  });
});
