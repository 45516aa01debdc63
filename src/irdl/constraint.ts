import type { Attribute, TypeAttribute } from "../ir/attribute.js";
import type { Context } from "../ir/context.js";
import type { AsmParser, AsmPrinter } from "../ir/op-asm.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { DenseArrayAttr } from "../dialects/builtin/attributes/dense-array-attr.js";
import type { IntegerAttr } from "../dialects/builtin/attributes/integer-attr.js";
import { TypeAttr } from "../dialects/builtin/attributes/type-attr.js";
import { StringAttr } from "../dialects/builtin/attributes/string-attr.js";
import { IndexType } from "../dialects/builtin/types/index-type.js";
import { IntegerType } from "../dialects/builtin/types/integer-type.js";
import { symbolReference } from "../print/escape.js";
import type { FloatType } from "../dialects/builtin/types/float-type.js";
import type { ShapedType } from "../dialects/builtin/types/shaped-type.js";
import { printAttribute } from "../print/attribute-printer.js";

/**
 * A constraint on an attribute or type, with MLIR's one-line summary
 * (`signless-integer-like`), which verifier messages quote:
 * `operand #0 must be signless-integer-like, but got 'f32'`.
 *
 * `A` is the attribute class the constraint admits, so typed accessors of
 * operations can return it.
 */
export class Constraint<A extends Attribute = Attribute> {
  /** @internal Carries `A` for typed accessors (never set). */
  declare readonly __attr?: A;
  constructor(
    /** What the constraint admits, in MLIR's words. */
    readonly summary: string,
    /** True when `a` satisfies the constraint. */
    readonly test: (a: Attribute) => boolean,
    /**
     * How a property with this constraint reads and prints as `$name` in
     * an assembly format; null: as a full attribute (`0 : i32`).
     */
    readonly format: AttrFormat | null = null,
    /**
     * The one type the constraint admits, when it can be built from the
     * context alone (ODS's `BuildableType`: `index`, `i1`); assembly formats
     * need not print such types. Null otherwise.
     */
    readonly buildableType: ((ctx: Context) => TypeAttribute) | null = null,
  ) {}

  /**
   * For a property: what MLIR's storage of it accepts (the C++ attribute
   * class it is cast to) when a generic `<{...}>` sets it. An attribute
   * failing this is a parse error (`invalid properties ... in property
   * conversion`); one passing it but not `test` fails verification. Null:
   * any attribute (storage `Attribute`, or a constraint tsdl does not map).
   */
  storage: ((a: Attribute) => boolean) | null = null;

  /** This constraint with another assembly-format syntax. */
  withFormat(format: AttrFormat): Constraint<A> {
    return stored(new Constraint<A>(this.summary, this.test, format, this.buildableType), this.storage);
  }
}

/** Sets `c`'s property storage check (see {@link Constraint.storage}; default: the constraint's own test) and returns `c`. */
export function stored<C extends Constraint<any>>(c: C, storage: ((a: Attribute) => boolean) | null = c.test): C {
  c.storage = storage;
  return c;
}

/** ODS's `ConfinedAttr<base, [...]>`: `base` narrowed by `pred`, with its syntax and storage. */
export function confined<A extends Attribute>(base: Constraint<A>, summary: string, pred: (a: A) => boolean): Constraint<A> {
  return stored(new Constraint<A>(summary, (a) => base.test(a) && pred(a as A), base.format, base.buildableType), base.storage);
}

/** The property storage check of attributes of builtin kind `kind` (MLIR's `IntegerAttr`, `ArrayAttr`...). */
function kindIs(kind: number): (a: Attribute) => boolean {
  return (a) => a.kind === kind;
}

/**
 * The syntax of an attribute in a declarative assembly format, when it is
 * not the full attribute syntax: integers without their type (`I64Attr`),
 * symbol names (`@f`), enum keywords (`slt`), a dialect attribute's
 * parameters without its `#dialect.mnemonic` prefix.
 */
export interface AttrFormat {
  /** Parses the attribute; null when it is absent (for optional groups). */
  parseOptional(parser: AsmParser): Attribute | null;
  /** Parses the attribute or fails. */
  parse(parser: AsmParser): Attribute;
  print(printer: AsmPrinter, attr: Attribute): void;
}

/**
 * A constraint variable (ODS's `AllTypesMatch`, xDSL's `VarConstraint`):
 * every operand and result using the same variable must have the same type
 * (or attribute), which must satisfy `base`. The declarative format uses it
 * to infer types it does not print (`$lhs, $rhs : type($result)`).
 */
