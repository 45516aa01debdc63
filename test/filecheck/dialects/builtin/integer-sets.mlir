// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Integer set attributes (`affine_set<(dims)[syms] : (constraints)>`):
// constraints `expr >= 0` and `expr == 0`, printed as `#set` aliases.

// Aliases are sorted by name, so `#map` comes before `#set` whatever the
// order of use.
// CHECK: #map = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0, -d0 + 10 >= 0)>
// CHECK-NEXT: #set1 = affine_set<(d0, d1) : (d0 - d1 >= 0)>
// CHECK-NEXT: #set2 = affine_set<() : (0 == 0)>
// CHECK-NEXT: #set3 = affine_set<(d0) : (1 >= 0)>
// CHECK-NEXT: module {

// CHECK-LABEL: "foo.sets"
// CHECK-SAME: {a = #set, b = #set1}
"foo.sets"() {a = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0, -d0 + 10 >= 0)>, b = affine_set<(i, j) : (i - j >= 0)>} : () -> ()

// Constant constraints.
// CHECK-LABEL: "foo.trivial"
// CHECK-SAME: {a = #set2, b = #set3}
"foo.trivial"() {a = affine_set<() : (0 == 0)>, b = affine_set<(d0) : (1 >= 0)>} : () -> ()

// Sets and maps have separate alias names.
// CHECK-LABEL: "foo.both"
// CHECK-SAME: {m = #map, s = #set1}
"foo.both"() {m = affine_map<(d0) -> (d0 + 1)>, s = affine_set<(d0, d1) : (d0 - d1 >= 0)>} : () -> ()
