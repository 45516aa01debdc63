import type { Attribute } from "./attribute.js";
import type { Operation } from "./operation.js";
import type { Region } from "./region.js";
import type { Value } from "./value.js";

let nextInterfaceId = 0;

/**
 * An operation interface (MLIR's `OpInterface`): a named set of methods an
 * operation definition may implement, found with {@link getInterface} in
 * O(1) (each interface has a small integer id indexing the definition's
 * implementations). `T` is the implementation's shape.
 */
export class OpInterface<T> {
  /** @internal Index into `OpDefinition.interfaces`. */
  readonly id = nextInterfaceId++;
  /** @internal Carries `T` (never set). */
  declare readonly __impl?: T;
  constructor(
    /** MLIR's name (`MemoryEffectOpInterface`). */
    readonly name: string,
  ) {}
}

/** An implementation of an interface, as a definition lists it. */
export interface InterfaceImpl {
  readonly iface: OpInterface<unknown>;
  readonly impl: unknown;
}

/** Pairs interface `iface` with its implementation `impl` (for `defineOp({ interfaces })`). */
export function implement<T>(iface: OpInterface<T>, impl: T): InterfaceImpl {
  return { iface: iface as OpInterface<unknown>, impl };
}

/** The implementation of `iface` by `op`'s definition, or null. */
export function getInterface<T>(op: Operation, iface: OpInterface<T>): T | null {
  const def = op.name.def;
  if (def === null || def.interfaces === undefined) return null;
  return (def.interfaces[iface.id] as T | undefined) ?? null;
}

/** A memory effect: what an operation does to a resource or a value. */
export interface MemoryEffect {
  readonly kind: "read" | "write" | "allocate" | "free";
  /** The value (a memref) the effect is on, or null for a resource in general. */
  readonly value: Value | null;
}

/** Memory effects (MLIR's `MemoryEffectOpInterface`); `Pure` ops have none. */
export const MemoryEffectOpInterface = new OpInterface<{ effects(op: Operation): MemoryEffect[] }>("MemoryEffectOpInterface");

/** A call (MLIR's `CallOpInterface`). */
export const CallOpInterface = new OpInterface<{
  /** The callee: a symbol reference or a function value. */
  callee(op: Operation): Attribute | Value;
  /** The arguments passed to the callee. */
  argOperands(op: Operation): Value[];
}>("CallOpInterface");

/** Something callable (MLIR's `CallableOpInterface`): a function. */
export const CallableOpInterface = new OpInterface<{
  /** The body, or null for a declaration. */
  callableRegion(op: Operation): Region | null;
  argumentTypes(op: Operation): readonly Attribute[];
  resultTypes(op: Operation): readonly Attribute[];
}>("CallableOpInterface");

/** A branch (MLIR's `BranchOpInterface`): which operands flow into each successor. */
export const BranchOpInterface = new OpInterface<{
  successorOperands(op: Operation, successor: number): Value[];
}>("BranchOpInterface");

/**
 * Control flow between an operation and its regions (MLIR's
 * `RegionBranchOpInterface`): the regions (or null: the parent operation)
 * control may enter from `from` (null: from the parent).
 */
export const RegionBranchOpInterface = new OpInterface<{
  successorRegions(op: Operation, from: Region | null): (Region | null)[];
}>("RegionBranchOpInterface");

/**
 * Constant folding (MLIR's `fold` hook): given the operands' constant
 * values (null when not constant), the results' constant values or values
 * to replace them with, or null when the operation does not fold.
 */
export const FoldInterface = new OpInterface<{
  fold(op: Operation, operands: readonly (Attribute | null)[]): (Attribute | Value)[] | null;
}>("FoldInterface");

