// Vectors, tensors and memrefs: ranks 0 to 5, dynamic and zero sizes,
// scalable dimensions, encodings, layouts and memory spaces.
%v:5 = "foo.vectors"() : () -> (vector<f32>, vector<4xf32>, vector<2x3x4xi8>, vector<[4]xf32>, vector<2x[8]xindex>)
%t:6 = "foo.tensors"() : () -> (tensor<f32>, tensor<?xf32>, tensor<0x4xi1>, tensor<*xf64>, tensor<1x2x3x4x5xindex>, tensor<4xcomplex<f32>>)
%e:3 = "foo.encoded"() : () -> (tensor<4xf32, "sparse">, tensor<?x?xf32, {order = [1, 0]}>, tensor<8xi8, #foo.layout<csr>>)
%m:5 = "foo.memrefs"() : () -> (memref<f32>, memref<4x?xf32>, memref<*xf32>, memref<*xi8, 3>, memref<4xvector<4xf32>>)
%l:4 = "foo.layouts"() : () -> (memref<4x4xf32, strided<[4, 1]>>, memref<?xf32, strided<[?], offset: ?>>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<8xf32, strided<[2], offset: 4>, 1>)
%s:3 = "foo.spaces"() : () -> (memref<4xf32, "shared">, memref<4xf32, 2 : i32>, memref<4xf32, {gpu = 1 : i32}>)
"foo.use"(%v#1, %t#3, %m#2) : (vector<4xf32>, tensor<*xf64>, memref<*xf32>) -> ()
