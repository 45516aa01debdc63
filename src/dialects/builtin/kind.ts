/**
 * Kind tags of the builtin attributes and types (see `Attribute.kind`). The
 * parser and printer switch on these instead of testing `instanceof`.
 * 0 is reserved for attributes of other dialects (`DialectAttrKind`).
 */
export const enum BuiltinKind {
  // Types.
  IntegerType = 1,
  IndexType,
  FloatType,
  ComplexType,
  TupleType,
  NoneType,
  FunctionType,
  VectorType,
  RankedTensorType,
  UnrankedTensorType,
  MemRefType,
  UnrankedMemRefType,
  OpaqueType,
  // Attributes.
  IntegerAttr,
  FloatAttr,
  StringAttr,
  ArrayAttr,
  DictionaryAttr,
  DenseIntOrFPElementsAttr,
  DenseStringElementsAttr,
  DenseResourceElementsAttr,
  DenseArrayAttr,
  SparseElementsAttr,
  SymbolRefAttr,
  TypeAttr,
  UnitAttr,
  AffineMapAttr,
  IntegerSetAttr,
  StridedLayoutAttr,
  OpaqueAttr,
  DistinctAttr,
  // Locations.
  UnknownLoc,
  FileLineColLoc,
  NameLoc,
  CallSiteLoc,
  FusedLoc,
  OpaqueLoc,
}
