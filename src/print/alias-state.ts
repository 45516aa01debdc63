import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { DialectAttrKind } from "../ir/attribute.js";
import type { Block } from "../ir/block.js";
import { OpTrait } from "../ir/op-definition.js";
import type { OpAsmPrinter } from "../ir/op-asm.js";
import type { Operation } from "../ir/operation.js";
import type { Region } from "../ir/region.js";
import type { Value } from "../ir/value.js";
import type { LocationAttr } from "../ir/location.js";
import type { ArrayAttr } from "../dialects/builtin/attributes/array-attr.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import type { DistinctAttr } from "../dialects/builtin/attributes/distinct-attr.js";
import type { CallSiteLoc, FusedLoc, NameLoc, OpaqueLoc } from "../dialects/builtin/attributes/locations.js";
import type { TypeAttr } from "../dialects/builtin/attributes/type-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { ComplexType } from "../dialects/builtin/types/complex-type.js";
import type { FunctionType } from "../dialects/builtin/types/function-type.js";
import type { MemRefType, UnrankedMemRefType } from "../dialects/builtin/types/memref-type.js";
import type { RankedTensorType, UnrankedTensorType } from "../dialects/builtin/types/tensor-type.js";
import type { TupleType } from "../dialects/builtin/types/tuple-type.js";
import type { VectorType } from "../dialects/builtin/types/vector-type.js";

/** One attribute or type seen while collecting aliases. */
interface AliasInfo {
  readonly symbol: Attribute;
  /** Suggested alias name (`map`, `loc`...), or null. */
  readonly alias: string | null;
  /** Nesting depth of aliases: an alias prints after those it refers to. */
  depth: number;
  readonly isType: boolean;
  /** True while every use can resolve the alias after parsing (op locations). */
  canBeDeferred: boolean;
  /** Indices of the aliases used inside this one. */
  children: number[];
}

/** The aliases chosen for one print, in output order. */
export interface AliasTable {
  /** Alias text (`#map1`, `!tuple`) by attribute or type. */
  readonly names: Map<Attribute, string>;
  /** Definitions printed before the operation. */
  readonly nonDeferred: Attribute[];
  /** Definitions printed after the operation (locations). */
  readonly deferred: Attribute[];
}

/** Options that change what the printer visits. */
export interface AliasOptions {
  generic: boolean;
  debugInfo: boolean;
}

/**
 * Chooses attribute and type aliases the way MLIR's `AliasInitializer` does:
 * the printer's walk is replayed with a recording printer, every aliasable
 * attribute (affine maps → `#map`, integer sets → `#set`, locations →
 * `#loc`, distinct attributes → `#distinct`, tuples of more than 16 types →
 * `!tuple`) gets a name, and names are ordered by alias depth, types first,
 * then name, keeping first-visit order among equals; repeated names get
 * numeric suffixes (`#map`, `#map1`, ...).
 *
 * Properties of unregistered operations are not visited (as in MLIR), so
 * they print inline; those of registered operations printed generically are.
 */
export function collectAliases(root: Operation, options: AliasOptions): AliasTable {
  const c = new AliasCollector(options);
  c.visitOp(root);
  return c.finish();
}

/** The table of a print that uses no alias. */
export function noAliases(): AliasTable {
  return { names: new Map(), nonDeferred: [], deferred: [] };
}

/**
 * Whether anything `root` prints may have or contain an alias: false at
 * once when its context never made an aliasable attribute (and debug info
 * is off), else a quick, conservative scan of the operations' types,
 * properties, attributes, block arguments (and locations with `debugInfo`),
 * each distinct attribute looked at once (the answer is kept on the
 * attribute). When it is false, {@link collectAliases} (which replays every
 * custom printer) would find nothing, and printing can skip it.
 */
