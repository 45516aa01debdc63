// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier errors of math ops, with mlir-opt's messages.

func.func @float_operand(%i: i32) {
  // expected-error @+1 {{'math.sqrt' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = "math.sqrt"(%i) : (i32) -> i32
  return
}

// -----

func.func @integer_operand(%f: f32) {
  // expected-error @+1 {{'math.ctpop' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = "math.ctpop"(%f) : (f32) -> f32
  return
}

// -----

func.func @unary_result_type(%f: f32) {
  // expected-error @+1 {{'math.sqrt' op requires the same type for all operands and results}}
  %0 = "math.sqrt"(%f) : (f32) -> f64
  return
}

// -----

func.func @binary_operand_types(%f: f32, %d: f64) {
  // expected-error @+1 {{'math.powf' op requires the same type for all operands and results}}
  %0 = "math.powf"(%f, %d) : (f32, f64) -> f32
  return
}

// -----

func.func @clampf_operand_types(%f: f32, %d: f64) {
  // expected-error @+1 {{'math.clampf' op requires the same type for all operands and results}}
  %0 = "math.clampf"(%f, %d, %f) : (f32, f64, f32) -> f32
  return
}

// -----

func.func @operand_count(%f: f32) {
  // expected-error @+1 {{'math.sqrt' op requires a single operand}}
  %0 = "math.sqrt"(%f, %f) : (f32, f32) -> f32
  return
}

// -----

func.func @vector_to_tensor(%v: vector<4xf32>) {
  // expected-error @+1 {{'math.powf' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "math.powf"(%v, %v) : (vector<4xf32>, vector<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @scalable_mismatch(%v: vector<[4]xf32>) {
  // expected-error @+1 {{'math.exp' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "math.exp"(%v) : (vector<[4]xf32>) -> vector<4xf32>
  return
}

// -----

func.func @fastmath_attr(%f: f32) {
  // expected-error @+1 {{'math.absf' op attribute 'fastmath' failed to satisfy constraint: Floating point fast math flags}}
  %0 = "math.absf"(%f) {fastmath = 1 : i32} : (f32) -> f32
  return
}

// -----

func.func @fpowi_result(%f: f32, %i: i32) {
  // expected-error @+1 {{'math.fpowi' op failed to verify that all of {lhs, result} have same type}}
  %0 = "math.fpowi"(%f, %i) : (f32, i32) -> f64
  return
}

// -----

func.func @fpowi_exponent(%v: vector<4xf32>) {
  // expected-error @+1 {{'math.fpowi' op operand #1 must be signless-integer-like, but got 'vector<4xf32>'}}
  %0 = "math.fpowi"(%v, %v) : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return
}

// -----

func.func @fpowi_scalar_exponent(%v: vector<4xf32>, %i: i32) {
  // expected-error @+1 {{'math.fpowi' op requires the same shape for all operands and results}}
  %0 = "math.fpowi"(%v, %i) : (vector<4xf32>, i32) -> vector<4xf32>
  return
}

// -----

func.func @fpowi_kinds(%t: tensor<4xf32>, %i: vector<4xi32>) {
  // expected-error @+1 {{'math.fpowi' op all non-scalar operands/results must have the same shape and base type}}
  %0 = "math.fpowi"(%t, %i) : (tensor<4xf32>, vector<4xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @ipowi_types(%a: i32, %b: i64) {
  // expected-error @+1 {{'math.ipowi' op requires the same type for all operands and results}}
  %0 = "math.ipowi"(%a, %b) : (i32, i64) -> i32
  return
}

// -----

func.func @classification_result(%f: f32) {
  // expected-error @+1 {{'math.isnan' op result #0 must be bool-like, but got 'f32'}}
  %0 = "math.isnan"(%f) : (f32) -> f32
  return
}

// -----

func.func @classification_shape(%v: vector<4xf32>) {
  // expected-error @+1 {{'math.isinf' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isinf"(%v) : (vector<4xf32>) -> i1
  return
}

// -----

func.func @classification_scalar(%f: f32) {
  // expected-error @+1 {{'math.isfinite' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isfinite"(%f) : (f32) -> vector<4xi1>
  return
}

// -----

func.func @sincos_types(%f: f32) {
  // expected-error @+1 {{'math.sincos' op failed to verify that all of {operand, sin, cos} have same type}}
  %0:2 = "math.sincos"(%f) : (f32) -> (f32, f64)
  return
}

// -----

func.func @sincos_result(%f: f32) {
  // expected-error @+1 {{'math.sincos' op result #0 must be floating-point-like, but got 'i32'}}
  %0:2 = "math.sincos"(%f) : (f32) -> (i32, f32)
  return
}

// -----

func.func @sincos_count(%f: f32) {
  // expected-error @+1 {{'math.sincos' op expected 2 results}}
  %0 = "math.sincos"(%f) : (f32) -> f32
  return
}

// -----

func.func @unknown_fastmath_flag(%f: f32) {
  // expected-error @+1 {{custom op 'math.absf' expected ::mlir::arith::FastMathFlags to be one of: none, reassoc, nnan, ninf, nsz, arcp, contract, afn, fast}}
  %0 = math.absf %f fastmath<bogus> : f32
  return
}

// -----

func.func @empty_fastmath_flag(%f: f32) {
  // expected-error @+1 {{custom op 'math.powf' expected valid keyword or string}}
  %0 = math.powf %f, %f fastmath<nnan,> : f32
  return
}

// -----

func.func @classification_fastmath_keyword(%f: f32) {
  // expected-error @+1 {{expected ':'}}
  %0 = math.isnan %f fastmath<fast> : f32
  return
}

// -----

// (mlir-opt adds a second error, "failed to infer returned types".)
func.func @inferred_result_type(%t: tensor<?xf32>) {
  // expected-error @+1 {{'math.sqrt' op inferred type(s) 'tensor<?xf32>' are incompatible with return type(s) of operation 'tensor<4xf32>'}}
  %0 = "math.sqrt"(%t) : (tensor<?xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @encoding(%t: tensor<4xf32>) {
  // expected-error @+1 {{'math.sqrt' op requires the same encoding for all operands and results}}
  %0 = "math.sqrt"(%t) : (tensor<4xf32>) -> tensor<4xf32, "a">
  return
}

// -----

func.func @classification_scalable(%v: vector<4xf32>) {
  // expected-error @+1 {{'math.isnan' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isnan"(%v) : (vector<4xf32>) -> vector<[4]xi1>
  return
}
