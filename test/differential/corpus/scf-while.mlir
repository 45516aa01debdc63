// scf.while: two regions with block arguments, scf.condition.
"func.func"() <{function_type = (i32) -> i32, sym_name = "while_loop"}> ({
^bb0(%init: i32):
  %r = "scf.while"(%init) ({
  ^bb0(%arg: i32):
    %c10 = "arith.constant"() <{value = 10 : i32}> : () -> i32
    %cond = "arith.cmpi"(%arg, %c10) <{predicate = 2 : i64}> : (i32, i32) -> i1
    "scf.condition"(%cond, %arg) : (i1, i32) -> ()
  }, {
  ^bb0(%arg: i32):
    %c1 = "arith.constant"() <{value = 1 : i32}> : () -> i32
    %next = "arith.addi"(%arg, %c1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "scf.yield"(%next) : (i32) -> ()
  }) : (i32) -> i32
  "func.return"(%r) : (i32) -> ()
}) : () -> ()
