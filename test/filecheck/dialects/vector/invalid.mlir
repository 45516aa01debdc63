// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier errors of vector ops, with mlir-opt's messages.

func.func @case0(%v: vector<4xf32>) {
  // expected-error @+1 {{'vector.broadcast' op dimension mismatch (4 vs. 3)}}
  %0 = "vector.broadcast"(%v) : (vector<4xf32>) -> vector<3xf32>
  return
}

// -----

func.func @case1(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract' op expected position attribute #1 to be a non-negative integer smaller than the corresponding vector dimension or poison (-1)}}
  %0 = vector.extract %v[4] : vector<8xf32> from vector<4x8xf32>
  return
}

// -----

func.func @case2(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.extract' op expected position attribute of rank no greater than vector rank}}
  %0 = vector.extract %v[0, 0, 0] : f32 from vector<4x8xf32>
  return
}

// -----

func.func @case3(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.shape_cast' op has different number of elements at source (32) and result (30)}}
  %0 = vector.shape_cast %v : vector<4x8xf32> to vector<30xf32>
  return
}

// -----

func.func @case4(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.transpose' op duplicate position index: 0}}
  %0 = vector.transpose %v, [0, 0] : vector<4x8xf32> to vector<4x8xf32>
  return
}

// -----

func.func @case5(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.transpose' op dimension size mismatch at: 1}}
  %0 = vector.transpose %v, [1, 0] : vector<4x8xf32> to vector<4x8xf32>
  return
}

// -----

func.func @case6(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.reduction' op unsupported reduction rank: 2}}
  %0 = vector.reduction <add>, %v : vector<4x8xf32> into f32
  return
}

// -----

func.func @case7(%m: memref<?x?xf32>, %i: index) {
  // expected-error @+1 {{'vector.load' op requires 2 indices}}
  %0 = "vector.load"(%m, %i) : (memref<?x?xf32>, index) -> vector<4xf32>
  return
}

// -----

func.func @case8(%i: index) {
  // expected-error @+1 {{'vector.create_mask' op must specify an operand for each result vector dimension}}
  %0 = "vector.create_mask"(%i) : (index) -> vector<4x8xi1>
  return
}

// -----

func.func @case9() {
  // expected-error @+1 {{'vector.constant_mask' op array attr of size out of bounds of vector result dimension size}}
  %0 = vector.constant_mask [5] : vector<4xi1>
  return
}

// -----

func.func @case10() {
  // expected-error @+1 {{'vector.constant_mask' op must specify array attr of size equal vector result rank}}
  %0 = vector.constant_mask [2, 2] : vector<4xi1>
  return
}

// -----

func.func @case11(%m: memref<?x?xf32>, %i: index, %f: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires 2 indices}}
  %0 = vector.transfer_read %m[%i], %f : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @case12(%m: memref<?x?xf32>, %i: index, %f: f32) {
  // expected-error @+1 {{'vector.transfer_read' op expects the in_bounds attr of same rank as permutation_map results: affine_map<(d0, d1) -> (d1)> vs inBounds of size: 2}}
  %0 = vector.transfer_read %m[%i, %i], %f {in_bounds = [true, true]} : memref<?x?xf32>, vector<4xf32>
  return
}

// -----

func.func @case13(%v: vector<4xf32>, %w: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.insert_strided_slice' op expected strides of same size as source vector rank}}
  %0 = vector.insert_strided_slice %w, %v {offsets = [0], strides = [1]} : vector<4x8xf32> into vector<4xf32>
  return
}

// -----

func.func @case14(%f: f32) {
  // expected-error @+1 {{'vector.from_elements' op failed to verify that shaped type 'dest' matches 'elements' element count and types}}
  %0 = "vector.from_elements"(%f) : (f32) -> vector<2xf32>
  return
}

// -----

func.func @case15(%v: vector<4xf32>) {
  // expected-error @+1 {{'vector.bitcast' op failed to verify that all of {source, result} have same rank}}
  %0 = vector.bitcast %v : vector<4xf32> to vector<2x4xi16>
  return
}

// -----

func.func @case16(%v: vector<4x8xf32>, %f: f32) {
  // expected-error @+1 {{'vector.insert' op expected position attribute of rank no greater than dest vector rank}}
  %0 = vector.insert %f, %v[0, 0, 0] : f32 into vector<4x8xf32>
  return
}

// -----