export function mayHaveAliases(root: Operation, options: AliasOptions): boolean {
  // Nothing that can be an alias was ever made in this context (operation
  // locations are made when first read: with debug info, look).
  if (!options.debugInfo && !root.context.madeAliasable) return false;
  const may = (a: Attribute | null): boolean => {
    if (a === null || isLeaf(a)) return false;
    if (a.kind === BuiltinKind.DictionaryAttr) {
      // Property dictionaries are often all distinct (`{value = 602 : i32}`
      // on every constant): look at their values instead of remembering them.
      const vs = (a as DictionaryAttr).values;
      for (let i = 0; i < vs.length; i++) if (may(vs[i]!)) return true;
      return false;
    }
    if (a.aliasScan !== 0) return a.aliasScan === 2;
    let r = aliasName(a) !== null;
    if (!r) forEachChild(a, false, (c) => (r ||= may(c)));
    a.aliasScan = r ? 2 : 1;
    return r;
  };
  const debugInfo = options.debugInfo;
  const opMay = (op: Operation): boolean => {
    if (debugInfo && may(op.location)) return true;
    const operands = op.operands;
    for (let i = 0; i < operands.length; i++) if (may(operands[i]!.value.type)) return true;
    const results = op.results;
    for (let i = 0; i < results.length; i++) if (may(results[i]!.type)) return true;
    return may(op.properties) || may(op.attributes);
  };
  if (opMay(root)) return true;
  // Only operations with regions go on the stack.
  const withRegions: Operation[] = root.regions.length > 0 ? [root] : [];
  while (withRegions.length > 0) {
    const regions = withRegions.pop()!.regions;
    for (let r = 0; r < regions.length; r++) {
      for (let b = regions[r]!.first; b !== null; b = b.next) {
        const args = b.arguments;
        for (let i = 0; i < args.length; i++) if (may(args[i]!.type) || (debugInfo && may(args[i]!.location))) return true;
        for (let o = b.first; o !== null; o = o.next) {
          if (opMay(o)) return true;
          if (o.regions.length > 0) withRegions.push(o);
        }
      }
    }
  }
  return false;
}

/**
 * A region being walked: a cursor over its blocks and their operations.
 * Regions nest through an explicit stack, so depth costs no JS stack and the
 * stack never holds more than one entry per level.
 */
interface Cursor {
  /** The generic op whose regions these are (its exit visit comes after), or null. */
  owner: Operation | null;
  regions: readonly Region[];
  region: number;
  block: Block | null;
  next: Operation | null;
  printEntryArgs: boolean;
  /** False: the entry block's terminator is not printed, so not visited. */
  printEntryTerminator: boolean;
  /** The op where the current block's walk stops (an elided terminator), or null. */
  stop: Operation | null;
}

class AliasCollector implements OpAsmPrinter {
  private readonly infos: AliasInfo[] = [];
  private readonly index = new Map<Attribute, number>();
  private readonly cursors: Cursor[] = [];
  op!: Operation;

  constructor(private readonly options: AliasOptions) {}

  // ---- Operations ------------------------------------------------------------

  /** Maps of SSA ids print operand names only: nothing to alias. */
  printAffineMapOfSSAIds(): void {}
  printAffineExprOfSSAIds(): void {}

  visitOp(root: Operation): void {
    const base = this.cursors.length;
    this.enterOp(root);
    this.drain(base);
  }

  /**
   * Walks until the cursor stack is back to `base`. The visit order is
   * MLIR's: an operation's location, then everything in its regions (depth
   * first, block arguments before each block's operations), then its
   * operand types, result types and discardable attributes.
   */
  private drain(base: number): void {
    const cursors = this.cursors;
    while (cursors.length > base) {
      const c = cursors[cursors.length - 1]!;
      const o = c.next;
      if (o !== null && o !== c.stop) {
        c.next = o.next;
        this.enterOp(o);
        continue;
      }
      if (c.block !== null && c.block.next !== null) {
        this.startBlock(c, c.block.next);
        continue;
      }
      if (this.nextRegion(c)) continue;
      cursors.pop();
      if (c.owner !== null) this.exitOp(c.owner);
    }
  }

