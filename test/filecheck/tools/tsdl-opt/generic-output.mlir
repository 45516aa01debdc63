// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --print-op-generic %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect -mlir-print-op-generic %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s --check-prefix=CUSTOM

// --mlir-print-op-generic (also --print-op-generic, xdsl-opt's spelling, and
// single-dash forms) prints every operation in the generic form, the
// module and registered operations included; the entry block label is
// printed when the block is empty.

// CHECK: "builtin.module"() <{sym_name = "m"}> ({
// CHECK-NEXT: %[[A:.*]] = "foo.def"() : () -> i32
// CHECK-NEXT: %{{.*}} = "builtin.unrealized_conversion_cast"(%[[A]]) : (i32) -> i64
// CHECK-NEXT: "builtin.module"() ({
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }) {foo.attr} : () -> ()

// CUSTOM: module @m attributes {foo.attr} {
// CUSTOM-NEXT: %[[A:.*]] = "foo.def"() : () -> i32
// CUSTOM-NEXT: %{{.*}} = unrealized_conversion_cast %[[A]] : i32 to i64
// CUSTOM-NEXT: module {
// CUSTOM-NEXT: }
// CUSTOM-NEXT: }
module @m attributes {foo.attr} {
  %a = "foo.def"() : () -> i32
  %b = builtin.unrealized_conversion_cast %a : i32 to i64
  module {
  }
}