func.func @case17(%v: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.transpose' op transposition index out of range: 2}}
  %0 = vector.transpose %v, [2, 0] : vector<4x8xf32> to vector<4x8xf32>
  return
}

// -----

func.func @case18(%m: vector<16xi1>, %pt: vector<16xf32>) {
  // expected-error @+1 {{'vector.mask' op expects a MaskableOpInterface within the mask region}}
  %0 = vector.mask %m { vector.fma %pt, %pt, %pt : vector<16xf32> } : vector<16xi1> -> vector<16xf32>
  return
}

// -----

func.func @case19(%m: vector<16xi1>, %pt: vector<16xf32>) {
  // expected-error @+1 {{'vector.mask' op expects only one operation to mask}}
  %0 = "vector.mask"(%m) ({
    %1 = vector.reduction <add>, %pt : vector<16xf32> into f32
    %2 = vector.reduction <add>, %pt : vector<16xf32> into f32
    vector.yield %1 : f32
  }) : (vector<16xi1>) -> f32
  return
}

// -----

func.func @case20(%m: vector<16xi1>, %pt: vector<16xf32>) {
  // expected-error @+1 {{'vector.mask' op expects result type to match maskable operation result type}}
  %0 = "vector.mask"(%m) ({
    %1 = vector.reduction <add>, %pt : vector<16xf32> into f32
    vector.yield %1 : f32
  }) : (vector<16xi1>) -> i32
  return
}

// -----

func.func @case21(%m: vector<16xi1>, %pt: vector<16xf32>) {
  // expected-error @+1 {{'vector.mask' op expects number of results to match mask region yielded values}}
  "vector.mask"(%m) ({
    %1 = vector.reduction <add>, %pt : vector<16xf32> into f32
    vector.yield %1 : f32
  }) : (vector<16xi1>) -> ()
  return
}

// -----

func.func @case22(%a: vector<2xf32>, %b: vector<4xf32>) {
  // expected-error @+1 {{'vector.shuffle' op mask index #2 out of range}}
  %0 = vector.shuffle %a, %a [0, 4] : vector<2xf32>, vector<2xf32>
  return
}

// -----

func.func @case23(%a: vector<2xf32>, %b: vector<2x4xf32>) {
  // expected-error @+1 {{'vector.shuffle' op rank mismatch}}
  %0 = vector.shuffle %a, %b [0, 1] : vector<2xf32>, vector<2x4xf32>
  return
}

// -----

func.func @multi_reduction_dest(%v: vector<4x8xf32>, %acc: vector<8xf32>) {
  // expected-error @+1 {{'vector.multi_reduction' op destination type 'vector<8xf32>' is incompatible with source type 'vector<4x8xf32>'}}
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<8xf32>
  return
}

// -----

// Cases after MLIR's test/Dialect/Vector/invalid.mlir.

func.func @b1(%arg0: vector<4x4xf32>) {
  // expected-error @+1 {{'vector.broadcast' op source rank higher than destination rank}}
  %1 = vector.broadcast %arg0 : vector<4x4xf32> to vector<4xf32>
  return
}

// -----

func.func @b2(%arg0: vector<1xf32>) {
  // expected-error @+1 {{'vector.broadcast' op source rank higher than destination rank}}
  %1 = vector.broadcast %arg0 : vector<1xf32> to vector<f32>
  return
}

// -----

func.func @b3(%arg0: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.broadcast' op dimension mismatch (4 vs. 1)}}
  %1 = vector.broadcast %arg0 : vector<4x8xf32> to vector<1x8xf32>
  return
}

// -----

func.func @b4(%arg0: memref<4x8xf32>) {
  // expected-error @+1 {{'vector.broadcast' op source type is not a vector}}
  %1 = vector.broadcast %arg0 : memref<4x8xf32> to vector<1x8xf32>
  return
}

// -----

func.func @sh1(%arg0: vector<2xf32>, %arg1: vector<2xi32>) {
  // expected-error @+1 {{'vector.shuffle' op failed to verify that second operand v2 and result have same element type}}
  %1 = vector.shuffle %arg0, %arg1 [0, 1] : vector<2xf32>, vector<2xi32>
  return
}

// -----

func.func @sh2(%arg0: vector<2x2xf32>, %arg1: vector<2x4xf32>) {
  // expected-error @+1 {{'vector.shuffle' op dimension mismatch}}
  %1 = vector.shuffle %arg0, %arg1 [0, 1] : vector<2x2xf32>, vector<2x4xf32>
  return
}

