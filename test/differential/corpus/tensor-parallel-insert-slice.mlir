// tensor.parallel_insert_slice in the scf.forall.in_parallel terminator.
func.func @f(%t: tensor<8x8xf32>, %s: tensor<2x2xf32>, %n: index) -> tensor<8x8xf32> {
  %r = scf.forall (%i, %j) in (4, 4) shared_outs(%o = %t) -> (tensor<8x8xf32>) {
    %a = arith.muli %i, %n : index
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %s into %o[%a, 0] [2, 2] [1, 1] : tensor<2x2xf32> into tensor<8x8xf32>
    }
  }
  return %r : tensor<8x8xf32>
}
