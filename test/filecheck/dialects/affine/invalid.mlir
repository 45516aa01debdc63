// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.apply' op operand count and affine map dimension and symbol count must match}}
  %0 = "affine.apply"(%a) <{map = affine_map<(d0, d1) -> (d0)>}> : (index) -> index
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.apply' op mapping must produce one value}}
  %0 = "affine.apply"(%a) <{map = affine_map<(d0) -> (d0, d0)>}> : (index) -> index
  return
}

// -----

func.func @f(%n: index) {
  affine.for %i = 0 to %n {
    // expected-error @+1 {{dimensional operand cannot be used as a symbol}}
    %0 = affine.apply affine_map<()[s0] -> (s0)>()[%i]
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{custom op 'affine.apply' dimension or symbol index mismatch}}
  %0 = affine.apply affine_map<(d0) -> (d0)>()
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.min' op affine map expect at least one result}}
  %0 = affine.min affine_map<(d0) -> ()>(%a)
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.max' op operand count and affine map dimension and symbol count must match}}
  %0 = "affine.max"(%a) <{map = affine_map<(d0, d1) -> (d0)>}> : (index) -> index
  return
}

// -----

func.func @f(%m: memref<10x10xf32>, %a: index) {
  // expected-error @+1 {{'affine.load' op affine map num results must equal memref rank}}
  %0 = "affine.load"(%m, %a) <{map = affine_map<(d0) -> (d0)>}> : (memref<10x10xf32>, index) -> f32
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{'affine.load' op result type must match element type of memref}}
  %0 = "affine.load"(%m, %a) <{map = affine_map<(d0) -> (d0)>}> : (memref<10xf32>, index) -> i32
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{'affine.load' op expects as many subscripts as affine map inputs}}
  %0 = "affine.load"(%m, %a) <{map = affine_map<(d0, d1) -> (d0)>}> : (memref<10xf32>, index) -> f32
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  affine.for %i = 0 to %n {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.load' op operand cannot be used as a dimension id}}
    %0 = affine.load %m[%x] : memref<10xf32>
  }
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index, %v: i32) {
  // expected-error @+1 {{'affine.store' op value to store must have the same type as memref element type}}
  "affine.store"(%v, %m, %a) <{map = affine_map<(d0) -> (d0)>}> : (i32, memref<10xf32>, index) -> ()
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{'affine.vector_load' op requires memref and vector types of the same elemental type}}
  %0 = affine.vector_load %m[%a] : memref<10xf32>, vector<4xi32>
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{'affine.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
  "affine.prefetch"(%m, %a) <{isDataCache = true, isWrite = false, localityHint = 5 : i32, map = affine_map<(d0) -> (d0)>}> : (memref<10xf32>, index) -> ()
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{'affine.prefetch' op affine.prefetch affine map num results must equal memref rank}}
  "affine.prefetch"(%m, %a) <{isDataCache = true, isWrite = false, localityHint = 1 : i32, map = affine_map<(d0) -> (d0, d0)>}> : (memref<10xf32>, index) -> ()
  return
}

// -----

func.func @f(%m: memref<10xf32>, %a: index) {
  // expected-error @+1 {{custom op 'affine.prefetch' rw specifier has to be 'read' or 'write'}}
  affine.prefetch %m[%a], readwrite, locality<1>, data : memref<10xf32>
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.yield' op only terminates affine.if/for/parallel regions}}
  affine.yield
}

// -----

func.func @f(%a: index, %f: f32) {
  %0 = affine.if affine_set<(d0) : (d0 >= 0)>(%a) -> f32 {
    // expected-error @+1 {{'affine.yield' op parent of yield must have same number of results as the yield operands}}
    affine.yield
  } else {
    affine.yield %f : f32
  }
  return
}

// -----

func.func @f(%a: index, %f: f32) {
  %0 = affine.if affine_set<(d0) : (d0 >= 0)>(%a) -> f32 {
    // expected-error @+1 {{'affine.yield' op types mismatch between yield op and its parent}}
    affine.yield %a : index
  } else {
    affine.yield %f : f32
  }
  return
}

// -----

func.func @f() {
  // expected-error @+1 {{custom op 'affine.for' expected step to be representable as a positive signed integer}}
  affine.for %i = 0 to 10 step -1 {
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{custom op 'affine.for' lower loop bound affine map with multiple results requires 'max' prefix}}
  affine.for %i = affine_map<(d0) -> (d0, 0)>(%a) to 10 {
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{custom op 'affine.for' upper loop bound affine map with multiple results requires 'min' prefix}}
  affine.for %i = 0 to affine_map<(d0) -> (d0, 0)>(%a) {
  }
  return
}

// -----

func.func @f(%n: index) {
  affine.for %i = 0 to 10 {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.for' op operand cannot be used as a dimension id}}
    affine.for %j = 0 to affine_map<(d0) -> (d0)>(%x) {
    }
  }
  return
}

