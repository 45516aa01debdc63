// RUN: tsdl-opt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

func.func @for_yield_type(%n: index, %b: i1, %f: f32) {
  // expected-error @+1 {{'scf.for' op 0-th region iter_arg and 0-th yielded value have different type: 'f32' != 'i1'}}
  %r = "scf.for"(%n, %n, %n, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%b) : (i1) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @for_result_type(%n: index, %f: f32) {
  // expected-error @+1 {{'scf.for' op 0-th region iter_arg and 0-th loop result have different type: 'f32' != 'i32'}}
  %r = "scf.for"(%n, %n, %n, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%x) : (f32) -> ()
  }) : (index, index, index, f32) -> i32
  return
}

// -----

func.func @for_yield_count(%n: index, %f: f32) {
  // expected-error @+1 {{'scf.for' op different number of region iter_args and yielded values: 1 != 2}}
  %r = "scf.for"(%n, %n, %n, %f) ({
  ^bb0(%i: index, %x: f32):
    "scf.yield"(%x, %x) : (f32, f32) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @for_init_type(%n: index, %f: f32) {
  // expected-error @+1 {{'scf.for' op 0-th init and 0-th region iter_arg have different type: 'f32' != 'i1'}}
  %r = "scf.for"(%n, %n, %n, %f) ({
  ^bb0(%i: index, %x: i1):
    "scf.yield"(%x) : (i1) -> ()
  }) : (index, index, index, f32) -> f32
  return
}

// -----

func.func @for_iv_type(%n: index) {
  // expected-error @+1 {{'scf.for' op expected induction variable to be same type as bounds and step}}
  "scf.for"(%n, %n, %n) ({
  ^bb0(%i: i32):
    "scf.yield"() : () -> ()
  }) : (index, index, index) -> ()
  return
}

// -----

func.func @for_bounds_type(%n: index, %i: i32) {
  // expected-error @+1 {{'scf.for' op failed to verify that all of {lowerBound, upperBound, step} have same type}}
  "scf.for"(%n, %i, %n) ({
  ^bb0(%ii: index):
    "scf.yield"() : () -> ()
  }) : (index, i32, index) -> ()
  return
}

// -----

func.func @for_parse_results(%n: index, %f: f32) {
  // expected-error @+1 {{custom op 'scf.for' mismatch in number of loop-carried values and defined values}}
  %r = scf.for %x = %n to %n step %n iter_args(%a = %f) -> (f32, f32) {
  }
  return
}

// -----

func.func @if_no_else(%b: i1, %f: f32) {
  // expected-error @+1 {{'scf.if' op must have an else block if defining values}}
  %r = "scf.if"(%b) ({
    "scf.yield"(%f) : (f32) -> ()
  }, {
  }) : (i1) -> f32
  return
}

// -----

func.func @if_yield_type(%b: i1, %f: f32) {
  // expected-error @+1 {{'scf.if' op along control flow edge from Operation scf.yield to parent: successor operand type #0 'i1' should match successor input type #0 'f32'}}
  %r = "scf.if"(%b) ({
    // expected-note @+1 {{region branch point}}
    "scf.yield"(%b) : (i1) -> ()
  }, {
    "scf.yield"(%f) : (f32) -> ()
  }) : (i1) -> f32
  return
}

// -----

func.func @yield_parent() {
  // expected-error @+1 {{'scf.yield' op expects parent op to be one of 'scf.execute_region, scf.for, scf.if, scf.index_switch, scf.while'}}
  "scf.yield"() : () -> ()
}

// -----

func.func @while_before_terminator(%b: i1, %f: f32) {
  // expected-error @+1 {{'scf.while' op expects the 'before' region to terminate with 'scf.condition'}}
  %r = "scf.while"(%f) ({
  ^bb0(%x: f32):
    // expected-note @+1 {{terminator here}}
    "scf.yield"(%x) : (f32) -> ()
  }, {
  ^bb0(%x: f32):
    "scf.yield"(%x) : (f32) -> ()
  }) : (f32) -> f32
  return
}

// -----

func.func @while_init_type(%b: i1, %f: f32) {
  // expected-error @+2 {{'scf.while' op along control flow edge from parent to Region #0: successor operand type #0 'f32' should match successor input type #0 'i1'}}
  // expected-note @+1 {{region branch point}}
  %r = "scf.while"(%f) ({
  ^bb0(%x: i1):
    "scf.condition"(%b, %f) : (i1, f32) -> ()
  }, {
  ^bb0(%x: f32):
    "scf.yield"(%b) : (i1) -> ()
  }) : (f32) -> f32
  return
}

// -----

func.func @condition_parent(%b: i1) {
  // expected-error @+1 {{'scf.condition' op expects parent op 'scf.while'}}
  "scf.condition"(%b) : (i1) -> ()
}

// -----

func.func @execute_region_args() {
  // expected-error @+1 {{'scf.execute_region' op region cannot have any arguments}}
  %r = "scf.execute_region"() ({
  ^bb0(%x: f32):
    "scf.yield"(%x) : (f32) -> ()
  }) : () -> f32
  return
}

// -----

func.func @index_switch_type(%n: index, %b: i1, %f: f32) {
  // expected-error @+1 {{'scf.index_switch' op expected result #0 of each region to be 'f32'}}
  %r = scf.index_switch %n -> f32
  case 2 {
    // expected-note @+1 {{case region #0 returns 'i1' here}}
    scf.yield %b : i1
  }
  default {
    scf.yield %f : f32
  }
  return
}

// -----

func.func @index_switch_cases(%n: index, %f: f32) {
  // expected-error @+1 {{'scf.index_switch' op has 1 case regions but 2 case values}}
  %r = "scf.index_switch"(%n) <{cases = array<i64: 1, 2>}> ({
    scf.yield %f : f32
  }, {
    scf.yield %f : f32
  }) : (index) -> f32
  return
}

// -----

func.func @parallel_step(%n: index) {
  %c0 = arith.constant 0 : index
  // expected-error @+1 {{'scf.parallel' op constant step operand must be positive}}
  scf.parallel (%i) = (%n) to (%n) step (%c0) {
  }
  return
}

// -----

func.func @parallel_reductions(%n: index, %f: f32) {
  // expected-error @+1 {{'scf.parallel' op expects number of results: 1 to be the same as number of reductions: 0}}
  %r = scf.parallel (%i) = (%n) to (%n) step (%n) init (%f) -> f32 {
    scf.reduce
  }
  return
}

// -----

func.func @parallel_ivs(%n: index) {
  // expected-error @+1 {{'scf.parallel' op expects the same number of induction variables: 2 as bound and step values: 1}}
  "scf.parallel"(%n, %n, %n) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
  ^bb0(%i: index, %j: index):
    scf.reduce
  }) : (index, index, index) -> ()
  return
}

// -----

func.func @reduce_type(%n: index, %b: i1, %f: f32) {
  %r = scf.parallel (%i) = (%n) to (%n) step (%n) init (%f) -> f32 {
    // expected-error @+1 {{'scf.reduce' op expects type of 0-th reduction operand: 'i1' to be the same as the 0-th result type: 'f32'}}
    scf.reduce(%b : i1) {
    ^bb0(%l: i1, %rr: i1):
      scf.reduce.return %l : i1
    }
  }
  return
}

// -----

func.func @reduce_args(%n: index, %f: f32) {
  %r = scf.parallel (%i) = (%n) to (%n) step (%n) init (%f) -> f32 {
    // expected-error @+1 {{'scf.reduce' op expected two block arguments with type 'f32' in the 0-th reduction region}}
    scf.reduce(%f : f32) {
    ^bb0(%l: f32, %rr: i1):
      scf.reduce.return %l : f32
    }
  }
  return
}

// -----

func.func @reduce_return_type(%n: index, %b: i1, %f: f32) {
  %r = scf.parallel (%i) = (%n) to (%n) step (%n) init (%f) -> f32 {
    scf.reduce(%f : f32) {
    ^bb0(%l: f32, %rr: f32):
      // expected-error @+1 {{'scf.reduce.return' op must have type 'f32' (the type of the reduction inputs)}}
      scf.reduce.return %b : i1
    }
  }
  return
}

// -----

func.func @forall_results(%n: index) {
  // expected-error @+1 {{'scf.forall' op produces 1 results, but has only 0 outputs}}
  %r = "scf.forall"(%n) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: -9223372036854775808>}> ({
  ^bb0(%i: index):
    scf.forall.in_parallel {}
  }) : (index) -> tensor<8xf32>
  return
}

