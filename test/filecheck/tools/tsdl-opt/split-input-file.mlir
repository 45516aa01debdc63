// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file %s | filecheck %s

// CHECK: module {
// CHECK-NEXT: "a.first"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----
"a.first"() : () -> ()

// -----

// CHECK-NEXT: module {
// CHECK-NEXT: "a.second"() : () -> ()
// CHECK-NEXT: }
"a.second"() : () -> ()
