// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// tsdl's own limits (not mlir-opt errors: MLIR allows any int64 here).
// Shapes, strides and offsets are held as JS numbers, exact up to
// 2^53 - 1; larger magnitudes are refused instead of being rounded.

// expected-error @+1 {{dimension size too large}}
"foo.op"() {a = tensor<9007199254740992xf32>} : () -> ()

// -----

// expected-error @+1 {{stride or offset too large}}
"foo.op"() {a = strided<[9007199254740992]>} : () -> ()

// -----

// expected-error @+1 {{stride or offset too large}}
"foo.op"() {a = strided<[1], offset: -9007199254740992>} : () -> ()

// -----

// The largest exact values are fine.
"foo.op"() {a = tensor<9007199254740991xf32>, b = strided<[9007199254740991], offset: -9007199254740991>} : () -> ()
