// Block arguments with locations, in entry and other blocks.
"foo.func"() ({
^bb0(%a: i32 loc("args.mlir":1:10), %b: f32 loc(unknown), %c: index loc("n"("args.mlir":1:30))):
  "foo.br"(%a)[^bb1] : (i32) -> ()
^bb1(%d: i32 loc(fused["x":1:1, "y":2:2]), %e: i32 loc(callsite("c":1:1 at "d":2:2))):
  "foo.return"() : () -> ()
}) : () -> ()