// -----

func.func @forall_bounds(%n: index) {
  // expected-error @+1 {{expected 0 dynamic upper bound values}}
  "scf.forall"(%n) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: 5>}> ({
  ^bb0(%i: index):
    scf.forall.in_parallel {}
  }) : (index) -> ()
  return
}

// -----

func.func @in_parallel_ops(%t: tensor<8xf32>) {
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<8xf32>) {
    // expected-error @+1 {{'scf.forall.in_parallel' op expected only ParallelCombiningOpInterface ops}}
    scf.forall.in_parallel {
      "foo.x"() : () -> ()
    }
  }
  return
}

// -----

func.func @for_unsigned_kind(%a: i32) {
  // expected-error @+1 {{invalid properties {unsignedCmp = 1 : i32} for op scf.for: Invalid attribute `unsignedCmp` in property conversion: 1 : i32}}
  "scf.for"(%a, %a, %a) <{unsignedCmp = 1 : i32}> ({
  ^bb0(%i: i32):
    scf.yield
  }) : (i32, i32, i32) -> ()
  return
}

// -----

// A misplaced terminator with the wrong parent: the parent is checked first, as in MLIR.
func.func @yield_outside_scf(%a: f32) {
  // expected-error @+1 {{expects parent op to be one of 'scf.execute_region, scf.for, scf.if, scf.index_switch, scf.while'}}
  "scf.yield"(%a) : (f32) -> ()
  return
}
