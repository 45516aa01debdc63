import type { TypeAttribute } from "../ir/attribute.js";
import { opError } from "../ir/diagnostic.js";
import { OpTrait } from "../ir/op-definition.js";
import type { Operation } from "../ir/operation.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import { DYNAMIC, type ShapedType } from "../dialects/builtin/types/shaped-type.js";
import { printType } from "../print/attribute-printer.js";

/**
 * An operation trait as data (MLIR's `OpTrait`s): the bits that passes
 * query with `op.name.hasTrait(OpTrait.X)`, and the check the generated
 * verifier runs, in the order the definition lists its traits, after the
 * operand, result and property constraints (as ODS orders them).
 */
export interface Trait {
  /** The trait's name, for documentation and IRDL. */
  readonly name: string;
  /** {@link OpTrait} bits the trait sets. */
  readonly flags: number;
  /** Throws a `VerifyError` when the operation violates the trait. */
  readonly verify?: (op: Operation) => void;
  /** For `SingleBlockImplicitTerminator`: the terminator's full name. */
  readonly implicitTerminator?: string;
  /** For `AllTypesMatch`: operands, results and properties that share one type. */
  readonly typeGroup?: readonly string[];
  /** For `HasParent`: the allowed parent operation names. */
  readonly parents?: readonly string[];
}

function flagTrait(name: string, flags: number, verify?: (op: Operation) => void): Trait {
  return verify === undefined ? { name, flags } : { name, flags, verify };
}

/** No memory effects, always speculatable. */
export const Pure = flagTrait("Pure", OpTrait.Pure);
/** No memory effects. */
export const NoMemoryEffect = flagTrait("NoMemoryEffect", OpTrait.NoMemoryEffect);
/** Always speculatable. */
export const AlwaysSpeculatable = flagTrait("AlwaysSpeculatable", OpTrait.AlwaysSpeculatable);
/** Operand order does not matter. */
export const Commutative = flagTrait("Commutative", OpTrait.Commutative);
/** `x op x == x`. */
export const Idempotent = flagTrait("Idempotent", OpTrait.Idempotent);
/** `op(op(x)) == x`. */
export const Involution = flagTrait("Involution", OpTrait.Involution);
/** Materializes a constant. */
export const ConstantLike = flagTrait("ConstantLike", OpTrait.ConstantLike);
/** Must end its block. */
export const Terminator = flagTrait("Terminator", OpTrait.IsTerminator);
/** Single-block regions without terminator. */
export const NoTerminator = flagTrait("NoTerminator", OpTrait.NoTerminator);
/** Regions cannot capture values from above. */
export const IsolatedFromAbove = flagTrait("IsolatedFromAbove", OpTrait.IsolatedFromAbove);
/** Each region has at most one block. */
export const SingleBlock = flagTrait("SingleBlock", OpTrait.SingleBlock);
/** Regions hold a symbol table. */
export const SymbolTable = flagTrait("SymbolTable", OpTrait.SymbolTable);
/** Returns to the parent operation. */
export const ReturnLike = flagTrait("ReturnLike", OpTrait.ReturnLike);
/** Memory effects are those of the nested operations. */
export const RecursiveMemoryEffects = flagTrait("RecursiveMemoryEffects", OpTrait.RecursiveMemoryEffects);
/** Speculatable when the nested operations are. */
export const RecursivelySpeculatable = flagTrait("RecursivelySpeculatable", OpTrait.RecursivelySpeculatable);
/** Stack allocations are freed when the operation returns. */
export const AutomaticAllocationScope = flagTrait("AutomaticAllocationScope", OpTrait.AutomaticAllocationScope);
/** Starts an affine scope. */
export const AffineScope = flagTrait("AffineScope", OpTrait.AffineScope);
/** Graph regions (no dominance). */
export const GraphRegions = flagTrait("GraphRegions", OpTrait.GraphRegions);

/** Defines a symbol: `sym_name` is a string, `sym_visibility` one of public/private/nested. */
export const Symbol = flagTrait("Symbol", OpTrait.Symbol, (op) => {
  const name = op.getAttr("sym_name");
  if (name === undefined || name.kind !== BuiltinKind.StringAttr) throw opError(op, "requires string attribute 'sym_name'");
  const vis = op.getAttr("sym_visibility");
  if (vis !== undefined) {
    const v = vis.kind === BuiltinKind.StringAttr ? (vis as unknown as { value: string }).value : null;
    if (v !== "public" && v !== "private" && v !== "nested") {
      throw opError(op, `visibility expected to be one of ["public", "private", "nested"], but got ${v === null ? "a non-string" : `"${v}"`}`);
    }
  }
});

function allTypes(op: Operation): TypeAttribute[] {
  const out: TypeAttribute[] = [];
  for (const o of op.operands) out.push(o.value.type);
  for (const r of op.results) out.push(r.type);
  return out;
}

