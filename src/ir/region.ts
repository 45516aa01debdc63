import type { Block } from "./block.js";
import { IRError } from "./ir-error.js";
import type { Operation } from "./operation.js";

/**
 * A region: an ordered list of blocks owned by an operation. The first block
 * is the entry block. Blocks are linked intrusively (`first`/`last`, each
 * block's `prev`/`next`), so insertion and removal are O(1).
 */
export class Region {
  /** Entry block, or null when the region is empty. */
  first: Block | null;
  /** Last block. */
  last: Block | null;
  /** The operation owning this region, or null when detached. */
  parent: Operation | null;

  /** Creates a detached, empty region, optionally holding `blocks`. */
  constructor(blocks?: readonly Block[]) {
    this.first = null;
    this.last = null;
    this.parent = null;
    if (blocks !== undefined) for (const b of blocks) this.append(b);
  }

  /** True when the region has no blocks. */
  get empty(): boolean {
    return this.first === null;
  }

  /** The entry block, or null. */
  get entryBlock(): Block | null {
    return this.first;
  }

  /** The blocks as a fresh array. */
  get blocks(): Block[] {
    const out: Block[] = [];
    for (let b = this.first; b !== null; b = b.next) out.push(b);
    return out;
  }

  /** True when the region has exactly one block. */
  get hasOneBlock(): boolean {
    return this.first !== null && this.first === this.last;
  }

  [Symbol.iterator](): Iterator<Block> {
    let cur = this.first;
    return {
      next(): IteratorResult<Block> {
        if (cur === null) return { done: true, value: undefined };
        const v = cur;
        cur = cur.next;
        return { done: false, value: v };
      },
    };
  }

  /** Appends a detached block. */
  append(block: Block): void {
    this.insertBefore(block, null);
  }

  /** Inserts a detached block before `before` (or at the end when null). */
  insertBefore(block: Block, before: Block | null): void {
    if (block.parent !== null) throw new IRError("block is already in a region; detach it first");
    if (before !== null && before.parent !== this) throw new IRError("insertion point is not in this region");
    const prev = before === null ? this.last : before.prev;
    block.parent = this;
    block.prev = prev;
    block.next = before;
    if (prev === null) this.first = block;
    else prev.next = block;
    if (before === null) this.last = block;
    else before.prev = block;
  }

  /** Inserts a detached block after `after`. */
  insertAfter(block: Block, after: Block): void {
    if (after.parent !== this) throw new IRError("insertion point is not in this region");
    this.insertBefore(block, after.next);
  }

  /** @internal Unlinks `block` (see {@link Block.detach}). */
  remove(block: Block): void {
    const prev = block.prev;
    const next = block.next;
    if (prev === null) this.first = next;
    else prev.next = next;
    if (next === null) this.last = prev;
    else next.prev = prev;
    block.parent = null;
    block.prev = null;
    block.next = null;
  }

  /** The operation owning this region's parent, or null. */
  get parentOp(): Operation | null {
    return this.parent;
  }

  /** The region containing the parent operation, or null. */
  get parentRegion(): Region | null {
    return this.parent === null ? null : this.parent.parentRegion;
  }

  /** True when `other` is this region or nested inside it. */
  isAncestor(other: Region): boolean {
    for (let r: Region | null = other; r !== null; r = r.parentRegion) if (r === this) return true;
    return false;
  }

  /** Index of this region in its parent operation, or -1 when detached. */
  get index(): number {
    return this.parent === null ? -1 : this.parent.regions.indexOf(this);
  }

  /**
   * Moves all blocks of `other` to the end of this region (a no-op when
   * `other` is this region). Unlike MLIR's `takeBody`, the blocks already
   * here are kept.
   */
  takeBody(other: Region): void {
    if (other === this) return;
    let b = other.first;
    while (b !== null) {
      const n = b.next;
      other.remove(b);
      this.append(b);
      b = n;
    }
  }
}
