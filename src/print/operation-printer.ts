import type { AffineExpr } from "../dialects/builtin/affine/affine-expr.js";
import type { AffineMap } from "../dialects/builtin/affine/affine-map.js";
import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Block } from "../ir/block.js";
import type { OpAsmPrinter } from "../ir/op-asm.js";
import type { BlockOperand } from "../ir/op-operand.js";
import { OpTrait } from "../ir/op-definition.js";
import type { Operation } from "../ir/operation.js";
import type { OperationName } from "../ir/operation-name.js";
import type { Region } from "../ir/region.js";
import type { OpResult, Value } from "../ir/value.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { printAffineExprWith } from "./affine-printer.js";
import { AttrPrinter, TypeElision } from "./attribute-printer.js";
import { keywordOrString, quoteString, symbolReference } from "./escape.js";
import type { LocationAttr } from "../ir/location.js";
import type { Output } from "./output.js";
import { isGrouped, type SSANameState } from "./ssa-names.js";

/** Printing flags (MLIR's `OpPrintingFlags`). */
export interface PrintFlags {
  /** Print every operation in the generic form (`--mlir-print-op-generic`). */
  generic: boolean;
  /** Print `loc(...)` after operations and block arguments (`--mlir-print-debuginfo`). */
  debugInfo: boolean;
}

/** A region being printed: the explicit stack replaces recursion. */
class Frame {
  /** Index of the region being printed. */
  regionIndex = 0;
  /** The block whose operations are being printed. */
  block: Block | null = null;
  /** The next operation to print in `block`. */
  next: Operation | null = null;
  /** Where to stop in `block` (its terminator, when terminators are elided). */
  stop: Operation | null = null;
  constructor(
    /** The generic operation whose regions these are; null for a custom printer's region. */
    readonly op: Operation | null,
    /** For custom regions: the region, and whether to print entry args / terminators. */
    readonly region: Region | null,
    readonly printEntryArgs: boolean,
    readonly printTerminators: boolean,
  ) {}
}

/**
 * Prints operations, regions and blocks (MLIR's `OperationPrinter`), and is
 * the {@link OpAsmPrinter} custom printers write through.
 *
 * Generic operations' regions are printed with an explicit frame stack,
 * so the depth of nesting is not limited by the JS stack; custom printers
 * that print regions re-enter the same loop.
 */
export class OperationPrinter implements OpAsmPrinter {
  readonly attrs: AttrPrinter;
  private indent = 0;
  private readonly frames: Frame[] = [];
  private readonly defaultDialects: string[] = ["builtin"];
  /** The operation a custom printer is printing. */
  op!: Operation;
  /** `"dialect.name"` bytes by operation name (quoted and escaped once). */
  private readonly quotedNames = new Map<OperationName, Uint8Array>();
  /** Custom-form names by operation name, with the default dialect they were shortened for. */
  private readonly customNames = new Map<OperationName, { dialect: string; bytes: Uint8Array }>();
  /** The operation `printCustomOrGenericOp` prints (without its location), or null. */
  private inlineOp: Operation | null = null;

  constructor(
    readonly out: Output,
    readonly names: SSANameState,
    readonly flags: PrintFlags,
    aliases: Map<Attribute, string> | null,
  ) {
    this.attrs = new AttrPrinter(out, aliases);
  }

  // ---- Operations ------------------------------------------------------------

  /** Prints `op` (with its indentation and location), and everything nested in it. */
  printOperation(op: Operation): void {
    const base = this.frames.length;
    this.startOp(op);
    if (this.frames.length > base) this.run(base);
  }

