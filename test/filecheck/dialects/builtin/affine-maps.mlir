// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Affine map attributes. They print as `#map` aliases defined at the top of
// the output, numbered in order of first use; expressions are simplified
// and printed in MLIR's canonical form.

// CHECK: #map = affine_map<() -> ()>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0)>
// CHECK-NEXT: #map2 = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map3 = affine_map<(d0)[s0] -> (d0 + s0, d0 * 2, d0 floordiv 4, d0 ceildiv 4, d0 mod 4)>
// CHECK-NEXT: #map4 = affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>
// CHECK-NEXT: #map5 = affine_map<() -> (0, 42, -3)>
// CHECK-NEXT: #map6 = affine_map<(d0) -> (d0 * 3 + 2)>
// CHECK-NEXT: #map7 = affine_map<(d0, d1) -> (d0 - d1)>
// CHECK-NEXT: #map8 = affine_map<(d0)[s0] -> (d0 floordiv s0)>
// CHECK-NEXT: module {

// CHECK-LABEL: "foo.basic"
// CHECK-SAME: {a = #map, b = #map1, c = #map2}
"foo.basic"() {a = affine_map<() -> ()>, b = affine_map<(d0) -> (d0)>, c = affine_map<(d0, d1) -> (d1, d0)>} : () -> ()

// CHECK-LABEL: "foo.ops"
// CHECK-SAME: {a = #map3, b = #map4}
"foo.ops"() {a = affine_map<(d0)[s0] -> (d0 + s0, d0 * 2, d0 floordiv 4, d0 ceildiv 4, d0 mod 4)>, b = affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>} : () -> ()

// Constants, and simplification: folding, canonical operand order.
// CHECK-LABEL: "foo.simplify"
// CHECK-SAME: {a = #map5, b = #map6, c = #map7}
"foo.simplify"() {a = affine_map<() -> (0, 40 + 2, -3)>, b = affine_map<(d0) -> (2 + d0 * 3)>, c = affine_map<(d0, d1) -> (d0 - d1)>} : () -> ()

// Dimension and symbol names in the input are arbitrary identifiers.
// CHECK-LABEL: "foo.names"
// CHECK-SAME: {a = #map8, b = #map2}
"foo.names"() {a = affine_map<(i)[N] -> (i floordiv N)>, b = affine_map<(x, y) -> (y, x)>} : () -> ()

// Affine maps are uniqued: one alias per distinct map.
// CHECK-LABEL: "foo.reuse"
// CHECK-SAME: {a = [#map2, #map2, #map1]}
"foo.reuse"() {a = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(a, b) -> (b, a)>, affine_map<(d0) -> (d0)>]} : () -> ()

// With --mlir-print-local-scope (see tools/tsdl-opt/local-scope.mlir) they
// print inline.