/**
 * All operands and results have one type, up to shape refinement (MLIR's
 * `verifySameOperandsAndResultType`): one element type, shapes compatible
 * with the first result's (a dynamic or unranked dimension matches any), and
 * its tensor encoding when it has one. Operations with this trait also check
 * their result types against those inferred from the first operand (see
 * {@link InferredResultTypes}), as ODS adds `InferTypeOpInterface` to them.
 */
export const SameOperandsAndResultType = flagTrait("SameOperandsAndResultType", OpTrait.SameOperandsAndResultType, (op) => {
  if (op.numOperands === 0) throw opError(op, "expected 1 or more operands, but found 0");
  if (op.numResults === 0) throw opError(op, "expected 1 or more results, but found 0");
  const type = op.results[0]!.type;
  // Fast path: every type is the result's (uniqued, so `===`).
  let same = true;
  for (let i = 1; i < op.results.length && same; i++) same = op.results[i]!.type === type;
  for (let i = 0; i < op.operands.length && same; i++) same = op.operands[i]!.value.type === type;
  if (same) return;
  const ts = allTypes(op);
  const element = elementOf(type);
  const encoding = type.kind === BuiltinKind.RankedTensorType ? (type as unknown as RankedTensorLike).encoding : null;
  // Results after the first, then the operands (MLIR's order).
  const n = op.numOperands;
  for (let j = 1; j < ts.length; j++) {
    const t = ts[(n + j) % ts.length]!;
    if (elementOf(t) !== element || !compatibleShape(t, type)) throw opError(op, "requires the same type for all operands and results");
    if (encoding !== null && t.kind === BuiltinKind.RankedTensorType && (t as unknown as RankedTensorLike).encoding !== encoding) {
      throw opError(op, "requires the same encoding for all operands and results");
    }
  }
});

interface RankedTensorLike {
  readonly encoding: unknown;
}

/** MLIR's `verifyCompatibleShape(Type, Type)`: both shaped or neither; ranks and static sizes agree. */
function compatibleShape(a: TypeAttribute, b: TypeAttribute): boolean {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa === undefined || sb === undefined) return sa === sb;
  if (sa === null || sb === null) return true;
  if (sa.length !== sb.length) return false;
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i] && sa[i] !== DYNAMIC && sb[i] !== DYNAMIC) return false;
  return true;
}

/**
 * The check of an `InferTypeOpInterface` that ODS generates for
 * `SameOperandsAndResultType` operations: each result has the type of the
 * first operand. The operation definition runs it after all traits.
 */
export const InferredResultTypes = flagTrait("InferredResultTypes", 0, (op) => {
  if (op.numOperands === 0) return;
  const inferred = op.operands[0]!.value.type;
  const rs = op.results;
  let ok = true;
  for (let i = 0; i < rs.length; i++) if (rs[i]!.type !== inferred) ok = false;
  if (ok) return;
  const list = (types: readonly TypeAttribute[]): string => types.map(quotedType).join(", ");
  const results = op.results.map((r) => r.type);
  throw opError(
    op,
    `inferred type(s) ${list(results.map(() => inferred))} are incompatible with return type(s) of operation ${list(results)}`,
  );
});

/** All operands have one type. */
export const SameTypeOperands = flagTrait("SameTypeOperands", OpTrait.SameTypeOperands, (op) => {
  const os = op.operands;
  for (let i = 1; i < os.length; i++) {
    if (os[i]!.value.type !== os[0]!.value.type) throw opError(op, "requires all operands to have the same type");
  }
});

function shapeOf(t: TypeAttribute): readonly number[] | null | undefined {
  const k = t.kind;
  if (k === BuiltinKind.VectorType || k === BuiltinKind.RankedTensorType || k === BuiltinKind.MemRefType) return (t as ShapedType).shape;
  if (k === BuiltinKind.UnrankedTensorType || k === BuiltinKind.UnrankedMemRefType) return null;
  return undefined;
}

function elementOf(t: TypeAttribute): TypeAttribute {
  return shapeOf(t) === undefined ? t : (t as ShapedType).elementType;
}

/** Operands and results have compatible shapes (MLIR's `verifySameOperandsAndResultShape`). */
export const SameOperandsAndResultShape = flagTrait("SameOperandsAndResultShape", 0, (op) => {
  if (op.numOperands === 0) throw opError(op, "expected 1 or more operands, but found 0");
  if (op.numResults === 0) throw opError(op, "expected 1 or more results, but found 0");
  if (!compatibleShapes(allTypes(op))) throw opError(op, "requires the same shape for all operands and results");
});

/** Operands have compatible shapes (MLIR's `verifySameOperandsShape`). */
export const SameOperandsShape = flagTrait("SameOperandsShape", 0, (op) => {
  if (op.numOperands === 0) throw opError(op, "expected 1 or more operands, but found 0");
  if (!compatibleShapes(op.operands.map((o) => o.value.type))) throw opError(op, "requires the same shape for all operands");
});

/** Operands and results have one element type. */
export const SameOperandsAndResultElementType = flagTrait("SameOperandsAndResultElementType", 0, (op) => {
  const ts = allTypes(op);
  for (let i = 1; i < ts.length; i++) {
    if (elementOf(ts[i]!) !== elementOf(ts[0]!)) throw opError(op, "requires the same element type for all operands and results");
  }
});

