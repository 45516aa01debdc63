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

// IRDL: irdl.dialect @cmath {
// IRDL:   irdl.type @complex {
// IRDL:     %0 = irdl.is f32 {{$}}
// IRDL:     %2 = irdl.any_of(%0, %1) {{$}}
// IRDL:     irdl.parameters(elem: %2)
// IRDL:     irdl.operands(xs: variadic %0, n: optional %1)
// IRDL:     irdl.attributes {"tag" = %1}
