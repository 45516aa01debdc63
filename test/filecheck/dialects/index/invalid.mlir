// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier and parser errors of index ops, with mlir-opt's messages.

func.func @binary_operand(%a: index, %i: i32) {
  // expected-error @+1 {{'index.add' op operand #1 must be index, but got 'i32'}}
  %0 = "index.add"(%a, %i) : (index, i32) -> index
  return
}

// -----

func.func @binary_result(%a: index) {
  // expected-error @+1 {{'index.mul' op result #0 must be index, but got 'i32'}}
  %0 = "index.mul"(%a, %a) : (index, index) -> i32
  return
}

// -----

func.func @cast_no_index(%i: i32) {
  // expected-error @+1 {{'index.casts' op operand type 'i32' and result type 'i64' are cast incompatible}}
  %0 = "index.casts"(%i) : (i32) -> i64
  return
}

// -----

func.func @cast_both_index(%a: index) {
  // expected-error @+1 {{'index.castu' op operand type 'index' and result type 'index' are cast incompatible}}
  %0 = "index.castu"(%a) : (index) -> index
  return
}

// -----

func.func @cast_float(%f: f32) {
  // expected-error @+1 {{'index.castu' op operand #0 must be integer or index, but got 'f32'}}
  %0 = "index.castu"(%f) : (f32) -> index
  return
}

// -----

func.func @cast_vector(%i: i32) {
  // expected-error @+1 {{'index.casts' op result #0 must be integer or index, but got 'vector<2xindex>'}}
  %0 = "index.casts"(%i) : (i32) -> vector<2xindex>
  return
}

// -----

func.func @cmp_no_predicate(%a: index) {
  // expected-error @+1 {{'index.cmp' op requires attribute 'pred'}}
  %0 = "index.cmp"(%a, %a) : (index, index) -> i1
  return
}

// -----

func.func @cmp_integer_predicate(%a: index) {
  // expected-error @+1 {{'index.cmp' op attribute 'pred' failed to satisfy constraint: index comparison predicate kind}}
  %0 = "index.cmp"(%a, %a) {pred = 1 : i64} : (index, index) -> i1
  return
}

// -----

func.func @cmp_result(%a: index) {
  // expected-error @+1 {{'index.cmp' op result #0 must be 1-bit signless integer, but got 'i32'}}
  %0 = "index.cmp"(%a, %a) {pred = #index<cmp_predicate slt>} : (index, index) -> i32
  return
}

// -----

func.func @cmp_unknown_predicate(%a: index) {
  // expected-error @+1 {{expected ::mlir::index::IndexCmpPredicate to be one of: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge}}
  %0 = index.cmp bogus(%a, %a)
  return
}

// -----

func.func @predicate_attr_unknown() {
  // expected-error @+1 {{expected ::mlir::index::IndexCmpPredicate to be one of: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge}}
  "test.op"() {a = #index<cmp_predicate bogus>} : () -> ()
  return
}

// -----

func.func @predicate_attr_pretty() {
  // expected-error @+1 {{expected valid keyword or string}}
  "test.op"() {a = #index.cmp_predicate<slt>} : () -> ()
  return
}

// -----

func.func @constant_type() {
  // expected-error @+1 {{'index.constant' op attribute 'value' failed to satisfy constraint: index attribute}}
  %0 = "index.constant"() {value = 1 : i32} : () -> index
  return
}

// -----

func.func @constant_result() {
  // expected-error @+1 {{'index.constant' op result #0 must be index, but got 'i32'}}
  %0 = "index.constant"() {value = 1 : index} : () -> i32
  return
}

// -----

func.func @constant_missing() {
  // expected-error @+1 {{'index.constant' op requires attribute 'value'}}
  %0 = "index.constant"() : () -> index
  return
}

// -----

func.func @bool_constant_attr() {
  // expected-error @+1 {{'index.bool.constant' op attribute 'value' failed to satisfy constraint: bool attribute}}
  %0 = "index.bool.constant"() {value = 1 : i32} : () -> i1
  return
}

// -----

func.func @bool_constant_result() {
  // expected-error @+1 {{'index.bool.constant' op result #0 must be 1-bit signless integer, but got 'i32'}}
  %0 = "index.bool.constant"() {value = true} : () -> i32
  return
}

// -----

func.func @sizeof_result() {
  // expected-error @+1 {{'index.sizeof' op result #0 must be index, but got 'i32'}}
  %0 = "index.sizeof"() : () -> i32
  return
}

// -----

func.func @sizeof_operands(%a: index) {
  // expected-error @+1 {{'index.sizeof' op requires zero operands}}
  %0 = "index.sizeof"(%a) : (index) -> index
  return
}