export class TypeVar<A extends Attribute = TypeAttribute> extends Constraint<A> {
  constructor(
    /** The variable's name (for messages). */
    readonly name: string,
    /** What each use must satisfy. */
    readonly base: Constraint<A>,
  ) {
    super(base.summary, base.test, base.format, base.buildableType);
    this.storage = base.storage;
  }
}

/** A new constraint variable `name` over `base` (default: any type). */
export function typeVar<A extends Attribute = TypeAttribute>(name: string, base?: Constraint<A>): TypeVar<A> {
  return new TypeVar<A>(name, (base ?? anyType) as Constraint<A>);
}

// ---- Types -----------------------------------------------------------------------------

/** Any type. */
export const anyType = new Constraint<TypeAttribute>("any type", (a) => a.isType);

/** `index`. */
export const index = new Constraint<TypeAttribute>("index", (a) => a.kind === BuiltinKind.IndexType, null, (ctx) => IndexType.get(ctx));

function isSignless(a: Attribute, width = -1): boolean {
  return a.kind === BuiltinKind.IntegerType && (a as IntegerType).isSignless && (width < 0 || (a as IntegerType).width === width);
}

/** `iN` of one width (`i1`: "1-bit signless integer"). */
export function signless(width: number): Constraint<IntegerType> {
  return new Constraint(`${width}-bit signless integer`, (a) => isSignless(a, width), null, (ctx) => IntegerType.get(ctx, width));
}

/** `i1`. */
export const i1 = signless(1);
/** `i32`. */
export const i32 = signless(32);
/** `i64`. */
export const i64 = signless(64);

/** Any signless integer type. */
export const anySignlessInteger = new Constraint<IntegerType>("signless integer", (a) => isSignless(a));
/** Any signed integer type (`siN`). */
export const anySignedInteger = new Constraint<IntegerType>("signed integer", (a) => a.kind === BuiltinKind.IntegerType && (a as IntegerType).isSigned);
/** Any unsigned integer type (`uiN`). */
export const anyUnsignedInteger = new Constraint<IntegerType>(
  "unsigned integer",
  (a) => a.kind === BuiltinKind.IntegerType && (a as IntegerType).isUnsigned,
);
/** Any integer type, whatever its signedness. */
export const anyInteger = new Constraint<IntegerType>("integer", (a) => a.kind === BuiltinKind.IntegerType);
/** A signless integer or `index`. */
export const signlessIntegerOrIndex = new Constraint<TypeAttribute>(
  "signless integer or index",
  (a) => isSignless(a) || a.kind === BuiltinKind.IndexType,
);
/** Any floating-point type. */
export const anyFloat = new Constraint<FloatType>("floating-point", (a) => a.kind === BuiltinKind.FloatType);

/** A float type of exactly `width` bits (`f32`: "32-bit float"). */
export function floatOfWidth(width: number): Constraint<FloatType> {
  return new Constraint(`${width}-bit float`, (a) => a.kind === BuiltinKind.FloatType && (a as FloatType).width === width);
}

function isShaped(a: Attribute): boolean {
  const k = a.kind;
  return (
    k === BuiltinKind.VectorType ||
    k === BuiltinKind.RankedTensorType ||
    k === BuiltinKind.UnrankedTensorType ||
    k === BuiltinKind.MemRefType ||
    k === BuiltinKind.UnrankedMemRefType
  );
}

/**
 * A scalar satisfying `element`, or a vector or tensor of such scalars
 * (ODS's `TypeOrValueSemanticsContainer`).
 */
export function scalarLike<A extends Attribute>(element: Constraint, summary: string): Constraint<A> {
  const t = element.test;
  return new Constraint<A>(summary, (a) => {
    if (t(a)) return true;
    const k = a.kind;
    if (k === BuiltinKind.VectorType || k === BuiltinKind.RankedTensorType || k === BuiltinKind.UnrankedTensorType) {
      return t((a as ShapedType).elementType);
    }
    return false;
  });
}

