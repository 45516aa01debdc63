import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import { DialectAttrKind } from "../ir/attribute.js";
import { DialectAttribute, DialectType } from "../ir/dialect-attribute.js";
import type { AsmPrinter } from "../ir/op-asm.js";
import type { LocationAttr } from "../ir/location.js";
import type { AffineMapAttr } from "../dialects/builtin/attributes/affine-map-attr.js";
import type { ArrayAttr } from "../dialects/builtin/attributes/array-attr.js";
import type { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import type { DenseIntOrFPElementsAttr } from "../dialects/builtin/attributes/dense-elements-attr.js";
import type { DenseResourceElementsAttr, DenseResourceHandle } from "../dialects/builtin/attributes/dense-resource-attr.js";
import type { DenseStringElementsAttr } from "../dialects/builtin/attributes/dense-string-elements-attr.js";
import type { DictionaryAttr } from "../dialects/builtin/attributes/dictionary-attr.js";
import type { DistinctAttr } from "../dialects/builtin/attributes/distinct-attr.js";
import type { FloatAttr } from "../dialects/builtin/attributes/float-attr.js";
import type { IntegerAttr } from "../dialects/builtin/attributes/integer-attr.js";
import type { IntegerSetAttr } from "../dialects/builtin/attributes/integer-set-attr.js";
import type { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, OpaqueLoc } from "../dialects/builtin/attributes/locations.js";
import type { OpaqueAttr } from "../dialects/builtin/attributes/opaque-attr.js";
import type { SparseElementsAttr } from "../dialects/builtin/attributes/sparse-elements-attr.js";
import type { StringAttr } from "../dialects/builtin/attributes/string-attr.js";
import type { StridedLayoutAttr } from "../dialects/builtin/attributes/strided-layout-attr.js";
import type { SymbolRefAttr } from "../dialects/builtin/attributes/symbol-ref-attr.js";
import type { TypeAttr } from "../dialects/builtin/attributes/type-attr.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { ComplexType } from "../dialects/builtin/types/complex-type.js";
import type { FloatType } from "../dialects/builtin/types/float-type.js";
import type { FunctionType } from "../dialects/builtin/types/function-type.js";
import type { IntegerType } from "../dialects/builtin/types/integer-type.js";
import type { MemRefType, UnrankedMemRefType } from "../dialects/builtin/types/memref-type.js";
import type { OpaqueType } from "../dialects/builtin/types/opaque-type.js";
import { DYNAMIC } from "../dialects/builtin/types/shaped-type.js";
import type { RankedTensorType, UnrankedTensorType } from "../dialects/builtin/types/tensor-type.js";
import type { TupleType } from "../dialects/builtin/types/tuple-type.js";
import type { VectorType } from "../dialects/builtin/types/vector-type.js";
import { encodeUtf8 } from "../dialects/builtin/attributes/string-attr.js";
import { floatSemantics, formatFloat } from "../support/float/index.js";
import { printAffineMap, printIntegerSet } from "./affine-printer.js";
import { printDenseArrayElements, printDenseIntOrFPElements, printDenseStringElements } from "./dense-printer.js";
import { escapeBytes, keywordOrString, quoteString, symbolReference } from "./escape.js";
import { Output } from "./output.js";

/** Whether an attribute's type suffix (`: i32`) is printed. */
export const enum TypeElision {
  /** Always print the type (unless `none`). */
  Never,
  /** Elide the default types (`i64` for integers, `f64` for floats). */
  May,
  /** Never print the type. */
  Must,
}

/**
 * Prints attributes and types into an {@link Output}, using the aliases of
 * the enclosing print (`#map`, `!tuple`...) when given. One `switch` on the
 * attribute's kind tag dispatches all builtin attributes and types.
 */
export class AttrPrinter implements AsmPrinter {
  /** Distinct attribute numbering for this print (`distinct[N]`). */
  private readonly distinctIds = new Map<DistinctAttr, number>();
  /** Resource handles referenced by the printed IR, in first-use order. */
  readonly resources = new Set<DenseResourceHandle>();
  /** Limit above which dense elements print as `dense_resource<__elided__>` (none when null). */
  elideElementsAbove: number | null = null;
  /**
   * Non-splat dense elements with more elements than this print as a hex
   * string (`--mlir-print-elementsattrs-with-hex-if-larger`); -1: never.
   */
  hexElementsAbove = 100;

  constructor(
    /** Where text goes. */
    readonly out: Output,
    /** Alias names by attribute/type (`#map1`), or null to print everything inline. */
    readonly aliases: Map<Attribute, string> | null = null,
  ) {}

  /**
   * Printed bytes of attributes and types already printed by this printer
   * (with the default type elision). Attributes are immutable and uniqued,
   * and the alias table is fixed for a print, so an attribute always prints
   * the same: large modules repeat the same properties and types on every
   * operation, and copying bytes beats formatting them again.
   */
  private readonly printed = new Map<Attribute, Uint8Array>();
  /** The same for attributes printed with `TypeElision.May` (constants' values: `0.000000e+00 : f32`). */
  private readonly printedMayElide = new Map<Attribute, Uint8Array>();

  /** Prints `attr`, or its alias. */
  attribute(attr: Attribute, elision: TypeElision = TypeElision.Never): void {
    if (this.aliases !== null) {
      const a = this.aliases.get(attr);
      if (a !== undefined) {
        this.out.write(a);
        return;
      }
    }
    if (elision === TypeElision.Must || attr.kind === BuiltinKind.DistinctAttr) {
      // Not cached: that elision is rare, and distinct ids are assigned in print order.
      this.attributeImpl(attr, elision);
      return;
    }
    const cache = elision === TypeElision.Never ? this.printed : this.printedMayElide;
    const b = cache.get(attr);
    if (b !== undefined) {
      this.out.writeBytes(b);
      return;
    }
    const from = this.out.length;
    this.attributeImpl(attr, elision);
    if (this.out.length - from <= 4096) cache.set(attr, this.out.copyFrom(from));
  }

  /** Prints `type`, or its alias. */
  type(type: TypeAttribute): void {
    const b = this.printed.get(type);
    if (b !== undefined) {
      this.out.writeBytes(b);
      return;
    }
    const from = this.out.length;
    if (this.aliases !== null) {
      const a = this.aliases.get(type);
      if (a !== undefined) {
        this.out.write(a);
        this.printed.set(type, this.out.copyFrom(from));
        return;
      }
    }
    this.typeImpl(type);
    if (this.out.length - from <= 4096) this.printed.set(type, this.out.copyFrom(from));
  }

  /** Prints a dictionary entry: `name = value`, or `name` for a unit value. */
  namedAttribute(name: string, value: Attribute): void {
    this.out.write(keywordOrString(name));
    if (value.kind === BuiltinKind.UnitAttr) return;
    this.out.write(" = ");
    this.attribute(value);
  }

  /** Prints `attr` ignoring any alias for it (its children may use aliases). */
  attributeImpl(attr: Attribute, elision: TypeElision = TypeElision.Never): void {
    const out = this.out;
    let type: TypeAttribute | null = null;
    switch (attr.kind) {
      case BuiltinKind.IntegerAttr: {
        const a = attr as IntegerAttr;
        const t = a.type;
        if (t.kind === BuiltinKind.IntegerType && (t as IntegerType).width === 1 && (t as IntegerType).isSignless) {
          out.write(a.smallValue !== 0 ? "true" : "false");
          return;
        }
        const v = a.smallValue;
        if (v >= 0) out.writeUint(v);
        else if (v < 0) {
          out.writeByte(45); // '-'
          out.writeUint(-v);
        } else out.write(a.toDecimal());
        if (elision === TypeElision.May && t.kind === BuiltinKind.IntegerType && (t as IntegerType).width === 64 && (t as IntegerType).isSignless) return;
        type = t;
        break;
      }
      case BuiltinKind.FloatAttr: {
        const a = attr as FloatAttr;
        const text = formatFloat(floatSemantics(a.type.name)!, a.bits);
        out.write(text);
        // A hexadecimal value keeps its type: `0x7FF8000000000000` alone would read back as an integer.
        if (elision === TypeElision.May && a.type.name === "f64" && !text.startsWith("0x")) return;
        type = a.type;
        break;
      }
      case BuiltinKind.StringAttr: {
        const a = attr as StringAttr;
        out.write('"' + escapeBytes(a.binary ? a.value : encodeUtf8(a.value)) + '"');
        type = a.type;
        break;
      }
      case BuiltinKind.UnitAttr:
        out.write("unit");
        return;
      case BuiltinKind.DictionaryAttr: {
        const d = attr as DictionaryAttr;
        out.write("{");
        for (let i = 0; i < d.names.length; i++) {
          if (i > 0) out.write(", ");
          this.namedAttribute(d.names[i]!, d.values[i]!);
        }
        out.write("}");
        return;
      }
      case BuiltinKind.ArrayAttr: {
        const a = attr as ArrayAttr;
        out.write("[");
        for (let i = 0; i < a.elements.length; i++) {
          if (i > 0) out.write(", ");
          this.attribute(a.elements[i]!, TypeElision.May);
        }
        out.write("]");
        return;
      }
      case BuiltinKind.TypeAttr:
        this.type((attr as TypeAttr).value);
        return;
      case BuiltinKind.SymbolRefAttr: {
        const a = attr as SymbolRefAttr;
        out.write(symbolReference(a.root));
        for (const n of a.nested) out.write("::" + symbolReference(n));
        return;
      }
      case BuiltinKind.AffineMapAttr:
        out.write("affine_map<" + printAffineMap((attr as AffineMapAttr).map) + ">");
        return;
      case BuiltinKind.IntegerSetAttr:
        out.write("affine_set<" + printIntegerSet((attr as IntegerSetAttr).set) + ">");
        return;
      case BuiltinKind.OpaqueAttr: {
        const a = attr as OpaqueAttr;
        out.write(dialectSymbol("#", a.dialectNamespace, a.data));
        type = a.type;
        break;
      }
      case BuiltinKind.DistinctAttr: {
        const a = attr as DistinctAttr;
        let id = this.distinctIds.get(a);
        if (id === undefined) this.distinctIds.set(a, (id = this.distinctIds.size));
        out.write(`distinct[${id}]<`);
        if (a.referenced.kind !== BuiltinKind.UnitAttr) this.attribute(a.referenced);
        out.write(">");
        return;
      }
      case BuiltinKind.StridedLayoutAttr: {
        const a = attr as StridedLayoutAttr;
        out.write("strided<[" + a.strides.map(dynamicOr).join(", ") + "]");
        if (a.offset !== 0) out.write(", offset: " + dynamicOr(a.offset));
        out.write(">");
        return;
      }
      case BuiltinKind.DenseIntOrFPElementsAttr: {
        const a = attr as DenseIntOrFPElementsAttr;
        if (this.shouldElide(a.isSplat, a.numElements)) out.write("dense_resource<__elided__>");
        else {
          out.write("dense<");
          printDenseIntOrFPElements(this, a, true);
          out.write(">");
        }
        type = a.type;
        break;
      }
      case BuiltinKind.DenseStringElementsAttr: {
        const a = attr as DenseStringElementsAttr;
        if (this.shouldElide(a.isSplat, a.type.numElements)) out.write("dense_resource<__elided__>");
        else {
          out.write("dense<");
          printDenseStringElements(this, a);
          out.write(">");
        }
        type = a.type;
        break;
      }
      case BuiltinKind.SparseElementsAttr: {
        const a = attr as SparseElementsAttr;
        const vals = a.values;
        const valsSplat = vals.isSplat;
        const valsN = vals.type.numElements;
        if (this.shouldElide(a.indices.isSplat, a.indices.numElements) || this.shouldElide(valsSplat, valsN)) {
          out.write("dense_resource<__elided__>");
        } else {
          out.write("sparse<");
          if (a.indices.numElements !== 0) {
            printDenseIntOrFPElements(this, a.indices, false);
            out.write(", ");
            if (vals.kind === BuiltinKind.DenseStringElementsAttr) printDenseStringElements(this, vals as DenseStringElementsAttr);
            else printDenseIntOrFPElements(this, vals as DenseIntOrFPElementsAttr, true);
          }
          out.write(">");
        }
        type = a.type;
        break;
      }
      case BuiltinKind.DenseArrayAttr: {
        const a = attr as DenseArrayAttr;
        out.write("array<");
        this.type(a.elementType);
        if (a.size > 0) {
          out.write(": ");
          printDenseArrayElements(this, a);
        }
        out.write(">");
        return;
      }
      case BuiltinKind.DenseResourceElementsAttr: {
        const a = attr as DenseResourceElementsAttr;
        out.write("dense_resource<" + keywordOrString(a.handle.key) + ">");
        this.resources.add(a.handle);
        type = a.type;
        break;
      }
      case BuiltinKind.UnknownLoc:
      case BuiltinKind.FileLineColLoc:
      case BuiltinKind.NameLoc:
      case BuiltinKind.CallSiteLoc:
      case BuiltinKind.FusedLoc:
      case BuiltinKind.OpaqueLoc:
        this.location(attr as LocationAttr, false);
        return;
      case DialectAttrKind:
        if (attr instanceof DialectAttribute) {
          if (attr.prettyParameters) {
            out.write("#" + attr.dialectName + "." + attr.mnemonic);
            attr.printParameters(this);
          } else {
            out.write("#" + attr.dialectName + "<" + attr.mnemonic);
            attr.printParameters(this);
            out.write(">");
          }
        } else {
          out.write(String(attr));
        }
        return;
      default:
        if (attr.isType) {
          this.type(attr as TypeAttribute);
          return;
        }
        out.write("<<UNKNOWN ATTRIBUTE>>");
        return;
    }
    if (elision !== TypeElision.Must && type !== null && type.kind !== BuiltinKind.NoneType) {
      out.write(" : ");
      this.type(type);
    }
  }

  private shouldElide(isSplat: boolean, numElements: number): boolean {
    return this.elideElementsAbove !== null && !isSplat && numElements > this.elideElementsAbove;
  }

  /** Prints `type` ignoring any alias for it. */
  typeImpl(type: TypeAttribute): void {
    const out = this.out;
    switch (type.kind) {
      case BuiltinKind.IntegerType: {
        out.write(integerTypeText(type as IntegerType));
        return;
      }
      case BuiltinKind.IndexType:
        out.write("index");
        return;
      case BuiltinKind.FloatType:
        out.write((type as FloatType).name);
        return;
      case BuiltinKind.NoneType:
        out.write("none");
        return;
      case BuiltinKind.FunctionType: {
        const t = type as FunctionType;
        out.write("(");
        this.typeList(t.inputs);
        out.write(") -> ");
        const rs = t.results;
        if (rs.length === 1 && rs[0]!.kind !== BuiltinKind.FunctionType) this.type(rs[0]!);
        else {
          out.write("(");
          this.typeList(rs);
          out.write(")");
        }
        return;
      }
      case BuiltinKind.ComplexType:
        out.write("complex<");
        this.type((type as ComplexType).elementType);
        out.write(">");
        return;
      case BuiltinKind.TupleType:
        out.write("tuple<");
        this.typeList((type as TupleType).types);
        out.write(">");
        return;
      case BuiltinKind.VectorType: {
        const t = type as VectorType;
        let s = "vector<";
        for (let i = 0; i < t.shape.length; i++) {
          s += t.scalableDims[i] === true ? `[${t.shape[i]}]x` : `${t.shape[i]}x`;
        }
        out.write(s);
        this.type(t.elementType);
        out.write(">");
        return;
      }
      case BuiltinKind.RankedTensorType: {
        const t = type as RankedTensorType;
        out.write("tensor<" + shapePrefix(t.shape));
        this.type(t.elementType);
        if (t.encoding !== null) {
          out.write(", ");
          this.attribute(t.encoding);
        }
        out.write(">");
        return;
      }
      case BuiltinKind.UnrankedTensorType:
        out.write("tensor<*x");
        this.type((type as UnrankedTensorType).elementType);
        out.write(">");
        return;
      case BuiltinKind.MemRefType: {
        const t = type as MemRefType;
        out.write("memref<" + shapePrefix(t.shape));
        this.type(t.elementType);
        if (t.layout !== null) {
          out.write(", ");
          this.attribute(t.layout, TypeElision.May);
        }
        if (t.memorySpace !== null) {
          out.write(", ");
          this.attribute(t.memorySpace, TypeElision.May);
        }
        out.write(">");
        return;
      }
      case BuiltinKind.UnrankedMemRefType: {
        const t = type as UnrankedMemRefType;
        out.write("memref<*x");
        this.type(t.elementType);
        if (t.memorySpace !== null) {
          out.write(", ");
          this.attribute(t.memorySpace, TypeElision.May);
        }
        out.write(">");
        return;
      }
      case BuiltinKind.OpaqueType: {
        const t = type as OpaqueType;
        out.write(dialectSymbol("!", t.dialectNamespace, t.data));
        return;
      }
      default:
        if (type instanceof DialectType) {
          if (type.prettyParameters) {
            out.write("!" + type.dialectName + "." + type.mnemonic);
            type.printParameters(this);
          } else {
            out.write("!" + type.dialectName + "<" + type.mnemonic);
            type.printParameters(this);
            out.write(">");
          }
        } else {
          out.write(String(type));
        }
    }
  }

  // ---- AsmPrinter (for dialect attribute and type printers) ----------------------

  write(text: string): void {
    this.out.write(text);
  }
  printType(type: TypeAttribute): void {
    this.type(type);
  }
  printAttribute(attr: Attribute): void {
    this.attribute(attr);
  }
  printAttributeWithoutType(attr: Attribute): void {
    this.attribute(attr, TypeElision.Must);
  }
  printKeywordOrString(s: string): void {
    this.out.write(keywordOrString(s));
  }
  printString(s: string): void {
    this.out.write(quoteString(s));
  }

  /** Prints types separated by `, `. */
  typeList(types: readonly TypeAttribute[]): void {
    for (let i = 0; i < types.length; i++) {
      if (i > 0) this.out.write(", ");
      this.type(types[i]!);
    }
  }

  /**
   * Prints `loc(...)`. Nested locations may print as aliases; the location
   * itself only when `allowAlias` (trailing operation locations).
   */
  location(loc: LocationAttr, allowAlias = false): void {
    this.out.write("loc(");
    const a = allowAlias && this.aliases !== null ? this.aliases.get(loc) : undefined;
    if (a !== undefined) this.out.write(a);
    else this.locationInternal(loc, true);
    this.out.write(")");
  }

  private locationInternal(loc: LocationAttr, topLevel: boolean): void {
    const out = this.out;
    if (!topLevel && this.aliases !== null) {
      const a = this.aliases.get(loc);
      if (a !== undefined) {
        out.write(a);
        return;
      }
    }
    switch (loc.kind) {
      case BuiltinKind.UnknownLoc:
        out.write("unknown");
        return;
      case BuiltinKind.FileLineColLoc: {
        const l = loc as FileLineColLoc;
        out.write('"' + escapeBytes(encodeUtf8(l.filename)) + '":' + l.line + ":" + l.column);
        if (l.isRange) {
          out.write(" to ");
          if (l.endLine !== l.line) out.write(String(l.endLine));
          out.write(":" + l.endColumn);
        }
        return;
      }
      case BuiltinKind.NameLoc: {
        const l = loc as NameLoc;
        out.write('"' + escapeBytes(encodeUtf8(l.name)) + '"');
        if (l.child.kind !== BuiltinKind.UnknownLoc) {
          out.write("(");
          this.locationInternal(l.child, false);
          out.write(")");
        }
        return;
      }
      case BuiltinKind.CallSiteLoc: {
        const l = loc as CallSiteLoc;
        out.write("callsite(");
        this.locationInternal(l.callee, false);
        out.write(" at ");
        this.locationInternal(l.caller, false);
        out.write(")");
        return;
      }
      case BuiltinKind.FusedLoc: {
        const l = loc as FusedLoc;
        out.write("fused");
        if (l.metadata !== null) {
          out.write("<");
          this.attribute(l.metadata);
          out.write(">");
        }
        out.write("[");
        for (let i = 0; i < l.locations.length; i++) {
          if (i > 0) out.write(", ");
          this.locationInternal(l.locations[i]!, false);
        }
        out.write("]");
        return;
      }
      case BuiltinKind.OpaqueLoc:
        this.locationInternal((loc as OpaqueLoc).fallback, false);
        return;
      default:
        out.write("unknown");
    }
  }
}

const intTypeTexts = new WeakMap<IntegerType, string>();

/** `i32`, `si8`, `ui1`: cached per type (printed once per value otherwise). */
function integerTypeText(t: IntegerType): string {
  let s = intTypeTexts.get(t);
  if (s === undefined) intTypeTexts.set(t, (s = (t.isSigned ? "si" : t.isUnsigned ? "ui" : "i") + t.width));
  return s;
}

function dynamicOr(v: number): string {
  return v === DYNAMIC ? "?" : String(v);
}

function shapePrefix(shape: readonly number[]): string {
  let s = "";
  for (const d of shape) s += (d === DYNAMIC ? "?" : String(d)) + "x";
  return s;
}

/**
 * True when a dialect symbol body can be printed in the pretty form
 * `#dialect.body`: an identifier, optionally followed by `<...>`.
 */
function isPrettyDialectSymbol(data: string): boolean {
  if (data.length === 0) return false;
  const c0 = data.charCodeAt(0);
  if (!((c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90))) return false;
  let i = 1;
  for (; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95)) break;
  }
  if (i === data.length) return true;
  return data.charCodeAt(i) === 60 && data.charCodeAt(data.length - 1) === 62;
}

/** `#dialect.data` when pretty, else `#dialect<data>`. */
export function dialectSymbol(prefix: string, dialect: string, data: string): string {
  return isPrettyDialectSymbol(data) ? `${prefix}${dialect}.${data}` : `${prefix}${dialect}<${data}>`;
}

/** The textual form of `type` (no aliases). */
export function printType(type: TypeAttribute): string {
  const out = new Output();
  new AttrPrinter(out).type(type);
  return out.toString();
}

/** The textual form of `attr` (no aliases). */
export function printAttribute(attr: Attribute, elision: TypeElision = TypeElision.Never): string {
  const out = new Output();
  new AttrPrinter(out).attribute(attr, elision);
  return out.toString();
}
