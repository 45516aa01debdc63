// RUN: tsdl-opt --version | filecheck %s
// RUN: tsdl-opt -version | filecheck %s
// RUN: tsdl-opt --version %s | filecheck %s

// --version prints the version and exits with 0 without reading the input.

// CHECK: tsdl-opt version {{[0-9]+\.[0-9]+\.[0-9]+}}
// CHECK-NOT: module