/** Signless integer or index, or a vector/tensor of them. */
export const signlessIntegerLike = scalarLike<TypeAttribute>(signlessIntegerOrIndex, "signless-integer-like");
/** Signless integer (no index), or a vector/tensor of them. */
export const signlessIntegerLikeNoIndex = scalarLike<TypeAttribute>(anySignlessInteger, "signless-fixed-width-integer-like");
/** Float, or a vector/tensor of floats. */
export const floatLike = scalarLike<TypeAttribute>(anyFloat, "floating-point-like");
/** `i1`, or a vector/tensor of `i1`. */
export const boolLike = scalarLike<TypeAttribute>(i1, "bool-like");
/** Index, or a vector/tensor of index. */
export const indexLike = scalarLike<TypeAttribute>(index, "index-like");

/**
 * A shaped type of kind `kinds` whose elements satisfy `element`
 * (`memref of any type values`, `ranked tensor of index values`).
 */
export function shapedOf<A extends Attribute = ShapedType>(
  kinds: readonly number[],
  what: string,
  element: Constraint = anyType,
  rankCheck: ((rank: number) => boolean) | null = null,
  rankSummary = "",
): Constraint<A> {
  const t = element.test;
  return new Constraint<A>(`${rankSummary}${what} of ${element.summary} values`, (a) => {
    if (!kinds.includes(a.kind)) return false;
    const s = a as unknown as ShapedType;
    if (rankCheck !== null && (s.shape === null || !rankCheck(s.shape.length))) return false;
    return t(s.elementType);
  });
}

const memrefKinds = [BuiltinKind.MemRefType, BuiltinKind.UnrankedMemRefType];
const tensorKinds = [BuiltinKind.RankedTensorType, BuiltinKind.UnrankedTensorType];

/** Any memref (ranked or not) with elements satisfying `element`. */
export function memrefOf(element: Constraint = anyType): Constraint<ShapedType> {
  return shapedOf(memrefKinds, "memref", element);
}
/** A ranked memref with elements satisfying `element`. */
export function rankedMemrefOf(element: Constraint = anyType): Constraint<ShapedType> {
  return shapedOf([BuiltinKind.MemRefType], "memref", element, null, "ranked ");
}
/** An unranked memref. */
export const unrankedMemref = shapedOf<ShapedType>([BuiltinKind.UnrankedMemRefType], "memref", anyType, null, "unranked ");
/** Any tensor with elements satisfying `element`. */
export function tensorOf(element: Constraint = anyType): Constraint<ShapedType> {
  return shapedOf(tensorKinds, "tensor", element);
}
/** A ranked tensor with elements satisfying `element`. */
export function rankedTensorOf(element: Constraint = anyType): Constraint<ShapedType> {
  return shapedOf([BuiltinKind.RankedTensorType], "tensor", element, null, "ranked ");
}
/** A vector with elements satisfying `element`. */
export function vectorOf(element: Constraint = anyType): Constraint<ShapedType> {
  return shapedOf([BuiltinKind.VectorType], "vector", element);
}
/** Any memref. */
export const anyMemref = memrefOf();
/** Any ranked memref. */
export const anyRankedMemref = rankedMemrefOf();
/** Any tensor. */
export const anyTensor = tensorOf();
/** Any ranked tensor. */
export const anyRankedTensor = rankedTensorOf();
/** Any vector. */
export const anyVector = vectorOf();
/** Any shaped type. */
export const anyShaped = new Constraint<ShapedType>("shaped of any type values", isShaped);

/** Satisfied when any of `cs` is ("a or b"). */
export function anyOf<A extends Attribute = Attribute>(cs: readonly Constraint<any>[], summary?: string): Constraint<A> {
  const tests = cs.map((c) => c.test);
  return new Constraint<A>(summary ?? cs.map((c) => c.summary).join(" or "), (a) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(a)) return true;
    return false;
  });
}

/** Satisfied when all of `cs` are. */
export function allOf<A extends Attribute>(cs: readonly Constraint[], summary?: string): Constraint<A> {
  const tests = cs.map((c) => c.test);
  return new Constraint<A>(summary ?? cs.map((c) => c.summary).join(" and "), (a) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i]!(a)) return false;
    return true;
  });
}

/** Exactly the (uniqued) attribute or type `value`. */
export function eq<A extends Attribute>(value: A, summary?: string): Constraint<A> {
  return new Constraint<A>(summary ?? printAttribute(value), (a) => a === value);
}

/** Instances of a class (dialect attributes and types). */
export function isA<A extends Attribute>(cls: abstract new (...args: never[]) => A, summary: string): Constraint<A> {
  return new Constraint<A>(summary, (a) => a instanceof cls);
}

