// RUN: not tsdl-opt %s.does-not-exist 2>&1 | filecheck %s
// RUN: not tsdl-opt %S 2>&1 | filecheck %s --check-prefix=DIR

// An input that cannot be read is a one-line error, exit code 1.

// CHECK: tsdl-opt: error: cannot open input file '{{.*}}missing-input.mlir.does-not-exist': no such file or directory
// DIR: tsdl-opt: error: cannot open input file '{{.*}}tsdl-opt': is a directory
