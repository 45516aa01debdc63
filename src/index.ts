/**
 * tsdl: a fast, MLIR-compatible compiler framework.
 *
 * This module re-exports the public API: the IR (`Context`, `Operation`,
 * `Block`, `Region`, values and uses), the builtin dialect's attributes,
 * types and operations, parsing and printing of MLIR's textual format, the
 * verifier, and diagnostics.
 */

// IR core.
export { Attribute, TypeAttribute } from "./ir/attribute.js";
export { Block } from "./ir/block.js";
export { Context, type ContextOptions } from "./ir/context.js";
export { Dialect, type DialectHooks } from "./ir/dialect.js";
export { Diagnostic, DiagnosticError, opError, Severity, VerifyError } from "./ir/diagnostic.js";
export { DominanceInfo } from "./ir/dominance.js";
export { IRError } from "./ir/ir-error.js";
export { LocationAttr } from "./ir/location.js";
export { IRMapping } from "./ir/mapping.js";
export type { OpAsmArgument, OpAsmParser, OpAsmPrinter, ParsedOperationState, UnresolvedOperand } from "./ir/op-asm.js";
export { type OpDefinition, OpTrait } from "./ir/op-definition.js";
export { BlockOperand, OpOperand } from "./ir/op-operand.js";
export { Operation, type OperationState } from "./ir/operation.js";
export { OperationName } from "./ir/operation-name.js";
export { Region } from "./ir/region.js";
export { BlockArgument, OpResult, Value } from "./ir/value.js";
export { verify } from "./ir/verify.js";
export { walk, WalkOrder, WalkResult, type WalkCallback } from "./ir/walk.js";

// Builtin dialect.
export { builtinDialect } from "./dialects/builtin/dialect.js";
export { createModule, moduleOp } from "./dialects/builtin/ops/module-op.js";
export { unrealizedConversionCastOp } from "./dialects/builtin/ops/unrealized-conversion-cast-op.js";
export { IntegerType, Signedness } from "./dialects/builtin/types/integer-type.js";
export { IndexType } from "./dialects/builtin/types/index-type.js";
export { FloatType, floatTypeNames } from "./dialects/builtin/types/float-type.js";
export { ComplexType } from "./dialects/builtin/types/complex-type.js";
export { TupleType } from "./dialects/builtin/types/tuple-type.js";
export { NoneType } from "./dialects/builtin/types/none-type.js";
export { FunctionType } from "./dialects/builtin/types/function-type.js";
export { DYNAMIC, ShapedType } from "./dialects/builtin/types/shaped-type.js";
export { VectorType } from "./dialects/builtin/types/vector-type.js";
export { RankedTensorType, UnrankedTensorType } from "./dialects/builtin/types/tensor-type.js";
export { MemRefType, UnrankedMemRefType } from "./dialects/builtin/types/memref-type.js";
export { OpaqueType } from "./dialects/builtin/types/opaque-type.js";
export { IntegerAttr } from "./dialects/builtin/attributes/integer-attr.js";
export { FloatAttr } from "./dialects/builtin/attributes/float-attr.js";
export { StringAttr } from "./dialects/builtin/attributes/string-attr.js";
export { ArrayAttr } from "./dialects/builtin/attributes/array-attr.js";
export { DictionaryAttr, type NamedAttribute } from "./dialects/builtin/attributes/dictionary-attr.js";
export { DenseIntOrFPElementsAttr } from "./dialects/builtin/attributes/dense-elements-attr.js";
export { DenseStringElementsAttr } from "./dialects/builtin/attributes/dense-string-elements-attr.js";
export { DenseResourceElementsAttr, DenseResourceHandle } from "./dialects/builtin/attributes/dense-resource-attr.js";
export { DenseArrayAttr } from "./dialects/builtin/attributes/dense-array-attr.js";
export { SparseElementsAttr } from "./dialects/builtin/attributes/sparse-elements-attr.js";
export { SymbolRefAttr } from "./dialects/builtin/attributes/symbol-ref-attr.js";
export { TypeAttr } from "./dialects/builtin/attributes/type-attr.js";
export { UnitAttr } from "./dialects/builtin/attributes/unit-attr.js";
export { AffineMapAttr } from "./dialects/builtin/attributes/affine-map-attr.js";
export { IntegerSetAttr } from "./dialects/builtin/attributes/integer-set-attr.js";
export { StridedLayoutAttr } from "./dialects/builtin/attributes/strided-layout-attr.js";
export { OpaqueAttr } from "./dialects/builtin/attributes/opaque-attr.js";
export { DistinctAttr } from "./dialects/builtin/attributes/distinct-attr.js";
export { CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, OpaqueLoc, UnknownLoc } from "./dialects/builtin/attributes/locations.js";
export { AffineExpr } from "./dialects/builtin/affine/affine-expr.js";
export { AffineMap } from "./dialects/builtin/affine/affine-map.js";
export { IntegerSet } from "./dialects/builtin/affine/integer-set.js";

// Declarative definitions (IRDL in TypeScript).
export * from "./irdl/constraint.js";
export {
  AllTypesMatch, buildOperation, defaultProp, defineOp, nonEmptyRegion, OpDef, OpView, optional, optionalProp, quoted, region,
  segmentSizesAttr, successor, variadic, variadicRegion, variadicSuccessor,
  type Accessors, type ArgSpec, type BuildArgs, type DefineOptions, type OpClass, type OpHooks, type OpSpec, type PropSpec, type RegionSpec,
  type SuccessorSpec, type Variadicity,
} from "./irdl/op-def.js";
export * from "./irdl/traits.js";
export { defineBitEnumAttr, intEnum, type BitEnumAttrClass, type BitEnumOptions, type IntEnum } from "./irdl/enum-attr.js";
export { defineDialect, type DialectSpec, type ParametricClass } from "./irdl/dialect-def.js";
export { FormatParseState, type CustomDirective } from "./irdl/format/compile.js";
export { FormatError } from "./irdl/format/format-lexer.js";
export { typedByFormat } from "./irdl/format/attr-format.js";
export { setCodegen } from "./irdl/codegen.js";
export { DialectAttribute, DialectType } from "./ir/dialect-attribute.js";
export { defineAttr, defineType, type AttrDefSpec, type ParametricDefClass, type ParametricInstance } from "./irdl/attr-def.js";
export {
  BranchOpInterface, CallableOpInterface, CallOpInterface, FoldInterface, getInterface, implement, MemoryEffectOpInterface, OpInterface,
  RegionBranchOpInterface, type InterfaceImpl, type MemoryEffect,
} from "./ir/op-interface.js";
export type { AsmParser, AsmPrinter, DialectAsmParser, DialectAsmPrinter } from "./ir/op-asm.js";

// Dialects.
export { allDialects, loadAllDialects } from "./dialects/all.js";
export * as arith from "./dialects/arith/index.js";
export * as func from "./dialects/func/index.js";
export * as test from "./dialects/test/index.js";
export { irdlDialect } from "./dialects/irdl/dialect.js";
export { dialectsFromIRDL } from "./dialects/irdl/load.js";

// Text format.
export { parseAttribute, parseSourceFile, parseSourceString, parseType, type ParseOptions } from "./parse/parse.js";
export { ParseError } from "./parse/parser-state.js";
export { printOperation, printOperationBytes, printOperationChunks, type PrintOptions } from "./print/print.js";
export { printAttribute, printType } from "./print/attribute-printer.js";

// Diagnostics.
export { renderDiagnostic, type RenderOptions } from "./diag/render.js";
export { SourceFile } from "./diag/source-file.js";
