// tensor dialect operations in their custom forms.
func.func @tensor_ops(%t: tensor<4x?xf32>, %i: index, %f: f32, %u: tensor<*xf32>, %s: tensor<8x16xf32>) -> f32 {
  %e = tensor.extract %t[%i, %i] : tensor<4x?xf32>
  %ins = tensor.insert %f into %t[%i, %i] : tensor<4x?xf32>
  %d = tensor.dim %t, %i : tensor<4x?xf32>
  %r = tensor.rank %u : tensor<*xf32>
  %empty = tensor.empty(%d) : tensor<?x8xf32>
  %empty2 = tensor.empty() : tensor<4x8xf32>
  %cast = tensor.cast %t : tensor<4x?xf32> to tensor<*xf32>
  %fe = tensor.from_elements %f, %f : tensor<2xf32>
  %fe0 = tensor.from_elements %f : tensor<f32>
  %g = tensor.generate %i {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<?x3xf32>
  %sp = tensor.splat %f : tensor<4x4xf32>
  %sp2 = tensor.splat %f[%i] : tensor<?x4xf32>
  %shape = tensor.from_elements %i : tensor<1xindex>
  %rs = tensor.reshape %s(%shape) : (tensor<8x16xf32>, tensor<1xindex>) -> tensor<?xf32>
  %ex0 = tensor.expand_shape %t [[0], [1, 2]] output_shape [4, %i, 2] : tensor<4x?xf32> into tensor<4x?x2xf32>
  %ex = tensor.expand_shape %s [[0, 1], [2]] output_shape [2, 4, 16] : tensor<8x16xf32> into tensor<2x4x16xf32>
  %co = tensor.collapse_shape %s [[0, 1]] : tensor<8x16xf32> into tensor<128xf32>
  %sl = tensor.extract_slice %s[0, %i] [4, 4] [1, 2] : tensor<8x16xf32> to tensor<4x4xf32>
  %sl2 = tensor.extract_slice %s[0, 0] [1, 4] [1, 1] : tensor<8x16xf32> to tensor<4xf32>
  %is = tensor.insert_slice %sl into %s[%i, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
  %p = tensor.pad %s low[1, %i] high[2, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<11x?xf32>
  %p2 = tensor.pad %s nofold low[0, 0] high[0, 0] {
  ^bb0(%a: index, %b: index):
    tensor.yield %f : f32
  } : tensor<8x16xf32> to tensor<8x16xf32>
  %bc = tensor.bitcast %s : tensor<8x16xf32> to tensor<8x16xi32>
  %cc = tensor.concat dim(0) %s, %s : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<16x16xf32>
  %idx = tensor.empty() : tensor<2x1xindex>
  %ga = tensor.gather %s[%idx] gather_dims([0]) : (tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<2x1x16xf32>
  %ga2 = tensor.gather %s[%idx] gather_dims([0]) unique : (tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<2x16xf32>
  %sc = tensor.scatter %ga into %s[%idx] scatter_dims([0]) unique : (tensor<2x1x16xf32>, tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<8x16xf32>
  return %e : f32
}

func.func @generic_tensors(%t: tensor<4x?xf32>, %i: index) -> f32 {
  %e = "tensor.extract"(%t, %i, %i) : (tensor<4x?xf32>, index, index) -> f32
  %d = "tensor.dim"(%t, %i) : (tensor<4x?xf32>, index) -> index
  %empty = "tensor.empty"(%d) : (index) -> tensor<?x8xf32>
  %cast = "tensor.cast"(%t) : (tensor<4x?xf32>) -> tensor<*xf32>
  %g = tensor.generate %i, %i {
  ^bb0(%a: index, %b: index):
    %c = arith.addi %a, %b : index
    %x = tensor.extract %t[%a, %c] : tensor<4x?xf32>
    tensor.yield %x : f32
  } {foo = 1 : i32} : tensor<?x?xf32>
  %p = tensor.pad %g low[0, 0] high[%i, %i] {
  ^bb0(%a: index, %b: index):
    tensor.yield %e : f32
  } : tensor<?x?xf32> to tensor<?x?xf32>
  return %e : f32
}

// Shapes from MLIR's own tensor tests: encodings, 0-d reshapes, multi-line forms, attributes.
func.func @cast(%arg0: tensor<*xf32>, %arg1 : tensor<4x4xf32>, %arg2: tensor<?x?xf32>) {
  %0 = tensor.cast %arg0 : tensor<*xf32> to tensor<?x?xf32>
  %2 = tensor.cast %arg2 : tensor<?x?xf32> to tensor<4x?xf32>
  return
}
func.func @empty_with_encoding(%sz: index) -> tensor<5x?x6xf32, "foo"> {
  %0 = tensor.empty(%sz) : tensor<5x?x6xf32, "foo">
  return %0 : tensor<5x?x6xf32, "foo">
}
func.func @fe() {
  %c0 = "arith.constant"() {value = 0: index} : () -> index
  %3 = tensor.from_elements : tensor<0xindex>
  %4 = tensor.from_elements %c0, %c0, %c0, %c0, %c0, %c0 : tensor<2x3xindex>
  %5 = tensor.from_elements %c0 : tensor<index>
  return
}
func.func @tensor_reshape(%unranked: tensor<*xf32>, %shape1: tensor<1xi32>,
         %shape2: tensor<2xi32>, %shape3: tensor<?xi32>) -> tensor<*xf32> {
  %dyn_vec = tensor.reshape %unranked(%shape1)
               : (tensor<*xf32>, tensor<1xi32>) -> tensor<?xf32>
  %dyn_mat = tensor.reshape %dyn_vec(%shape2)
               : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  %new_unranked = tensor.reshape %dyn_mat(%shape3)
               : (tensor<?x?xf32>, tensor<?xi32>) -> tensor<*xf32>
  return %new_unranked : tensor<*xf32>
}
func.func @slice(%t: tensor<8x16x4xf32>, %idx : index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %1 = tensor.extract_slice %t[%c0, %c0, %c0][%idx, %idx, %idx][%c1, %c1, %c1]
    : tensor<8x16x4xf32> to tensor<?x?x?xf32>
  %3 = tensor.extract_slice %t[0, 2, 0][4, 1, 4][1, 1, 1]
    : tensor<8x16x4xf32> to tensor<4x4xf32>
  return
}
func.func @tensor_reshape_zero_dim(%arg0 : tensor<1x1xf32>, %arg1 : tensor<f32>)
    -> (tensor<f32>, tensor<1x1xf32>) {
  %0 = tensor.collapse_shape %arg0 [] : tensor<1x1xf32> into tensor<f32>
  %1 = tensor.expand_shape %0 [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
  return %0, %1 : tensor<f32>, tensor<1x1xf32>
}
func.func @legal_collapsing_reshape_dynamic_tensor
  (%arg0: tensor<?x?x?x4x?xf32>) -> tensor<?x?x?xf32>
{
  %0 = tensor.collapse_shape %arg0 [[0], [1], [2, 3, 4]] :
    tensor<?x?x?x4x?xf32> into tensor<?x?x?xf32>
  return %0 : tensor<?x?x?xf32>
}
func.func @pad_dynamic(%arg0: tensor<1x2x2x?xf32>, %low: index, %high: index,
                  %pad_value: f32) -> tensor<6x?x?x?xf32> {
  %0 = tensor.pad %arg0 low[2, %low, 3, 3] high[3, 3, %high, 2] {
    ^bb0(%arg1: index, %arg2: index, %arg3: index, %arg4: index):
      tensor.yield %pad_value : f32
    } : tensor<1x2x2x?xf32> to tensor<6x?x?x?xf32>
  return %0 : tensor<6x?x?x?xf32>
}
func.func @test_splat_op(%s : f32) {
  %v = tensor.splat %s : tensor<8xf32>
  %u = "tensor.splat"(%s) : (f32) -> tensor<4xf32>
  return
}
func.func @gather_scatter(
    %dest : tensor<4x5x6xf32>, %indices: tensor<1x3x2xindex>, %indices_i32: tensor<1x3x2xi32>) {
  %gathered = tensor.gather %dest[%indices_i32] gather_dims([1, 2]) unique:
    (tensor<4x5x6xf32>, tensor<1x3x2xi32>) -> tensor<1x3x4x1x1xf32>
  %rank_reduced_gathered = tensor.gather %dest[%indices] gather_dims([1, 2]) unique:
    (tensor<4x5x6xf32>, tensor<1x3x2xindex>) -> tensor<1x3x4xf32>
  %scattered = tensor.scatter %gathered into %dest[%indices]
      scatter_dims([1, 2]) unique:
    (tensor<1x3x4x1x1xf32>, tensor<4x5x6xf32>, tensor<1x3x2xindex>) -> tensor<4x5x6xf32>
  return
}
func.func @generate_attr(%m : index) -> tensor<?xf32> {
  %tnsr = tensor.generate %m {
    ^bb0(%i : index):
      %elem = arith.constant 8.0 : f32
      tensor.yield %elem : f32
  } {foo = "bar"} : tensor<?xf32>
  return %tnsr : tensor<?xf32>
}
func.func @dim_attr(%t: tensor<?xf32>, %c: index) -> index {
  %d = tensor.dim {foo} %t, %c : tensor<?xf32>
  return %d : index
}

func.func @bitcast_signedness(%c: tensor<4xi32>, %u: tensor<*xui8>) -> tensor<?xsi32> {
  %0 = tensor.bitcast %c : tensor<4xi32> to tensor<4xui32>
  %1 = tensor.bitcast %0 : tensor<4xui32> to tensor<4xsi32>
  %2 = tensor.bitcast %1 : tensor<4xsi32> to tensor<4xf32>
  %3 = tensor.bitcast %2 : tensor<4xf32> to tensor<?xsi32>
  %4 = tensor.bitcast %u : tensor<*xui8> to tensor<*xf8E4M3FN>
  %5 = tensor.bitcast %4 : tensor<*xf8E4M3FN> to tensor<2x?xsi8>
  return %3 : tensor<?xsi32>
}