  /**
   * Prints up to the regions of `op`; a generic op with regions pushes a
   * frame (the loop prints the rest). Otherwise prints it completely.
   */
  private startOp(op: Operation, inline = false): void {
    const out = this.out;
    if (!inline) out.writeSpaces(this.indent);
    const rs = op.results;
    if (rs.length > 0 && !inline) {
      this.names.writeName(out, rs[0]!);
      if (rs.length > 1) {
        if (isGrouped(op)) {
          out.writeByte(58); // ':'
          out.writeUint(rs.length);
        } else {
          this.writeResultGroups(op);
        }
      }
      out.write(" = ");
    }
    const def = op.name.def;
    if (!this.flags.generic && def !== null && def.print !== undefined) {
      const dd = this.defaultDialects[this.defaultDialects.length - 1]!;
      // The name as printed under this default dialect, encoded once.
      const cached = this.customNames.get(op.name);
      if (cached !== undefined && cached.dialect === dd) {
        out.writeBytes(cached.bytes);
      } else {
        let name = op.name.name;
        const dot = name.indexOf(".");
        if (dot >= 0 && name.indexOf(".", dot + 1) < 0 && name.startsWith(dd + ".")) name = name.slice(dd.length + 1);
        const from = out.length;
        out.write(name);
        this.customNames.set(op.name, { dialect: dd, bytes: out.copyFrom(from) });
      }
      const saved = this.op;
      this.op = op;
      def.print(this, op);
      this.op = saved;
      this.printTrailingLocation(op);
      return;
    }
    // Generic form.
    let q = this.quotedNames.get(op.name);
    if (q === undefined) {
      const from = out.length;
      out.write(quoteString(op.name.name));
      this.quotedNames.set(op.name, out.copyFrom(from));
    } else {
      out.writeBytes(q);
    }
    out.writeByte(40); // '('
    const operands = op.operands;
    for (let i = 0; i < operands.length; i++) {
      if (i > 0) out.write(", ");
      this.names.writeUse(out, operands[i]!.value);
    }
    out.writeByte(41); // ')'
    const succ = op.successors;
    if (succ.length > 0) {
      out.writeByte(91); // '['
      for (let i = 0; i < succ.length; i++) {
        if (i > 0) out.write(", ");
        this.names.writeBlock(out, succ[i]!.block);
      }
      out.writeByte(93); // ']'
    }
    if (op.properties !== null) {
      out.write(" <");
      this.attrs.attribute(op.properties);
      out.write(">");
    }
    if (op.regions.length > 0) {
      out.write(" (");
      const f = new Frame(op, null, true, true);
      this.frames.push(f);
      this.openRegion(f, op.regions[0]!, true, true);
      return;
    }
    this.finishGenericOp(op);
  }

