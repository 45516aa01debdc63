// ub.poison of many types, with and without its (default) attribute, and ub.unreachable.
func.func @poison() -> (i32, f32, vector<4xi8>, tensor<?xf64>, index, memref<2xf32>, complex<f32>, tuple<i32>, none, !tst.t) {
  %0 = ub.poison : i32
  %1 = ub.poison <#ub.poison> : f32
  %2 = ub.poison {tag} : vector<4xi8>
  %3 = ub.poison : tensor<?xf64>
  %4 = ub.poison : index
  %5 = ub.poison {a = 1 : i32, b} <#ub.poison<>> : memref<2xf32>
  %6 = ub.poison : complex<f32>
  %7 = ub.poison : tuple<i32>
  %8 = ub.poison : none
  %9 = ub.poison : !tst.t
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i32, f32, vector<4xi8>, tensor<?xf64>, index, memref<2xf32>, complex<f32>, tuple<i32>, none, !tst.t
}

func.func @unreachable(%c: i1) {
  "tst.br"(%c)[^bb1, ^bb2] : (i1) -> ()
^bb1:
  ub.unreachable
^bb2:
  ub.unreachable {reason = "dead"}
}

"tst.attrs"() {a = #ub.poison, b = [#ub.poison<>]} : () -> ()
