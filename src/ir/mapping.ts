import type { Block } from "./block.js";
import type { Operation } from "./operation.js";
import type { Value } from "./value.js";

/**
 * A mapping from values, blocks and operations of one piece of IR to
 * another, filled and consulted by {@link Operation.clone} (MLIR's
 * `IRMapping`).
 */
export class IRMapping {
  /** @internal */
  readonly values = new Map<Value, Value>();
  /** @internal */
  readonly blocks = new Map<Block, Block>();
  /** @internal */
  readonly ops = new Map<Operation, Operation>();

  /** Maps value `from` to `to`. */
  mapValue(from: Value, to: Value): void {
    this.values.set(from, to);
  }

  /** Maps block `from` to `to`. */
  mapBlock(from: Block, to: Block): void {
    this.blocks.set(from, to);
  }

  /** Maps operation `from` to `to`. */
  mapOp(from: Operation, to: Operation): void {
    this.ops.set(from, to);
  }

  /** The image of `v`, or `v` itself when unmapped. */
  lookupValue(v: Value): Value {
    return this.values.get(v) ?? v;
  }

  /** The image of `b`, or `b` itself when unmapped. */
  lookupBlock(b: Block): Block {
    return this.blocks.get(b) ?? b;
  }

  /** The image of `op`, or undefined. */
  lookupOp(op: Operation): Operation | undefined {
    return this.ops.get(op);
  }
}
