// RUN: not tsdl-opt --allow-unregistered-dialect --no-implicit-module --split-input-file %s 2>/dev/null | filecheck %s
// RUN: not tsdl-opt --allow-unregistered-dialect --no-implicit-module --split-input-file %s 2>&1 >/dev/null | filecheck %s --check-prefix=ERR

// --no-implicit-module: the input holds exactly one top-level operation,
// which is printed as it is (no `module` around it); anything else is an
// error at the start of the file or chunk, as in mlir-opt.

// CHECK-NOT: module
// CHECK: "foo.root"() ({
// CHECK-NEXT: "foo.inner"() : () -> ()
// CHECK-NEXT: }) : () -> ()
"foo.root"() ({
  "foo.inner"() : () -> ()
}) : () -> ()

// -----

// CHECK: module @m {
// CHECK-NEXT: }
module @m {}

// -----

// ERR: no-implicit-module.mlir:[[# @LINE - 2]]:9: error: source must contain a single top-level operation, found: 2
"foo.a"() : () -> ()
"foo.b"() : () -> ()

// -----

// ERR: no-implicit-module.mlir:[[# @LINE - 2]]:9: error: source must contain a single top-level operation, found: 0
