// RUN: tsdl-opt --help | filecheck %s
// RUN: tsdl-opt -h | filecheck %s
// RUN: tsdl-opt -help | filecheck %s
// RUN: not tsdl-opt --help %s --bogus-is-not-read 2>&1 | filecheck %s --check-prefix=FIRST

// --help lists every flag and exits with 0 without reading any input.

// CHECK: OVERVIEW: tsdl modular optimizer driver
// CHECK: USAGE: tsdl-opt [options] <input file>
// CHECK: -o <filename>
// CHECK: --allow-unregistered-dialect
// CHECK: --mlir-print-op-generic
// CHECK: --print-op-generic
// CHECK: --mlir-print-debuginfo
// CHECK: --mlir-print-local-scope
// CHECK: --mlir-elide-elementsattrs-if-larger=<n>
// CHECK: --split-input-file
// CHECK: --verify-diagnostics
// CHECK: --no-verify
// CHECK: -h, --help
// CHECK: --version

// An unknown flag is an error even with --help.
// FIRST: tsdl-opt: error: unknown option '--bogus-is-not-read'
