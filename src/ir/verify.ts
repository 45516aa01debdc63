import { type Block, OpOrder } from "./block.js";
import { Diagnostic, formatOperation, opError, Severity, VerifyError } from "./diagnostic.js";
import { DominanceInfo } from "./dominance.js";
import { OpTrait } from "./op-definition.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import { BlockArgument, type OpResult } from "./value.js";
import { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { StringAttr } from "../dialects/builtin/attributes/string-attr.js";

/**
 * Verifies `op` and everything nested in it, as MLIR's verifier does, and
 * throws a {@link VerifyError} on the first problem:
 *
 * - structure: blocks end with a terminator where one is required (multi-block
 *   regions, registered ops without `NoTerminator`), only the last operation
 *   has successors, successors stay in their region, entry blocks have no
 *   predecessors, `SingleBlock` ops have at most one block (non-empty unless
 *   `NoTerminator`), registered ops' `IsTerminator` ops end their block;
 * - operations: the definition's `verify` hook of registered operations;
 *   unregistered operations need `allowUnregisteredDialects` (or their
 *   dialect to be loaded); isolated-from-above regions use no outer values;
 *   symbol tables hold unique symbol names;
 * - dominance: in regions with SSA dominance, every operand is defined
 *   before its use (same block) or in a dominating block; uses in
 *   unreachable blocks are not checked; graph regions are exempt.
 *
 * Iterative throughout (explicit work lists), so deep nesting is fine.
 */
export function verify(op: Operation): void {
  verifyOpAndDominance(op);
}

/** Whether a block may lack a terminator (MLIR's `mayBeValidWithoutTerminator`). */
function mayBeValidWithoutTerminator(block: Block): boolean {
  const region = block.parent;
  if (region === null) return true;
  if (!region.hasOneBlock) return false;
  const op = region.parent;
  return op === null || op.name.mightHaveTrait(OpTrait.NoTerminator);
}

const enum Task {
  /** Walking an operation's regions: `op`, with a cursor (`block`, `next`). */
  Walk,
  /** Verify an isolated-from-above operation: structure, then dominance. */
  Isolated,
  /** The rest of an operation's exit checks, after its isolated children. */
  Finish,
  /** The dominance pass of an isolated (or the root) operation. */
  Dominance,
}

/** An entry of the verifier's explicit stack. */
interface Frame {
  task: Task;
  op: Operation;
  region: number;
  block: Block | null;
  next: Operation | null;
}

/**
 * MLIR's `verifyOpAndDominance`: the structural pass (entrance checks
 * pre-order, exit checks post-order), then the dominance pass. Isolated
 * operations are verified, structure then dominance, when their parent
 * exits, in order, before the parent's own exit checks.
 *
 * One explicit stack of frames, so nesting depth costs no JS stack (modules
 * nested thousands deep verify fine). Operations without regions, nearly all
 * of them, are checked in place without a frame; the frames of operations
 * with regions hold a cursor into their current block.
 */
function verifyOpAndDominance(root: Operation): void {
  const stack: Frame[] = [];
  const frame = (task: Task, op: Operation): Frame => ({ task, op, region: -1, block: null, next: null });
  /** Entrance checks of `op`; a leaf is finished at once, others get a walk frame. */
  const enter = (op: Operation): void => {
    verifyOpOnEntrance(op);
    if (op.regions.length === 0) {
      verifyOpOnExit(op);
      return;
    }
    const f = frame(Task.Walk, op);
    stack.push(f);
    nextBlock(f);
  };
  stack.push(frame(Task.Dominance, root));
  enter(root);
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    switch (f.task) {
      case Task.Walk: {
        const o = f.next;
        if (o !== null) {
          f.next = o.next;
          // Isolated operations are verified on their own when their parent exits.
          if (o.regions.length === 0 || !o.name.hasTrait(OpTrait.IsolatedFromAbove)) enter(o);
          continue;
        }
        if (f.block !== null) {
          verifyBlockOnExit(f.block);
          const nb: Block | null = f.block.next;
          if (nb !== null) {
            f.block = nb;
            enterBlock(f);
          } else {
            nextBlock(f);
          }
          continue;
        }
        // All regions walked: the isolated children, then the exit checks.
        f.task = Task.Finish;
        const regions = f.op.regions;
        for (let r = regions.length - 1; r >= 0; r--) {
          for (let b = regions[r]!.last; b !== null; b = b.prev) {
            for (let o = b.last; o !== null; o = o.prev) {
              if (o.regions.length > 0 && o.name.hasTrait(OpTrait.IsolatedFromAbove)) stack.push(frame(Task.Isolated, o));
            }
          }
        }
        continue;
      }
      case Task.Isolated:
        f.task = Task.Dominance;
        enter(f.op);
        continue;
      case Task.Finish:
        stack.pop();
        verifyOpOnExit(f.op);
        continue;
      case Task.Dominance:
        stack.pop();
        if (f.op.regions.length > 0) verifyDominance(f.op, new DominanceInfo());
        continue;
    }
  }
}