// -----

func.func @f(%n: index) {
  affine.for %i = 0 to 10 {
    // expected-error @+1 {{'affine.for' op operand cannot be used as a symbol}}
    affine.for %j = 0 to affine_map<()[s0] -> (s0)>()[%i] {
    }
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.if' op operand count and condition integer set dimension and symbol count must match}}
  "affine.if"(%a) <{condition = affine_set<(d0, d1) : (d0 >= 0)>}> ({
    "affine.yield"() : () -> ()
  }, {
  }) : (index) -> ()
  return
}

// -----

func.func @f(%n: index) {
  affine.for %i = 0 to 10 {
    // expected-error @+1 {{'affine.if' op operand cannot be used as a symbol}}
    affine.if affine_set<()[s0] : (s0 >= 0)>()[%i] {
    }
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{custom op 'affine.if' dim operand count and integer set dim count must match}}
  affine.if affine_set<(d0) : (d0 >= 0)>()[%a] {
  }
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.delinearize_index' op should return an index for each basis element and up to one extra index}}
  %0:3 = affine.delinearize_index %a into (4) : index, index, index
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.delinearize_index' op no basis element may be statically non-positive}}
  %0:2 = affine.delinearize_index %a into (0, 4) : index, index
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.linearize_index' op should be passed a basis element for each index except possibly the first}}
  %0 = affine.linearize_index [%a, %a, %a] by (4) : index
  return
}

// -----

func.func @f(%a: index) {
  // expected-error @+1 {{'affine.delinearize_index' op mismatch between dynamic and static basis (kDynamic marker but no corresponding dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite}}
  %0 = "affine.delinearize_index"(%a) <{static_basis = array<i64: -9223372036854775808>}> : (index) -> index
  return
}

// -----

func.func @f(%f: f32) {
  // expected-error @+1 {{'affine.parallel' op result type cannot match reduction attribute}}
  %r = affine.parallel (%i) = (0) to (10) reduce ("addi") -> f32 {
    affine.yield %f : f32
  }
  return
}

// -----

func.func @f(%f: f32) {
  // expected-error @+1 {{'affine.parallel' op a reduction must be specified for each output}}
  %r = affine.parallel (%i) = (0) to (10) -> f32 {
    affine.yield %f : f32
  }
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{custom op 'affine.parallel' steps must be constant integers}}
  affine.parallel (%i) = (0) to (10) step (%n) {
  }
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{custom op 'affine.parallel' invalid reduction value: "foo"}}
  affine.parallel (%i) = (0) to (10) reduce ("foo") {
  }
  return
}

// -----

func.func @f(%n: index) {
  // expected-error @+1 {{'affine.parallel' op the number of region arguments (2) and the number of map groups for lower (1) and upper bound (1), and the number of steps (2) must all match}}
  affine.parallel (%i, %j) = (0) to (10) {
  }
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  affine.parallel (%i) = (0) to (10) {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.parallel' op operand cannot be used as a dimension id}}
    affine.parallel (%j) = (0) to (%x) {
    }
  }
  return
}

// -----

func.func @f(%m: tensor<10xf32>, %n: index) {
  // expected-error @+1 {{custom op 'affine.load' invalid kind of type specified: expected builtin.memref, but found 'tensor<10xf32>'}}
  %0 = affine.load %m[%n] : tensor<10xf32>
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  // expected-error @+1 {{non-affine expression: at least one of the multiply operands has to be either a constant or symbolic}}
  %0 = affine.load %m[%n + %n * %n] : memref<10xf32>
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  // expected-error @+1 {{use of undeclared identifier}}
  %0 = affine.load %m[%n + d0] : memref<10xf32>
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  affine.for %i = 0 to %n {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.prefetch' op index must be a valid dimension or symbol identifier}}
    affine.prefetch %m[%x], read, locality<1>, data : memref<10xf32>
  }
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  affine.for %i = 0 to %n {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.vector_load' op operand cannot be used as a symbol}}
    %0 = affine.vector_load %m[symbol(%x)] : memref<10xf32>, vector<4xf32>
  }
  return
}

// -----

func.func @f(%m: memref<10xf32>, %n: index) {
  affine.for %i = 0 to %n {
    // expected-error @+1 {{'affine.load' op operand cannot be used as a symbol}}
    %0 = affine.load %m[symbol(%i)] : memref<10xf32>
  }
  return
}

// -----

func.func @f(%a: memref<10xf32>, %b: memref<10xf32>, %t: memref<1xi32>, %n: index) {
  // expected-error @+1 {{custom op 'affine.dma_start' expected two stride related operands}}
  affine.dma_start %a[0], %b[0], %t[0], %n, %n : memref<10xf32>, memref<10xf32>, memref<1xi32>
  return
}

// -----

