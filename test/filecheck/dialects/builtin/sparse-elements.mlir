// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// sparse<indices, values> elements attributes: i64 coordinates (a splat index
// stands for [i, i, ...]), values as in dense<...>, and the empty form.

// CHECK-LABEL: "t.sparse"()
// CHECK-SAME: empty = sparse<> : tensor<3x4xf32>,
// CHECK-SAME: empty_lists = sparse<> : tensor<3xi32>,
// CHECK-SAME: floats = sparse<{{\[\[}}1, 2]], 2.500000e+00> : tensor<2x3xf32>,
// CHECK-SAME: hex_values = sparse<{{\[\[}}0, 0], [1, 1]], [5, 6]> : tensor<2x2xi32>,
// CHECK-SAME: one = sparse<{{\[\[}}0, 1]], 5> : tensor<2x2xi32>,
// CHECK-SAME: rank1 = sparse<[1, 3], [2, 4]> : tensor<4xi64>,
// CHECK-SAME: splat_index = sparse<0, (1,2)> : tensor<2xcomplex<i32>>,
// CHECK-SAME: splat_values = sparse<{{\[\[}}0, 1], [1, 0]], 7> : tensor<2x2xi8>,
// CHECK-SAME: strings = sparse<1, "a"> : tensor<4x!t.str>,
// CHECK-SAME: two = sparse<{{\[\[}}0, 1], [1, 0]], [5, 6]> : tensor<2x2xi32>,
// CHECK-SAME: vector = sparse<{{\[\[}}0, 1]], true> : vector<2x2xi1>}
"t.sparse"() {
  one = sparse<[[0, 1]], [5]> : tensor<2x2xi32>,
  two = sparse<[[0, 1], [1, 0]], [5, 6]> : tensor<2x2xi32>,
  splat_values = sparse<[[0, 1], [1, 0]], 7> : tensor<2x2xi8>,
  splat_index = sparse<0, [(1, 2)]> : tensor<2xcomplex<i32>>,
  floats = sparse<[[1, 2]], [2.5]> : tensor<2x3xf32>,
  rank1 = sparse<[1, 3], [2, 4]> : tensor<4xi64>,
  hex_values = sparse<[[0, 0], [1, 1]], "0x0500000006000000"> : tensor<2x2xi32>,
  strings = sparse<[[1]], ["a"]> : tensor<4x!t.str>,
  vector = sparse<[[0, 1]], [true]> : vector<2x2xi1>,
  empty = sparse<> : tensor<3x4xf32>,
  empty_lists = sparse<[], []> : tensor<3xi32>
} : () -> ()
