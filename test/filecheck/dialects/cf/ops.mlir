// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// CHECK-LABEL: func.func @assert(
// CHECK:         cf.assert %arg0, "oops \22x\22"
func.func @assert(%c: i1) {
  cf.assert %c, "oops \"x\""
  return
}

// CHECK-LABEL: func.func @branches(
// CHECK:         cf.cond_br %arg0 weights([3, 5]), ^bb1(%arg1 : i32), ^bb2
// CHECK:       ^bb1(%[[X:.+]]: i32):
// CHECK:         cf.br ^bb4(%[[X]], %[[X]] : i32, i32)
// CHECK:       ^bb2:
// CHECK:         cf.cond_br %arg0, ^bb3, ^bb4(%arg1, %arg1 : i32, i32) {foo}
// CHECK:       ^bb3:
// CHECK:         cf.br ^bb1(%arg1 : i32)
func.func @branches(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb4(%x, %x : i32, i32)
^bb2:
  cf.cond_br %c, ^bb3, ^bb4(%a, %a : i32, i32) {foo}
^bb3:
  cf.br ^bb1(%a : i32)
^bb4(%y: i32, %z: i32):
  return %y : i32
}

// CHECK-LABEL: func.func @switch(
// CHECK:         cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb1(%arg1 : i32),
// CHECK-NEXT:      42: ^bb2,
// CHECK-NEXT:      4294967289: ^bb1(%arg1 : i32)
// CHECK-NEXT:    ]
// CHECK:         cf.switch %arg0 : i32, [
// CHECK-NEXT:      default: ^bb2]
func.func @switch(%f: i32, %a: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    42: ^bb2,
    -7: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  cf.switch %f : i32, [
    default: ^bb2
  ]
^bb2:
  return
}
