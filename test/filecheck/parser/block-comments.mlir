// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | filecheck %s

// Block labels end with a comment on their predecessors, as mlir-opt
// prints them: `// pred: ^bbN` for a single predecessor edge, `// N preds:
// ...` for several (one entry per edge, in block order), `// no
// predecessors` for an unreachable non-entry block.
// The entry block gets no comment, and its label is left out when it has
// no arguments.

// CHECK-LABEL: "foo.cfg"() ({
// CHECK-NEXT:   "foo.cond_br"()[^bb1, ^bb2] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT:   "foo.br"()[^bb3] : () -> ()
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT:   "foo.switch"()[^bb3, ^bb3, ^bb4] : () -> ()
// CHECK-NEXT: ^bb3:  // 3 preds: ^bb1, ^bb2, ^bb2
// CHECK-NEXT:   "foo.br"()[^bb4] : () -> ()
// CHECK-NEXT: ^bb4:  // 2 preds: ^bb2, ^bb3
// CHECK-NEXT:   "foo.return"() : () -> ()
// CHECK-NEXT: ^bb5:  // pred: ^bb5
// CHECK-NEXT:   "foo.br"()[^bb5] : () -> ()
// CHECK-NEXT: ^bb6:  // no predecessors
// CHECK-NEXT:   "foo.return"() : () -> ()
// CHECK-NEXT: ^bb7:  // pred: ^bb8
// CHECK-NEXT:   "foo.br"()[^bb8] : () -> ()
// CHECK-NEXT: ^bb8:  // pred: ^bb7
// CHECK-NEXT:   "foo.br"()[^bb7] : () -> ()
// CHECK-NEXT: }) : () -> ()
"foo.cfg"() ({
  "foo.cond_br"()[^a, ^b] : () -> ()
^a:
  "foo.br"()[^c] : () -> ()
^b:
  "foo.switch"()[^c, ^c, ^d] : () -> ()
^c:
  "foo.br"()[^d] : () -> ()
^d:
  "foo.return"() : () -> ()
^dead:
  "foo.br"()[^dead] : () -> ()
^unreached:
  "foo.return"() : () -> ()
^loop:
  "foo.br"()[^loop2] : () -> ()
^loop2:
  "foo.br"()[^loop] : () -> ()
}) : () -> ()

// CHECK-LABEL: "foo.entry_only"() ({
// CHECK-NEXT:   "foo.return"() : () -> ()
// CHECK-NEXT: }) : () -> ()
"foo.entry_only"() ({
^bb0:
  "foo.return"() : () -> ()
}) : () -> ()

// Predecessors with arguments; the comment follows the argument list.
// CHECK-LABEL: "foo.args"() ({
// CHECK-NEXT: ^bb0(%[[A:.*]]: i32):
// CHECK-NEXT:   "foo.br"(%[[A]])[^bb1] : (i32) -> ()
// CHECK-NEXT: ^bb1(%{{.*}}: i32):  // 2 preds: ^bb0, ^bb1
"foo.args"() ({
^entry(%a: i32):
  "foo.br"(%a)[^next] : (i32) -> ()
^next(%b: i32):
  "foo.br"(%b)[^next] : (i32) -> ()
}) : () -> ()

// One predecessor block reaching a block twice is two edges: "2 preds"
// (MLIR's Block::getSinglePredecessor wants exactly one edge).
// CHECK-LABEL: "foo.twice"() ({
// CHECK-NEXT:   "foo.cond_br"()[^bb1, ^bb1] : () -> ()
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb0
"foo.twice"() ({
  "foo.cond_br"()[^next, ^next] : () -> ()
^next:
  "foo.return"() : () -> ()
}) : () -> ()
