// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier errors of arith operations, with mlir-opt's messages (this file
// also passes `mlir-opt --split-input-file --verify-diagnostics`).

func.func @addi_float(%x: f32) {
  // expected-error @+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = "arith.addi"(%x, %x) : (f32, f32) -> f32
  return
}

// -----

func.func @addf_int(%a: i32) {
  // expected-error @+1 {{'arith.addf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.addf %a, %a : i32
  return
}

// -----

func.func @addi_mixed(%a: i32, %b: i64) {
  // expected-error @+1 {{'arith.addi' op requires the same type for all operands and results}}
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return
}

// -----

func.func @addi_count(%a: i32) {
  // expected-error @+1 {{'arith.addi' op expected 2 operands, but found 3}}
  %0 = "arith.addi"(%a, %a, %a) : (i32, i32, i32) -> i32
  return
}

// -----

func.func @cmpi_no_predicate(%a: i32) {
  // expected-error @+1 {{'arith.cmpi' op requires attribute 'predicate'}}
  %0 = "arith.cmpi"(%a, %a) : (i32, i32) -> i1
  return
}

// -----

func.func @cmpi_bad_predicate(%a: i32) {
  // expected-error @+1 {{'arith.cmpi' op attribute 'predicate' failed to satisfy constraint: allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}
  %0 = "arith.cmpi"(%a, %a) {predicate = 3 : i32} : (i32, i32) -> i1
  return
}

// -----

func.func @cmpi_result(%a: i32) {
  // expected-error @+1 {{'arith.cmpi' op result #0 must be bool-like, but got 'i32'}}
  %0 = "arith.cmpi"(%a, %a) {predicate = 3 : i64} : (i32, i32) -> i32
  return
}

// -----

func.func @cmpi_keyword(%a: i32) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge]}}
  %0 = arith.cmpi foo, %a, %a : i32
  return
}

// -----

func.func @select_cond(%a: i32) {
  // expected-error @+1 {{'arith.select' op operand #0 must be bool-like, but got 'i32'}}
  %0 = "arith.select"(%a, %a, %a) : (i32, i32, i32) -> i32
  return
}

// -----

func.func @select_types(%c: i1, %a: i64) {
  // expected-error @+1 {{'arith.select' op failed to verify that all of {true_value, false_value, result} have same type}}
  %0 = "arith.select"(%c, %a, %c) : (i1, i64, i1) -> i1
  return
}

// -----

func.func @constant_missing() {
  // expected-error @+1 {{'arith.constant' op requires attribute 'value'}}
  %0 = "arith.constant"() : () -> i32
  return
}

// -----

func.func @constant_type() {
  // expected-error @+1 {{'arith.constant' op failed to verify that all of {value, result} have same type}}
  %0 = "arith.constant"() {value = 1 : i64} : () -> i32
  return
}

// -----

func.func @constant_string() {
  // expected-error @+1 {{'arith.constant' op value must be an integer, float, or elements attribute}}
  %0 = arith.constant "s" : i32
  return
}

// -----

func.func @extsi_narrow(%a: i32) {
  // expected-error @+1 {{'arith.extsi' op operand type 'i32' and result type 'i16' are cast incompatible}}
  %0 = arith.extsi %a : i32 to i16
  return
}

// -----

func.func @trunci_wide(%a: i32) {
  // expected-error @+1 {{'arith.trunci' op operand type 'i32' and result type 'i64' are cast incompatible}}
  %0 = arith.trunci %a : i32 to i64
  return
}

// -----

func.func @extf_narrow(%x: f32) {
  // expected-error @+1 {{'arith.extf' op operand type 'f32' and result type 'f16' are cast incompatible}}
  %0 = arith.extf %x : f32 to f16
  return
}

// -----

func.func @index_cast_no_index(%a: i32) {
  // expected-error @+1 {{'arith.index_cast' op operand type 'i32' and result type 'i64' are cast incompatible}}
  %0 = arith.index_cast %a : i32 to i64
  return
}

// -----

func.func @bitcast_width(%a: i32) {
  // expected-error @+1 {{'arith.bitcast' op operand type 'i32' and result type 'f64' are cast incompatible}}
  %0 = arith.bitcast %a : i32 to f64
  return
}

// -----

func.func @sitofp_float(%x: f32) {
  // expected-error @+1 {{'arith.sitofp' op operand #0 must be signless-fixed-width-integer-like, but got 'f32'}}
  %0 = arith.sitofp %x : f32 to f32
  return
}

// -----

func.func @extui_shape(%a: i32) {
  // expected-error @+1 {{'arith.extui' op requires the same shape for all operands and results}}
  %0 = arith.extui %a : i32 to vector<2xi64>
  return
}

// -----

