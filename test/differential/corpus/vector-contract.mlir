// vector.contract with trait dictionaries given as attribute aliases, extra attributes, 0-d masks.
#contraction_to_scalar_accesses = [
  affine_map<(i) -> (i)>,
  affine_map<(i) -> (i)>,
  affine_map<(i) -> ()>
]
#contraction_to_scalar_trait = {
  indexing_maps = #contraction_to_scalar_accesses,
  iterator_types = ["reduction"]
}
func.func @contraction_extra_attrs(%arg0: vector<10xf32>, %arg1: vector<10xf32>) -> f32 {
  %f0 = arith.constant 0.0: f32
  %0 = vector.contract #contraction_to_scalar_trait %arg0, %arg1, %f0
    {first_attr = 1 : i32, second_attr = "string"}
    : vector<10xf32>, vector<10xf32> into f32
  %1 = vector.contract #contraction_to_scalar_trait %arg0, %arg1, %f0
    : vector<10xf32>, vector<10xf32> into f32
  return %0 : f32
}
#contraction_accesses1 = [
  affine_map<(f0, f1, f2, f3, c0, c1) -> (c0, f0, c1, f2)>,
  affine_map<(f0, f1, f2, f3, c0, c1) -> (f1, c1, c0, f3)>,
  affine_map<(f0, f1, f2, f3, c0, c1) -> (f0, f1, f2, f3)>
]
#iterator_types1 = ["parallel", "parallel", "parallel", "parallel", "reduction",
                    "reduction"]
#contraction_trait2 = {
  indexing_maps = #contraction_accesses1,
  iterator_types = #iterator_types1,
  kind = #vector.kind<maxnumf>
}
func.func @contraction(%arg0 : vector<7x8x16x15xf32>, %arg1 : vector<8x16x7x5xf32>,
                  %arg2 : vector<8x15x5xf32>, %arg3 : vector<8x8x15x5xf32>,
                  %arg4 : vector<7x8x16x15xf16>, %arg5 : vector<8x16x7x5xf16>) {
  %3 = vector.contract #contraction_trait2 %arg4, %arg5, %arg3
      : vector<7x8x16x15xf16>, vector<8x16x7x5xf16> into vector<8x8x15x5xf32>
  return
}
func.func @constant_vector_mask_0d() {
  %0 = vector.constant_mask [0] : vector<i1>
  %1 = vector.constant_mask [1] : vector<i1>
  %2 = vector.constant_mask [4] : vector<[4]xi1>
  %3 = vector.constant_mask [1, 4] : vector<2x[4]xi1>
  return
}
func.func @misc(%arg0 : vector<1x1x1x1xf32>, %a: vector<4x[16]xf32>, %b: vector<4x8x[16]xf32>, %arg3 : vector<8x2x1xindex>, %arg4 : vector<f32>, %i: i64) {
  %0 = vector.shape_cast %arg0 : vector<1x1x1x1xf32> to vector<f32>
  %1 = vector.insert_strided_slice %a, %b {offsets = [2, 2, 0], strides = [1, 1]} : vector<4x[16]xf32> into vector<4x8x[16]xf32>
  %2 = vector.bitcast %arg3 : vector<8x2x1xindex> to vector<8x2x2xf32>
  %3 = vector.bitcast %arg4 : vector<f32> to vector<i32>
  vector.print %i : i64
  return
}
// Accepted shapes: a transposed result, integer max, mixed-precision accumulation, a batch dimension.
#tr_lhs = affine_map<(i, j, k) -> (i, k)>
#tr_rhs = affine_map<(i, j, k) -> (k, j)>
#tr_res = affine_map<(i, j, k) -> (j, i)>
func.func @contract_transposed(%a: vector<4x8xi32>, %b: vector<8x3xi32>, %c: vector<3x4xi32>, %x: vector<4x8xf16>, %y: vector<8x3xf16>, %z: vector<3x4xf32>) -> (vector<3x4xi32>, vector<3x4xf32>) {
  %r = vector.contract {indexing_maps = [#tr_lhs, #tr_rhs, #tr_res], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxsi>} %a, %b, %c : vector<4x8xi32>, vector<8x3xi32> into vector<3x4xi32>
  %s = vector.contract {indexing_maps = [#tr_lhs, #tr_rhs, #tr_res], iterator_types = ["parallel", "parallel", "reduction"]} %x, %y, %z : vector<4x8xf16>, vector<8x3xf16> into vector<3x4xf32>
  return %r, %s : vector<3x4xi32>, vector<3x4xf32>
}
func.func @contract_batch(%a: vector<2x4x8xf32>, %b: vector<2x8x3xf32>, %c: vector<2x4x3xf32>) -> vector<2x4x3xf32> {
  %r = vector.contract {indexing_maps = [affine_map<(b, i, j, k) -> (b, i, k)>, affine_map<(b, i, j, k) -> (b, k, j)>, affine_map<(b, i, j, k) -> (b, i, j)>], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} %a, %b, %c : vector<2x4x8xf32>, vector<2x8x3xf32> into vector<2x4x3xf32>
  return %r : vector<2x4x3xf32>
}
