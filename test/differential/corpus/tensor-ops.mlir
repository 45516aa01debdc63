// differential: generic-only (tensor, arith and func print in their custom forms in mlir-opt)
// tensor dialect operations in the generic form.
"func.func"() <{function_type = (tensor<4x?xf32>, index) -> f32, sym_name = "tensors"}> ({
^bb0(%t: tensor<4x?xf32>, %i: index):
  %e = "tensor.extract"(%t, %i, %i) : (tensor<4x?xf32>, index, index) -> f32
  %d = "tensor.dim"(%t, %i) : (tensor<4x?xf32>, index) -> index
  %empty = "tensor.empty"(%d) : (index) -> tensor<?x8xf32>
  %cast = "tensor.cast"(%t) : (tensor<4x?xf32>) -> tensor<*xf32>
  "func.return"(%e) : (f32) -> ()
}) : () -> ()
