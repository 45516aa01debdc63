// RUN: not tsdl-opt --split-input-file %s 2>&1 | filecheck %s

// An unknown combining kind reads as mlir-opt's first error (mlir-opt adds
// a second one, "failed to parse Vector_CombiningKindAttr parameter").
// The kind has no `none` case.

// CHECK: combining-kind-invalid.mlir:[[# @LINE + 2]]:26: error: custom op 'vector.reduction' expected ::mlir::vector::CombiningKind to be one of: add, mul, minui, minsi, minnumf, maxui, maxsi, maxnumf, and, or, xor, maximumf, minimumf
func.func @bogus(%v: vector<4xf32>) -> f32 {
  %0 = vector.reduction <bogus>, %v : vector<4xf32> into f32
  return %0 : f32
}

// -----

// CHECK: combining-kind-invalid.mlir:[[# @LINE + 2]]:26: error: custom op 'vector.reduction' expected ::mlir::vector::CombiningKind to be one of:
func.func @none(%v: vector<4xf32>) -> f32 {
  %0 = vector.reduction <none>, %v : vector<4xf32> into f32
  return %0 : f32
}
