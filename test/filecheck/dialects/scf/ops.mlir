// RUN: tsdl-opt %s --allow-unregistered-dialect | filecheck %s
// RUN: tsdl-opt %s --allow-unregistered-dialect --mlir-print-op-generic | tsdl-opt --allow-unregistered-dialect | filecheck %s

// CHECK-LABEL: func.func @for(
// CHECK:         %[[R:.+]]:2 = scf.for %[[IV:.+]] = %arg0 to %arg1 step %arg2 iter_args(%[[A:.+]] = %arg3, %[[B:.+]] = %arg3) -> (f32, f32) {
// CHECK-NEXT:      scf.yield %[[B]], %[[A]] : f32, f32
// CHECK-NEXT:    }
// CHECK:         scf.for %{{.+}} = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:      "foo.op"(%{{.+}}) : (index) -> ()
// CHECK-NEXT:    } {tag = 1 : i64}
// CHECK:         scf.for unsigned %{{.+}} = %arg4 to %arg4 step %arg4  : i32 {
// CHECK-NEXT:    }
func.func @for(%lb: index, %ub: index, %s: index, %x: f32, %i: i32) -> f32 {
  %r:2 = scf.for %iv = %lb to %ub step %s iter_args(%a = %x, %b = %x) -> (f32, f32) {
    scf.yield %b, %a : f32, f32
  }
  scf.for %iv = %lb to %ub step %s {
    "foo.op"(%iv) : (index) -> ()
  } {tag = 1}
  scf.for unsigned %iv = %i to %i step %i : i32 {
  }
  return %r#0 : f32
}

// CHECK-LABEL: func.func @if(
// CHECK:         scf.if %arg0 {
// CHECK-NEXT:      "foo.op"() : () -> ()
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "foo.op"() : () -> ()
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    %{{.+}} = scf.if %arg0 -> (f32) {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
func.func @if(%c: i1, %x: f32) {
  scf.if %c {
    "foo.op"() : () -> ()
  }
  scf.if %c {
    scf.yield
  } else {
    "foo.op"() : () -> ()
  } {tag}
  %r = scf.if %c -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %x : f32
  }
  return
}

// CHECK-LABEL: func.func @while(
// CHECK:         %{{.+}} = scf.while (%[[X:.+]] = %arg1) : (f32) -> f32 {
// CHECK-NEXT:      scf.condition(%arg0) %[[X]] : f32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%[[Y:.+]]: f32):
// CHECK-NEXT:      scf.yield %[[Y]] : f32
// CHECK-NEXT:    } attributes {tag}
// CHECK:         scf.while : () -> () {
// CHECK-NEXT:      scf.condition(%arg0)
// CHECK-NEXT:    } do {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
func.func @while(%c: i1, %x: f32) {
  %r = scf.while (%a = %x) : (f32) -> f32 {
    scf.condition(%c) %a : f32
  } do {
  ^bb0(%b: f32):
    scf.yield %b : f32
  } attributes {tag}
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  return
}

// CHECK-LABEL: func.func @execute_region(
// CHECK:         %{{.+}}:2 = scf.execute_region -> (i1, f32) no_inline {
// CHECK-NEXT:      cf.br ^bb1
// CHECK-NEXT:    ^bb1:
// CHECK-NEXT:      scf.yield %arg0, %arg1 : i1, f32
// CHECK-NEXT:    } {tag}
// CHECK:         scf.execute_region {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
func.func @execute_region(%c: i1, %x: f32) {
  %r:2 = scf.execute_region -> (i1, f32) no_inline {
    cf.br ^bb1
  ^bb1:
    scf.yield %c, %x : i1, f32
  } {tag}
  scf.execute_region {
    scf.yield
  }
  return
}

// CHECK-LABEL: func.func @index_switch(
// CHECK:         %{{.+}} = scf.index_switch %arg0 -> f32 {{$}}
// CHECK-NEXT:    case 2 {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    case -5 {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
// CHECK:         scf.index_switch %arg0 {{$}}
// CHECK-NEXT:    default {
// CHECK-NEXT:    }
func.func @index_switch(%i: index, %x: f32) {
  %r = scf.index_switch %i -> f32
  case 2 {
    scf.yield %x : f32
  }
  case -5 {
    scf.yield %x : f32
  }
  default {
    scf.yield %x : f32
  }
  scf.index_switch %i
  default {
  }
  return
}

// CHECK-LABEL: func.func @parallel(
// CHECK:         %{{.+}} = scf.parallel (%[[I:.+]], %[[J:.+]]) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) init (%arg3) -> f32 {
// CHECK-NEXT:      scf.reduce(%arg3 : f32) {
// CHECK-NEXT:      ^bb0(%[[L:.+]]: f32, %[[R:.+]]: f32):
// CHECK-NEXT:        %[[S:.+]] = arith.addf %[[L]], %[[R]] : f32
// CHECK-NEXT:        scf.reduce.return %[[S]] : f32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK:         scf.parallel (%{{.+}}) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      scf.reduce {{$}}
// CHECK-NEXT:    } {tag}
func.func @parallel(%lb: index, %ub: index, %s: index, %x: f32) {
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%s, %s) init (%x) -> f32 {
    scf.reduce(%x : f32) {
    ^bb0(%l: f32, %rr: f32):
      %sum = arith.addf %l, %rr : f32
      scf.reduce.return %sum : f32
    }
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%s) {
  } {tag}
  return
}

// CHECK-LABEL: func.func @forall(
// CHECK:         %{{.+}} = scf.forall (%{{.+}}, %{{.+}}) in (4, %arg0) shared_outs(%{{.+}} = %arg1) -> (tensor<8xf32>) {
// CHECK-NEXT:      scf.forall.in_parallel {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK:         scf.forall (%{{.+}}) = (1) to (%arg0) step (2) {
// CHECK-NEXT:      "foo.op"() : () -> ()
// CHECK-NEXT:    } {mapping = []}
func.func @forall(%n: index, %t: tensor<8xf32>) {
  %r = scf.forall (%i, %j) in (4, %n) shared_outs(%o = %t) -> (tensor<8xf32>) {
  }
  scf.forall (%i) = (1) to (%n) step (2) {
    "foo.op"() : () -> ()
  } {mapping = []}
  return
}
