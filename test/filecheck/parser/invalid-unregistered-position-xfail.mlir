// XFAIL: *
// RUN: not tsdl-opt %s 2>&1 | filecheck %s

// BUG (src/parse/operation-parser.ts, genericOpName): mlir-opt reports an
// operation of an unregistered dialect (without --allow-unregistered-dialect)
// at the token after the quoted name, column 9 here; tsdl reports it at the
// name, column 1. (--verify-diagnostics only checks lines, so
// invalid-unregistered.mlir passes.)

// CHECK: invalid-unregistered-position-xfail.mlir:[[# @LINE + 1]]:9: error: operation being parsed with an unregistered dialect
"foo.op"() : () -> ()