// -----

func.func @sh3(%arg0: vector<2xf32>, %arg1: vector<2xf32>) {
  // expected-error @+1 {{'vector.shuffle' op invalid mask length}}
  %1 = vector.shuffle %arg0, %arg1 [] : vector<2xf32>, vector<2xf32>
  return
}

// -----

func.func @x1(%arg0: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.extract' op expected position attribute #2 to be a non-negative integer smaller than the corresponding vector dimension or poison (-1)}}
  %1 = vector.extract %arg0[0, 43, 0] : f32 from vector<4x8x16xf32>
  return
}

// -----

func.func @i1(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute of rank no greater than dest vector rank}}
  %1 = vector.insert %a, %b[3, 3, 3, 3, 3, 3] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @i2(%a: vector<4xf32>, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute rank + source rank to match dest vector rank}}
  %1 = vector.insert %a, %b[3] : vector<4xf32> into vector<4x8x16xf32>
  return
}

// -----

func.func @i3(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute rank to match the dest vector rank}}
  %1 = vector.insert %a, %b[3, 3] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @i4(%a: f32, %b: vector<4x8x16xf32>) {
  // expected-error @+1 {{'vector.insert' op expected position attribute #1 to be a non-negative integer smaller than the corresponding dest vector dimension}}
  %1 = vector.insert %a, %b[4, 7, 15] : f32 into vector<4x8x16xf32>
  return
}

// -----

func.func @o1(%arg0: f32) {
  // expected-error @+1 {{custom op 'vector.outerproduct' expected vector type for operand #1}}
  %1 = vector.outerproduct %arg0, %arg0 : f32, f32
  return
}

// -----

func.func @o2(%arg0: vector<4xf32>, %arg1: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected 1-d vector for operand #1}}
  %1 = vector.outerproduct %arg1, %arg1 : vector<4x8xf32>, vector<4x8xf32>
  return
}

// -----

func.func @o3(%arg0: vector<4xf32>, %arg1: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected 1-d vector for operand #2}}
  %1 = vector.outerproduct %arg0, %arg1 : vector<4xf32>, vector<4x8xf32>
  return
}

// -----

func.func @o4(%arg0: vector<4xf32>, %arg1: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected 2-d vector result}}
  %1 = "vector.outerproduct" (%arg0, %arg1) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>) -> (vector<8xf32>)
  return
}

// -----

func.func @o5(%arg0: vector<4xf32>, %arg1: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected #1 operand dim to match result dim #1}}
  %1 = "vector.outerproduct" (%arg0, %arg1) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>) -> (vector<8x16xf32>)
  return
}

// -----

func.func @o6(%arg0: vector<4xf32>, %arg1: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected #2 operand dim to match result dim #2}}
  %1 = "vector.outerproduct" (%arg0, %arg1) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>) -> (vector<4x16xf32>)
  return
}

// -----

func.func @o7(%arg0: vector<4xf32>, %arg1: f32) {
  // expected-error @+1 {{'vector.outerproduct' op expected 1-d vector result}}
  %1 = "vector.outerproduct" (%arg0, %arg1) <{kind = #vector.kind<add>}> : (vector<4xf32>, f32) -> (vector<4x8xf32>)
  return
}

// -----

func.func @o8(%arg0: vector<8xf32>, %arg1: f32) {
  // expected-error @+1 {{'vector.outerproduct' op expected #1 operand dim to match result dim #1}}
  %1 = "vector.outerproduct" (%arg0, %arg1) <{kind = #vector.kind<add>}> : (vector<8xf32>, f32) -> (vector<16xf32>)
  return
}

// -----

func.func @o9(%arg0: vector<4xf32>, %arg1: vector<8xf32>, %arg2: vector<4x16xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected operand #3 of same type as result type}}
  %1 = "vector.outerproduct" (%arg0, %arg1, %arg2) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>, vector<4x16xf32>) -> (vector<4x8xf32>)
  return
}

// -----

func.func @o_scalable_lhs(%a: vector<[4]xf32>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op expected either both or only #2 operand dim to be scalable}}
  %0 = vector.outerproduct %a, %b : vector<[4]xf32>, vector<8xf32>
  return
}

// -----

func.func @o_kind_float(%a: vector<4xf32>, %b: vector<8xf32>, %acc: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op unsupported outerproduct type}}
  %0 = vector.outerproduct %a, %b, %acc {kind = #vector.kind<maxsi>} : vector<4xf32>, vector<8xf32>
  return
}

