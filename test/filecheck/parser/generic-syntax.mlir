// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --mlir-print-op-generic %s | filecheck %s --check-prefix=GENERIC

// The generic operation syntax: result lists, operand uses, successors,
// properties, region lists, attribute dictionaries and the function type;
// blocks with arguments and locations; the top-level module.

// Results: `%a, %b:2 = ...` binds groups; uses name `%b#1`. The printer
// names the results of an operation as one group.
// CHECK-LABEL: module {
// CHECK-NEXT: %[[R:.*]]:3 = "foo.three"() : () -> (i1, i2, i3)
// CHECK-NEXT: "foo.use"(%[[R]]#0, %[[R]]#1, %[[R]]#2) : (i1, i2, i3) -> ()
// CHECK-NEXT: %[[S:.*]]:2 = "foo.two"() : () -> (i32, i64)
// CHECK-NEXT: "foo.use"(%[[S]]#1, %[[S]]#0, %[[S]]#1) : (i64, i32, i64) -> ()
%a, %b:2 = "foo.three"() : () -> (i1, i2, i3)
"foo.use"(%a, %b#0, %b#1) : (i1, i2, i3) -> ()
%p:2 = "foo.two"() : () -> (i32, i64)
"foo.use"(%p#1, %p#0, %p#1) : (i64, i32, i64) -> ()

// -----

// `%x#0` is `%x`.
// CHECK-LABEL: module {
// CHECK-NEXT: %[[X:.*]] = "foo.one"() : () -> i32
// CHECK-NEXT: "foo.use"(%[[X]], %[[X]]) : (i32, i32) -> ()
%x = "foo.one"() : () -> i32
"foo.use"(%x#0, %x) : (i32, i32) -> ()

// -----

// Successors, with and without block arguments; a terminator with several.
// CHECK-LABEL: "foo.cfg"() ({
// CHECK-NEXT: %[[C:.*]] = "foo.cond"() : () -> i1
// CHECK-NEXT: "foo.cond_br"(%[[C]])[^bb1, ^bb2] : (i1) -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "foo.br"(%[[C]])[^bb3] : (i1) -> ()
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "foo.br"(%[[C]])[^bb3] : (i1) -> ()
// CHECK-NEXT: ^bb3(%[[ARG:.*]]: i1):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: "foo.return"(%[[ARG]]) : (i1) -> ()
// CHECK-NEXT: }) : () -> ()
"foo.cfg"() ({
  %c = "foo.cond"() : () -> i1
  "foo.cond_br"(%c)[^then, ^else] : (i1) -> ()
^then:
  "foo.br"(%c)[^join] : (i1) -> ()
^else:
  "foo.br"(%c)[^join] : (i1) -> ()
^join(%arg: i1):
  "foo.return"(%arg) : (i1) -> ()
}) : () -> ()

// -----

// Properties: a dictionary, or any other attribute; together with
// discardable attributes.
// CHECK-LABEL: module {
// CHECK-NEXT: "foo.props"() <{a = 1 : i32, b = "x"}> : () -> ()
// CHECK-NEXT: "foo.props_attrs"() <{a = 1 : i64}> {b = 2 : i64} : () -> ()
// CHECK-NEXT: "foo.int_prop"() <42 : i64> : () -> ()
// CHECK-NEXT: "foo.array_prop"() <[1, 2]> : () -> ()
// CHECK-NEXT: "foo.string_prop"() <"text"> : () -> ()
// CHECK-NEXT: "foo.empty_prop"() <{}> : () -> ()
"foo.props"() <{b = "x", a = 1 : i32}> : () -> ()
"foo.props_attrs"() <{a = 1}> {b = 2} : () -> ()
"foo.int_prop"() <42> : () -> ()
"foo.array_prop"() <[1, 2]> : () -> ()
"foo.string_prop"() <"text"> : () -> ()
"foo.empty_prop"() <{}> : () -> ()

// -----

// Region lists: empty regions `{}`, empty blocks, several regions, several
// blocks, an entry block with a label and arguments.
// CHECK-LABEL: module {
// CHECK-NEXT: "foo.empty_region"() ({
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: "foo.two_empty"() ({
// CHECK-NEXT: }, {
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: "foo.empty_block"() ({
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: "foo.entry_args"() ({
// CHECK-NEXT: ^bb0(%{{.*}}: i32, %{{.*}}: f32):
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: "foo.mixed"() ({
// CHECK-NEXT: "foo.a"() : () -> ()
// CHECK-NEXT: }, {
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
"foo.empty_region"() ({}) : () -> ()
"foo.two_empty"() ({}, {}) : () -> ()
"foo.empty_block"() ({
^bb0:
}) : () -> ()
"foo.entry_args"() ({
^entry(%i: i32, %f: f32):
}) : () -> ()
"foo.mixed"() ({
  "foo.a"() : () -> ()
}, {
}, {
^bb0:
}) : () -> ()

// -----

// Forward references: a value used before its definition (legal in graph
// regions such as the module body, and across blocks).
// CHECK-LABEL: module {
// CHECK-NEXT: "foo.use"(%[[V:.*]]) : (i32) -> ()
// CHECK-NEXT: %[[V]] = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.cfg"() ({
// CHECK-NEXT: "foo.br"()[^bb2] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb2
// CHECK-NEXT: "foo.use"(%[[W:.*]]) : (i64) -> ()
// CHECK-NEXT: "foo.return"() : () -> ()
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %[[W]] = "foo.def"() : () -> i64
// CHECK-NEXT: "foo.br"()[^bb1] : () -> ()
"foo.use"(%v) : (i32) -> ()
%v = "foo.def"() : () -> i32
"foo.cfg"() ({
  "foo.br"()[^second] : () -> ()
^first:
  "foo.use"(%w) : (i64) -> ()
  "foo.return"() : () -> ()
^second:
  %w = "foo.def"() : () -> i64
  "foo.br"()[^first] : () -> ()
}) : () -> ()

// -----

// Values of enclosing regions are visible in nested ones.
// CHECK-LABEL: module {
// CHECK-NEXT: %[[OUT:.*]] = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: ^bb0(%[[IN:.*]]: i32):
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: "foo.use"(%[[OUT]], %[[IN]]) : (i32, i32) -> ()
%out = "foo.def"() : () -> i32
"foo.region"() ({
^bb0(%in: i32):
  "foo.region"() ({
    "foo.use"(%out, %in) : (i32, i32) -> ()
  }) : () -> ()
}) : () -> ()

// -----

// Block arguments may carry locations.
// CHECK-LABEL: "foo.located_args"() ({
// CHECK-NEXT: ^bb0(%{{.*}}: i32, %{{.*}}: f32):
"foo.located_args"() ({
^bb0(%a: i32 loc("args.mlir":1:2), %b: f32 loc(unknown)):
}) : () -> ()

// -----

// An explicit top-level module is kept as the top level (not wrapped).
// CHECK: module @explicit attributes {foo.attr = 1 : i32} {
// CHECK-NEXT: "foo.op"() : () -> ()
// CHECK-NEXT: }
// CHECK-NOT: module
// GENERIC: "builtin.module"() <{sym_name = "explicit"}> ({
// GENERIC-NEXT: "foo.op"() : () -> ()
// GENERIC-NEXT: }) {foo.attr = 1 : i32} : () -> ()
module @explicit attributes {foo.attr = 1 : i32} {
  "foo.op"() : () -> ()
}

// -----

// Two top-level modules are wrapped in an implicit one.
// CHECK: module {
// CHECK-NEXT: module @a {
// CHECK-NEXT: }
// CHECK-NEXT: module @b {
// CHECK-NEXT: }
// CHECK-NEXT: }
module @a {
}
module @b {
}

// -----

// Nested modules, in the generic and custom forms, with symbol visibility.
// CHECK: module {
// CHECK-NEXT: module @outer {
// CHECK-NEXT: module @inner attributes {sym_visibility = "private"} {
// CHECK-NEXT: "foo.op"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: module {
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: }
// GENERIC: "builtin.module"() <{sym_name = "outer"}> ({
// GENERIC-NEXT: "builtin.module"() <{sym_name = "inner", sym_visibility = "private"}> ({
module {
  "builtin.module"() <{sym_name = "outer"}> ({
    module @inner attributes {sym_visibility = "private"} {
      "foo.op"() : () -> ()
    }
    "builtin.module"() ({
    ^bb0:
    }) : () -> ()
  }) : () -> ()
}

// -----

// The custom form of unrealized_conversion_cast: operands with types, `to`,
// result types, attributes. Inside a module, `builtin.` may be left out (the
// module's default dialect), and the printer leaves it out.
// CHECK: %[[A:.*]] = "foo.def"() : () -> i32
// CHECK-NEXT: %[[B:.*]] = unrealized_conversion_cast %[[A]] : i32 to i64
// CHECK-NEXT: %[[C:.*]]:2 = unrealized_conversion_cast %[[A]], %[[B]] : i32, i64 to f32, f64 {foo.note = "x"}
// CHECK-NEXT: %{{.*}} = unrealized_conversion_cast to index
// GENERIC: "builtin.unrealized_conversion_cast"(%{{.*}}) : (i32) -> i64
// GENERIC-NEXT: "builtin.unrealized_conversion_cast"(%{{.*}}, %{{.*}}) {foo.note = "x"} : (i32, i64) -> (f32, f64)
// GENERIC-NEXT: "builtin.unrealized_conversion_cast"() : () -> index
%a = "foo.def"() : () -> i32
%b = unrealized_conversion_cast %a : i32 to i64
%c:2 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f32, f64 {foo.note = "x"}
%d = "builtin.unrealized_conversion_cast"() : () -> index

// -----

// Graph regions: the module body allows uses before definitions, even cycles.
// CHECK: %[[P:.*]] = "foo.node"(%[[Q:.*]]) : (i32) -> i32
// CHECK-NEXT: %[[Q]] = "foo.node"(%[[P]]) : (i32) -> i32
%p = "foo.node"(%q) : (i32) -> i32
%q = "foo.node"(%p) : (i32) -> i32

// -----

// Comments and whitespace are free between tokens.
// CHECK: %{{.*}} = "foo.spaced"(%{{.*}}) {a = 1 : i64} : (i32) -> i32
%s = "foo.def"() : () -> i32
%t
  =
  "foo.spaced" ( %s ) // operands
  { a = 1 } // attributes
  : ( i32 ) -> i32
