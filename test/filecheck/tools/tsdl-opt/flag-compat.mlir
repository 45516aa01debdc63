// RUN: tsdl-opt --allow-unregistered-dialect=true %s | filecheck %s
// RUN: tsdl-opt -allow-unregistered-dialect=1 --mlir-disable-threading --mlir-print-assume-verified %s | filecheck %s
// RUN: not tsdl-opt --allow-unregistered-dialect --allow-unregistered-dialect=false %s 2>&1 | filecheck %s --check-prefix=OFF
// RUN: not tsdl-opt --allow-unregistered-dialect=maybe %s 2>&1 | filecheck %s --check-prefix=BAD
// RUN: tsdl-opt --verify-diagnostics=only-expected %s
// RUN: not tsdl-opt --verify-diagnostics=all %s 2>&1 | filecheck %s --check-prefix=ALL

// Flag spellings that existing mlir-opt RUN lines use: LLVM's `=true` /
// `=false` (`=1` / `=0`) for boolean flags, the last one winning; flags
// accepted without effect; `--verify-diagnostics=only-expected`, which
// ignores diagnostics that no comment expects.

// CHECK: "foo.op"() : () -> ()
// OFF: error: operation being parsed with an unregistered dialect
// BAD: tsdl-opt: error: option '--allow-unregistered-dialect' takes a boolean value (true or false), not 'maybe'
// ALL: error: unexpected error: operation being parsed with an unregistered dialect
"foo.op"() : () -> ()