// -----

func.func @o_kind_int(%a: vector<4xi32>, %b: i32) {
  // expected-error @+1 {{'vector.outerproduct' op unsupported outerproduct type}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<minimumf>}> : (vector<4xi32>, i32) -> vector<4xi32>
  return
}

// -----

func.func @o_rhs_element(%a: vector<4xf32>, %b: vector<8xf16>) {
  // expected-error @+1 {{'vector.outerproduct' op failed to verify that rhs operand and result have same element type}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf16>) -> vector<4x8xf32>
  return
}

// -----

func.func @o_lhs_element(%a: vector<4xf16>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op failed to verify that lhs operand and result have same element type}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf16>, vector<8xf32>) -> vector<4x8xf32>
  return
}

// -----

func.func @o_scalar_rhs_element(%a: vector<4xf32>, %b: f16) {
  // expected-error @+1 {{'vector.outerproduct' op failed to verify that rhs operand and result have same element type}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf32>, f16) -> vector<4xf32>
  return
}

// -----

func.func @o_acc_0d(%a: vector<4xf32>, %b: vector<8xf32>, %acc: vector<f32>) {
  // expected-error @+1 {{'vector.outerproduct' op operand #2 must be vector of any type values, but got 'vector<f32>'}}
  %0 = "vector.outerproduct"(%a, %b, %acc) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>, vector<f32>) -> vector<4x8xf32>
  return
}

// -----

func.func @o_result_0d(%a: vector<4xf32>, %b: vector<8xf32>) {
  // expected-error @+1 {{'vector.outerproduct' op result #0 must be vector of any type values, but got 'vector<f32>'}}
  %0 = "vector.outerproduct"(%a, %b) <{kind = #vector.kind<add>}> : (vector<4xf32>, vector<8xf32>) -> vector<f32>
  return
}

// -----

func.func @t1(%arg0: memref<?x?xf32>, %c3: index, %cst: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map with input dims of the same rank as the source type}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0)->(d0)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @t2(%arg0: memref<?x?xf32>, %c3: index, %cst: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map with result dims of the same rank as the vector type}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0, d1)->(d0, d1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @t3(%arg0: memref<?x?xf32>, %c3: index, %cst: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a projected permutation_map (at most one dim or the zero constant can appear in each result)}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0, d1)->(d0 + d1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @t4(%arg0: memref<?x?xf32>, %c3: index, %cst: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a projected permutation_map (at most one dim or the zero constant can appear in each result)}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0, d1)->(d0 + 1)>} : memref<?x?xf32>, vector<128xf32>
  return
}

// -----

func.func @t5(%arg0: memref<?x?x?xf32>, %c3: index, %cst: f32) {
  // expected-error @+1 {{'vector.transfer_read' op requires a permutation_map that is a permutation (found one dim used more than once)}}
  %0 = vector.transfer_read %arg0[%c3, %c3, %c3], %cst {permutation_map = affine_map<(d0, d1, d2)->(d0, d0)>} : memref<?x?x?xf32>, vector<3x7xf32>
  return
}

// -----

func.func @t6(%arg0: memref<?x?xvector<4x3xf32>>, %c3: index, %vf0: vector<4x3xf32>) {
  // expected-error @+1 {{'vector.transfer_read' op requires source vector element and vector result ranks to match.}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %vf0 {permutation_map = affine_map<(d0, d1)->(d0, d1)>} : memref<?x?xvector<4x3xf32>>, vector<3xf32>
  return
}

// -----

func.func @t8(%arg0: vector<4x3xf32>, %c3: index, %vf0: vector<4x3xf32>) {
  // expected-error @+1 {{custom op 'vector.transfer_read' requires memref or ranked tensor type}}
  %0 = vector.transfer_read %arg0[%c3, %c3], %vf0 : vector<4x3xf32>, vector<1x1x2x3xf32>
  return
}

// -----

