// arith.constant of every scalar kind in the generic form.
"func.func"() <{function_type = () -> (), sym_name = "constants"}> ({
  %0 = "arith.constant"() <{value = 42 : i32}> : () -> i32
  %1 = "arith.constant"() <{value = -1 : i8}> : () -> i8
  %2 = "arith.constant"() <{value = true}> : () -> i1
  %3 = "arith.constant"() <{value = 3.5 : f32}> : () -> f32
  %4 = "arith.constant"() <{value = 0x7FC00000 : f32}> : () -> f32
  %5 = "arith.constant"() <{value = 7 : index}> : () -> index
  %6 = "arith.constant"() <{value = 1.0 : bf16}> : () -> bf16
  %7 = "arith.addi"(%0, %0) <{overflowFlags = #arith.overflow<nsw>}> : (i32, i32) -> i32
  %8 = "arith.cmpf"(%3, %3) <{fastmath = #arith.fastmath<none>, predicate = 1 : i64}> : (f32, f32) -> i1
  "func.return"() : () -> ()
}) : () -> ()
