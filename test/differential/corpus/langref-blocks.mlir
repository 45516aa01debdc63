// The block example from MLIR's LangRef ("Blocks"), in the generic form,
// with an unregistered function-like operation.
"test_dialect.func"() ({
^bb0(%a: i64, %cond: i1): // Code dominated by ^bb0 may refer to %a
  "test_dialect.cond_br"(%cond)[^bb1, ^bb2] : (i1) -> ()

^bb1:
  "test_dialect.br"(%a)[^bb3] : (i64) -> ()

^bb2:
  %b = "arith_like.addi"(%a, %a) : (i64, i64) -> i64
  "test_dialect.br"(%b)[^bb3] : (i64) -> ()

// ^bb3 has two predecessors and one argument, %c, not fixed: its value
// depends on the branch taken.
^bb3(%c: i64):
  "test_dialect.br"(%c, %a)[^bb4] : (i64, i64) -> ()

^bb4(%d : i64, %e : i64):
  %0 = "arith_like.addi"(%d, %e) : (i64, i64) -> i64
  "test_dialect.return"(%0) : (i64) -> ()
}) {sym_name = "simple", function_type = (i64, i1) -> i64} : () -> ()