// ---- Attributes ------------------------------------------------------------------------

/** Any attribute. */
export const anyAttr = new Constraint<Attribute>("any attribute", () => true);

function ofKind<A extends Attribute>(kind: number, summary: string): Constraint<A> {
  return stored(new Constraint<A>(summary, (a) => a.kind === kind));
}

/** `unit`. */
export const unitAttr = ofKind<Attribute>(BuiltinKind.UnitAttr, "unit attribute");
/** A string attribute. */
export const strAttr = stored(new Constraint<StringAttr>("string attribute", (a) => a.kind === BuiltinKind.StringAttr, startsWith("string")));
/** An array attribute. */
export const arrayAttr = ofKind<import("../dialects/builtin/attributes/array-attr.js").ArrayAttr>(BuiltinKind.ArrayAttr, "array attribute");
/** A dictionary attribute. */
export const dictAttr = ofKind<import("../dialects/builtin/attributes/dictionary-attr.js").DictionaryAttr>(
  BuiltinKind.DictionaryAttr,
  "dictionary of named attribute values",
);
/** Reads an attribute only when the next token starts it (`first`): optional groups can try another element. */
function startsWith(first: string): AttrFormat {
  return {
    parseOptional: (p) => (p.peekToken() === first ? p.parseAttribute() : null),
    parse: (p) => p.parseAttribute(),
    print: (p, a) => p.printAttribute(a),
  };
}

/** A symbol reference without nested references (`@f`). */
export const flatSymbolRefAttr = stored(new Constraint<import("../dialects/builtin/attributes/symbol-ref-attr.js").SymbolRefAttr>(
  "flat symbol reference attribute",
  (a) => a.kind === BuiltinKind.SymbolRefAttr && (a as unknown as { nested: readonly string[] }).nested.length === 0,
  startsWith("@"),
));
/** Any symbol reference. */
export const symbolRefAttr = stored(new Constraint<import("../dialects/builtin/attributes/symbol-ref-attr.js").SymbolRefAttr>(
  "symbol reference attribute",
  (a) => a.kind === BuiltinKind.SymbolRefAttr,
  startsWith("@"),
));
/** An affine map attribute. */
export const affineMapAttr = ofKind<import("../dialects/builtin/attributes/affine-map-attr.js").AffineMapAttr>(
  BuiltinKind.AffineMapAttr,
  "AffineMap attribute",
);
/** An integer set attribute. */
export const integerSetAttr = ofKind<import("../dialects/builtin/attributes/integer-set-attr.js").IntegerSetAttr>(
  BuiltinKind.IntegerSetAttr,
  "IntegerSet attribute",
);

/** An integer attribute of type `iN` (`I64Attr`: "64-bit signless integer attribute"); `1` in formats. */
export function integerAttrOf(width: number): Constraint<IntegerAttr> {
  return stored(
    new Constraint(
    `${width}-bit signless integer attribute`,
    (a) => a.kind === BuiltinKind.IntegerAttr && isSignless((a as IntegerAttr).type, width),
    impliedType((ctx) => IntegerType.get(ctx, width)),
  ),
    kindIs(BuiltinKind.IntegerAttr),
  );
}

/** Formats an attribute without its type, which is implied (ODS's buildable attribute types). */
function impliedType(type: (ctx: import("../ir/context.js").Context) => TypeAttribute): AttrFormat {
  return {
    parseOptional: (p) => p.parseOptionalAttribute(type(p.context)),
    parse: (p) => p.parseAttribute(type(p.context)),
    print: (p, a) => p.printAttributeWithoutType(a),
  };
}
/** `I64Attr`. */
export const i64Attr = integerAttrOf(64);
/** `I32Attr`. */
export const i32Attr = integerAttrOf(32);
/** `IndexAttr`. */
export const indexAttr = stored(
  new Constraint<IntegerAttr>(
  "index attribute",
  (a) => a.kind === BuiltinKind.IntegerAttr && (a as IntegerAttr).type.kind === BuiltinKind.IndexType,
  impliedType((ctx) => IndexType.get(ctx)),
),
  kindIs(BuiltinKind.IntegerAttr),
);

