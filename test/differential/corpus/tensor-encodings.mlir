// Ranked tensors with encodings of every attribute kind; unranked tensors.
%t:8 = "foo.tensors"() : () -> (tensor<4xf32, "enc">, tensor<?x?xf64, 1 : i32>, tensor<8xi8, [1, 2]>, tensor<2x2xf32, {a = "b"}>, tensor<16xf32, #foo.sparse<"csr">>, tensor<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, tensor<1xi1, @sym>, tensor<3xf32, unit>)
%u:3 = "foo.unranked"() : () -> (tensor<*xf32>, tensor<*xcomplex<f64>>, tensor<*x!foo.elem>)
"foo.use"(%t#4, %u#2) : (tensor<16xf32, #foo.sparse<"csr">>, tensor<*x!foo.elem>) -> ()
