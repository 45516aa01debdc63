import type { Attribute, TypeAttribute } from "./attribute.js";
import { type Block, OpOrder } from "./block.js";
import type { Context } from "./context.js";
import { IRError } from "./ir-error.js";
import { type LocationAttr, type LocationSource, resolveLocation } from "./location.js";
import { cloneOperation } from "./clone.js";
import type { IRMapping } from "./mapping.js";
import { BlockOperand, OpOperand } from "./op-operand.js";
import type { OperationName } from "./operation-name.js";
import { Region } from "./region.js";
import { OpResult, type Value } from "./value.js";
import { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";

/** Shared empty arrays: most operations have no regions or successors. */
const noOperands: OpOperand[] = [];
const noResults: OpResult[] = [];
const noRegions: Region[] = [];
const noSuccessors: BlockOperand[] = [];
Object.freeze(noOperands);
Object.freeze(noResults);
Object.freeze(noRegions);
Object.freeze(noSuccessors);

/** Arguments of {@link Operation.create}. All fields are optional. */
export interface OperationState {
  /** Operand values. */
  operands?: readonly Value[];
  /** Types of the results to create. */
  resultTypes?: readonly TypeAttribute[];
  /** Inherent attributes (`<{...}>` in the generic syntax). */
  properties?: Attribute | null;
  /** Discardable attributes (`{...}`); null or absent means none. */
  attributes?: DictionaryAttr | null;
  /** Regions to take ownership of, or a count of empty regions to create. */
  regions?: readonly Region[] | number;
  /** Successor blocks (for terminators). */
  successors?: readonly Block[];
  /** Source location; absent means unknown. */
  location?: LocationAttr | null;
}

/**
 * An operation: the unit of semantics in MLIR's IR.
 *
 * Operations live in an intrusive doubly linked list inside their parent
 * {@link Block} (`prev`/`next`), own their results, regions and operand
 * uses, and carry inherent `properties` and discardable `attributes`.
 * An operation whose name is not registered in its context is kept and
 * printed generically (MLIR's unregistered operations).
 *
 * Every instance has the same fields in the same order (one hidden class);
 * empty operand, result, region and successor lists share frozen arrays,
 * which mutators replace before writing.
 */
export class Operation {
  /** The interned operation name (and its definition, when registered). */
  name: OperationName;
  /** Operand uses, one per operand, in order. */
  operands: OpOperand[];
  /** Results, in order. */
  results: OpResult[];
  /** Successor block uses (non-empty only for terminators). */
  successors: BlockOperand[];
  /** Regions owned by the operation. */
  regions: Region[];
  /** Inherent attributes, or null. For unregistered ops any attribute. */
  properties: Attribute | null;
  /** Discardable attributes, or null when there are none. */
  attributes: DictionaryAttr | null;
  /**
   * @internal The location, or the source it is to be computed from (with
   * `locOffset`), or null. Read through {@link location}.
   */
  loc: LocationAttr | LocationSource | null;
  /** @internal Source offset of a location not yet computed. */
  locOffset: number;
  /** The block containing this operation, or null when detached. */
  parent: Block | null;
  /** Previous operation in the parent block. */
  prev: Operation | null;
  /** Next operation in the parent block. */
  next: Operation | null;
  /**
   * @internal Position in the block, comparable with its siblings' while
   * the block's order is valid ({@link OpOrder.Invalid} when not yet
   * assigned). See {@link isBeforeInBlock}.
   */
  orderIndex: number;

  /** @internal Use {@link Operation.create}. */
  constructor(name: OperationName) {
    this.name = name;
    this.operands = noOperands;
    this.results = noResults;
    this.successors = noSuccessors;
    this.regions = noRegions;
    this.properties = null;
    this.attributes = null;
    this.loc = null;
    this.locOffset = 0;
    this.parent = null;
    this.prev = null;
    this.next = null;
    this.orderIndex = OpOrder.Invalid;
  }

  /**
   * Creates a detached operation. Regions passed in `state.regions` must be
   * detached (and distinct); they become owned by the new operation. Throws
   * an {@link IRError} otherwise, before any operand use is recorded.
   */
  static create(name: OperationName, state: OperationState = {}): Operation {
    const op = new Operation(name);
    const regions = state.regions;
    if (typeof regions === "object") {
      for (let i = 0; i < regions.length; i++) {
        const r = regions[i]!;
        if (r.parent !== null || regions.indexOf(r) !== i) throw new IRError("region is already owned by an operation");
      }
    }
    const operands = state.operands;
    if (operands !== undefined && operands.length > 0) op.setOperands(operands);
    const types = state.resultTypes;
    if (types !== undefined && types.length > 0) {
      const results = new Array<OpResult>(types.length);
      for (let i = 0; i < types.length; i++) results[i] = new OpResult(types[i]!, op, i);
      op.results = results;
    }
    if (state.properties !== undefined) op.properties = state.properties;
    if (state.attributes !== undefined && state.attributes !== null && state.attributes.size > 0) {
      op.attributes = state.attributes;
    }
    // Region lists at their final size: a list grown by push keeps room
    // for 16 (memory the garbage collector copies for every such op).
    const nRegions = typeof regions === "number" ? regions : regions === undefined ? 0 : regions.length;
    if (nRegions > 0) {
      const rs = new Array<Region>(nRegions);
      for (let i = 0; i < nRegions; i++) {
        const r = typeof regions === "number" ? new Region() : regions![i]!;
        r.parent = op;
        rs[i] = r;
      }
      op.regions = rs;
    }
    if (state.successors !== undefined && state.successors.length > 0) op.setSuccessors(state.successors);
    if (state.location !== undefined) op.location = state.location;
    return op;
  }

  /** Source location, or null when unknown. */
  get location(): LocationAttr | null {
    return resolveLocation(this);
  }

  set location(l: LocationAttr | null) {
    this.loc = l;
  }

  /** @internal Records that the location is `offset` in `source`, computed when first read. */
  setLazyLocation(source: LocationSource, offset: number): void {
    this.loc = source;
    this.locOffset = offset;
  }

  /** The context owning this operation's name. */
  get context(): Context {
    return this.name.context;
  }

  /** The operation name as a string, e.g. `"arith.addi"`. */
  get opName(): string {
    return this.name.name;
  }

  /** True when the operation's name is registered in its context. */
  get isRegistered(): boolean {
    return this.name.def !== null;
  }

  // ---- Operands -----------------------------------------------------------

  /** Number of operands. */
  get numOperands(): number {
    return this.operands.length;
  }

  /** The value of operand `i`. */
  operand(i: number): Value {
    const o = this.operands[i];
    if (o === undefined) throw new IRError(`operand #${i} out of range for '${this.opName}' with ${this.operands.length} operands`);
    return o.value;
  }

  /** The operand values as a fresh array. */
  get operandValues(): Value[] {
    const ops = this.operands;
    const out = new Array<Value>(ops.length);
    for (let i = 0; i < ops.length; i++) out[i] = ops[i]!.value;
    return out;
  }

  /** Makes operand `i` use `value`. */
  setOperand(i: number, value: Value): void {
    const o = this.operands[i];
    if (o === undefined) throw new IRError(`operand #${i} out of range for '${this.opName}' with ${this.operands.length} operands`);
    o.set(value);
  }

  /** Replaces all operands with `values`. */
  setOperands(values: readonly Value[]): void {
    const old = this.operands;
    for (let i = 0; i < old.length; i++) old[i]!.unlink();
    if (values.length === 0) {
      this.operands = noOperands;
      return;
    }
    const ops = new Array<OpOperand>(values.length);
    for (let i = 0; i < values.length; i++) ops[i] = new OpOperand(values[i]!, this, i);
    this.operands = ops;
  }

  /** Inserts `values` as operands starting at position `index`. */
  insertOperands(index: number, values: readonly Value[]): void {
    if (index < 0 || index > this.operands.length) throw new IRError(`operand insertion index ${index} out of range`);
    const ops = this.operands === noOperands ? [] : this.operands;
    const added = values.map((v, k) => new OpOperand(v, this, index + k));
    ops.splice(index, 0, ...added);
    for (let i = index + values.length; i < ops.length; i++) ops[i]!.index = i;
    this.operands = ops;
  }

  /** Removes operand `i` (dropping its use). */
  eraseOperand(i: number): void {
    const ops = this.operands;
    const o = ops[i];
    if (o === undefined) throw new IRError(`operand #${i} out of range for '${this.opName}'`);
    o.unlink();
    ops.splice(i, 1);
    for (let k = i; k < ops.length; k++) ops[k]!.index = k;
    if (ops.length === 0) this.operands = noOperands;
  }

  // ---- Results ------------------------------------------------------------

  /** Number of results. */
  get numResults(): number {
    return this.results.length;
  }

  /** Result `i`. */
  result(i: number): OpResult {
    const r = this.results[i];
    if (r === undefined) throw new IRError(`result #${i} out of range for '${this.opName}' with ${this.results.length} results`);
    return r;
  }

  /** True when no result of this operation is used. */
  get useEmpty(): boolean {
    const rs = this.results;
    for (let i = 0; i < rs.length; i++) if (rs[i]!.firstUse !== null) return false;
    return true;
  }

  /**
   * Replaces all uses of this operation's results with `values`, which must
   * have one value per result.
   */
  replaceAllUsesWith(values: readonly Value[]): void {
    if (values.length !== this.results.length) {
      throw new IRError(`cannot replace '${this.opName}' with ${this.results.length} results by ${values.length} values`);
    }
    for (let i = 0; i < values.length; i++) this.results[i]!.replaceAllUsesWith(values[i]!);
  }

  // ---- Regions ------------------------------------------------------------

  /** Number of regions. */
  get numRegions(): number {
    return this.regions.length;
  }

  /** Region `i`. */
  region(i: number): Region {
    const r = this.regions[i];
    if (r === undefined) throw new IRError(`region #${i} out of range for '${this.opName}' with ${this.regions.length} regions`);
    return r;
  }

  /** Appends a detached region and returns it. */
  addRegion(region: Region = new Region()): Region {
    if (region.parent !== null) throw new IRError("region is already owned by an operation");
    region.parent = this;
    if (this.regions === noRegions) this.regions = [region];
    else this.regions.push(region);
    return region;
  }

  // ---- Successors ---------------------------------------------------------

  /** Number of successors. */
  get numSuccessors(): number {
    return this.successors.length;
  }

  /** Successor block `i`. */
  successor(i: number): Block {
    const s = this.successors[i];
    if (s === undefined) throw new IRError(`successor #${i} out of range for '${this.opName}'`);
    return s.block;
  }

  /** Makes successor `i` name `block`. */
  setSuccessor(i: number, block: Block): void {
    const s = this.successors[i];
    if (s === undefined) throw new IRError(`successor #${i} out of range for '${this.opName}'`);
    s.set(block);
  }

  /** Replaces all successors. */
  setSuccessors(blocks: readonly Block[]): void {
    const old = this.successors;
    for (let i = 0; i < old.length; i++) old[i]!.unlink();
    if (blocks.length === 0) {
      this.successors = noSuccessors;
      return;
    }
    const s = new Array<BlockOperand>(blocks.length);
    for (let i = 0; i < blocks.length; i++) s[i] = new BlockOperand(blocks[i]!, this, i);
    this.successors = s;
  }

  // ---- Attributes ---------------------------------------------------------
  //
  // As in MLIR's `Operation`, `getAttr`/`setAttr`/`removeAttr` reach the
  // inherent attribute (in the properties) when the name is inherent, and
  // the discardable one otherwise; the `Inherent`/`Discardable` variants
  // reach one kind only.

  /**
   * The attribute `name`: the inherent one when `name` is inherent (see
   * {@link setAttr}), else the discardable one, or undefined. A registered
   * operation's inherent name hides a discardable attribute of that name.
   */
  getAttr(name: string): Attribute | undefined {
    return this.isInherentAttrName(name) ? this.getInherentAttr(name) : this.getDiscardableAttr(name);
  }

  /**
   * Sets (or replaces) the attribute `name`: the inherent one when `name` is
   * inherent — listed in the definition's `inherentAttrs` for a registered
   * operation, an entry of the properties dictionary for an unregistered
   * one (MLIR's `UnregisteredOpModel`) — else the discardable one.
   */
  setAttr(name: string, value: Attribute): void {
    if (this.isInherentAttrName(name)) this.setInherentAttr(name, value);
    else this.setDiscardableAttr(name, value);
  }

  /**
   * Removes the attribute `name`, inherent or discardable as for
   * {@link setAttr}; returns whether it was set.
   */
  removeAttr(name: string): boolean {
    if (!this.isInherentAttrName(name)) return this.removeDiscardableAttr(name);
    if (this.getInherentAttr(name) === undefined) return false;
    this.setInherentAttr(name, null);
    return true;
  }

  /**
   * The inherent attribute `name` (an entry of the properties dictionary),
   * or undefined when unset or not inherent (MLIR's `getInherentAttr`).
   */
  getInherentAttr(name: string): Attribute | undefined {
    const def = this.name.def;
    if (def !== null && (def.inherentAttrs === undefined || !def.inherentAttrs.includes(name))) return undefined;
    const props = this.properties;
    return props instanceof DictionaryAttr ? props.get(name) : undefined;
  }

  /**
   * Sets the inherent attribute `name` in the properties dictionary, or
   * removes it when `value` is null (MLIR's `setInherentAttr`). A
   * registered operation whose properties become empty has none (null); an
   * unregistered one keeps `<{}>`, as MLIR does. Throws an {@link IRError}
   * when `name` is not inherent to a registered operation, or when the
   * properties are not a dictionary.
   */
  setInherentAttr(name: string, value: Attribute | null): void {
    const def = this.name.def;
    if (def !== null && (def.inherentAttrs === undefined || !def.inherentAttrs.includes(name))) {
      throw new IRError(`'${name}' is not an inherent attribute of '${this.opName}'`);
    }
    const props = this.properties;
    if (props !== null && !(props instanceof DictionaryAttr)) {
      throw new IRError(`cannot set inherent attribute '${name}' of '${this.opName}': its properties are not a dictionary`);
    }
    const ctx = this.name.context;
    if (value !== null) {
      this.properties = DictionaryAttr.with(ctx, props, name, value);
    } else if (props !== null && props.get(name) !== undefined) {
      const d = DictionaryAttr.without(ctx, props, name);
      this.properties = d.size === 0 && def !== null ? null : d;
    }
  }

  /** The discardable attribute `name`, or undefined. */
  getDiscardableAttr(name: string): Attribute | undefined {
    return this.attributes === null ? undefined : this.attributes.get(name);
  }

  /** Sets (or replaces) the discardable attribute `name`. */
  setDiscardableAttr(name: string, value: Attribute): void {
    this.attributes = DictionaryAttr.with(this.name.context, this.attributes, name, value);
  }

  /** Removes the discardable attribute `name`; returns whether it existed. */
  removeDiscardableAttr(name: string): boolean {
    if (this.attributes === null || this.attributes.get(name) === undefined) return false;
    const d = DictionaryAttr.without(this.name.context, this.attributes, name);
    this.attributes = d.size === 0 ? null : d;
    return true;
  }

  /**
   * Whether `name` is inherent (MLIR: `getInherentAttr(name)` has a value):
   * declared by the definition of a registered operation, or present in an
   * unregistered operation's properties dictionary.
   */
  private isInherentAttrName(name: string): boolean {
    const def = this.name.def;
    if (def !== null) return def.inherentAttrs !== undefined && def.inherentAttrs.includes(name);
    const props = this.properties;
    return props instanceof DictionaryAttr && props.get(name) !== undefined;
  }

  // ---- Structure ----------------------------------------------------------

  /** The region containing this operation, or null. */
  get parentRegion(): Region | null {
    return this.parent === null ? null : this.parent.parent;
  }

  /** The operation whose region contains this operation, or null. */
  get parentOp(): Operation | null {
    const b = this.parent;
    if (b === null) return null;
    const r = b.parent;
    return r === null ? null : r.parent;
  }

  /** True when `this` is `other` or contains it (at any depth). */
  isAncestor(other: Operation): boolean {
    for (let o: Operation | null = other; o !== null; o = o.parentOp) if (o === this) return true;
    return false;
  }

  /** True when `this` contains `other` at some depth, and is not `other`. */
  isProperAncestor(other: Operation): boolean {
    return other !== this && this.isAncestor(other);
  }

  /**
   * The nearest ancestor (starting at `this`) for which `pred` holds, or null.
   */
  findAncestor(pred: (op: Operation) => boolean): Operation | null {
    for (let o: Operation | null = this; o !== null; o = o.parentOp) if (pred(o)) return o;
    return null;
  }

  /**
   * True when this operation comes before `other` in their common block.
   * Amortized O(1), as in MLIR: operations cache order indices spaced
   * {@link OpOrder.Stride} apart; an inserted operation takes a free index
   * between its neighbours when first queried, and the block is renumbered
   * (O(n)) only when there is none, or when the block was never ordered.
   */
  isBeforeInBlock(other: Operation): boolean {
    const b = this.parent;
    if (b === null || b !== other.parent) throw new IRError("isBeforeInBlock needs two operations of the same block");
    if (!b.orderValid) {
      b.recomputeOrder();
    } else {
      this.updateOrderIfNecessary();
      other.updateOrderIfNecessary();
    }
    return this.orderIndex < other.orderIndex;
  }

  /**
   * @internal Gives this operation, in a block whose order is valid, an
   * order index if it has none (MLIR's `Operation::updateOrderIfNecessary`):
   * the previous index plus the stride at the end of the block, half the
   * next index (or the stride) at the front, the midpoint of its
   * neighbours' indices elsewhere. Renumbers the block when a neighbour is
   * unordered too or there is no free index.
   */
  updateOrderIfNecessary(): void {
    const b = this.parent!;
    if (this.orderIndex !== OpOrder.Invalid || b.first === b.last) return;
    const prev = this.prev;
    const next = this.next;
    if (next === null) {
      // Last in the block: follow the previous operation.
      if (prev!.orderIndex === OpOrder.Invalid) return b.recomputeOrder();
      this.orderIndex = prev!.orderIndex + OpOrder.Stride;
      return;
    }
    const nextIndex = next.orderIndex;
    if (prev === null) {
      // First in the block: take an index below the next operation's.
      if (nextIndex === OpOrder.Invalid || nextIndex === 0) return b.recomputeOrder();
      this.orderIndex = nextIndex <= OpOrder.Stride ? nextIndex >>> 1 : OpOrder.Stride;
      return;
    }
    // Between two operations: the midpoint of their indices, if free.
    const prevIndex = prev.orderIndex;
    if (prevIndex === OpOrder.Invalid || nextIndex === OpOrder.Invalid || prevIndex + 1 === nextIndex) return b.recomputeOrder();
    this.orderIndex = prevIndex + ((nextIndex - prevIndex) >>> 1);
  }

  // ---- Mutation -----------------------------------------------------------

  /** Inserts this detached operation before `before`, in its block. */
  insertBefore(before: Operation): void {
    const b = before.parent;
    if (b === null) throw new IRError("cannot insert before a detached operation");
    b.insertBefore(this, before);
  }

  /** Inserts this detached operation after `after`, in its block. */
  insertAfter(after: Operation): void {
    const b = after.parent;
    if (b === null) throw new IRError("cannot insert after a detached operation");
    b.insertBefore(this, after.next);
  }

  /**
   * Moves this operation (from wherever it is) to just before `before`.
   * Throws, leaving this operation in place, when `before` is detached.
   */
  moveBefore(before: Operation): void {
    if (before === this) return;
    if (before.parent === null) throw new IRError("cannot insert before a detached operation");
    this.detach();
    this.insertBefore(before);
  }

  /**
   * Moves this operation (from wherever it is) to just after `after`.
   * Throws, leaving this operation in place, when `after` is detached.
   */
  moveAfter(after: Operation): void {
    if (after === this) return;
    if (after.parent === null) throw new IRError("cannot insert after a detached operation");
    this.detach();
    this.insertAfter(after);
  }

  /** Unlinks this operation from its block, keeping it (and its uses) alive. */
  detach(): this {
    const b = this.parent;
    if (b !== null) b.remove(this);
    return this;
  }

  /**
   * Drops every operand and successor use held by this operation and by the
   * operations nested in it, so that they can be erased in any order.
   */
  dropAllReferences(): void {
    const stack: Operation[] = [this];
    while (stack.length > 0) {
      const op = stack.pop()!;
      const ops = op.operands;
      for (let i = 0; i < ops.length; i++) ops[i]!.unlink();
      op.operands = noOperands;
      const ss = op.successors;
      for (let i = 0; i < ss.length; i++) ss[i]!.unlink();
      op.successors = noSuccessors;
      for (const r of op.regions) {
        for (let b = r.first; b !== null; b = b.next) {
          for (let o = b.first; o !== null; o = o.next) stack.push(o);
        }
      }
    }
  }

  /**
   * Detaches and destroys this operation and everything nested in it.
   * Throws (leaving the IR unchanged) when a result still has uses.
   */
  erase(): void {
    const rs = this.results;
    for (let i = 0; i < rs.length; i++) {
      const n = rs[i]!.numUses;
      if (n > 0) {
        throw new IRError(`cannot erase operation '${this.opName}': result #${i} still has ${n} use${n === 1 ? "" : "s"} (by ${describeUsers(rs[i]!)})`);
      }
    }
    this.detach();
    this.dropAllReferences();
  }

  /**
   * Deep-copies this operation. Operands that `mapping` maps are remapped,
   * others are kept; the copy's results, nested blocks and block arguments
   * are recorded in `mapping` so later clones can refer to them.
   */
  clone(mapping?: IRMapping): Operation {
    return cloneOperation(this, mapping);
  }

  /** Iterates the regions' blocks' operations one level down. */
  *nestedOps(): IterableIterator<Operation> {
    for (const r of this.regions) {
      for (let b = r.first; b !== null; b = b.next) {
        for (let o = b.first; o !== null; o = o.next) yield o;
      }
    }
  }
}

/** How many users an erase error names before it only counts the rest. */
const maxUsersNamed = 5;

/**
 * The users of `v` for an error message: the first {@link maxUsersNamed},
 * then how many more (naming all 40,000 users of a value made a 440 KB
 * message).
 */
function describeUsers(v: Value): string {
  const users = v.users;
  const n = Math.min(users.length, maxUsersNamed);
  let s = "";
  for (let i = 0; i < n; i++) s += `${i === 0 ? "" : ", "}'${users[i]!.opName}'`;
  if (users.length > n) s += ` and ${users.length - n} more`;
  return s;
}
