// RUN: tsdl-opt --irdl-file=%S/cmath.irdl.mlir %s --split-input-file --verify-diagnostics | filecheck %s
// RUN: tsdl-opt %S/cmath.irdl.mlir | filecheck %s --check-prefix=IRDL

// Dialects loaded at run time from an IRDL file (cmath.irdl.mlir, which
// mlir-opt --irdl-file also accepts): types with constrained parameters,
// operations with constraint variables, variadic operands and attributes,
// with IRDL's verifier messages.

// CHECK-LABEL: func.func @f(%arg0: !cmath.complex<f32>, %arg1: f32) -> f32
// CHECK-NEXT: %[[M:.*]] = "cmath.mul"(%arg0, %arg0) : (!cmath.complex<f32>, !cmath.complex<f32>) -> !cmath.complex<f32>
// CHECK-NEXT: %{{.*}} = "cmath.norm"(%[[M]]) : (!cmath.complex<f32>) -> f32
func.func @f(%a: !cmath.complex<f32>, %x: f32) -> f32 {
  %0 = "cmath.mul"(%a, %a) : (!cmath.complex<f32>, !cmath.complex<f32>) -> !cmath.complex<f32>
  %1 = "cmath.norm"(%0) : (!cmath.complex<f32>) -> f32
  return %1 : f32
}

// -----

func.func @g(%x: f16) {
  // expected-error @+1 {{expected base type 'cmath.complex' but got 'f16'}}
  %0 = "cmath.mul"(%x, %x) : (f16, f16) -> f16
  return
}

// -----

func.func @h(%x: !cmath.complex<f32>) {
  // expected-error @+1 {{expected 'f32' but got 'f64'}}
  %0 = "cmath.norm"(%x) : (!cmath.complex<f32>) -> f64
  return
}

// -----

func.func @k(%x: f32) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "cmath.mul"(%x) : (f32) -> f32
  return
}

// -----

func.func @l(%x: f32) {
  // expected-error @+1 {{'operandSegmentSizes' attribute is expected but not provided}}
  %0 = "cmath.pack"(%x, %x) : (f32, f32) -> f32
  return
}

// -----

// With one optional group and no segment sizes, the optional group takes
// what the single ones leave: at most one value.
func.func @scale_too_many(%x: f32) {
  // expected-error @+1 {{op expects at most 2 operands, but got 3}}
  %0 = "cmath.scale"(%x, %x, %x) : (f32, f32, f32) -> f32
  return
}

// -----

// Segment sizes are a discardable attribute, checked as MLIR's IRDL
// verifier does: an i32 array, one element per group, none negative, 1 for
// a single group, at most 1 for an optional one, summing to the count.
func.func @pack_segments_optional(%x: f32, %n: i32) {
  // expected-error @+1 {{element 1 in 'operandSegmentSizes' attribute must be equal to 0 or 1}}
  %0 = "cmath.pack"(%x, %n, %n) {operandSegmentSizes = array<i32: 1, 2>, tag = i32} : (f32, i32, i32) -> f32
  return
}

// -----

func.func @pack_segments_negative(%x: f32) {
  // expected-error @+1 {{'operandSegmentSizes' attribute for specifying operand segments must have non-negative values}}
  %0 = "cmath.pack"(%x) {operandSegmentSizes = array<i32: -1, 2>, tag = i32} : (f32) -> f32
  return
}

// -----

func.func @pack_segments_sum(%x: f32) {
  // expected-error @+1 {{sum of elements in 'operandSegmentSizes' attribute must be equal to the number of operands}}
  %0 = "cmath.pack"(%x) {operandSegmentSizes = array<i32: 2, 0>, tag = i32} : (f32) -> f32
  return
}

// -----

func.func @pack_segments_length(%x: f32) {
  // expected-error @+1 {{'operandSegmentSizes' attribute for specifying operand segments must have 2 elements, but got 1}}
  %0 = "cmath.pack"(%x) {operandSegmentSizes = array<i32: 1>, tag = i32} : (f32) -> f32
  return
}

// -----

func.func @pack_segments_kind(%x: f32) {
  // expected-error @+1 {{'operandSegmentSizes' attribute is expected to be a dense i32 array}}
  %0 = "cmath.pack"(%x) {operandSegmentSizes = array<i64: 1, 0>, tag = i32} : (f32) -> f32
  return
}

// -----

// Sizes first, then attributes, then operand types (%x is no integer).
func.func @pack_attribute_first(%x: f32) {
  // expected-error @+1 {{'cmath.pack' op attribute "tag" is expected but not provided}}
  %0 = "cmath.pack"(%x, %x) {operandSegmentSizes = array<i32: 1, 1>} : (f32, f32) -> f32
  return
}

// IRDL: irdl.dialect @cmath {
// IRDL:   irdl.type @complex {
// IRDL:     %0 = irdl.is f32 {{$}}
// IRDL:     %2 = irdl.any_of(%0, %1) {{$}}
// IRDL:     irdl.parameters(elem: %2)
// IRDL:     irdl.operands(xs: variadic %0, n: optional %1)
// IRDL:     irdl.attributes {"tag" = %1}