func.func @f(%a: memref<10xf32>, %b: memref<10xf32>, %t: memref<1xi32>, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op incorrect number of operands}}
  "affine.dma_start"(%a, %b, %t, %n, %n) {dst_map = affine_map<() -> (0)>, src_map = affine_map<() -> (0)>, tag_map = affine_map<() -> (0)>} : (memref<10xf32>, memref<10xf32>, memref<1xi32>, index, index) -> ()
  return
}

// -----

func.func @f(%a: tensor<10xf32>, %b: memref<10xf32>, %t: memref<1xi32>, %n: index) {
  // expected-error @+1 {{'affine.dma_start' op expected DMA source to be of memref type}}
  "affine.dma_start"(%a, %b, %t, %n) {dst_map = affine_map<() -> (0)>, src_map = affine_map<() -> (0)>, tag_map = affine_map<() -> (0)>} : (tensor<10xf32>, memref<10xf32>, memref<1xi32>, index) -> ()
  return
}

// -----

func.func @f(%a: memref<10xf32>, %b: memref<10xf32>, %t: memref<1xi32>, %n: index) {
  affine.for %i = 0 to 10 {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.dma_start' op tag index must be a valid dimension or symbol identifier}}
    affine.dma_start %a[0], %b[0], %t[%x], %n : memref<10xf32>, memref<10xf32>, memref<1xi32>
  }
  return
}

// -----

func.func @f(%t: tensor<1xi32>, %n: index) {
  // expected-error @+1 {{'affine.dma_wait' op expected DMA tag to be of memref type}}
  "affine.dma_wait"(%t, %n) {tag_map = affine_map<() -> (0)>} : (tensor<1xi32>, index) -> ()
  return
}

// -----

func.func @f(%t: memref<1xi32>, %n: index) {
  affine.for %i = 0 to 10 {
    %x = arith.addi %i, %i : index
    // expected-error @+1 {{'affine.dma_wait' op index must be a valid dimension or symbol identifier}}
    affine.dma_wait %t[%x], %n : memref<1xi32>
  }
  return
}

// -----

func.func @affine_store_missing_l_square(%C: memref<4096x4096xf32>) {
  %9 = arith.constant 0.0 : f32
  // expected-error @+1 {{expected '[' in affine map}}
  affine.store %9, %C : memref<4096x4096xf32>
  return
}

// -----

func.func @affine_if_with_then_region_args(%N: index) {
  %c = arith.constant 200 : index
  %i = arith.constant 20: index
  // expected-error @+1 {{'affine.if' op region #0 should have no arguments}}
  affine.if affine_set<(i)[N] : (i - 2 >= 0, 4 - i >= 0)>(%i)[%c]  {
    ^bb0(%arg:i32):
      %w = affine.apply affine_map<(d0,d1)[s0] -> (d0+d1+s0)> (%i, %i) [%N]
  }
  return
}

// -----

func.func @affine_if_with_else_region_args(%N: index) {
  %c = arith.constant 200 : index
  %i = arith.constant 20: index
  // expected-error @+1 {{'affine.if' op region #1 should have no arguments}}
  affine.if affine_set<(i)[N] : (i - 2 >= 0, 4 - i >= 0)>(%i)[%c]  {
      %w = affine.apply affine_map<(d0,d1)[s0] -> (d0+d1+s0)> (%i, %i) [%N]
  } else {
    ^bb0(%arg:i32):
      %w = affine.apply affine_map<(d0,d1)[s0] -> (d0-d1+s0)> (%i, %i) [%N]
  }
  return
}

// -----

func.func @result_number() {
  // expected-error @+1 {{result number not allowed in argument list}}
  affine.for %n0#0 = 0 to 7 {
  }
  return
}

// -----

#map0 = affine_map<(d0) -> (d0 floordiv 4)>
func.func @reference_to_iv_in_bound() {
  // expected-error @+2 {{region entry argument '%i0' is already in use}}
  // expected-note @+1 {{previously referenced here}}
  affine.for %i0 = #map0(%i0) to 10 {
  }
}

// -----

func.func @f(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{expected ']' in affine map}}
  %0 = affine.load %m[%i : memref<10xf32>
  return
}

// -----

func.func @f(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{expected '(' in affine map}}
  affine.parallel (%j) = (max 5) to (10) {
  }
  return
}

// -----

func.func @f(%m: memref<10xf32>, %i: index) {
  // expected-error @+1 {{expected ']' in operand list}}
  %0 = affine.apply affine_map<(d0) -> (d0)>(%i) [%i
  return
}

// -----

func.func @load_map_kind(%m: memref<4xf32>) {
  // expected-error @+1 {{invalid properties {map = "x"} for op affine.load: Invalid attribute `map` in property conversion: "x"}}
  %0 = "affine.load"(%m) <{map = "x"}> : (memref<4xf32>) -> f32
  return
}
