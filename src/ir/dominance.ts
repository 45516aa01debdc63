import type { Block } from "./block.js";
import { OpTrait } from "./op-definition.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import type { Value } from "./value.js";
import { BlockArgument } from "./value.js";

/**
 * Dominator tree of one multi-block region, built with the Semi-NCA
 * algorithm (as LLVM and MLIR do: near-linear, where the simpler iterative
 * algorithm is quadratic on long chains that join at one block). Blocks are
 * numbered in depth-first preorder from the entry; everything is kept in
 * typed arrays indexed by that number.
 */
class DomTree {
  /** Preorder number of each block reachable from the entry. */
  private readonly num = new Map<Block, number>();
  /** Entry and exit times of each block in a walk of the dominator tree, for O(1) queries. */
  private readonly dfsIn: Int32Array;
  private readonly dfsOut: Int32Array;

  constructor(region: Region) {
    const num = this.num;
    const blocks: Block[] = [];
    const succs: Block[][] = [];
    const parent: number[] = [];
    // Depth-first preorder numbering (iterative; each block's successors are listed once).
    const stack: number[] = [];
    const cursor: number[] = [];
    const visit = (b: Block, from: number): void => {
      num.set(b, blocks.length);
      stack.push(blocks.length);
      cursor.push(0);
      blocks.push(b);
      succs.push(successorsInRegion(b, region));
      parent.push(from);
    };
    visit(region.first!, -1);
    while (stack.length > 0) {
      const top = stack.length - 1;
      const list = succs[stack[top]!]!;
      const k = cursor[top]!;
      if (k === list.length) {
        stack.pop();
        cursor.pop();
        continue;
      }
      cursor[top] = k + 1;
      if (!num.has(list[k]!)) visit(list[k]!, stack[top]!);
    }
    const n = blocks.length;
    // Predecessors among the reachable blocks, by number.
    const preds: number[][] = [];
    for (let i = 0; i < n; i++) preds.push([]);
    for (let i = 0; i < n; i++) for (const s of succs[i]!) preds[num.get(s)!]!.push(i);
    // Semidominators, in reverse preorder, with path-compressed evaluation.
    const semi = new Int32Array(n);
    const label = new Int32Array(n);
    const ancestor = new Int32Array(n);
    const idom = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      semi[i] = label[i] = i;
      ancestor[i] = idom[i] = parent[i]!;
    }
    const path: number[] = [];
    /** The vertex of least semidominator on the compressed path from `v` (vertices numbered `lastLinked` and above are linked). */
    const evaluate = (v: number, lastLinked: number): number => {
      if (ancestor[v]! < lastLinked) return label[v]!;
      let x = v;
      do {
        path.push(x);
        x = ancestor[x]!;
      } while (ancestor[x]! >= lastLinked);
      let p = x;
      let pLabel = label[p]!;
      let w = v;
      while (path.length > 0) {
        w = path.pop()!;
        ancestor[w] = ancestor[p]!;
        if (semi[pLabel]! < semi[label[w]!]!) label[w] = pLabel;
        else pLabel = label[w]!;
        p = w;
      }
      return label[w]!;
    };
    for (let i = n - 1; i > 0; i--) {
      let s = parent[i]!;
      for (const v of preds[i]!) {
        const u = semi[evaluate(v, i + 1)]!;
        if (u < s) s = u;
      }
      semi[i] = s;
    }
    // Immediate dominators: the nearest common ancestor of parent and semidominator.
    for (let i = 1; i < n; i++) {
      let d = idom[i]!;
      while (d > semi[i]!) d = idom[d]!;
      idom[i] = d;
    }
    // Number the dominator tree (iteratively).
    const firstChild = new Int32Array(n).fill(-1);
    const nextSibling = new Int32Array(n).fill(-1);
    for (let i = n - 1; i > 0; i--) {
      nextSibling[i] = firstChild[idom[i]!]!;
      firstChild[idom[i]!] = i;
    }
    this.dfsIn = new Int32Array(n);
    this.dfsOut = new Int32Array(n);
    let counter = 0;
    const work: number[] = [0];
    const expanded = new Uint8Array(n);
    while (work.length > 0) {
      const b = work[work.length - 1]!;
      if (expanded[b] === 0) {
        expanded[b] = 1;
        this.dfsIn[b] = counter++;
        for (let c = firstChild[b]!; c >= 0; c = nextSibling[c]!) work.push(c);
      } else {
        work.pop();
        this.dfsOut[b] = counter++;
      }
    }
  }

  isReachable(b: Block): boolean {
    return this.num.has(b);
  }

  /** LLVM semantics: an unreachable block is dominated by anything and dominates nothing. */
  properlyDominates(a: Block, b: Block): boolean {
    if (a === b) return false;
    const nb = this.num.get(b);
    if (nb === undefined) return true;
    const na = this.num.get(a);
    if (na === undefined) return false;
    return this.dfsIn[na]! <= this.dfsIn[nb]! && this.dfsOut[nb]! <= this.dfsOut[na]!;
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
    const region = block.parent;
    // A block in no region is where control starts, like an entry block.
    if (region === null || region.first === block) return true;
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
    const aBlock = a.parent;
    let bBlock = b.parent;
    // A detached operation dominates nothing and is dominated by nothing.
    if (aBlock === null || bBlock === null) return false;
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
