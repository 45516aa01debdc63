// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Attributes and types of unknown dialects (with
// --allow-unregistered-dialect) are kept verbatim: `#dialect<"...">` and
// `!dialect<"...">` opaque values, printed in the pretty form
// `#dialect.body` when the body is an identifier optionally followed by
// `<...>`, else as `#dialect<body>`.

// CHECK-LABEL: "foo.pretty"
// CHECK-SAME: {a = #foo.bar, b = #foo.bar<1, [2]>, c = #x.y.z, d = #foo.a<"s", {b}>, e = #foo.b<<>>}
"foo.pretty"() {a = #foo.bar, b = #foo.bar<1, [2]>, c = #x.y.z, d = #foo.a<"s", {b}>, e = #foo.b<<>>} : () -> ()

// CHECK-LABEL: "foo.verbose"
// CHECK-SAME: {a = #foo<"x">, b = #foo.bar.baz, c = #foo<1 + 2>, d = #foo.bar<1>}
"foo.verbose"() {a = #foo<"x">, b = #foo<bar.baz>, c = #foo<1 + 2>, d = #foo<bar<1>>} : () -> ()

// A trailing `: type` gives the attribute a type.
// CHECK-LABEL: "foo.typed"
// CHECK-SAME: {a = #foo.bar : i32, b = #foo<"y"> : !foo.t, c = #foo.v<1> : tensor<4xf32>}
"foo.typed"() {a = #foo.bar : i32, b = #foo<"y"> : !foo.t, c = #foo.v<1> : tensor<4xf32>} : () -> ()

// Bodies are scanned for balanced `<>`, `()`, `[]`, `{}`; strings may hold
// anything; `->` does not close a `<`. The text is kept as written,
// escapes included.
// CHECK-LABEL: "foo.bodies"
// CHECK-SAME: {a = #foo.t<[{(x)}]>, b = #foo.t<"<<[">, c = #foo.t<(i32) -> i64>, d = #foo.t<"\"quoted\"">}
"foo.bodies"() {a = #foo.t<[{(x)}]>, b = #foo.t<"<<[">, c = #foo.t<(i32) -> i64>, d = #foo.t<"\"quoted\"">} : () -> ()

// Dialect attributes as discardable attribute values with dialect-prefixed
// names, on a module.
// CHECK-LABEL: module attributes {foo.flag, foo.value = #foo.v<3>} {
module attributes {foo.value = #foo.v<3>, foo.flag} {
}

// Dialect types with the same spelling are one type.
// CHECK-LABEL: "foo.types"
// CHECK-SAME: (!foo.t<1>, !foo.t<1>) -> ()
%v = "foo.def"() : () -> !foo.t<1>
"foo.types"(%v, %v) : (!foo.t<1>, !foo<t<1>>) -> ()
