// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Vector types: static dimensions, scalable dimensions in brackets, and
// integer, index or float elements.

// CHECK-LABEL: "foo.fixed"
// CHECK-SAME: () -> (vector<4xf32>, vector<2x3xi8>, vector<1x1x1xi1>, vector<f32>, vector<8xindex>)
"foo.fixed"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<1x1x1xi1>, vector<f32>, vector<8xindex>)

// CHECK-LABEL: "foo.scalable"
// CHECK-SAME: () -> (vector<[4]xf32>, vector<2x[4]xi32>, vector<[2]x[8]xf16>, vector<[1]x4xbf16>)
"foo.scalable"() : () -> (vector<[4]xf32>, vector<2x[4]xi32>, vector<[2]x[8]xf16>, vector<[1]x4xbf16>)

// `4xf32` lexes as `4` and `xf32`: the parser splits the `x` off again.
// Spaces around the `x` are allowed.
// CHECK-LABEL: "foo.spaces"
// CHECK-SAME: {a = vector<4x4xf32>, b = vector<16xi1>}
"foo.spaces"() {a = vector<4 x 4 x f32>, b = vector< 16x i1 >} : () -> ()

// Any integer or float element type.
// CHECK-LABEL: "foo.elements"
// CHECK-SAME: vector<2xf8E4M3FN>, vector<3xui16>, vector<4xsi64>
"foo.elements"() : () -> (vector<2xf8E4M3FN>, vector<3xui16>, vector<4xsi64>)
