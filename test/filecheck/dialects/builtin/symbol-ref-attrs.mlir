// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Symbol references: `@name`, `@"quoted name"`, nested `@a::@b::@c`.

// CHECK-LABEL: "foo.flat"
// CHECK-SAME: {a = @foo, b = @foo.bar, c = @_x$1, d = @"foo-bar", e = @"with space", f = @"0digit"}
"foo.flat"() {a = @foo, b = @foo.bar, c = @_x$1, d = @"foo-bar", e = @"with space", f = @"0digit"} : () -> ()

// Quoted names that are identifiers print bare; others keep their quotes
// and print escaped.
// CHECK-LABEL: "foo.quoted"
// CHECK-SAME: {a = @plain, b = @"q\22uote", c = @"caf\C3\A9", d = @"tab\09"}
"foo.quoted"() {a = @"plain", b = @"q\"uote", c = @"café", d = @"tab\t"} : () -> ()

// CHECK-LABEL: "foo.nested"
// CHECK-SAME: {a = @foo::@bar, b = @a::@b::@c::@d, c = @"x y"::@z, d = @root::@"leaf node"}
"foo.nested"() {a = @foo::@bar, b = @a::@b::@c::@d, c = @"x y"::@z, d = @root::@"leaf node"} : () -> ()

// Symbol references are uniqued: both entries are one attribute.
// CHECK-LABEL: "foo.uniqued"
// CHECK-SAME: {a = [@foo::@bar, @foo::@bar]}
"foo.uniqued"() {a = [@foo::@bar, @"foo"::@"bar"]} : () -> ()

// Symbols and symbol tables: `sym_name` makes an operation a symbol.
// CHECK-LABEL: module @outer {
// CHECK: "foo.func"() {sym_name = "callee"} : () -> ()
// CHECK: "foo.call"() {callee = @callee, nested = @outer::@callee} : () -> ()
module @outer {
  "foo.func"() {sym_name = "callee"} : () -> ()
  "foo.call"() {callee = @callee, nested = @outer::@callee} : () -> ()
}
