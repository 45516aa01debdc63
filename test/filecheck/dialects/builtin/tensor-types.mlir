// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Ranked tensors (static and dynamic `?` dimensions, rank 0, an optional
// encoding attribute) and unranked tensors `tensor<*xT>`.

// CHECK-LABEL: "foo.ranked"
// CHECK-SAME: () -> (tensor<f32>, tensor<4xf32>, tensor<?x4xi32>, tensor<?x?x?xindex>, tensor<1x2x3x4x5xi1>)
"foo.ranked"() : () -> (tensor<f32>, tensor<4xf32>, tensor<?x4xi32>, tensor<?x?x?xindex>, tensor<1x2x3x4x5xi1>)

// A zero dimension: `0x4` lexes as one hexadecimal token but means `0 x 4`.
// CHECK-LABEL: "foo.zero"
// CHECK-SAME: () -> (tensor<0xf32>, tensor<0x4xf32>, tensor<4x0xi8>, tensor<0x0x?xf16>)
"foo.zero"() : () -> (tensor<0xf32>, tensor<0x4xf32>, tensor<4x0xi8>, tensor<0x0x?xf16>)

// CHECK-LABEL: "foo.unranked"
// CHECK-SAME: () -> (tensor<*xf32>, tensor<*xi1>, tensor<*xcomplex<f64>>)
"foo.unranked"() : () -> (tensor<*xf32>, tensor<*xi1>, tensor<*xcomplex<f64>>)

// Element types: integers, floats, index, complex, vectors, dialect types.
// CHECK-LABEL: "foo.elements"
// CHECK-SAME: tensor<2xcomplex<f32>>, tensor<2xvector<4xf32>>, tensor<4x!foo.t>, tensor<?xindex>, tensor<3x!foo<"x y">>
"foo.elements"() : () -> (tensor<2xcomplex<f32>>, tensor<2xvector<4xf32>>, tensor<4x!foo.t>, tensor<?xindex>, tensor<3x!foo<"x y">>)

// Encodings: any attribute.
// CHECK-LABEL: "foo.encodings"
// CHECK-SAME: a = tensor<4xf32, "enc">
// CHECK-SAME: b = tensor<?x?xf64, #foo.enc<1>>
// CHECK-SAME: c = tensor<8xi8, {layout = "row"}>
// CHECK-SAME: d = tensor<2x2xf32, [1, 2]>
// CHECK-SAME: e = tensor<4xi32, 42 : i64>
// CHECK-SAME: f = tensor<4xi32, @sym>
"foo.encodings"() {a = tensor<4xf32, "enc">, b = tensor<?x?xf64, #foo.enc<1>>, c = tensor<8xi8, {layout = "row"}>, d = tensor<2x2xf32, [1, 2]>, e = tensor<4xi32, 42>, f = tensor<4xi32, @sym>} : () -> ()

// An affine map encoding prints as an alias, like every affine map.
// CHECK-LABEL: "foo.map_encoding"
// CHECK-SAME: () -> tensor<4x4xf32, #map>
"foo.map_encoding"() : () -> tensor<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