/** Moves `f` to the first block of its next non-empty region, or to the end (`block` null). */
function nextBlock(f: Frame): void {
  const regions = f.op.regions;
  while (++f.region < regions.length) {
    const b = regions[f.region]!.first;
    if (b !== null) {
      f.block = b;
      enterBlock(f);
      return;
    }
  }
  f.block = null;
  f.next = null;
}

function enterBlock(f: Frame): void {
  verifyBlockOnEntrance(f.block!);
  f.next = f.block!.first;
}

function verifyOpOnEntrance(op: Operation): void {
  const def = op.name.def;
  if (def === null && op.regions.length === 0) return;
  if (def !== null) {
    // Traits first, then the op's own hook (MLIR's `verifyInvariants`).
    verifyTraits(op);
    if (def.verify !== undefined) def.verify(op);
  }
  const regions = op.regions;
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i]!;
    if (def !== null && op.name.hasTrait(OpTrait.GraphRegions) && region.first !== null && !region.hasOneBlock) {
      throw opError(op, `expects graph region #${i} to have 0 or 1 blocks`);
    }
    const entry = region.first;
    if (entry !== null && entry.firstUse !== null) {
      throw new VerifyError(new Diagnostic(Severity.Error, "entry block of region may not have predecessors", op.location));
    }
  }
}

/** Checks of the core traits of registered operations. */
function verifyTraits(op: Operation): void {
  const name = op.name;
  if (name.hasTrait(OpTrait.SingleBlock)) {
    for (let i = 0; i < op.regions.length; i++) {
      const r = op.regions[i]!;
      if (r.first === null) continue;
      if (!r.hasOneBlock) throw opError(op, `expects region #${i} to have 0 or 1 blocks`);
      if (r.first.first === null && !name.hasTrait(OpTrait.NoTerminator)) throw opError(op, "expects a non-empty block");
    }
  }
  if (name.hasTrait(OpTrait.IsTerminator) && name.def!.verifiesTerminatorPlacement !== true) verifyTerminatorPlacement(op);
}

/** A terminator must end its block (MLIR's `IsTerminator` trait). */
export function verifyTerminatorPlacement(op: Operation): void {
  const parent = op.parent;
  if (parent !== null && parent.last !== op) throw opError(op, "must be the last operation in the parent block");
}

/** Exit checks of `op`, after its isolated children are verified. */
function verifyOpOnExit(op: Operation): void {
  const name = op.name;
  if (name.def !== null) {
    if (name.hasTrait(OpTrait.IsolatedFromAbove)) verifyIsolatedFromAbove(op);
    if (name.hasTrait(OpTrait.SymbolTable)) verifySymbolTable(op);
    return;
  }
  if (name.dialect === null) {
    if (!op.context.allowUnregisteredDialects) {
      throw opError(
        op,
        "created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used",
      );
    }
    return;
  }
  if (name.dialect.allowsUnknownOperations) return;
  const d = new Diagnostic(
    Severity.Error,
    `unregistered operation '${name.name}' found in dialect ('${name.dialect.name}') that does not allow unknown operations`,
    op.location,
  );
  d.op = op;
  throw new VerifyError(d);
}

function verifyBlockOnEntrance(block: Block): void {
  const args = block.arguments;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.owner !== block) throw new VerifyError(new Diagnostic(Severity.Error, "block argument not owned by block", a.location));
  }
  if (block.first === null) {
    if (mayBeValidWithoutTerminator(block)) return;
    const parentOp = block.parent!.parent;
    throw new VerifyError(new Diagnostic(Severity.Error, "empty block: expect at least a terminator", parentOp === null ? null : parentOp.location));
  }
  for (let o: Operation | null = block.first; o !== null; o = o.next) {
    if (o.successors.length > 0 && o !== block.last) {
      const d = new Diagnostic(Severity.Error, "operation with block successors must terminate its parent block", o.location);
      d.op = o;
      throw new VerifyError(d);
    }
  }
}

function verifyBlockOnExit(block: Block): void {
  const t = block.last;
  if (t !== null) {
    const succ = t.successors;
    for (let i = 0; i < succ.length; i++) {
      if (succ[i]!.block.parent !== block.parent) throw opError(t, "branching to block of a different region");
    }
  }
  if (mayBeValidWithoutTerminator(block)) return;
  if (!t!.name.mightHaveTrait(OpTrait.IsTerminator)) {
    const d = new Diagnostic(Severity.Error, "block with no terminator, has " + formatOperation(t!), t!.location);
    d.op = t!;
    throw new VerifyError(d);
  }
}

