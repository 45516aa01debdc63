import type { Block } from "./block.js";
import { OpTrait } from "./op-definition.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import type { Value } from "./value.js";
import { BlockArgument } from "./value.js";

/** Dominator tree of one multi-block region. */
class DomTree {
  /** Immediate dominator by block (the entry maps to itself). Unreachable blocks are absent. */
  private readonly idom = new Map<Block, Block>();
  /** DFS entry/exit numbers in the dominator tree, for O(1) queries. */
  private readonly dfsIn = new Map<Block, number>();
  private readonly dfsOut = new Map<Block, number>();

  constructor(region: Region) {
    const entry = region.first!;
    // Reverse post-order of the blocks reachable from the entry (iterative DFS).
    const order: Block[] = [];
    const index = new Map<Block, number>();
    const visited = new Set<Block>([entry]);
    const stack: Block[] = [entry];
    const next: number[] = [0];
    const post: Block[] = [];
    while (stack.length > 0) {
      const b = stack[stack.length - 1]!;
      const succ = successorsInRegion(b, region);
      const i = next[next.length - 1]!;
      if (i < succ.length) {
        next[next.length - 1] = i + 1;
        const s = succ[i]!;
        if (!visited.has(s)) {
          visited.add(s);
          stack.push(s);
          next.push(0);
        }
      } else {
        stack.pop();
        next.pop();
        post.push(b);
      }
    }
    for (let i = post.length - 1; i >= 0; i--) {
      index.set(post[i]!, order.length);
      order.push(post[i]!);
    }
    // Predecessors restricted to reachable blocks.
    const preds = new Map<Block, Block[]>();
    for (const b of order) preds.set(b, []);
    for (const b of order) for (const s of successorsInRegion(b, region)) preds.get(s)?.push(b);
    // Cooper, Harvey & Kennedy, "A Simple, Fast Dominance Algorithm".
    const idom = this.idom;
    idom.set(entry, entry);
    const intersect = (a: Block, b: Block): Block => {
      while (a !== b) {
        while (index.get(a)! > index.get(b)!) a = idom.get(a)!;
        while (index.get(b)! > index.get(a)!) b = idom.get(b)!;
      }
      return a;
    };
    for (let changed = true; changed; ) {
      changed = false;
      for (let i = 1; i < order.length; i++) {
        const b = order[i]!;
        let newIdom: Block | undefined;
        for (const p of preds.get(b)!) {
          if (!idom.has(p)) continue;
          newIdom = newIdom === undefined ? p : intersect(p, newIdom);
        }
        if (newIdom !== undefined && idom.get(b) !== newIdom) {
          idom.set(b, newIdom);
          changed = true;
        }
      }
    }
    // Number the dominator tree (iteratively).
    const children = new Map<Block, Block[]>();
    for (const b of order) {
      if (b === entry) continue;
      const parent = idom.get(b)!;
      let list = children.get(parent);
      if (list === undefined) children.set(parent, (list = []));
      list.push(b);
    }
    let counter = 0;
    const work: Block[] = [entry];
    const expanded = new Set<Block>();
    while (work.length > 0) {
      const b = work[work.length - 1]!;
      if (!expanded.has(b)) {
        expanded.add(b);
        this.dfsIn.set(b, counter++);
        for (const c of children.get(b) ?? []) work.push(c);
      } else {
        work.pop();
        this.dfsOut.set(b, counter++);
      }
    }
  }

  isReachable(b: Block): boolean {
    return this.idom.has(b);
  }

  /** LLVM semantics: an unreachable block is dominated by anything and dominates nothing. */
  properlyDominates(a: Block, b: Block): boolean {
    if (a === b) return false;
    if (!this.idom.has(b)) return true;
    if (!this.idom.has(a)) return false;
    return this.dfsIn.get(a)! <= this.dfsIn.get(b)! && this.dfsOut.get(b)! <= this.dfsOut.get(a)!;
  }
}

function successorsInRegion(b: Block, region: Region): Block[] {
  const t = b.last;
  if (t === null) return [];
  const out: Block[] = [];
  for (const s of t.successors) if (s.block.parent === region) out.push(s.block);
  return out;
}