  private enterOp(op: Operation): void {
    if (this.options.debugInfo && op.location !== null) this.visit(op.location, true);
    const def = op.name.def;
    if (!this.options.generic && def !== null && def.print !== undefined) {
      // Custom printers visit in their own order; regions they print are
      // walked on the spot (see printRegion).
      const saved = this.op;
      this.op = op;
      def.print(this, op);
      this.op = saved;
      return;
    }
    if (op.regions.length === 0) {
      this.exitOp(op);
      return;
    }
    const c: Cursor = { owner: op, regions: op.regions, region: -1, block: null, next: null, printEntryArgs: true, printEntryTerminator: true, stop: null };
    this.cursors.push(c);
    if (!this.nextRegion(c)) {
      this.cursors.pop();
      this.exitOp(op);
    }
  }

  /** Moves `c` to its next non-empty region; false when there is none. */
  private nextRegion(c: Cursor): boolean {
    while (++c.region < c.regions.length) {
      const b = c.regions[c.region]!.first;
      if (b !== null) {
        this.startBlock(c, b);
        return true;
      }
    }
    return false;
  }

  private startBlock(c: Cursor, b: Block): void {
    c.block = b;
    c.next = b.first;
    // MLIR elides only the entry block's terminator (and only a real one).
    const last = b.last;
    c.stop = b.prev === null && !c.printEntryTerminator && last !== null && last.name.hasTrait(OpTrait.IsTerminator) ? last : null;
    if (b.prev !== null || c.printEntryArgs) this.visitBlockArgs(b);
  }

  private exitOp(op: Operation): void {
    const operands = op.operands;
    for (let i = 0; i < operands.length; i++) this.visitType(operands[i]!.value.type);
    const results = op.results;
    for (let i = 0; i < results.length; i++) this.visitType(results[i]!.type);
    // The generic form prints the properties (`<{permutation = #map}>`): after the types, before the attributes.
    // mlir-opt finds aliases in the properties of registered ops only (an
    // unregistered op's are one opaque attribute to it).
    const props = op.properties;
    if (props !== null && op.name.def !== null) {
      if (props.kind === BuiltinKind.DictionaryAttr) {
        const vs = (props as DictionaryAttr).values;
        for (let i = 0; i < vs.length; i++) this.visit(vs[i]!, false);
      } else this.visit(props, false);
    }
    if (op.attributes !== null) {
      const vs = op.attributes.values;
      for (let i = 0; i < vs.length; i++) this.visit(vs[i]!, false);
    }
  }

