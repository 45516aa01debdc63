// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Types of unknown dialects are kept verbatim (as `!dialect<"...">` opaque
// types) and printed in the pretty form `!dialect.body` when the body is an
// identifier, optionally followed by `<...>`.

// CHECK-LABEL: "foo.pretty"
// CHECK-SAME: () -> (!foo.bar, !foo.bar<1, 2>, !x.y.z, !foo.baz<"str" -> [x]>, !foo.t<<nested<deep>>>)
"foo.pretty"() : () -> (!foo.bar, !foo.bar<1, 2>, !x.y.z, !foo.baz<"str" -> [x]>, !foo.t<<nested<deep>>>)

// The verbose form `!dialect<...>` prints in the pretty form when it can.
// CHECK-LABEL: "foo.verbose"
// CHECK-SAME: () -> (!foo.bar, !foo.bar<1>, !foo<"x y">, !foo<"">, !foo<1 + 2>)
"foo.verbose"() : () -> (!foo<bar>, !foo<bar<1>>, !foo<"x y">, !foo<"">, !foo<1 + 2>)

// Bodies keep their text exactly, with balanced brackets of all kinds and
// strings that hold unbalanced ones.
// CHECK-LABEL: "foo.bodies"
// CHECK-SAME: {a = !foo.t<[{(x)}]>, b = !foo.t<"<<[">, c = !foo.t<a -> b>, d = !foo.t<  spaced  out  >}
"foo.bodies"() {a = !foo.t<[{(x)}]>, b = !foo.t<"<<[">, c = !foo.t<a -> b>, d = !foo.t<  spaced  out  >} : () -> ()

// Opaque types are uniqued by dialect and body: one type for both uses.
// CHECK-LABEL: "foo.def"
// CHECK-NEXT: "foo.use"(%[[V:.*]], %[[V]]) : (!foo.t<1>, !foo.t<1>) -> ()
%v = "foo.def"() : () -> !foo.t<1>
"foo.use"(%v, %v) : (!foo.t<1>, !foo<t<1>>) -> ()

// In containers.
// CHECK-LABEL: "foo.nested"
// CHECK-SAME: () -> (tensor<4x!foo.elem>, tuple<!a.b, !c.d>, (!foo.in) -> !foo.out)
"foo.nested"() : () -> (tensor<4x!foo.elem>, tuple<!a.b, !c.d>, (!foo.in) -> !foo.out)