  /**
   * Writes the names of results 1.. of an op whose results are named
   * separately: `, %overflow`, or `, %3:2` for a run sharing a number.
   */
  private writeResultGroups(op: Operation): void {
    const rs = op.results;
    const out = this.out;
    let i = 1;
    while (i < rs.length) {
      if (rs[i]!.printId === rs[i - 1]!.printId) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < rs.length && rs[j]!.printId === rs[i]!.printId) j++;
      out.write(", ");
      this.names.writeName(out, rs[i]!);
      if (j - i > 1) {
        out.writeByte(58);
        out.writeUint(j - i);
      }
      i = j;
    }
  }

  /** Prints what follows the regions of a generic op. */
  private finishGenericOp(op: Operation): void {
    const out = this.out;
    if (op.attributes !== null) this.printOptionalAttrDict(op.attributes);
    out.write(" : (");
    const operands = op.operands;
    for (let i = 0; i < operands.length; i++) {
      if (i > 0) out.write(", ");
      this.attrs.type(operands[i]!.value.type);
    }
    out.write(") -> ");
    const rs = op.results;
    const wrap = rs.length !== 1 || rs[0]!.type.kind === BuiltinKind.FunctionType;
    if (wrap) out.write("(");
    for (let i = 0; i < rs.length; i++) {
      if (i > 0) out.write(", ");
      this.attrs.type(rs[i]!.type);
    }
    if (wrap) out.write(")");
    this.printTrailingLocation(op);
  }

  private printTrailingLocation(op: Operation): void {
    if (!this.flags.debugInfo || op === this.inlineOp) return;
    this.out.write(" ");
    const loc = op.location;
    if (loc === null) this.out.write("loc(unknown)");
    else this.attrs.location(loc, true);
  }

  // ---- Regions and blocks ------------------------------------------------------

  /** Writes `{` and starts printing `region` in frame `f`. */
  private openRegion(f: Frame, region: Region, printEntryArgs: boolean, printEmptyBlock: boolean): void {
    this.out.write("{\n");
    const entry = region.first;
    if (entry === null) {
      f.block = null;
      f.next = null;
      return;
    }
    const parent = region.parent;
    const dd = parent !== null && parent.name.def !== null ? (parent.name.def.defaultDialect ?? "") : "";
    this.defaultDialects.push(dd);
    const header = (printEmptyBlock && entry.first === null) || (printEntryArgs && entry.arguments.length > 0);
    this.startBlock(f, entry, header);
  }

  /** Prints a block label (when `header`) and positions `f` at the block's first operation. */
  private startBlock(f: Frame, block: Block, header: boolean): void {
    if (header) this.printBlockHeader(block);
    this.indent += 2;
    f.block = block;
    f.next = block.first;
    // Elide the terminator when asked (custom printers of ops with implicit terminators).
    const last = block.last;
    // MLIR elides only the entry block's terminator (later blocks print theirs).
    f.stop = !f.printTerminators && block.prev === null && last !== null && last.name.hasTrait(OpTrait.IsTerminator) ? last : null;
  }

  private printBlockHeader(block: Block): void {
    const out = this.out;
    out.writeSpaces(this.indent);
    this.names.writeBlock(out, block);
    const args = block.arguments;
    if (args.length > 0) {
      out.write("(");
      for (let i = 0; i < args.length; i++) {
        if (i > 0) out.write(", ");
        const a = args[i]!;
        this.names.writeName(out, a);
        out.write(": ");
        this.attrs.type(a.type);
        if (this.flags.debugInfo) {
          out.write(" ");
          if (a.location === null) out.write("loc(unknown)");
          else this.attrs.location(a.location, false);
        }
      }
      out.write(")");
    }
    out.write(":");
    // Predecessor comments, as MLIR prints them.
    if (block.parent === null) {
      out.write("  // block is not in a region!");
    } else if (block.firstUse === null) {
      if (block.parent.first !== block) out.write("  // no predecessors");
    } else {
      const preds: Block[] = [];
      for (let u: BlockOperand | null = block.firstUse; u !== null; u = u.nextUse) {
        const p = u.owner.parent;
        if (p !== null) preds.push(p);
      }
      // One predecessor edge, as MLIR's Block::getSinglePredecessor: a block
      // reached twice from one terminator (`[^bb1, ^bb1]`) has "2 preds".
      if (preds.length === 1) {
        out.write("  // pred: " + this.names.block(preds[0]!));
      } else {
        preds.sort((a, b) => (a.printGen === this.names.gen ? a.printOrder : -1) - (b.printGen === this.names.gen ? b.printOrder : -1));
        out.write(`  // ${preds.length} preds: ` + preds.map((p) => this.names.block(p)).join(", "));
      }
    }
    out.write("\n");
  }

  /**
   * The print loop: prints operations of the innermost frame, opening and
   * closing blocks and regions, until the stack is back to `base` frames.
   */
  private run(base: number): void {
    const frames = this.frames;
    const out = this.out;
    while (frames.length > base) {
      const f = frames[frames.length - 1]!;
      const op = f.next;
      if (op !== null && op !== f.stop) {
        f.next = op.next;
        const depth = frames.length;
        this.startOp(op);
        if (frames.length === depth) out.write("\n");
        continue;
      }
      // End of the block: move to the next block, region or close the op.
      if (f.block !== null) {
        this.indent -= 2;
        const nb = f.block.next;
        if (nb !== null) {
          this.startBlock(f, nb, true);
          continue;
        }
        this.defaultDialects.pop();
      }
      out.writeSpaces(this.indent);
      out.writeByte(125); // '}'

      const gop = f.op;
      if (gop === null) {
        frames.pop();
        continue;
      }
      f.regionIndex++;
      if (f.regionIndex < gop.regions.length) {
        out.write(", ");
        this.openRegion(f, gop.regions[f.regionIndex]!, true, true);
        continue;
      }
      out.write(")");
      frames.pop();
      this.finishGenericOp(gop);
      // The op was printed inside a block of the enclosing frame: end its line.
      if (frames.length > base) out.write("\n");
    }
  }

  // ---- OpAsmPrinter ----------------------------------------------------------------

  write(text: string): void {
    this.out.write(text);
  }

  printOperand(value: Value): void {
    this.names.writeUse(this.out, value);
  }

  printAffineMapOfSSAIds(map: AffineMap, operands: readonly Value[]): void {
    const results = map.results;
    for (let i = 0; i < results.length; i++) {
      if (i > 0) this.out.write(", ");
      this.printAffineExprOfSSAIds(results[i]!, operands.slice(0, map.numDims), operands.slice(map.numDims));
    }
  }

  printAffineExprOfSSAIds(expr: AffineExpr, dims: readonly Value[], symbols: readonly Value[]): void {
    const out = this.out;
    const names = this.names;
    printAffineExprWith(
      {
        push: (text) => out.write(text),
        dim: (i) => names.writeUse(out, dims[i]!),
        symbol: (i) => {
          out.write("symbol(");
          names.writeUse(out, symbols[i]!);
          out.write(")");
        },
      },
      expr,
    );
  }

  printOperands(values: readonly Value[]): void {
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.out.write(", ");
      this.names.writeUse(this.out, values[i]!);
    }
  }

  printType(type: TypeAttribute): void {
    this.attrs.type(type);
  }

  printAttribute(attr: Attribute): void {
    this.attrs.attribute(attr);
  }

  printAttributeWithoutType(attr: Attribute): void {
    this.attrs.attribute(attr, TypeElision.Must);
  }

  printSymbolName(name: string): void {
    this.out.write(symbolReference(name));
  }

  printOptionalAttrDict(attrs: DictionaryAttr | null, elided: readonly string[] = []): void {
    this.printAttrDict(attrs, elided, false);
  }

  printOptionalAttrDictWithKeyword(attrs: DictionaryAttr | null, elided: readonly string[] = []): void {
    this.printAttrDict(attrs, elided, true);
  }

  private printAttrDict(attrs: DictionaryAttr | null, elided: readonly string[], keyword: boolean): void {
    if (attrs === null) return;
    const names = attrs.names;
    let any = false;
    for (let i = 0; i < names.length; i++) {
      if (elided.length > 0 && elided.includes(names[i]!)) continue;
      if (!any) {
        this.out.write(keyword ? " attributes {" : " {");
        any = true;
      } else {
        this.out.write(", ");
      }
      this.attrs.namedAttribute(names[i]!, attrs.values[i]!);
    }
    if (any) this.out.write("}");
  }

  printRegion(region: Region, printEntryBlockArgs = true, printBlockTerminators = true, printEmptyBlock = false): void {
    const base = this.frames.length;
    const f = new Frame(null, region, printEntryBlockArgs, printBlockTerminators);
    this.frames.push(f);
    this.openRegion(f, region, printEntryBlockArgs, printEmptyBlock);
    this.run(base);
  }

  printSuccessor(block: Block): void {
    this.names.writeBlock(this.out, block);
  }

  printCustomOrGenericOp(op: Operation): void {
    const base = this.frames.length;
    const saved = this.inlineOp;
    this.inlineOp = op;
    this.startOp(op, true);
    if (this.frames.length > base) this.run(base);
    this.inlineOp = saved;
  }

  printRegionArgument(arg: Value, omitType = false, omitLocation = false): void {
    this.names.writeName(this.out, arg);
    if (!omitType) {
      this.out.write(": ");
      this.attrs.type(arg.type);
    }
    if (!omitLocation) this.printRegionArgumentLocation(arg);
  }

  printRegionArgumentLocation(arg: Value): void {
    if (this.flags.debugInfo) {
      const loc = (arg as { location?: LocationAttr | null }).location ?? null;
      this.out.write(" ");
      if (loc === null) this.out.write("loc(unknown)");
      else this.attrs.location(loc, false);
    }
  }

  printNewline(): void {
    this.out.write("\n");
    this.out.writeSpaces(this.indent);
  }

  printFunctionalType(inputs: readonly TypeAttribute[], results: readonly TypeAttribute[]): void {
    const out = this.out;
    out.writeByte(40); // '('
    for (let i = 0; i < inputs.length; i++) {
      if (i > 0) out.write(", ");
      this.attrs.type(inputs[i]!);
    }
    out.write(") -> ");
    const wrap = results.length !== 1 || results[0]!.kind === BuiltinKind.FunctionType;
    if (wrap) out.writeByte(40);
    for (let i = 0; i < results.length; i++) {
      if (i > 0) out.write(", ");
      this.attrs.type(results[i]!);
    }
    if (wrap) out.writeByte(41);
  }

  printArrowTypeList(types: readonly TypeAttribute[]): void {
    if (types.length === 0) return;
    const out = this.out;
    out.write(" -> ");
    const wrap = types.length !== 1 || types[0]!.kind === BuiltinKind.FunctionType;
    if (wrap) out.writeByte(40);
    for (let i = 0; i < types.length; i++) {
      if (i > 0) out.write(", ");
      this.attrs.type(types[i]!);
    }
    if (wrap) out.writeByte(41);
  }

  printKeywordOrString(s: string): void {
    this.out.write(keywordOrString(s));
  }

  printString(s: string): void {
    this.out.write(quoteString(s));
  }

  /** The SSA name of result `r` at a use. */
  resultName(r: OpResult): string {
    return this.names.use(r);
  }
}


