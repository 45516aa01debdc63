// RUN: echo stale > %t
// RUN: not tsdl-opt %s -o %t 2>/dev/null
// RUN: not test -e %t
// RUN: not tsdl-opt %s -o %t.new 2>/dev/null
// RUN: not test -e %t.new

// When the run fails, the -o file is left absent (an old one is removed),
// as mlir-opt does: build tools see no stale or partial output.

"foo.op"() : () -> ()
