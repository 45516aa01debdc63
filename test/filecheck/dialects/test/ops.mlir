// RUN: tsdl-opt %s --split-input-file --verify-diagnostics | filecheck %s
// RUN: tsdl-opt %s --split-input-file --verify-diagnostics --mlir-print-op-generic | filecheck %s --check-prefix=GENERIC

// The test dialect (as xDSL's): test.op takes any operands, results,
// regions, successors and attributes; test.pureop is Pure; test.termop is a
// terminator. They print in the generic form, without --allow-unregistered-dialect.

// CHECK: %[[A:.*]]:2 = "test.op"() {attr = 1 : i64} : () -> (i32, f32)
// CHECK-NEXT: %{{.*}} = "test.pureop"(%[[A]]#0, %[[A]]#1) ({
// CHECK-NEXT:   "test.termop"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1:
// CHECK-NEXT:   "test.termop"() : () -> ()
// CHECK-NEXT: }) : (i32, f32) -> index
// GENERIC: "test.op"() {attr = 1 : i64} : () -> (i32, f32)
%0:2 = "test.op"() {attr = 1} : () -> (i32, f32)
%1 = "test.pureop"(%0#0, %0#1) ({
  "test.termop"()[^bb1] : () -> ()
^bb1:
  "test.termop"() : () -> ()
}) : (i32, f32) -> index

// -----

"test.op"() ({
  // expected-error @+1 {{'test.termop' op must be the last operation in the parent block}}
  "test.termop"() : () -> ()
  "test.op"() : () -> ()
}) : () -> ()
