// A CFG with cf.br and cf.cond_br (successors with operands), in the
// generic form: operandSegmentSizes for cond_br.
"func.func"() <{function_type = (i1, i32, i32) -> i32, sym_name = "select"}> ({
^bb0(%cond: i1, %a: i32, %b: i32):
  "cf.cond_br"(%cond, %a, %b)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%x: i32):
  "cf.br"(%x)[^bb3] : (i32) -> ()
^bb2(%y: i32):
  %neg = "arith.subi"(%y, %y) : (i32, i32) -> i32
  "cf.br"(%neg)[^bb3] : (i32) -> ()
^bb3(%r: i32):
  "func.return"(%r) : (i32) -> ()
}) : () -> ()

// A loop: a back edge to a block with an argument.
"func.func"() <{function_type = (index) -> index, sym_name = "count"}> ({
^bb0(%n: index):
  %c0 = "arith.constant"() <{value = 0 : index}> : () -> index
  %c1 = "arith.constant"() <{value = 1 : index}> : () -> index
  "cf.br"(%c0)[^header] : (index) -> ()
^header(%i: index):
  %lt = "arith.cmpi"(%i, %n) <{predicate = 2 : i64}> : (index, index) -> i1
  "cf.cond_br"(%lt)[^body, ^exit] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
^body:
  %next = "arith.addi"(%i, %c1) : (index, index) -> index
  "cf.br"(%next)[^header] : (index) -> ()
^exit:
  "func.return"(%i) : (index) -> ()
}) : () -> ()
