// RUN: tsdl-opt %s --allow-unregistered-dialect --mlir-print-elementsattrs-with-hex-if-larger=2 | filecheck %s --check-prefix=HEX
// RUN: tsdl-opt %s --allow-unregistered-dialect --mlir-print-elementsattrs-with-hex-if-larger=-1 | filecheck %s --check-prefix=DEC
// RUN: tsdl-opt %s --allow-unregistered-dialect | filecheck %s --check-prefix=DEFAULT
// RUN: not tsdl-opt %s --mlir-print-elementsattrs-with-hex-if-larger=x 2>&1 | filecheck %s --check-prefix=BAD

// --mlir-print-elementsattrs-with-hex-if-larger=N: dense elements with more
// than N elements (splats excepted) print as a hex string, as mlir-opt does;
// -1 never; by default above 100 elements.

// HEX: a = dense<"0x01000000020000000300000004000000"> : tensor<4xi32>
// HEX-SAME: b = dense<5> : tensor<8xi32>
// DEC: a = dense<[1, 2, 3, 4]> : tensor<4xi32>
// DEFAULT: a = dense<[1, 2, 3, 4]> : tensor<4xi32>
// BAD: invalid value for --mlir-print-elementsattrs-with-hex-if-larger: 'x'
"test.op"() {a = dense<[1, 2, 3, 4]> : tensor<4xi32>, b = dense<5> : tensor<8xi32>} : () -> ()
