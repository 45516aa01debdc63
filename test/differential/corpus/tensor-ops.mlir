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
