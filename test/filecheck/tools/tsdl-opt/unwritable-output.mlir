// RUN: not tsdl-opt --allow-unregistered-dialect %s -o %t.missing-dir/out.mlir 2>&1 | filecheck %s
// RUN: not tsdl-opt --allow-unregistered-dialect %s -o %S 2>&1 | filecheck %s --check-prefix=DIR

// An output file that cannot be written is a one-line error, exit code 1
// (the input was processed; nothing goes to standard output).

// CHECK: tsdl-opt: error: cannot write output file '{{.*}}.missing-dir/out.mlir': no such file or directory
// CHECK-NOT: module
// DIR: tsdl-opt: error: cannot write output file '{{.*}}tsdl-opt': is a directory

"foo.op"() : () -> ()