/**
 * Dominance queries over the IR (MLIR's `DominanceInfo`), with dominator
 * trees built lazily per multi-block region.
 *
 * Region kinds: a multi-block region, or one with no parent operation, has
 * SSA dominance; a single-block region of an unregistered operation or of an
 * operation with the `GraphRegions` trait does not (uses may precede
 * definitions there).
 */
export class DominanceInfo {
  private readonly trees = new Map<Region, DomTree>();

  /** True when definitions must dominate uses in `region`. */
  hasSSADominance(region: Region): boolean {
    if (!region.hasOneBlock) return true;
    const op = region.parent;
    if (op === null) return true;
    if (op.name.def === null) return false;
    return !op.name.hasTrait(OpTrait.GraphRegions);
  }

  private tree(region: Region): DomTree {
    let t = this.trees.get(region);
    if (t === undefined) this.trees.set(region, (t = new DomTree(region)));
    return t;
  }

  /** True when `block` is reachable from its region's entry. */
  isReachableFromEntry(block: Block): boolean {
    const region = block.parent!;
    if (region.first === block) return true;
    return this.tree(region).isReachable(block);
  }

  /** True when block `a` properly dominates block `b` (looking through nested regions of `b`). */
  properlyDominatesBlock(a: Block, b: Block): boolean {
    if (a === b) return false;
    const regionA = a.parent;
    if (regionA === null) return false;
    if (regionA !== b.parent) {
      const anc = ancestorBlockInRegion(regionA, b);
      if (anc === null) return false;
      if (anc === a) return true;
      b = anc;
    }
    return this.tree(regionA).properlyDominates(a, b);
  }

  /** True when block `a` dominates block `b`. */
  dominatesBlock(a: Block, b: Block): boolean {
    return a === b || this.properlyDominatesBlock(a, b);
  }

  /** True when operation `a` properly dominates `b`; with `enclosingOk`, also when `a` contains `b`. */
  properlyDominatesOp(a: Operation, b: Operation, enclosingOk = false): boolean {
    const aBlock = a.parent!;
    let bBlock = b.parent!;
    const aRegion = aBlock.parent;
    // A block in no region (say, a detached one) is ordered, and dominates
    // nothing outside itself.
    if (aRegion === null) return a !== b && aBlock === bBlock && a.isBeforeInBlock(b);
    if (a === b) return !this.hasSSADominance(aRegion);
    if (aRegion !== bBlock.parent) {
      const anc = ancestorOpInRegion(aRegion, b);
      if (anc === null) return false;
      // `a` encloses `b`: dominance unless it must be proper, in which case
      // the same-block test below decides (true only in graph regions).
      if (anc === a && enclosingOk) return true;
      b = anc;
      bBlock = b.parent!;
    }
    if (aBlock === bBlock) return this.hasSSADominance(aRegion) ? a.isBeforeInBlock(b) : true;
    return this.tree(aRegion).properlyDominates(aBlock, bBlock);
  }

  /**
   * True when value `v` may be used by operation `op`: its definition
   * properly dominates `op` (a block argument dominates its whole block), and
   * `op` is not nested in the operation defining `v`.
   */
  properlyDominatesValue(v: Value, op: Operation): boolean {
    if (v instanceof BlockArgument) {
      const owner = v.owner;
      return owner !== null && op.parent !== null && this.dominatesBlock(owner, op.parent);
    }
    const def = v.definingOp;
    return def !== null && def.parent !== null && op.parent !== null && this.properlyDominatesOp(def, op);
  }
}

/** The ancestor of `op` (or `op`) whose parent block is in `region`, or null. */
export function ancestorOpInRegion(region: Region, op: Operation): Operation | null {
  for (let o: Operation | null = op; o !== null; o = o.parentOp) {
    if (o.parentRegion === region) return o;
  }
  return null;
}

/** The ancestor block of `block` (or `block`) in `region`, or null. */
export function ancestorBlockInRegion(region: Region, block: Block): Block | null {
  for (let b: Block | null = block; b !== null; ) {
    if (b.parent === region) return b;
    const op: Operation | null = b.parentOp;
    b = op === null ? null : op.parent;
  }
  return null;
}
