// Every scf op in its custom form: for (unsigned, iter_args, i32), if/else, while, execute_region,
// index_switch, parallel with reduce, forall (normalized, general, shared_outs) and in_parallel.
func.func @scf(%n: index, %init: f32, %b: i1, %i32: i32, %t: tensor<8xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %iv = %c0 to %n step %c1 iter_args(%acc = %init, %acc2 = %init) -> (f32, f32) {
    %v = scf.if %b -> (f32) {
      scf.yield %acc : f32
    } else {
      scf.yield %acc2 : f32
    }
    scf.yield %v, %v : f32, f32
  }
  scf.for %iv = %c0 to %n step %c1 {
    scf.if %b {
      "foo.foo"() : () -> ()
    }
  }
  scf.for %iv = %i32 to %i32 step %i32 : i32 {
  }
  %w:2 = scf.while (%x = %init, %y = %n) : (f32, index) -> (f32, index) {
    scf.condition(%b) %x, %y : f32, index
  } do {
  ^bb0(%x: f32, %y: index):
    scf.yield %x, %y : f32, index
  }
  %e = scf.execute_region -> i32 {
    scf.yield %i32 : i32
  }
  scf.execute_region {
    scf.yield
  }
  %s = scf.index_switch %n -> f32
  case 2 {
    scf.yield %init : f32
  }
  case 5 {
    scf.yield %init : f32
  }
  default {
    scf.yield %init : f32
  }
  scf.index_switch %n
  default {
  }
  %p = scf.parallel (%i, %j) = (%c0, %c0) to (%n, %n) step (%c1, %c1) init (%init) -> f32 {
    scf.reduce(%init : f32) {
    ^bb0(%l: f32, %rr: f32):
      %s2 = arith.addf %l, %rr : f32
      scf.reduce.return %s2 : f32
    }
  }
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
  }
  return %init : f32
}

func.func @f(%n: index, %b: i1) {
  scf.for unsigned %i = %n to %n step %n {
  }
  scf.for %i = %n to %n step %n {
    "foo.x"() : () -> ()
  } {attr = 1}
  %r = scf.for %i = %n to %n step %n iter_args(%a = %n) -> (index) {
    scf.yield %a : index
  }
  scf.if %b {
  } else {
  }
  scf.if %b {
    scf.yield
  } else {
    "foo.y"() : () -> ()
  } {x}
  %r2:2 = scf.if %b -> (index, i1) {
    scf.yield %n, %b : index, i1
  } else {
    scf.yield %n, %b : index, i1
  }
  %r3 = scf.if %b -> index {
    scf.yield %n : index
  } else {
    scf.yield %n : index
  }
  scf.while : () -> () {
    scf.condition(%b)
  } do {
    scf.yield
  }
  %w = scf.while (%x = %n) : (index) -> index {
    scf.condition(%b) %x : index
  } do {
  ^bb0(%y: index):
    scf.yield %y : index
  } attributes {foo}
  %e:2 = scf.execute_region -> (i1, index) no_inline {
    cf.br ^bb1
  ^bb1:
    scf.yield %b, %n : i1, index
  } {foo}
  return
}

func.func @fa(%n: index, %t: tensor<8xf32>, %u: tensor<?x4xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %fa = scf.forall (%i, %j) in (4, %n) shared_outs(%o = %t) -> (tensor<8xf32>) {
  }
  %fb:2 = scf.forall (%i) = (%n) to (%n) step (%n) shared_outs(%o = %t, %p = %u) -> (tensor<8xf32>, tensor<?x4xi32>) {
    "foo.use"(%i, %o, %p) : (index, tensor<8xf32>, tensor<?x4xi32>) -> ()
  }
  scf.forall (%i) = (0) to (%n) step (2) {
  } {mapping = []}
  scf.forall (%i) = (%c0) to (%n) step (%c1) {
    "foo.x"() : () -> ()
  }
  scf.forall (%i, %j, %k) = (1, 0, %n) to (8, 8, 8) step (1, 1, 1) {
    scf.forall.in_parallel {
    }
  } {foo}
  scf.forall (%i) in (%n) {
  }
  return
}
