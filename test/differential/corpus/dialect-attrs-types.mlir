// Attributes and types of unregistered dialects, kept verbatim, in the
// pretty and the verbose forms, with types, nested everywhere.
"foo.attrs"() {a = #foo.flag, b = #foo.value<1, 2>, c = #foo<"verbose body">, d = #foo<plain>, e = #foo.t<[{(<>)}]>, f = #foo.s<"<]">, g = #foo.arrow<a -> b>, h = #foo.typed : i32, i = #foo<"x"> : tensor<2xf32>, j = #a.b.c} : () -> ()
%0:4 = "foo.types"() : () -> (!foo.type, !foo.type<f32, [1, 2]>, !foo<"opaque">, !foo.t<"a>b">)
%1 = "foo.nested"(%0#1) {l = [#foo.x, !foo.y], d = {k = #foo.z<{inner = 1}>}} : (!foo.type<f32, [1, 2]>) -> tensor<4x!foo.elem, #foo.encoding>
module attributes {foo.module_attr = #foo.m, bar.other = !bar.t} {
}
