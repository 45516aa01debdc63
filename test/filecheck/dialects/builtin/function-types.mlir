// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Function types: `(inputs) -> result` or `(inputs) -> (results)`. A single
// result prints without parentheses unless it is itself a function type.

// CHECK-LABEL: "foo.fn"
// CHECK-SAME: a = () -> ()
// CHECK-SAME: b = (i32) -> i32
// CHECK-SAME: c = (i32, f32) -> (i1, i2)
// CHECK-SAME: d = () -> i32
// CHECK-SAME: e = (i1) -> (() -> ())
// CHECK-SAME: f = ((i32) -> i1) -> (i1, (i1) -> ())
// CHECK-SAME: g = (tensor<4xf32>, memref<?xi8>) -> !foo.t
// CHECK-SAME: h = (() -> ()) -> (() -> ())
"foo.fn"() {a = () -> (), b = (i32) -> (i32), c = (i32, f32) -> (i1, i2), d = () -> i32, e = (i1) -> (() -> ()), f = ((i32) -> i1) -> (i1, (i1) -> ()), g = (tensor<4xf32>, memref<?xi8>) -> !foo.t, h = (() -> ()) -> (() -> ())} : () -> ()

// Function types as operand, result and block argument types.
// CHECK-LABEL: "foo.def"
// CHECK-SAME: () -> ((i32) -> i64)
// CHECK: ^bb0(%{{.*}}: (i32) -> i64, %{{.*}}: () -> ((f32) -> ())):
// CHECK: "foo.call"(%{{.*}}) : ((i32) -> i64) -> ((i32) -> ())
%f = "foo.def"() : () -> ((i32) -> i64)
"foo.region"() ({
^bb0(%g: (i32) -> i64, %h: () -> ((f32) -> ())):
  %r = "foo.call"(%f) : ((i32) -> i64) -> ((i32) -> ())
}) : () -> ()
