// A block reached more than once from the same terminator: mlir-opt counts
// predecessor edges (the block's use list), so `[^next, ^next]` gives
// `// 2 preds: ^bb0, ^bb0`; one edge gives `// pred:`.
"foo.cfg"() ({
  "foo.cond_br"()[^next, ^next] : () -> ()
^next:
  "foo.return"() : () -> ()
}) : () -> ()
"foo.cfg"() ({
  "foo.switch"()[^a, ^b, ^a, ^a] : () -> ()
^a:
  "foo.br"()[^b] : () -> ()
^b:
  "foo.loop"()[^b, ^b] : () -> ()
}) : () -> ()
