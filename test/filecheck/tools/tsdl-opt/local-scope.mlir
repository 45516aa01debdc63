// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-local-scope %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-local-scope --mlir-print-debuginfo %s | filecheck %s --check-prefix=DEBUG

// --mlir-print-local-scope prints attributes and types inline, without
// aliases (no `#map = ...` definitions), and locations inline.

// CHECK-NOT: #map
// CHECK-NOT: !tuple
// CHECK: module {
// CHECK-NEXT: "foo.op"() {a = affine_map<(d0) -> (d0 + 1)>, b = affine_set<(d0) : (d0 >= 0)>, c = distinct[0]<42 : i64>, l = loc("x":1:2)} : () -> memref<4xf32, affine_map<(d0) -> (d0 * 2)>>
// CHECK-NEXT: "foo.big"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
// CHECK-NEXT: }
// CHECK-NOT: #

// DEBUG: "foo.op"() {{.*}} loc("{{.*}}local-scope.mlir":[[# @LINE + 3]]:6)
// DEBUG: "foo.big"() : () -> {{.*}} loc(fused["a":1:1, "b":2:2])
// DEBUG: } loc("{{.*}}local-scope.mlir":0:0)
%0 = "foo.op"() {a = affine_map<(d0) -> (d0 + 1)>, b = affine_set<(d0) : (d0 >= 0)>, c = distinct[5]<42>, l = loc("x":1:2)} : () -> memref<4xf32, affine_map<(d0) -> (d0 * 2)>>
%1 = "foo.big"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17> loc(fused["a":1:1, "b":2:2])
