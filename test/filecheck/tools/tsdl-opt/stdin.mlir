// RUN: tsdl-opt --allow-unregistered-dialect < %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect - < %s | filecheck %s
// RUN: cat %s | tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo | filecheck %s --check-prefix=LOC
// RUN: not tsdl-opt < %s 2>&1 | filecheck %s --check-prefix=ERR

// Without an input file (or with `-`), the input is read from standard
// input; locations and diagnostics name it `<stdin>`.

// CHECK: module {
// CHECK-NEXT: "foo.op"() {a = 1 : i64} : () -> ()
// CHECK-NEXT: }

// LOC: "foo.op"() {a = 1 : i64} : () -> () loc(#[[L:loc[0-9]+]])
// LOC: #[[L]] = loc("<stdin>":[[# @LINE + 5]]:1)

// ERR: <stdin>:[[# @LINE + 3]]:9: error: operation being parsed with an unregistered dialect
// ERR-NEXT: "foo.op"() {a = 1} : () -> ()

"foo.op"() {a = 1} : () -> ()
