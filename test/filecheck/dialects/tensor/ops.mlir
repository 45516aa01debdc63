// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Every tensor op in its custom form, printed as mlir-opt prints it.

// CHECK-LABEL: func.func @tensor_ops(
// CHECK: %extracted = tensor.extract %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT: %inserted = tensor.insert %arg2 into %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT: %dim = tensor.dim %arg0, %arg1 : tensor<4x?xf32>
// CHECK-NEXT: %rank = tensor.rank %arg3 : tensor<*xf32>
// CHECK-NEXT: %0 = tensor.empty(%dim) : tensor<?x8xf32>
// CHECK-NEXT: %1 = tensor.empty() : tensor<4x8xf32>
// CHECK-NEXT: %cast = tensor.cast %arg0 : tensor<4x?xf32> to tensor<*xf32>
// CHECK-NEXT: %from_elements = tensor.from_elements %arg2, %arg2 : tensor<2xf32>
// CHECK-NEXT: %from_elements_0 = tensor.from_elements %arg2 : tensor<f32>
// CHECK-NEXT: %generated = tensor.generate %arg1 {
// CHECK-NEXT: ^bb0(%arg5: index, %arg6: index):
// CHECK-NEXT: tensor.yield %arg2 : f32
// CHECK-NEXT: } : tensor<?x3xf32>
// CHECK-NEXT: %splat = tensor.splat %arg2 : tensor<4x4xf32>
// CHECK-NEXT: %splat_1 = tensor.splat %arg2[%arg1] : tensor<?x4xf32>
// CHECK-NEXT: %from_elements_2 = tensor.from_elements %arg1 : tensor<1xindex>
// CHECK-NEXT: %reshape = tensor.reshape %arg4(%from_elements_2) : (tensor<8x16xf32>, tensor<1xindex>) -> tensor<?xf32>
// CHECK-NEXT: %expanded = tensor.expand_shape %arg0 {{\[\[}}0], [1, 2]] output_shape [4, %arg1, 2] : tensor<4x?xf32> into tensor<4x?x2xf32>
// CHECK-NEXT: %expanded_3 = tensor.expand_shape %arg4 {{\[\[}}0, 1], [2]] output_shape [2, 4, 16] : tensor<8x16xf32> into tensor<2x4x16xf32>
// CHECK-NEXT: %collapsed = tensor.collapse_shape %arg4 {{\[\[}}0, 1]] : tensor<8x16xf32> into tensor<128xf32>
// CHECK-NEXT: %extracted_slice = tensor.extract_slice %arg4[0, %arg1] [4, 4] [1, 2] : tensor<8x16xf32> to tensor<4x4xf32>
// CHECK-NEXT: %extracted_slice_4 = tensor.extract_slice %arg4[0, 0] [1, 4] [1, 1] : tensor<8x16xf32> to tensor<4xf32>
// CHECK-NEXT: %inserted_slice = tensor.insert_slice %extracted_slice into %arg4[%arg1, 0] [4, 4] [1, 1] : tensor<4x4xf32> into tensor<8x16xf32>
// CHECK-NEXT: %padded = tensor.pad %arg4 low[1, %arg1] high[2, 0] {
// CHECK-NEXT: ^bb0(%arg5: index, %arg6: index):
// CHECK-NEXT: tensor.yield %arg2 : f32
// CHECK-NEXT: } : tensor<8x16xf32> to tensor<11x?xf32>
// CHECK-NEXT: %padded_5 = tensor.pad %arg4 nofold low[0, 0] high[0, 0] {
// CHECK-NEXT: ^bb0(%arg5: index, %arg6: index):
// CHECK-NEXT: tensor.yield %arg2 : f32
// CHECK-NEXT: } : tensor<8x16xf32> to tensor<8x16xf32>
// CHECK-NEXT: %2 = tensor.bitcast %arg4 : tensor<8x16xf32> to tensor<8x16xi32>
// CHECK-NEXT: %concat = tensor.concat dim(0) %arg4, %arg4 : (tensor<8x16xf32>, tensor<8x16xf32>) -> tensor<16x16xf32>
// CHECK-NEXT: %3 = tensor.empty() : tensor<2x1xindex>
// CHECK-NEXT: %gather = tensor.gather %arg4[%3] gather_dims([0]) : (tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<2x1x16xf32>
// CHECK-NEXT: %gather_6 = tensor.gather %arg4[%3] gather_dims([0]) unique : (tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<2x16xf32>
// CHECK-NEXT: %scatter = tensor.scatter %gather into %arg4[%3] scatter_dims([0]) unique : (tensor<2x1x16xf32>, tensor<8x16xf32>, tensor<2x1xindex>) -> tensor<8x16xf32>
// CHECK-NEXT: return %extracted : f32
// CHECK-LABEL: func.func @generic_tensors(
// CHECK: %extracted = tensor.extract %arg0[%arg1, %arg1] : tensor<4x?xf32>
// CHECK-NEXT: %dim = tensor.dim %arg0, %arg1 : tensor<4x?xf32>
// CHECK-NEXT: %0 = tensor.empty(%dim) : tensor<?x8xf32>
// CHECK-NEXT: %cast = tensor.cast %arg0 : tensor<4x?xf32> to tensor<*xf32>
// CHECK-NEXT: %generated = tensor.generate %arg1, %arg1 {
// CHECK-NEXT: ^bb0(%arg2: index, %arg3: index):
// CHECK-NEXT: %1 = arith.addi %arg2, %arg3 : index
// CHECK-NEXT: %extracted_0 = tensor.extract %arg0[%arg2, %1] : tensor<4x?xf32>
// CHECK-NEXT: tensor.yield %extracted_0 : f32
// CHECK-NEXT: } {foo = 1 : i32} : tensor<?x?xf32>
// CHECK-NEXT: %padded = tensor.pad %generated low[0, 0] high[%arg1, %arg1] {
// CHECK-NEXT: ^bb0(%arg2: index, %arg3: index):
// CHECK-NEXT: tensor.yield %extracted : f32
// CHECK-NEXT: } : tensor<?x?xf32> to tensor<?x?xf32>
// CHECK-NEXT: return %extracted : f32
// CHECK-LABEL: func.func @cast(
// CHECK: %cast = tensor.cast %arg0 : tensor<*xf32> to tensor<?x?xf32>
// CHECK-NEXT: %cast_0 = tensor.cast %arg2 : tensor<?x?xf32> to tensor<4x?xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @empty_with_encoding(
// CHECK: %0 = tensor.empty(%arg0) : tensor<5x?x6xf32, "foo">
// CHECK-NEXT: return %0 : tensor<5x?x6xf32, "foo">
// CHECK-LABEL: func.func @fe(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: %from_elements = tensor.from_elements  : tensor<0xindex>
// CHECK-NEXT: %from_elements_0 = tensor.from_elements %c0, %c0, %c0, %c0, %c0, %c0 : tensor<2x3xindex>
// CHECK-NEXT: %from_elements_1 = tensor.from_elements %c0 : tensor<index>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @tensor_reshape(
// CHECK: %reshape = tensor.reshape %arg0(%arg1) : (tensor<*xf32>, tensor<1xi32>) -> tensor<?xf32>
// CHECK-NEXT: %reshape_0 = tensor.reshape %reshape(%arg2) : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x?xf32>
// CHECK-NEXT: %reshape_1 = tensor.reshape %reshape_0(%arg3) : (tensor<?x?xf32>, tensor<?xi32>) -> tensor<*xf32>
// CHECK-NEXT: return %reshape_1 : tensor<*xf32>
// CHECK-LABEL: func.func @slice(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %extracted_slice = tensor.extract_slice %arg0[%c0, %c0, %c0] [%arg1, %arg1, %arg1] [%c1, %c1, %c1] : tensor<8x16x4xf32> to tensor<?x?x?xf32>
// CHECK-NEXT: %extracted_slice_0 = tensor.extract_slice %arg0[0, 2, 0] [4, 1, 4] [1, 1, 1] : tensor<8x16x4xf32> to tensor<4x4xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @tensor_reshape_zero_dim(
// CHECK: %collapsed = tensor.collapse_shape %arg0 [] : tensor<1x1xf32> into tensor<f32>
// CHECK-NEXT: %expanded = tensor.expand_shape %collapsed [] output_shape [1, 1] : tensor<f32> into tensor<1x1xf32>
// CHECK-NEXT: return %collapsed, %expanded : tensor<f32>, tensor<1x1xf32>
// CHECK-LABEL: func.func @legal_collapsing_reshape_dynamic_tensor(
// CHECK: %collapsed = tensor.collapse_shape %arg0 {{\[\[}}0], [1], [2, 3, 4]] : tensor<?x?x?x4x?xf32> into tensor<?x?x?xf32>
// CHECK-NEXT: return %collapsed : tensor<?x?x?xf32>
// CHECK-LABEL: func.func @pad_dynamic(
// CHECK: %padded = tensor.pad %arg0 low[2, %arg1, 3, 3] high[3, 3, %arg2, 2] {
// CHECK-NEXT: ^bb0(%arg4: index, %arg5: index, %arg6: index, %arg7: index):
// CHECK-NEXT: tensor.yield %arg3 : f32
// CHECK-NEXT: } : tensor<1x2x2x?xf32> to tensor<6x?x?x?xf32>
// CHECK-NEXT: return %padded : tensor<6x?x?x?xf32>
// CHECK-LABEL: func.func @test_splat_op(
// CHECK: %splat = tensor.splat %arg0 : tensor<8xf32>
// CHECK-NEXT: %splat_0 = tensor.splat %arg0 : tensor<4xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @gather_scatter(
// CHECK: %gather = tensor.gather %arg0[%arg2] gather_dims([1, 2]) unique : (tensor<4x5x6xf32>, tensor<1x3x2xi32>) -> tensor<1x3x4x1x1xf32>
// CHECK-NEXT: %gather_0 = tensor.gather %arg0[%arg1] gather_dims([1, 2]) unique : (tensor<4x5x6xf32>, tensor<1x3x2xindex>) -> tensor<1x3x4xf32>
// CHECK-NEXT: %scatter = tensor.scatter %gather into %arg0[%arg1] scatter_dims([1, 2]) unique : (tensor<1x3x4x1x1xf32>, tensor<4x5x6xf32>, tensor<1x3x2xindex>) -> tensor<4x5x6xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @generate_attr(
// CHECK: %generated = tensor.generate %arg0 {
// CHECK-NEXT: ^bb0(%arg1: index):
// CHECK-NEXT: %cst = arith.constant 8.000000e+00 : f32
// CHECK-NEXT: tensor.yield %cst : f32
// CHECK-NEXT: } {foo = "bar"} : tensor<?xf32>
// CHECK-NEXT: return %generated : tensor<?xf32>
// CHECK-LABEL: func.func @dim_attr(
// CHECK: %dim = tensor.dim {foo} %arg0, %arg1 : tensor<?xf32>
// CHECK-NEXT: return %dim : index

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
// CHECK-LABEL: func.func @parallel_insert(
// CHECK: scf.forall.in_parallel {
// CHECK-NEXT: tensor.parallel_insert_slice %{{.*}} into %{{.*}}[%{{.*}}, 0] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<8x8xf32>
func.func @parallel_insert(%t: tensor<8x8xf32>, %s: tensor<2x2xf32>, %n: index) -> tensor<8x8xf32> {
  %r = scf.forall (%i, %j) in (4, 4) shared_outs(%o = %t) -> (tensor<8x8xf32>) {
    %a = arith.muli %i, %n : index
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%a, 0] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<8x8xf32>
    }
  }
  return %r : tensor<8x8xf32>
}
// Bit casts between integers of any signedness and floats.
// CHECK-LABEL: func.func @bitcast_signedness(
// CHECK: %0 = tensor.bitcast %arg0 : tensor<4xi32> to tensor<4xui32>
// CHECK-NEXT: %1 = tensor.bitcast %0 : tensor<4xui32> to tensor<4xsi32>
// CHECK-NEXT: %2 = tensor.bitcast %1 : tensor<4xsi32> to tensor<4xf32>
// CHECK-NEXT: %3 = tensor.bitcast %2 : tensor<4xf32> to tensor<?xsi32>
// CHECK-NEXT: return %3 : tensor<?xsi32>
func.func @bitcast_signedness(%c: tensor<4xi32>) -> tensor<?xsi32> {
  %0 = tensor.bitcast %c : tensor<4xi32> to tensor<4xui32>
  %1 = tensor.bitcast %0 : tensor<4xui32> to tensor<4xsi32>
  %2 = tensor.bitcast %1 : tensor<4xsi32> to tensor<4xf32>
  %3 = tensor.bitcast %2 : tensor<4xf32> to tensor<?xsi32>
  return %3 : tensor<?xsi32>
}