// Every cast requires equal tensor dimensions of input and output (MLIR's
// SameInputOutputTensorDims), checked before the shape and cast checks: a
// dynamic size does not match a static one, though the shapes are compatible.
func.func @extf_tensor_dynamic(%a: tensor<4xf16>) {
  // expected-error @+1 {{'arith.extf' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.extf %a : tensor<4xf16> to tensor<?xf32>
  return
}

// -----

// Also before SameOperandsAndResultShape's message.
func.func @extf_tensor_size(%a: tensor<4xf16>) {
  // expected-error @+1 {{'arith.extf' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.extf %a : tensor<4xf16> to tensor<8xf32>
  return
}

// -----

// And before the cast check (the widths are wrong too).
func.func @truncf_tensor_dynamic(%a: tensor<4xf16>) {
  // expected-error @+1 {{'arith.truncf' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.truncf %a : tensor<4xf16> to tensor<?xf32>
  return
}

// -----

// A non-tensor has no dimensions, a tensor of rank 1 has one.
func.func @extui_tensor_vector(%a: tensor<4xi16>) {
  // expected-error @+1 {{'arith.extui' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.extui %a : tensor<4xi16> to vector<4xi32>
  return
}

// -----

func.func @extsi_tensor_dynamic(%a: tensor<2x?xi16>) {
  // expected-error @+1 {{'arith.extsi' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.extsi %a : tensor<2x?xi16> to tensor<2x4xi32>
  return
}

// -----

func.func @trunci_tensor_dynamic(%a: tensor<4xi32>) {
  // expected-error @+1 {{'arith.trunci' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.trunci %a : tensor<4xi32> to tensor<?xi16>
  return
}

// -----

// An unranked tensor matches no tensor, not even another unranked one.
func.func @trunci_tensor_unranked(%a: tensor<*xi32>) {
  // expected-error @+1 {{'arith.trunci' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.trunci %a : tensor<*xi32> to tensor<*xi16>
  return
}

// -----

func.func @sitofp_tensor_dynamic(%a: tensor<4xi32>) {
  // expected-error @+1 {{'arith.sitofp' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.sitofp %a : tensor<4xi32> to tensor<?xf32>
  return
}

// -----

func.func @uitofp_tensor_dynamic(%a: tensor<?xi32>) {
  // expected-error @+1 {{'arith.uitofp' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.uitofp %a : tensor<?xi32> to tensor<4xf32>
  return
}

// -----

func.func @fptosi_tensor_rank(%a: tensor<4xf32>) {
  // expected-error @+1 {{'arith.fptosi' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.fptosi %a : tensor<4xf32> to tensor<4x1xi32>
  return
}

// -----

func.func @fptoui_tensor_dynamic(%a: tensor<4xf32>) {
  // expected-error @+1 {{'arith.fptoui' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.fptoui %a : tensor<4xf32> to tensor<?xi32>
  return
}

// -----

func.func @index_cast_tensor_dynamic(%a: tensor<4xi32>) {
  // expected-error @+1 {{'arith.index_cast' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.index_cast %a : tensor<4xi32> to tensor<?xindex>
  return
}

// -----

func.func @index_castui_tensor_dynamic(%a: tensor<4xindex>) {
  // expected-error @+1 {{'arith.index_castui' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.index_castui %a : tensor<4xindex> to tensor<?xi32>
  return
}

// -----

func.func @bitcast_tensor_dynamic(%a: tensor<4xi32>) {
  // expected-error @+1 {{'arith.bitcast' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.bitcast %a : tensor<4xi32> to tensor<?xf32>
  return
}

// -----

// A string attribute is typed (`none`): the type mismatch is what fails.
func.func @constant_string(%a: f32) {
  // expected-error @+1 {{failed to verify that all of {value, result} have same type}}
  %0 = "arith.constant"() <{value = "x"}> : () -> f32
  return
}

// -----

func.func @constant_string_none() -> none {
  // expected-error @+1 {{value must be an integer, float, or elements attribute}}
  %0 = "arith.constant"() <{value = "x"}> : () -> none
  return %0 : none
}

// -----

// A property of the wrong attribute kind fails when the generic form is read.
func.func @cmpf_predicate_kind(%a: f32) {
  // expected-error @+1 {{invalid properties {predicate = 1 : i32} for op arith.cmpf: Invalid attribute `predicate` in property conversion: 1 : i32}}
  %0 = "arith.cmpf"(%a, %a) <{predicate = 1 : i32}> : (f32, f32) -> i1
  return
}

// -----

func.func @constant_value_kind() {
  // expected-error @+1 {{invalid properties {value = [1]} for op arith.constant: Invalid attribute `value` in property conversion: [1]}}
  %0 = "arith.constant"() <{value = [1]}> : () -> i32
  return
}

