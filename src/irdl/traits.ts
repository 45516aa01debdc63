import type { TypeAttribute } from "../ir/attribute.js";
import { opError } from "../ir/diagnostic.js";
import { OpTrait } from "../ir/op-definition.js";
import type { Operation } from "../ir/operation.js";
import { BuiltinKind } from "../dialects/builtin/kind.js";
import type { ShapedType } from "../dialects/builtin/types/shaped-type.js";
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

/** All operands and results have one type. */
export const SameOperandsAndResultType = flagTrait("SameOperandsAndResultType", OpTrait.SameOperandsAndResultType, (op) => {
  if (op.numOperands === 0) throw opError(op, "expected 1 or more operands, but found 0");
  if (op.numResults === 0) throw opError(op, "expected 1 or more results, but found 0");
  const ts = allTypes(op);
  for (let i = 1; i < ts.length; i++) {
    if (ts[i] !== ts[0]) throw opError(op, "requires the same type for all operands and results");
  }
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

function sameShape(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === null || b === null) return true; // unranked is compatible
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Operands and results have one shape. */
export const SameOperandsAndResultShape = flagTrait("SameOperandsAndResultShape", 0, (op) => {
  const ts = allTypes(op);
  for (let i = 1; i < ts.length; i++) {
    if (!sameShape(shapeOf(ts[i]!), shapeOf(ts[0]!))) throw opError(op, "requires the same shape for all operands and results");
  }
});

/** Operands have one shape. */
export const SameOperandsShape = flagTrait("SameOperandsShape", 0, (op) => {
  const os = op.operands;
  for (let i = 1; i < os.length; i++) {
    if (!sameShape(shapeOf(os[i]!.value.type), shapeOf(os[0]!.value.type))) throw opError(op, "requires the same shape for all operands");
  }
});

/** Operands and results have one element type. */
export const SameOperandsAndResultElementType = flagTrait("SameOperandsAndResultElementType", 0, (op) => {
  const ts = allTypes(op);
  for (let i = 1; i < ts.length; i++) {
    if (elementOf(ts[i]!) !== elementOf(ts[0]!)) throw opError(op, "requires the same element type for all operands and results");
  }
});

/**
 * Elementwise mappable (MLIR's `Elementwise` + `Scalarizable`...): vector or
 * tensor operands and results all have one shape.
 */
export const Elementwise = flagTrait("Elementwise", OpTrait.Elementwise, (op) => {
  const isMappable = (t: TypeAttribute): boolean =>
    t.kind === BuiltinKind.VectorType || t.kind === BuiltinKind.RankedTensorType || t.kind === BuiltinKind.UnrankedTensorType;
  const results = op.results.map((r) => r.type);
  const operands = op.operands.map((o) => o.value.type);
  const resultMapped = results.filter(isMappable);
  const operandMapped = operands.filter(isMappable);
  if (resultMapped.length === 0) {
    if (operandMapped.length > 0) throw opError(op, "if an operand is non-scalar, then there must be at least one non-scalar result");
    return;
  }
  if (resultMapped.length !== results.length) throw opError(op, "if a result is non-scalar, then all results must be non-scalar");
  const first = resultMapped[0]!;
  for (const t of [...operandMapped, ...resultMapped]) {
    if (t.kind !== first.kind || !sameShape(shapeOf(t), shapeOf(first))) {
      throw opError(op, "all non-scalar operands/results must have the same shape and base type");
    }
  }
  if (operandMapped.length !== operands.length) {
    throw opError(op, "if an operand is non-scalar, then all results must be non-scalar");
  }
});

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
      for (const r of op.regions) {
        const b = r.first;
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
