// scf.for and scf.if nested regions with scf.yield terminators.
"func.func"() <{function_type = (index, f32) -> f32, sym_name = "sum"}> ({
^bb0(%n: index, %init: f32):
  %c0 = "arith.constant"() <{value = 0 : index}> : () -> index
  %c1 = "arith.constant"() <{value = 1 : index}> : () -> index
  %r = "scf.for"(%c0, %n, %c1, %init) ({
  ^bb0(%iv: index, %acc: f32):
    %cond = "arith.cmpi"(%iv, %c1) <{predicate = 0 : i64}> : (index, index) -> i1
    %v = "scf.if"(%cond) ({
      %d = "arith.addf"(%acc, %acc) : (f32, f32) -> f32
      "scf.yield"(%d) : (f32) -> ()
    }, {
      "scf.yield"(%acc) : (f32) -> ()
    }) : (i1) -> f32
    "scf.yield"(%v) : (f32) -> ()
  }) : (index, index, index, f32) -> f32
  "func.return"(%r) : (f32) -> ()
}) : () -> ()
