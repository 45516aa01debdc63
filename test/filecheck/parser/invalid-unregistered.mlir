// RUN: tsdl-opt --split-input-file --verify-diagnostics %s
// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file %s | filecheck %s

// Without --allow-unregistered-dialect, operations, attributes and types of
// unknown dialects are errors (the second RUN line shows they are fine with
// it). Messages as mlir-opt's.

// CHECK: "foo.op"() : () -> ()
// expected-error @+1 {{operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used}}
"foo.op"() : () -> ()

// -----

// CHECK: "foo.outer"() ({
module {
  // The outer operation is reported: it is parsed first.
  // expected-error @+1 {{operation being parsed with an unregistered dialect}}
  "foo.outer"() ({
  ^bb0:
    "foo.inner"() : () -> ()
  }) : () -> ()
}

// -----

// CHECK: #foo.attr<1>
// expected-error @+3 {{#"foo"<"attr<1>"> : 'none' attribute created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
"builtin.module"() ({
^bb0:
}) {foo.a = #foo.attr<1>} : () -> ()

// -----

// CHECK: #foo<"x"> : i32
// expected-error @+1 {{#"foo"<""x""> : 'i32' attribute created with unregistered dialect}}
module attributes {foo.a = #foo<"x"> : i32} {
}

// -----

// CHECK: !foo.type<f32>
// expected-error @+1 {{`!"foo"<"type<f32>">` type created with unregistered dialect. If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used}}
%0 = "builtin.unrealized_conversion_cast"() : () -> !foo.type<f32>

// -----

// CHECK: tensor<4xf32, #foo.enc>
// expected-error @+1 {{#"foo"<"enc"> : 'none' attribute created with unregistered dialect}}
%0 = "builtin.unrealized_conversion_cast"() : () -> tensor<4xf32, #foo.enc>