/**
 * Elementwise mappable (MLIR's `Elementwise` + `Scalarizable`...): the
 * vector and tensor operands and results all have one kind (vector, ranked
 * tensor or unranked tensor) and compatible shapes (MLIR's `verifyElementwise`).
 */
export const Elementwise = flagTrait("Elementwise", OpTrait.Elementwise, (op) => {
  // Nearly every elementwise operation is scalar: count without building
  // lists (this runs for every arith and math operation).
  const rs = op.results;
  const os = op.operands;
  let resultsMapped = 0;
  let operandsMapped = 0;
  for (let i = 0; i < rs.length; i++) if (isMappable(rs[i]!.type)) resultsMapped++;
  for (let i = 0; i < os.length; i++) if (isMappable(os[i]!.value.type)) operandsMapped++;
  if (resultsMapped === 0 && operandsMapped === 0) return;
  if (operandsMapped === 0) throw opError(op, "if a result is non-scalar, then at least one operand must be non-scalar");
  if (resultsMapped === 0) throw opError(op, "if an operand is non-scalar, then there must be at least one non-scalar result");
  if (resultsMapped !== rs.length) throw opError(op, "if an operand is non-scalar, then all results must be non-scalar");
  const types = [...os.map((o) => o.value.type).filter(isMappable), ...rs.map((r) => r.type)];
  const kind = types[0]!.kind;
  if (!types.every((t) => t.kind === kind) || !compatibleShapes(types)) {
    throw opError(op, "all non-scalar operands/results must have the same shape and base type");
  }
});

/** A vector or tensor type (what `Elementwise` maps over). */
function isMappable(t: TypeAttribute): boolean {
  const k = t.kind;
  return k === BuiltinKind.VectorType || k === BuiltinKind.RankedTensorType || k === BuiltinKind.UnrankedTensorType;
}

/** MLIR's `verifyCompatibleShapes(TypeRange)`: all shaped or none; ranked shapes agree (dynamic sizes match any), and scalable flags too. */
function compatibleShapes(types: readonly TypeAttribute[]): boolean {
  // None shaped: compatible; some but not all: not.
  let shaped = 0;
  for (const t of types) if (shapeOf(t) !== undefined) shaped++;
  if (shaped === 0) return true;
  let first: readonly number[] | null = null;
  for (const t of types) {
    const s = shapeOf(t);
    if (s === undefined) return false;
    if (s === null) continue;
    if (first === null) first = s;
    else if (s.length !== first.length) return false;
  }
  if (first === null) return true;
  for (let d = 0; d < first.length; d++) {
    let size = DYNAMIC;
    for (const t of types) {
      const s = shapeOf(t);
      if (s === null || s === undefined) continue;
      const v = s[d]!;
      if (v === DYNAMIC) continue;
      if (size !== DYNAMIC && v !== size) return false;
      size = v;
    }
  }
  let scalable: readonly boolean[] | null = null;
  for (const t of types) {
    if (t.kind !== BuiltinKind.VectorType) continue;
    const v = t as unknown as { readonly scalableDims: readonly boolean[]; readonly shape: readonly number[] };
    const flags = v.shape.map((_, i) => v.scalableDims[i] === true);
    if (scalable === null) scalable = flags;
    else if (flags.some((f, i) => f !== scalable![i])) return false;
  }
  return true;
}

/** The parent operation must be one of `names` (`expects parent op 'func.func'`). */
export function HasParent(...names: string[]): Trait {
  return {
    name: "HasParent",
    flags: 0,
    parents: names,
    verify(op) {
      const parent = op.parentOp;
      if (parent !== null && names.includes(parent.opName)) return;
      if (names.length === 1) throw opError(op, `expects parent op '${names[0]}'`);
      throw opError(op, `expects parent op to be one of '${names.join(", ")}'`);
    },
  };
}

/**
 * Single-block regions that end with `terminator`, which the custom form
 * may leave out (the parser adds it, the printer elides it when it has no
 * operands or attributes).
 */
export function SingleBlockImplicitTerminator(terminator: string): Trait {
  return {
    name: "SingleBlockImplicitTerminator",
    flags: OpTrait.SingleBlock,
    implicitTerminator: terminator,
    verify(op) {
      const regions = op.regions;
      for (let i = 0; i < regions.length; i++) {
        const b = regions[i]!.first;
        if (b === null) continue;
        const last = b.last;
        if (last === null || last.opName !== terminator) {
          const e = opError(op, `expects regions to end with '${terminator}', found '${last === null ? "" : last.opName}'`);
          e.diagnostic.attachNote(`in custom textual format, the absence of terminator implies '${terminator}'`);
          throw e;
        }
      }
    },
  };
}

/** The type text quoted in messages (`'f32'`). */
export function quotedType(t: TypeAttribute): string {
  return `'${printType(t)}'`;
}
