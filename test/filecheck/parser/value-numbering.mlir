// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// MLIR's value numbering, which the printer reproduces exactly (so names
// are checked literally here; input names do not matter):
// - a region's values are numbered after all the values of the enclosing
//   region (%0, %1, %2 at the top, then %3... inside);
// - sibling regions start from the same number (%3 in both regions of the
//   first "foo.region");
// - entry block arguments are %argN, continuing the count of the enclosing
//   region (%arg2 in the nested region) and restarting in sibling regions;
// - other block arguments are numbered like values (%5);
// - blocks are ^bbN, counted per region;
// - the region of a nested module is numbered like any other (%3, %4,
//   %arg0): printing the whole file numbers from its root.

// CHECK: module {
// CHECK-NEXT: %0 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: ^bb0(%arg0: i32, %arg1: i32):
// CHECK-NEXT: %3 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: %7 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %8 = "foo.def"() : () -> i32
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: %4 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1(%5: i32):  // pred: ^bb0
// CHECK-NEXT: %6:2 = "foo.def"() : () -> (i32, i32)
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT: %3 = "foo.def"() : () -> i32
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: %1 = "foo.def"() : () -> i32
// CHECK-NEXT: module {
// CHECK-NEXT: %3 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT: %4 = "foo.def"() : () -> i32
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: %2 = "foo.def"() : () -> i32
// CHECK-NEXT: }

%a = "foo.def"() : () -> i32
"foo.region"() ({
^bb0(%x: i32, %y: i32):
  %b = "foo.def"() : () -> i32
  "foo.region"() ({
  ^bb0(%z: i32):
    %c = "foo.def"() : () -> i32
    "foo.br"()[^bb1] : () -> ()
  ^bb1:
    %d = "foo.def"() : () -> i32
  }) : () -> ()
  %e = "foo.def"() : () -> i32
  "foo.br"()[^bb1] : () -> ()
^bb1(%w: i32):
  %f:2 = "foo.def"() : () -> (i32, i32)
}, {
^bb0(%v: i32):
  %g = "foo.def"() : () -> i32
}) : () -> ()
%h = "foo.def"() : () -> i32
module {
  %i = "foo.def"() : () -> i32
  "foo.region"() ({
  ^bb0(%u: i32):
    %j = "foo.def"() : () -> i32
  }) : () -> ()
}
%k = "foo.def"() : () -> i32