  private visitBlockArgs(b: Block): void {
    const args = b.arguments;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      this.visitType(a.type);
      if (this.options.debugInfo && a.location !== null) this.visit(a.location, false);
    }
  }

  // ---- Attributes and types ----------------------------------------------------------

  private visitType(t: TypeAttribute): void {
    this.visit(t, false);
  }

  /**
   * Records `attr` and what it prints; returns [alias depth, index] or
   * [0, -1] for attributes that can neither have nor contain aliases
   * (skipped: they cannot change the result).
   */
  private visit(attr: Attribute, canBeDeferred: boolean, elideType = false): [number, number] {
    if (isLeaf(attr)) return [0, -1];
    const existing = this.index.get(attr);
    if (existing !== undefined) {
      if (!canBeDeferred) this.markNonDeferrable(existing);
      return [this.infos[existing]!.depth, existing];
    }
    const alias = aliasName(attr);
    const info: AliasInfo = {
      symbol: attr,
      alias,
      depth: alias === null ? 0 : 1,
      isType: attr.isType,
      canBeDeferred,
      children: [],
    };
    const idx = this.infos.length;
    this.infos.push(info);
    this.index.set(attr, idx);
    let maxDepth = 0;
    const child = (a: Attribute | null, elide = false): void => {
      if (a === null) return;
      const [d, i] = this.visit(a, canBeDeferred, elide);
      if (i >= 0) info.children.push(i);
      if (d > maxDepth) maxDepth = d;
    };
    forEachChild(attr, elideType, child);
    if (maxDepth > 0) info.depth = maxDepth + 1;
    return [info.depth, idx];
  }

  private markNonDeferrable(i: number): void {
    const stack = [i];
    while (stack.length > 0) {
      const info = this.infos[stack.pop()!]!;
      if (!info.canBeDeferred) continue;
      info.canBeDeferred = false;
      for (const c of info.children) stack.push(c);
    }
  }

  finish(): AliasTable {
    const aliased = this.infos.filter((i) => i.alias !== null);
    // Stable sort: depth, then types before attributes, then name.
    aliased.sort((a, b) => {
      if (a.depth !== b.depth) return a.depth - b.depth;
      if (a.isType !== b.isType) return a.isType ? -1 : 1;
      return a.alias! < b.alias! ? -1 : a.alias! > b.alias! ? 1 : 0;
    });
    const counts = new Map<string, number>();
    const names = new Map<Attribute, string>();
    const nonDeferred: Attribute[] = [];
    const deferred: Attribute[] = [];
    for (const info of aliased) {
      const n = counts.get(info.alias!) ?? 0;
      counts.set(info.alias!, n + 1);
      names.set(info.symbol, (info.isType ? "!" : "#") + info.alias + (n === 0 ? "" : String(n)));
      (info.canBeDeferred ? deferred : nonDeferred).push(info.symbol);
    }
    return { names, nonDeferred, deferred };
  }

  // ---- OpAsmPrinter (recording) ------------------------------------------------------

  write(_text: string): void {}
  printOperand(_value: Value): void {}
  printOperands(_values: readonly Value[]): void {}
  printType(type: TypeAttribute): void {
    this.visitType(type);
  }
  printAttribute(attr: Attribute): void {
    this.visit(attr, false);
  }
  printAttributeWithoutType(attr: Attribute): void {
    this.visit(attr, false, true);
  }
  printSymbolName(_name: string): void {}
  printOptionalAttrDict(attrs: DictionaryAttr | null, elided: readonly string[] = []): void {
    if (attrs === null) return;
    for (let i = 0; i < attrs.names.length; i++) if (!elided.includes(attrs.names[i]!)) this.visit(attrs.values[i]!, false);
  }
  printOptionalAttrDictWithKeyword(attrs: DictionaryAttr | null, elided: readonly string[] = []): void {
    this.printOptionalAttrDict(attrs, elided);
  }
  printRegion(region: Region, printEntryBlockArgs = true, printBlockTerminators = true): void {
    const base = this.cursors.length;
    const c: Cursor = {
      owner: null,
      regions: [region],
      region: -1,
      block: null,
      next: null,
      printEntryArgs: printEntryBlockArgs,
      printEntryTerminator: printBlockTerminators,
      stop: null,
    };
    this.cursors.push(c);
    if (!this.nextRegion(c)) {
      this.cursors.pop();
      return;
    }
    this.drain(base);
  }
  printSuccessor(_block: Block): void {}
  printCustomOrGenericOp(op: Operation): void {
    this.visitOp(op);
  }
  printRegionArgument(arg: Value, omitType = false): void {
    if (!omitType) this.visitType(arg.type);
    this.printRegionArgumentLocation(arg);
  }
  printRegionArgumentLocation(arg: Value): void {
    const loc = (arg as { location?: LocationAttr | null }).location;
    if (this.options.debugInfo && loc !== undefined && loc !== null) this.visit(loc, false);
  }
  printNewline(): void {}
  printFunctionalType(inputs: readonly TypeAttribute[], results: readonly TypeAttribute[]): void {
    for (const t of inputs) this.visitType(t);
    for (const t of results) this.visitType(t);
  }
  printArrowTypeList(types: readonly TypeAttribute[]): void {
    for (const t of types) this.visitType(t);
  }
  printKeywordOrString(_s: string): void {}
  printString(_s: string): void {}
}

/** Attributes and types that have no alias and print no aliasable children. */
function isLeaf(attr: Attribute): boolean {
  switch (attr.kind) {
    case BuiltinKind.IntegerType:
    case BuiltinKind.IndexType:
    case BuiltinKind.FloatType:
    case BuiltinKind.NoneType:
    case BuiltinKind.OpaqueType:
    case BuiltinKind.IntegerAttr:
    case BuiltinKind.FloatAttr:
    case BuiltinKind.UnitAttr:
    case BuiltinKind.DenseArrayAttr:
    case BuiltinKind.SymbolRefAttr:
    case BuiltinKind.StridedLayoutAttr:
      return true;
    case BuiltinKind.StringAttr:
      return (attr as unknown as { type: TypeAttribute | null }).type === null;
    default:
      return false;
  }
}

