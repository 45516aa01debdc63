// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt -allow-unregistered-dialect %s | filecheck %s
// RUN: not tsdl-opt %s 2>&1 | filecheck %s --check-prefix=ERR

// --allow-unregistered-dialect accepts operations, attributes and types of
// dialects tsdl does not know, and prints them in the generic form; without
// it they are errors (see parser/invalid-unregistered.mlir).

// CHECK: %[[V:.*]] = "foo.op"() {a = #foo.attr<1>} : () -> !foo.type
// CHECK-NEXT: "bar.use"(%[[V]]) : (!foo.type) -> ()
// ERR: allow-unregistered-dialect.mlir:[[# @LINE + 2]]:14: error: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used
// ERR-NOT: module
%0 = "foo.op"() {a = #foo.attr<1>} : () -> !foo.type
"bar.use"(%0) : (!foo.type) -> ()