#contract_m = affine_map<(i) -> (i)>
#contract_s = affine_map<(i) -> ()>
func.func @contract_bad_iterator(%a: vector<4xf32>, %c: f32) -> f32 {
  // expected-error @+1 {{unexpected iterator_type (bogus)}}
  %r = vector.contract {indexing_maps = [#contract_m, #contract_m, #contract_s], iterator_types = ["bogus"]} %a, %a, %c : vector<4xf32>, vector<4xf32> into f32
  return %r : f32
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @badres(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x5xf32>) -> vector<4x5xf32> {
  // expected-error @+1 {{invalid accumulator/result vector shape, expected: 'vector<4x3xf32>'}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x5xf32>
  return %r : vector<4x5xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @badcontract(%a: vector<4x8xf32>, %b: vector<7x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{invalid contracting dimension map}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<7x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @noreduction(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{expected at least one contracting dimension pair}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "parallel"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i)>
func.func @rank(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{expected indexing map 2 to have 2 number of outputs}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i + k, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @perm(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{expected indexing map 0 to be a projected permutation of its inputs}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k)[s] -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @sym(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{expected indexing map 0 to have no symbols}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @kind(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{unsupported contraction type}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<xor>} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @scalar(%a: vector<4x8xf32>, %b: vector<8x3xf32>, %c: f32) -> f32 {
  // expected-error @+1 {{expected indexing map 2 to have 0 number of outputs}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xf32>, vector<8x3xf32> into f32
  return %r : f32
}

// -----

#m0 = affine_map<(i, j, k) -> (k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @unused(%a: vector<8xf32>, %b: vector<8x3xf32>, %c: vector<4x3xf32>) -> vector<4x3xf32> {
  // expected-error @+1 {{expected all dimensions to be either a LHS or a RHS dimension}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<8xf32>, vector<8x3xf32> into vector<4x3xf32>
  return %r : vector<4x3xf32>
}

// -----

#m0 = affine_map<(b, i, k) -> (b, i, k)>
#m1 = affine_map<(b, i, k) -> (b, k)>
#m2 = affine_map<(b, i, k) -> (b, i)>
func.func @batch(%a: vector<2x4x8xf32>, %b: vector<3x8xf32>, %c: vector<2x4xf32>) -> vector<2x4xf32> {
  // expected-error @+1 {{invalid batch dimension map}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<2x4x8xf32>, vector<3x8xf32> into vector<2x4xf32>
  return %r : vector<2x4xf32>
}

// -----

#m0 = affine_map<(i, j, k) -> (i, k)>
#m1 = affine_map<(i, j, k) -> (k, j)>
#m2 = affine_map<(i, j, k) -> (i, j)>
func.func @ui(%a: vector<4x8xui32>, %b: vector<8x3xui32>, %c: vector<4x3xui32>) -> vector<4x3xui32> {
  // expected-error @+1 {{only supports signless integer types}}
  %r = vector.contract {indexing_maps = [#m0, #m1, #m2], iterator_types = ["parallel", "parallel", "reduction"]} %a, %b, %c : vector<4x8xui32>, vector<8x3xui32> into vector<4x3xui32>
  return %r : vector<4x3xui32>
}

// -----

func.func @reduction_kind(%v: vector<4xf32>) -> f32 {
  // expected-error @+1 {{unsupported reduction type ''f32'' for kind 'xor'}}
  %0 = vector.reduction <xor>, %v : vector<4xf32> into f32
  return %0 : f32
}

// -----

func.func @reduction_kind_int(%v: vector<4xi32>) -> i32 {
  // expected-error @+1 {{unsupported reduction type ''i32'' for kind 'maxnumf'}}
  %0 = vector.reduction <maxnumf>, %v : vector<4xi32> into i32
  return %0 : i32
}

// -----

func.func @shape_cast_scalable(%v: vector<4x[8]xf32>) -> vector<32xf32> {
  // expected-error @+1 {{has different number of scalable dims at source (1) and result (0)}}
  %0 = vector.shape_cast %v : vector<4x[8]xf32> to vector<32xf32>
  return %0 : vector<32xf32>
}

// -----

func.func @bitcast_outer(%v: vector<4x8xf32>) -> vector<8x8xf16> {
  // expected-error @+1 {{dimension size mismatch at: 0}}
  %0 = vector.bitcast %v : vector<4x8xf32> to vector<8x8xf16>
  return %0 : vector<8x8xf16>
}

// -----

func.func @bitcast_minor(%v: vector<4x8xf32>) -> vector<4x8xf16> {
  // expected-error @+1 {{source/result bitwidth of the minor 1-D vectors must be equal}}
  %0 = vector.bitcast %v : vector<4x8xf32> to vector<4x8xf16>
  return %0 : vector<4x8xf16>
}

// -----

func.func @bitcast_0d(%v: vector<f32>) -> vector<f16> {
  // expected-error @+1 {{source/result bitwidth of the 0-D vector element types must be equal}}
  %0 = vector.bitcast %v : vector<f32> to vector<f16>
  return %0 : vector<f16>
}

// -----

func.func @transpose_permutation_kind(%v: vector<4xf32>) {
  // expected-error @+1 {{invalid properties {permutation = [0]} for op vector.transpose: Invalid attribute `permutation` in property conversion: [0]}}
  %0 = "vector.transpose"(%v) <{permutation = [0]}> : (vector<4xf32>) -> vector<4xf32>
  return
}

// -----

func.func @scan_dim(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op reduction dimension 2 has to be less than 2}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = true, reduction_dim = 2 : i64} : vector<4x8xf32>, vector<8xf32>
  return
}

// -----

func.func @scan_initial_rank(%v: vector<4x8xf32>, %i: vector<4x8xf32>) {
  // expected-error @+1 {{'vector.scan' op initial value rank 2 has to be equal to 1}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<4x8xf32>
  return
}

// -----

func.func @scan_initial_shape(%v: vector<4x8xf32>, %i: vector<4xf32>) {
  // expected-error @+1 {{'vector.scan' op incompatible input/initial value shapes}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<4xf32>
  return
}

// -----

// A negative dimension drops none: the shapes differ.
func.func @scan_negative_dim(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op incompatible input/initial value shapes}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = true, reduction_dim = -1 : i64} : vector<4x8xf32>, vector<8xf32>
  return
}

// -----

func.func @scan_kind_float(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op unsupported reduction type 'f32' for kind 'maxsi'}}
  %0:2 = vector.scan <maxsi>, %v, %i {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>
  return
}

// -----

func.func @scan_kind_int(%v: vector<4x8xi32>, %i: vector<8xi32>) {
  // expected-error @+1 {{'vector.scan' op unsupported reduction type 'i32' for kind 'maxnumf'}}
  %0:2 = vector.scan <maxnumf>, %v, %i {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xi32>, vector<8xi32>
  return
}

// -----

func.func @scan_0d(%v: vector<f32>, %i: vector<f32>) {
  // expected-error @+1 {{'vector.scan' op operand #0 must be vector of any type values, but got 'vector<f32>'}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = true, reduction_dim = 0 : i64} : vector<f32>, vector<f32>
  return
}

// -----

func.func @scan_scalar_initial(%v: vector<4x8xf32>, %i: f32) {
  // expected-error @+1 {{'vector.scan' op operand #1 must be vector of any type values, but got 'f32'}}
  %0:2 = "vector.scan"(%v, %i) <{kind = #vector.kind<add>, inclusive = true, reduction_dim = 0 : i64}> : (vector<4x8xf32>, f32) -> (vector<4x8xf32>, f32)
  return
}

// -----

func.func @scan_no_inclusive(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op requires attribute 'inclusive'}}
  %0:2 = vector.scan <add>, %v, %i {reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>
  return
}

// -----

func.func @scan_dest_type(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op failed to verify that all of {source, dest} have same type}}
  %0:2 = "vector.scan"(%v, %i) <{kind = #vector.kind<add>, inclusive = true, reduction_dim = 0 : i64}> : (vector<4x8xf32>, vector<8xf32>) -> (vector<4x4xf32>, vector<8xf32>)
  return
}

// -----

func.func @scan_accumulated_type(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{'vector.scan' op failed to verify that all of {initial_value, accumulated_value} have same type}}
  %0:2 = "vector.scan"(%v, %i) <{kind = #vector.kind<add>, inclusive = true, reduction_dim = 0 : i64}> : (vector<4x8xf32>, vector<8xf32>) -> (vector<4x8xf32>, vector<4xf32>)
  return
}

// -----

func.func @scan_inclusive_kind(%v: vector<4x8xf32>, %i: vector<8xf32>) {
  // expected-error @+1 {{custom op 'vector.scan' 'vector.scan' op attribute 'inclusive' failed to satisfy constraint: bool attribute}}
  %0:2 = vector.scan <add>, %v, %i {inclusive = 1 : i32, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>
  return
}


// -----

// An optional operand group holds at most one value. Without
// operandSegmentSizes, the optional acc takes what lhs and rhs leave.
func.func @o_acc_group(%a: vector<4xf32>, %b: f32) {
  // expected-error @+1 {{'vector.outerproduct' op operand group starting at #2 requires 0 or 1 element, but found 2}}
  %0 = "vector.outerproduct"(%a, %b, %a, %a) : (vector<4xf32>, f32, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return
}

// -----

// The size is checked where the group is reached: before its own types
// (%b is no vector)...
func.func @o_acc_group_first(%a: vector<4xf32>, %b: f32) {
  // expected-error @+1 {{'vector.outerproduct' op operand group starting at #2 requires 0 or 1 element, but found 3}}
  %0 = "vector.outerproduct"(%a, %b, %b, %b, %b) : (vector<4xf32>, f32, f32, f32, f32) -> vector<4xf32>
  return
}

// -----

// ...and after the types of the groups before it.
func.func @o_acc_group_after(%a: vector<4xf32>, %b: f32) {
  // expected-error @+1 {{'vector.outerproduct' op operand #0 must be vector of any type values, but got 'f32'}}
  %0 = "vector.outerproduct"(%b, %b, %a, %a) : (f32, f32, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return
}

// -----

func.func @transfer_read_mask_group(%m: memref<?xf32>, %i: index, %p: f32, %k: vector<4xi1>) {
  // expected-error @+1 {{'vector.transfer_read' op operand group starting at #3 requires 0 or 1 element, but found 2}}
  %0 = "vector.transfer_read"(%m, %i, %p, %k, %k) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 1, 2>, permutation_map = affine_map<(d0) -> (d0)>}> : (memref<?xf32>, index, f32, vector<4xi1>, vector<4xi1>) -> vector<4xf32>
  return
}

// -----

// Result groups too.
func.func @transfer_write_result_group(%v: vector<4xf32>, %t: tensor<?xf32>, %i: index) {
  // expected-error @+1 {{'vector.transfer_write' op result group starting at #0 requires 0 or 1 element, but found 2}}
  %0, %1 = "vector.transfer_write"(%v, %t, %i) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 1, 0>, permutation_map = affine_map<(d0) -> (d0)>}> : (vector<4xf32>, tensor<?xf32>, index) -> (tensor<?xf32>, tensor<?xf32>)
  return
}

// -----

// Operand groups are checked before result groups.
func.func @transfer_write_operand_group_first(%v: vector<4xf32>, %t: tensor<?xf32>, %i: index, %k: vector<4xi1>) {
  // expected-error @+1 {{'vector.transfer_write' op operand group starting at #3 requires 0 or 1 element, but found 2}}
  %0, %1 = "vector.transfer_write"(%v, %t, %i, %k, %k) <{in_bounds = [false], operandSegmentSizes = array<i32: 1, 1, 1, 2>, permutation_map = affine_map<(d0) -> (d0)>}> : (vector<4xf32>, tensor<?xf32>, index, vector<4xi1>, vector<4xi1>) -> (tensor<?xf32>, tensor<?xf32>)
  return
}

// -----

func.func @scatter_result_group(%m: memref<?xf32>, %i: vector<16xi32>, %k: vector<16xi1>, %v: vector<16xf32>, %c: index) {
  // expected-error @+1 {{'vector.scatter' op result group starting at #0 requires 0 or 1 element, but found 2}}
  %0, %1 = "vector.scatter"(%m, %c, %i, %k, %v) : (memref<?xf32>, index, vector<16xi32>, vector<16xi1>, vector<16xf32>) -> (tensor<?xf32>, tensor<?xf32>)
  return
}

// -----

func.func @print_source_group(%v: f32) {
  // expected-error @+1 {{'vector.print' op operand group starting at #0 requires 0 or 1 element, but found 2}}
  "vector.print"(%v, %v) <{punctuation = #vector.punctuation<newline>}> : (f32, f32) -> ()
  return
}

// -----

func.func @mask_passthru_group(%k: vector<4xi1>, %v: vector<4xf32>) {
  // expected-error @+1 {{'vector.mask' op operand group starting at #1 requires 0 or 1 element, but found 2}}
  %0 = "vector.mask"(%k, %v, %v) ({
    "vector.yield"(%v) : (vector<4xf32>) -> ()
  }) : (vector<4xi1>, vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  return
}