// -----

// The cast check of the scaled casts quotes every operand type, the scale's too.
func.func @scaling_extf_narrow(%x: f32, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_extf' op operand types 'f32', 'f8E8M0FNU' and result type 'f16' are cast incompatible}}
  %0 = arith.scaling_extf %x, %s : f32, f8E8M0FNU to f16
  return
}

// -----

func.func @scaling_extf_same_width(%x: f16, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_extf' op operand types 'f16', 'f8E8M0FNU' and result type 'f16' are cast incompatible}}
  %0 = arith.scaling_extf %x, %s : f16, f8E8M0FNU to f16
  return
}

// -----

func.func @scaling_extf_shape(%x: vector<4xf4E2M1FN>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_extf' op operand types 'vector<4xf4E2M1FN>', 'vector<4xf8E8M0FNU>' and result type 'vector<8xf32>' are cast incompatible}}
  %0 = arith.scaling_extf %x, %s : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<8xf32>
  return
}

// -----

// The scale takes no part in the cast check: elementwise mapping rejects its shape.
func.func @scaling_extf_scale_shape(%x: vector<4xf4E2M1FN>, %s: vector<8xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_extf' op all non-scalar operands/results must have the same shape and base type}}
  %0 = arith.scaling_extf %x, %s : vector<4xf4E2M1FN>, vector<8xf8E8M0FNU> to vector<4xf32>
  return
}

// -----

func.func @scaling_extf_vector_scale(%x: f4E2M1FN, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_extf' op if an operand is non-scalar, then there must be at least one non-scalar result}}
  %0 = arith.scaling_extf %x, %s : f4E2M1FN, vector<4xf8E8M0FNU> to f32
  return
}

// -----

// Tensor dimensions of input and output must be equal, not only compatible.
func.func @scaling_extf_tensor_dims(%x: tensor<4xf4E2M1FN>, %s: tensor<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_extf' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.scaling_extf %x, %s : tensor<4xf4E2M1FN>, tensor<4xf8E8M0FNU> to tensor<?xf32>
  return
}

// -----

func.func @scaling_extf_int_scale(%x: f4E2M1FN, %s: i8) {
  // expected-error @+1 {{'arith.scaling_extf' op operand #1 must be floating-point-like, but got 'i8'}}
  %0 = arith.scaling_extf %x, %s : f4E2M1FN, i8 to f32
  return
}

// -----

func.func @scaling_truncf_wide(%x: f16, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_truncf' op operand types 'f16', 'f8E8M0FNU' and result type 'f32' are cast incompatible}}
  %0 = arith.scaling_truncf %x, %s : f16, f8E8M0FNU to f32
  return
}

// -----

func.func @scaling_truncf_to_scalar(%x: vector<4xf32>, %s: vector<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_truncf' op operand types 'vector<4xf32>', 'vector<4xf8E8M0FNU>' and result type 'f8E4M3FN' are cast incompatible}}
  %0 = arith.scaling_truncf %x, %s : vector<4xf32>, vector<4xf8E8M0FNU> to f8E4M3FN
  return
}

// -----

func.func @scaling_truncf_mixed_kinds(%x: vector<4xf32>, %s: tensor<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_truncf' op all non-scalar operands/results must have the same shape and base type}}
  %0 = arith.scaling_truncf %x, %s : vector<4xf32>, tensor<4xf8E8M0FNU> to vector<4xf8E4M3FN>
  return
}

// -----

func.func @scaling_truncf_tensor_dims(%x: tensor<4xf32>, %s: tensor<4xf8E8M0FNU>) {
  // expected-error @+1 {{'arith.scaling_truncf' op failed to verify that input and output have the same tensor dimensions}}
  %0 = arith.scaling_truncf %x, %s : tensor<4xf32>, tensor<4xf8E8M0FNU> to tensor<8xf8E4M3FN>
  return
}

// -----

func.func @scaling_truncf_int_result(%x: f32, %s: f8E8M0FNU) {
  // expected-error @+1 {{'arith.scaling_truncf' op result #0 must be floating-point-like, but got 'i8'}}
  %0 = arith.scaling_truncf %x, %s : f32, f8E8M0FNU to i8
  return
}

// -----

func.func @scaling_truncf_rounding_kind(%x: f32, %s: f8E8M0FNU) {
  // expected-error @+1 {{invalid properties {roundingmode = 9 : i32} for op arith.scaling_truncf: Invalid attribute `roundingmode` in property conversion: 9 : i32}}
  %0 = "arith.scaling_truncf"(%x, %s) <{roundingmode = 9 : i32}> : (f32, f8E8M0FNU) -> f8E4M3FN
  return
}