/** The builtin dialect's alias suggestion for `attr` (MLIR's `OpAsmDialectInterface::getAlias`). */
function aliasName(attr: Attribute): string | null {
  switch (attr.kind) {
    case BuiltinKind.AffineMapAttr:
      return "map";
    case BuiltinKind.IntegerSetAttr:
      return "set";
    case BuiltinKind.UnknownLoc:
    case BuiltinKind.FileLineColLoc:
    case BuiltinKind.NameLoc:
    case BuiltinKind.CallSiteLoc:
    case BuiltinKind.FusedLoc:
    case BuiltinKind.OpaqueLoc:
      return "loc";
    case BuiltinKind.DistinctAttr:
      return (attr as DistinctAttr).referenced.kind === BuiltinKind.UnitAttr ? null : "distinct";
    case BuiltinKind.TupleType:
      return (attr as TupleType).types.length > 16 ? "tuple" : null;
    default:
      return null;
  }
}

/** Calls `f` on what printing `attr` visits (MLIR's `printAndVisitNestedAliasesImpl`). */
function forEachChild(attr: Attribute, elideType: boolean, f: (a: Attribute | null, elide?: boolean) => void): void {
  switch (attr.kind) {
    case BuiltinKind.AffineMapAttr:
    case BuiltinKind.IntegerSetAttr:
      return;
    case BuiltinKind.DistinctAttr:
      f((attr as DistinctAttr).referenced);
      return;
    case BuiltinKind.DictionaryAttr: {
      const vs = (attr as DictionaryAttr).values;
      for (let i = 0; i < vs.length; i++) f(vs[i]!);
      return;
    }
    case BuiltinKind.ArrayAttr:
      for (const e of (attr as ArrayAttr).elements) f(e);
      return;
    case BuiltinKind.TypeAttr:
      f((attr as TypeAttr).value);
      return;
    case BuiltinKind.OpaqueLoc:
      f((attr as OpaqueLoc).fallback);
      return;
    case BuiltinKind.NameLoc: {
      const c = (attr as NameLoc).child;
      if (c.kind !== BuiltinKind.UnknownLoc) f(c);
      return;
    }
    case BuiltinKind.CallSiteLoc:
      f((attr as CallSiteLoc).callee);
      f((attr as CallSiteLoc).caller);
      return;
    case BuiltinKind.FusedLoc: {
      const l = attr as FusedLoc;
      f(l.metadata);
      for (const x of l.locations) f(x);
      return;
    }
    case BuiltinKind.UnknownLoc:
    case BuiltinKind.FileLineColLoc:
      return;
    // Types.
    case BuiltinKind.MemRefType: {
      const t = attr as MemRefType;
      f(t.elementType);
      f(t.layout);
      f(t.memorySpace);
      return;
    }
    case BuiltinKind.UnrankedMemRefType: {
      const t = attr as UnrankedMemRefType;
      f(t.elementType);
      f(t.memorySpace);
      return;
    }
    case BuiltinKind.VectorType:
      f((attr as VectorType).elementType);
      return;
    case BuiltinKind.RankedTensorType:
      f((attr as RankedTensorType).elementType);
      f((attr as RankedTensorType).encoding);
      return;
    case BuiltinKind.UnrankedTensorType:
      f((attr as UnrankedTensorType).elementType);
      return;
    case BuiltinKind.ComplexType:
      f((attr as ComplexType).elementType);
      return;
    case BuiltinKind.TupleType:
      for (const t of (attr as TupleType).types) f(t);
      return;
    case BuiltinKind.FunctionType:
      for (const t of (attr as FunctionType).inputs) f(t);
      for (const t of (attr as FunctionType).results) f(t);
      return;
    case DialectAttrKind:
      return;
    default:
      break;
  }
  // Typed attributes (strings, opaque and elements attributes) visit their type.
  if (!elideType) {
    const t = (attr as unknown as { type?: TypeAttribute | null }).type;
    if (t !== undefined && t !== null && t.kind !== BuiltinKind.NoneType) f(t);
  }
}