/** No operand in `op`'s regions may come from outside `op` (MLIR's `verifyIsIsolatedFromAbove`). */
function verifyIsolatedFromAbove(isolated: Operation): void {
  const regions = isolated.regions;
  for (let ri = 0; ri < regions.length; ri++) {
    const region = regions[ri]!;
    const pending: Region[] = [region];
    while (pending.length > 0) {
      const r = pending.pop()!;
      for (let b = r.first; b !== null; b = b.next) {
        for (let op = b.first; op !== null; op = op.next) {
          const operands = op.operands;
          for (let k = 0; k < operands.length; k++) {
            const v = operands[k]!.value;
            const defBlock = v instanceof BlockArgument ? v.owner : v.definingOp!.parent;
            // Most values come from the block that uses them: inside the region.
            if (defBlock === b) continue;
            const defRegion = defBlock === null ? null : defBlock.parent;
            if (defRegion === null) {
              const d = new Diagnostic(Severity.Error, "operation's operand is unlinked", op.location);
              d.op = op;
              throw new VerifyError(d);
            }
            if (!region.isAncestor(defRegion)) {
              const e = opError(op, "using value defined outside the region");
              e.diagnostic.attachNote("required by region isolation constraints", isolated.location);
              throw e;
            }
          }
          if (op.regions.length > 0 && !op.name.hasTrait(OpTrait.IsolatedFromAbove)) for (let i = 0; i < op.regions.length; i++) pending.push(op.regions[i]!);
        }
      }
    }
  }
}

/** Symbol names in a symbol table's block must be unique. */
function verifySymbolTable(op: Operation): void {
  const seen = new Map<string, Operation>();
  for (const r of op.regions) {
    for (let b = r.first; b !== null; b = b.next) {
      for (let o = b.first; o !== null; o = o.next) {
        const name = symbolNameOf(o);
        if (name === null) continue;
        const prev = seen.get(name);
        if (prev !== undefined) {
          const d = new Diagnostic(Severity.Error, `redefinition of symbol named '${name}'`, o.location);
          d.op = o;
          d.attachNote("see existing symbol definition here", prev.location);
          throw new VerifyError(d);
        }
        seen.set(name, o);
      }
    }
  }
}

/** The `sym_name` string of an operation (from its properties or attributes), or null. */
export function symbolNameOf(op: Operation): string | null {
  const props = op.properties;
  let a = props instanceof DictionaryAttr ? props.get("sym_name") : undefined;
  if (a === undefined) a = op.getAttr("sym_name");
  return a instanceof StringAttr ? a.value : null;
}

/** The dominance pass (MLIR's `verifyDominanceOfContainedRegions`). */
function verifyDominance(root: Operation, dom: DominanceInfo): void {
  const work: Operation[] = [root];
  while (work.length > 0) {
    const op = work.pop()!;
    const regions = op.regions;
    for (let ri = 0; ri < regions.length; ri++) {
      for (let b = regions[ri]!.first; b !== null; b = b.next) {
        const reachable = dom.isReachableFromEntry(b);
        // Most operands are results of earlier operations of the same block,
        // or its arguments: decided here by order indices (made valid once
        // per block), the rest by the dominance query.
        if (reachable && !b.orderValid) b.recomputeOrder();
        for (let o = b.first; o !== null; o = o.next) {
          if (reachable) {
            const operands = o.operands;
            const at = o.orderIndex;
            for (let i = 0; i < operands.length; i++) {
              const v = operands[i]!.value;
              if (v instanceof BlockArgument) {
                if (v.owner === b) continue;
              } else {
                const d = (v as OpResult).owner;
                if (d.parent === b && d.orderIndex < at && d.orderIndex !== OpOrder.Invalid && at !== OpOrder.Invalid) continue;
              }
              if (!dom.properlyDominatesValue(v, o)) throw invalidOperandDominance(o, i);
            }
          }
          if (o.regions.length > 0 && !o.name.hasTrait(OpTrait.IsolatedFromAbove)) work.push(o);
        }
      }
    }
  }
}

function invalidOperandDominance(op: Operation, index: number): VerifyError {
  const d = new Diagnostic(Severity.Error, `operand #${index} does not dominate this use`, op.location);
  d.op = op;
  const v = op.operands[index]!.value;
  const useBlock = op.parent!;
  const useRegion = useBlock.parent!;
  const def = v.definingOp;
  if (def !== null) {
    // A detached definition (or one in a detached block) is in no region.
    const defBlock = def.parent;
    const defRegion = defBlock === null ? null : defBlock.parent;
    let where: string;
    if (defBlock === useBlock) where = " (op in the same block)";
    else if (defRegion === useRegion) where = " (op in the same region)";
    else if (defRegion !== null && defRegion.isAncestor(useRegion)) where = " (op in a parent region)";
    else if (defRegion !== null && useRegion.isAncestor(defRegion)) where = " (op in a child region)";
    else where = " (op is neither in a parent nor in a child region)";
    d.attachNote("operand defined here" + where, def.location);
  } else {
    const owner = (v as BlockArgument).owner!;
    const region = owner.parent;
    const parentOp = owner.parentOp;
    if (region === null) {
      d.attachNote(" (block without parent)", parentOp === null ? null : parentOp.location);
    } else {
      const index = region.blocks.indexOf(owner);
      let where: string;
      if (region === useRegion) where = " in the same region)";
      else if (region.isAncestor(useRegion)) where = " in a parent region)";
      else if (useRegion.isAncestor(region)) where = " in a child region)";
      else where = " neither in a parent nor in a child region)";
      d.attachNote(`operand defined as a block argument (block #${index}` + where, parentOp === null ? null : parentOp.location);
    }
  }
  return new VerifyError(d);
}
