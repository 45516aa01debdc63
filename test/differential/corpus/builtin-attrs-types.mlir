// Type attributes and typed attributes, including function types as
// attributes (as func.func's function_type).
"foo.types"() {a = i32, b = index, c = (i32) -> f32, d = tensor<4x?xf32>, e = !foo.ty<1>, f = memref<*xi8>, g = none, h = tuple<>} : () -> ()
"foo.typed"() {s = "text" : tensor<4xi8>, o = #foo.attr : i64, q = #foo<"raw"> : !foo.t} : () -> ()
