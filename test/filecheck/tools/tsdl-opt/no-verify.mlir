// RUN: tsdl-opt --allow-unregistered-dialect --no-verify %s | filecheck %s
// RUN: not tsdl-opt --allow-unregistered-dialect %s 2>&1 | filecheck %s --check-prefix=VERIFY

// --no-verify skips the verifier: IR that parses but does not verify is
// printed. Without it, the verifier's error is reported (exit code 1) and
// nothing is printed.

// CHECK: module {
// CHECK-NEXT: "foo.op"() ({
// CHECK-NEXT: "foo.use"(%[[V:.*]]) : (i32) -> ()
// CHECK-NEXT: %[[V]] = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "foo.return"() : () -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.a"() {sym_name = "x"} : () -> ()
// CHECK-NEXT: "foo.b"() {sym_name = "x"} : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: }

// The isolated-from-above module is verified first, as in mlir-opt.
// VERIFY: no-verify.mlir:[[# @LINE + 14]]:3: error: redefinition of symbol named 'x'
// VERIFY-NEXT: "foo.b"() {sym_name = "x"} : () -> ()
// VERIFY: note: see current operation: "foo.b"() {sym_name = "x"} : () -> ()
// VERIFY: no-verify.mlir:[[# @LINE + 10]]:3: note: see existing symbol definition here
// VERIFY-NOT: module
"foo.op"() ({
  "foo.use"(%v) : (i32) -> ()
  %v = "foo.def"() : () -> i32
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()
module {
  "foo.a"() {sym_name = "x"} : () -> ()
  "foo.b"() {sym_name = "x"} : () -> ()
}
