// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Memref types: shape and element type, an optional layout (affine map or
// strided) and an optional memory space; unranked `memref<*xT, space>`.

// CHECK: #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map1 = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: module {

// CHECK-LABEL: "foo.shapes"
// CHECK-SAME: () -> (memref<f32>, memref<4xf32>, memref<?x4xf32>, memref<0x?xi8>, memref<2xmemref<4xf32>>, memref<4xvector<4xf32>>)
"foo.shapes"() : () -> (memref<f32>, memref<4xf32>, memref<?x4xf32>, memref<0x?xi8>, memref<2xmemref<4xf32>>, memref<4xvector<4xf32>>)

// Memory spaces: integers (the i64 type elided), strings, dictionaries.
// CHECK-LABEL: "foo.spaces"
// CHECK-SAME: () -> (memref<4xf32, 1>, memref<4xf32, 3 : i32>, memref<4xf32, "gpu">, memref<4xf32, {kind = "shared"}>)
"foo.spaces"() : () -> (memref<4xf32, 1>, memref<4xf32, 3 : i32>, memref<4xf32, "gpu">, memref<4xf32, {kind = "shared"}>)

// Affine map layouts print as aliases; the identity map is dropped.
// CHECK-LABEL: "foo.maps"
// CHECK-SAME: () -> (memref<4x4xf32, #map>, memref<4xf32, #map1>, memref<4xf32>, memref<4x4xf32, #map, 2>)
"foo.maps"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>>, memref<4xf32, affine_map<(d0) -> (d0)>>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>, 2>)

// Strided layouts print inline; a zero offset is not printed.
// CHECK-LABEL: "foo.strided"
// CHECK-SAME: () -> (memref<4xf32, strided<[1], offset: ?>>, memref<4x8xf32, strided<[8, 1]>>, memref<?xf32, strided<[?]>>, memref<4x4xf32, strided<[?, ?], offset: 3>, 5>)
"foo.strided"() : () -> (memref<4xf32, strided<[1], offset: ?>>, memref<4x8xf32, strided<[8, 1]>>, memref<?xf32, strided<[?], offset: 0>>, memref<4x4xf32, strided<[?, ?], offset: 3>, 5>)

// CHECK-LABEL: "foo.unranked"
// CHECK-SAME: () -> (memref<*xf32>, memref<*xi8, 4>, memref<*xf16, "host">)
"foo.unranked"() : () -> (memref<*xf32>, memref<*xi8, 4>, memref<*xf16, "host">)
