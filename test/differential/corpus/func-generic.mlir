// func.func, func.call and func.return in the generic form, with properties.
"func.func"() <{function_type = (i32, i32) -> i32, sym_name = "add"}> ({
^bb0(%a: i32, %b: i32):
  %sum = "arith.addi"(%a, %b) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
  "func.return"(%sum) : (i32) -> ()
}) : () -> ()

"func.func"() <{function_type = () -> i32, sym_name = "caller", sym_visibility = "private"}> ({
  %c1 = "arith.constant"() <{value = 1 : i32}> : () -> i32
  %c2 = "arith.constant"() <{value = 2 : i32}> : () -> i32
  %r = "func.call"(%c1, %c2) <{callee = @add}> : (i32, i32) -> i32
  "func.return"(%r) : (i32) -> ()
}) : () -> ()

// A declaration: an empty body region.
"func.func"() <{function_type = (f32) -> f32, sym_name = "external", sym_visibility = "private"}> ({
}) : () -> ()
