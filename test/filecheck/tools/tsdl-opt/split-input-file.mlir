// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file %s | filecheck %s
// RUN: not tsdl-opt --allow-unregistered-dialect --split-input-file %S/Inputs/split-input-file-errors.mlir 2>&1 >/dev/null | filecheck %s --check-prefix=ERRORS
// RUN: not tsdl-opt --allow-unregistered-dialect --split-input-file %S/Inputs/split-input-file-errors.mlir 2>/dev/null | filecheck %s --check-prefix=OUTPUT

// --split-input-file processes the chunks between markers (two slashes, a
// space, five dashes) separately and joins their outputs with marker lines.
// As in mlir-opt, every occurrence of the marker splits (even after code on
// a line, or in a comment), and a chunk starts right after the marker. (The
// check lines spell the marker with a regex so as not to split this file.)

// CHECK: module {
// CHECK-NEXT: "a.first"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // {{-----}}
"a.first"() : () -> ()

// -----

// CHECK-NEXT: module {
// CHECK-NEXT: "a.second"() : () -> ()
// CHECK-NEXT: "a.before_marker"() : () -> ()
// CHECK-NEXT: }
"a.second"() : () -> ()
// CHECK-EMPTY:
// CHECK-NEXT: // {{-----}}
// CHECK-NEXT: module {
// CHECK-NEXT: "a.third"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // {{-----}}
"a.before_marker"() : () -> () // -----
"a.third"() : () -> ()

// An empty chunk is an empty module (here, two of them).
// -----
// CHECK-NEXT: module {
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // {{-----}}
// CHECK-NEXT: module {
// CHECK-NEXT: }
// CHECK-NOT: module
// -----

// Values and aliases do not cross chunks. Errors in a chunk are reported with the line numbers of the whole file;
// the other chunks still print (the exit code is 1).
// ERRORS: split-input-file-errors.mlir:3:9: error: use of undeclared SSA value name
// ERRORS: split-input-file-errors.mlir:9:22: error: undefined symbol alias id 'alias'
// OUTPUT: "a.ok"() : () -> ()
// OUTPUT: "a.ok2"() : () -> ()
