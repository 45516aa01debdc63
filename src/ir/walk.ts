import type { Operation } from "./operation.js";

/** What a walk callback asks the walk to do next. */
export enum WalkResult {
  /** Continue normally. */
  Advance = 0,
  /** Do not visit the operations nested in this one (pre-order only). */
  Skip = 1,
  /** Stop the walk; the walk returns `Interrupt`. */
  Interrupt = 2,
}

/** The order in which a walk visits nested operations. */
export enum WalkOrder {
  /** An operation before the operations nested in it. */
  PreOrder = 0,
  /** An operation after the operations nested in it. */
  PostOrder = 1,
}

/** A walk callback; returning nothing means `Advance`. */
export type WalkCallback = (op: Operation) => WalkResult | void;

/**
 * Visits `root` and every operation nested in it, in program order
 * (pre-order by default).
 *
 * The walk uses an explicit stack, so nesting depth is bounded by memory,
 * not by the JS call stack. The callback may erase or move the operation it
 * is visiting (its successor is read before the call, and an erased
 * operation's regions are not entered); other mutations of the IR not yet
 * visited are not supported, as in MLIR.
 */
export function walk(root: Operation, fn: WalkCallback, order: WalkOrder = WalkOrder.PreOrder): WalkResult {
  return order === WalkOrder.PreOrder ? walkPre(root, fn) : walkPost(root, fn);
}

function walkPre(root: Operation, fn: WalkCallback): WalkResult {
  // Each stack entry is the next operation to visit in some block; the top
  // is the innermost. Visiting `op` pushes its next sibling, then the first
  // operation of each of its blocks (last block deepest).
  const stack: Operation[] = [];
  let r = fn(root);
  if (r === WalkResult.Interrupt) return r;
  if (r !== WalkResult.Skip) pushChildren(root, stack);
  while (stack.length > 0) {
    const op = stack.pop()!;
    const next = op.next;
    const parent = op.parent;
    r = fn(op);
    if (r === WalkResult.Interrupt) return r;
    if (next !== null && next.parent === parent) stack.push(next);
    if (r !== WalkResult.Skip && op.parent === parent) pushChildren(op, stack);
  }
  return WalkResult.Advance;
}

function pushChildren(op: Operation, stack: Operation[]): void {
  const regions = op.regions;
  for (let i = regions.length - 1; i >= 0; i--) {
    for (let b = regions[i]!.last; b !== null; b = b.prev) {
      if (b.first !== null) stack.push(b.first);
    }
  }
}

function walkPost(root: Operation, fn: WalkCallback): WalkResult {
  // Entries alternate between "enter" (children not yet pushed) and "exit"
  // (children done): the exit entry is the operation itself with the flag.
  const ops: Operation[] = [root];
  const exits: boolean[] = [false];
  while (ops.length > 0) {
    const op = ops.pop()!;
    const exit = exits.pop()!;
    if (!exit) {
      ops.push(op);
      exits.push(true);
      const regions = op.regions;
      for (let i = regions.length - 1; i >= 0; i--) {
        for (let b = regions[i]!.last; b !== null; b = b.prev) {
          if (b.first !== null) {
            ops.push(b.first);
            exits.push(false);
          }
        }
      }
      continue;
    }
    const next = op === root ? null : op.next;
    const parent = op.parent;
    if (fn(op) === WalkResult.Interrupt) return WalkResult.Interrupt;
    if (next !== null && next.parent === parent) {
      ops.push(next);
      exits.push(false);
    }
  }
  return WalkResult.Advance;
}
