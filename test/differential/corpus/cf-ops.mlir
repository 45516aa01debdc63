// Every cf op in its custom form: assert, br, cond_br (weights, operands), switch (negative cases, default only).
func.func @cf(%c: i1, %a: i32, %f: i32, %g: i64) -> i32 {
  cf.assert %c, "oops \"x\""
  cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb3(%x, %x : i32, i32)
^bb2:
  cf.switch %f : i32, [
    default: ^bb3(%a, %a : i32, i32),
    42: ^bb1(%a : i32),
    -7: ^bb4
  ]
^bb4:
  cf.switch %f : i32, [
    default: ^bb4
  ]
^bb5:
  cf.switch %g : i64, [
    default: ^bb4,
    -1: ^bb5
  ]
^bb6:
  cf.cond_br %c, ^bb4, ^bb5 {foo}
^bb3(%y: i32, %z: i32):
  return %y : i32
}
