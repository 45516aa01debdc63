// Terminators with successors, successor operands, and predecessors of all
// shapes (the `// pred:` comments), including unreachable blocks.
"foo.func"() ({
^bb0(%c: i1, %v: i32):
  "foo.switch"(%c, %v, %v)[^bb1, ^bb2, ^bb3] : (i1, i32, i32) -> ()
^bb1:
  "foo.br"(%v)[^bb4] : (i32) -> ()
^bb2:
  "foo.br"(%v)[^bb4] : (i32) -> ()
^bb3:
  "foo.cond_br"(%c)[^bb4, ^bb1] : (i1) -> ()
^bb4(%x: i32):
  "foo.return"(%x) : (i32) -> ()
^bb5:
  "foo.br"()[^bb5] : () -> ()
^bb6(%y: i32, %z: f32):
  "foo.br"(%y)[^bb4] : (i32) -> ()
}) : () -> ()