/** A symbol's name (`sym_name`): a string attribute written `@name` in formats. */
export const symbolNameAttr = stored(
  new Constraint<StringAttr>("string attribute", (a) => a.kind === BuiltinKind.StringAttr, {
  parseOptional: (p) => {
    const n = (p as unknown as { parseOptionalSymbolName?: () => string | null }).parseOptionalSymbolName?.() ?? null;
    return n === null ? null : StringAttr.get(p.context, n);
  },
  parse: (p) => {
    const n = (p as unknown as { parseOptionalSymbolName?: () => string | null }).parseOptionalSymbolName?.() ?? null;
    return n === null ? p.emitError("expected valid '@'-identifier for symbol name") : StringAttr.get(p.context, n);
  },
  print: (p, a) => p.write(symbolReference((a as StringAttr).value)),
}),
);
/** A float attribute. */
export const floatAttr = ofKind<import("../dialects/builtin/attributes/float-attr.js").FloatAttr>(BuiltinKind.FloatAttr, "float attribute");
/** A `bool` (`i1` integer) attribute. */
export const boolAttr = stored(new Constraint<IntegerAttr>("bool attribute", (a) => a.kind === BuiltinKind.IntegerAttr && isSignless((a as IntegerAttr).type, 1)));

/** A type attribute whose type satisfies `c` ("type attribute of function type"); the bare type in formats. */
export function typeAttrOf(c: Constraint, summary?: string): Constraint<TypeAttr> {
  const format: AttrFormat = {
    parseOptional: (p) => {
      const t = p.parseOptionalType();
      return t === null ? null : TypeAttr.get(p.context, t);
    },
    parse: (p) => TypeAttr.get(p.context, p.parseType()),
    print: (p, a) => p.printType((a as TypeAttr).value),
  };
  const test = (a: Attribute): boolean => a.kind === BuiltinKind.TypeAttr && c.test((a as TypeAttr).value);
  return stored(new Constraint<TypeAttr>(summary ?? `type attribute of ${c.summary}`, test, format), kindIs(BuiltinKind.TypeAttr));
}

/** `array<iN: ...>` of one element width ("i64 dense array attribute"). */
export function denseArrayOf(width: number, float = false): Constraint<DenseArrayAttr> {
  const name = float ? `f${width}` : width === 1 ? "i1" : `i${width}`;
  return stored(
    new Constraint(`${name} dense array attribute`, (a) => {
    if (a.kind !== BuiltinKind.DenseArrayAttr) return false;
    const el = (a as DenseArrayAttr).elementType;
    return float ? el.kind === BuiltinKind.FloatType && el.width === width : isSignless(el, width);
  },
  ));
}
/** `DenseI64ArrayAttr`. */
export const denseI64Array = denseArrayOf(64);
/** `DenseI32ArrayAttr`. */
export const denseI32Array = denseArrayOf(32);
/** `DenseBoolArrayAttr`. */
export const denseBoolArray = stored(
  new Constraint<DenseArrayAttr>(
  "i1 dense array attribute",
  (a) => a.kind === BuiltinKind.DenseArrayAttr && isSignless((a as DenseArrayAttr).elementType, 1),
),
);

/** Attributes with a type (integers, floats, elements, strings: `none` by default): MLIR's `TypedAttr`. */
export const typedAttr = stored(
  new Constraint<Attribute>("TypedAttr instance", (a) => {
  if (a.kind === BuiltinKind.StringAttr) return true;
  const t = (a as unknown as { type?: TypeAttribute | null }).type;
  return t !== undefined && t !== null;
}),
);

/** An elements attribute (`dense<...>`, `dense_resource<...>`, `sparse<...>`). */
export const elementsAttr = stored(
  new Constraint<Attribute>("constant vector/tensor attribute", (a) => {
  const k = a.kind;
  return (
    k === BuiltinKind.DenseIntOrFPElementsAttr ||
    k === BuiltinKind.DenseStringElementsAttr ||
    k === BuiltinKind.DenseResourceElementsAttr ||
    k === BuiltinKind.SparseElementsAttr
  );
}),
);

/** An array attribute whose elements satisfy `c`. */
export function arrayOf(c: Constraint, summary: string): Constraint<import("../dialects/builtin/attributes/array-attr.js").ArrayAttr> {
  const test = (a: Attribute): boolean => {
    if (a.kind !== BuiltinKind.ArrayAttr) return false;
    const els = (a as unknown as { elements: readonly Attribute[] }).elements;
    for (let i = 0; i < els.length; i++) if (!c.test(els[i]!)) return false;
    return true;
  };
  return stored(new Constraint(summary, test), kindIs(BuiltinKind.ArrayAttr));
}
