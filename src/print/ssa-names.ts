import type { Block } from "../ir/block.js";
import type { Operation } from "../ir/operation.js";
import type { Region } from "../ir/region.js";
import type { OpResult, Value } from "../ir/value.js";
import type { Output } from "./output.js";

let generation = 0;

/**
 * Names the SSA values and blocks under an operation the way MLIR's
 * `SSANameState` does, so printed IR matches `mlir-opt`'s:
 *
 * - regions are numbered from a work stack: a region is numbered as a whole
 *   (all its blocks, in order), then the regions of its operations are
 *   pushed in program order and popped last-first;
 * - in the custom form, every region starts from the counters reached after
 *   its parent region, so sibling regions reuse numbers; with `uniqueIds`
 *   (MLIR does this for the generic form) the counters just keep going, so
 *   names are unique in the whole printed operation (and, because of the
 *   stack, later sibling regions get the smaller numbers);
 * - entry block arguments are `%argN`, other block arguments and op results
 *   `%N`; a multi-result op takes one number (`%N:2`, used as `%N#1`);
 * - blocks are `^bbN`, numbered per region.
 *
 * Numbers are stored on the values and blocks themselves (`printId`,
 * stamped with this run's generation), not in maps, and written as digits
 * straight into the output: no string per value. Iterative (a work stack),
 * so nesting depth is not limited by the JS stack.
 */
export class SSANameState {
  /** Generation stamp of this numbering. */
  readonly gen: number;

  constructor(root: Operation, uniqueIds = false) {
    const gen = (this.gen = ++generation);
    let v = 0;
    let a = 0;
    const regions: Region[] = [];
    const values: number[] = [];
    const args: number[] = [];
    for (let i = 0; i < root.regions.length; i++) {
      regions.push(root.regions[i]!);
      values.push(0);
      args.push(0);
    }
    if (root.results.length > 0) v = numberResults(root, gen, v);
    while (regions.length > 0) {
      const region = regions.pop()!;
      const savedV = values.pop()!;
      const savedA = args.pop()!;
      if (!uniqueIds) {
        v = savedV;
        a = savedA;
      }
      let blockId = 0;
      for (let b = region.first; b !== null; b = b.next) {
        b.printOrder = blockId++;
        b.printGen = gen;
        const bargs = b.arguments;
        const entry = b === region.first;
        for (let i = 0; i < bargs.length; i++) {
          const arg = bargs[i]!;
          arg.printId = entry ? -1 - a++ : v++;
          arg.printGen = gen;
        }
        for (let op = b.first; op !== null; op = op.next) {
          if (op.results.length > 0) v = numberResults(op, gen, v);
        }
      }
      for (let b = region.first; b !== null; b = b.next) {
        for (let op = b.first; op !== null; op = op.next) {
          const rs = op.regions;
          for (let i = 0; i < rs.length; i++) {
            regions.push(rs[i]!);
            values.push(v);
            args.push(a);
          }
        }
      }
    }
  }

  /** Writes `value`'s name at a use: `%3`, `%arg0`, or `%3#1` for a result of a multi-result op. */
  writeUse(out: Output, value: Value): void {
    this.writeName(out, value);
    if (value.printGen !== this.gen) return;
    const owner = value.definingOp;
    if (owner !== null && owner.results.length > 1) {
      out.writeByte(35); // '#'
      out.writeUint((value as OpResult).index);
    }
  }

  /** Writes `value`'s name without a result number (definitions). */
  writeName(out: Output, value: Value): void {
    if (value.printGen !== this.gen) {
      out.write("<<UNKNOWN SSA VALUE>>");
      return;
    }
    const id = value.printId;
    if (id >= 0) {
      out.writeByte(37); // '%'
      out.writeUint(id);
    } else {
      out.write("%arg");
      out.writeUint(-1 - id);
    }
  }

  /** Writes `block`'s label (`^bb2`). */
  writeBlock(out: Output, block: Block): void {
    if (block.printGen !== this.gen) {
      out.write("INVALIDBLOCK");
      return;
    }
    out.write("^bb");
    out.writeUint(block.printOrder);
  }

  /** The name of `value` at a use, as a string. */
  use(value: Value): string {
    if (value.printGen !== this.gen) return "<<UNKNOWN SSA VALUE>>";
    const base = value.printId >= 0 ? `%${value.printId}` : `%arg${-1 - value.printId}`;
    const owner = value.definingOp;
    return owner !== null && owner.results.length > 1 ? `${base}#${(value as OpResult).index}` : base;
  }

  /** The label of `block`, as a string. */
  block(block: Block): string {
    return block.printGen === this.gen ? `^bb${block.printOrder}` : "INVALIDBLOCK";
  }
}

function numberResults(op: Operation, gen: number, next: number): number {
  const rs = op.results;
  for (let i = 0; i < rs.length; i++) {
    const r = rs[i]!;
    r.printId = next;
    r.printGen = gen;
  }
  return next + 1;
}
