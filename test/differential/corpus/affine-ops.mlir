#map = affine_map<(d0)[s0] -> (d0 + s0, d0 * 2)>
func.func @basic(%m: memref<10x10xf32>, %n: index, %i: index, %j: index, %v: f32) {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%n]
  %1 = affine.min #map(%i)[%n]
  %2 = affine.max affine_map<(d0, d1) -> (d0, d1, 3)>(%i, %j)
  %3 = affine.load %m[%i + 1, %j + symbol(%n) * 2] : memref<10x10xf32>
  affine.store %v, %m[%i, 3] : memref<10x10xf32>
  %c = affine.apply affine_map<() -> (4)>()
  affine.for %k = 0 to %n step 2 {
    %x = affine.load %m[%k, %k floordiv 2] : memref<10x10xf32>
  }
  %r = affine.for %k = max affine_map<(d0)[s0] -> (d0, s0)>(%i)[%n] to min #map(%j)[%n] iter_args(%acc = %v) -> (f32) {
    affine.yield %acc : f32
  }
  affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>(%i)[%n] {
    affine.store %v, %m[%i, %i] : memref<10x10xf32>
  } else {
  }
  %s = affine.if affine_set<(d0) : (d0 >= 0)>(%i) -> f32 {
    affine.yield %v : f32
  } else {
    affine.yield %v : f32
  }
  return
}

func.func @memory(%m: memref<100x100xf32>, %i: index, %j: index, %n: index, %v: vector<8xf32>) {
  %0 = affine.vector_load %m[%i, %j + 8] : memref<100x100xf32>, vector<8xf32>
  affine.vector_store %v, %m[%i, symbol(%n)] : memref<100x100xf32>, vector<8xf32>
  affine.prefetch %m[%i, %j + 5], read, locality<3>, data : memref<100x100xf32>
  affine.prefetch %m[%i, %j], write, locality<0>, instr : memref<100x100xf32>
  %1:3 = affine.delinearize_index %i into (16, %n, 224) : index, index, index
  %2:2 = affine.delinearize_index %i into (%n) : index, index
  %3 = affine.linearize_index [%i, %j] by (%n, 16) : index
  %4 = affine.linearize_index disjoint [%i, %j] by (16) : index
  affine.parallel (%x, %y) = (0, 0) to (10, min(%n, 20)) {
    affine.yield
  }
  %r = affine.parallel (%x) = (%i) to (%n) step (2) reduce ("addf") -> f32 {
    %l = affine.load %m[%x, %x] : memref<100x100xf32>
    affine.yield %l : f32
  }
  return
}

#lb = affine_map<(d0)[s0] -> (d0, s0 - 4)>
#ub = affine_map<(d0)[s0] -> (d0 + 10, s0, 100)>
#single = affine_map<()[s0] -> (s0 * 2 + 1)>
func.func @loops(%m: memref<100x100xf32>, %n: index, %k: index, %f: f32) -> f32 {
  affine.for %i = max #lb(%k)[%n] to min #ub(%k)[%n] {
    affine.for %j = #single()[%n] to 50 step 3 {
      %a = affine.load %m[%i + %j * 2 - 1, (%i + 1) mod 4] : memref<100x100xf32>
      %b = affine.load %m[%i ceildiv 2, -%j + symbol(%n)] {hint = 1 : i32} : memref<100x100xf32>
      affine.store %a, %m[symbol(%n) * 3, %j floordiv 5] : memref<100x100xf32>
      %c = affine.apply affine_map<(d0, d1) -> (d0 * 4 + d1)>(%i, %j) {note = "x"}
      %d = affine.min affine_map<()[s0] -> (s0, 7)>()[%n]
    }
  }
  affine.for %i = -5 to 5 {
  } {unroll = 2 : i64}
  %r:2 = affine.for %i = 0 to %n iter_args(%x = %f, %y = %k) -> (f32, index) {
    %z = affine.apply affine_map<(d0) -> (d0 + 1)>(%y)
    affine.yield %x, %z : f32, index
  }
  affine.if affine_set<()[s0] : (s0 - 10 >= 0)>()[%n] {
    affine.store %f, %m[0, 0] : memref<100x100xf32>
  }
  affine.if affine_set<(d0, d1) : (d0 - d1 == 0, d0 >= 0)>(%k, %n) {
  } else {
    affine.store %f, %m[1, 1] : memref<100x100xf32>
  } {tag}
  %s:2 = affine.if affine_set<(d0) : (d0 >= 0)>(%k) -> (f32, index) {
    affine.yield %f, %k : f32, index
  } else {
    affine.yield %r#0, %n : f32, index
  }
  return %s#0 : f32
}

func.func @par(%m: memref<100x100xf32>, %n: index, %k: index) {
  affine.parallel (%i, %j) = (max(%k, 0), 0) to (%n, min(%n, 64)) step (4, 8) {
    %v = affine.load %m[%i, %j] : memref<100x100xf32>
  }
  %r:2 = affine.parallel (%i) = (0) to (symbol(%n) + 1) reduce ("addf", "maximumf") -> (f32, f32) {
    %v = affine.load %m[%i, %i] : memref<100x100xf32>
    affine.yield %v, %v : f32, f32
  }
  %t = affine.parallel (%i) = (0) to (10) reduce ("addi") -> i32 {
    %c = arith.constant 1 : i32
    affine.yield %c : i32
  } {label = "p"}
  affine.parallel () = () to () {
  }
  %l0 = affine.linearize_index [%n, %k] by (4) : index
  %l1 = affine.linearize_index [%n] by () {x} : index
  %d:2 = affine.delinearize_index %n into (%k) {y} : index, index
  return
}

func.func @generic(%a: index, %b: index) {
  %0 = "affine.linearize_index"(%a, %b) <{operandSegmentSizes = array<i32: 2, 0>, static_basis = array<i64: 4>}> : (index, index) -> index
  %1 = "affine.linearize_index"(%a, %b) <{disjoint = false, operandSegmentSizes = array<i32: 2, 0>, static_basis = array<i64: 4>}> : (index, index) -> index
  %2 = "affine.linearize_index"(%a, %b) <{disjoint = unit, operandSegmentSizes = array<i32: 2, 0>, static_basis = array<i64: 4>}> : (index, index) -> index
  "affine.for"() <{lowerBoundMap = affine_map<() -> (0)>, operandSegmentSizes = array<i32: 0, 0, 0>, step = 1 : index, upperBoundMap = affine_map<() -> (10)>}> ({
  ^bb0(%i: index):
    "affine.yield"() {x} : () -> ()
  }) {a = 1} : () -> ()
  return
}

func.func @dma(%a: memref<100x100xf32>, %b: memref<100x100xf32, 2>, %tag: memref<1xi32>, %i: index, %j: index, %n: index, %s: index, %e: index) {
  affine.dma_start %a[%i, %j + 1], %b[%i, symbol(%n)], %tag[0], %n : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  affine.dma_start %a[%i, %j], %b[0, 0], %tag[%i], %n, %s, %e : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  affine.dma_wait %tag[%i + 1], %n : memref<1xi32>
  return
}

func.func @e(%m: memref<f32>, %m2: memref<10xf32>, %n: index) {
  %0 = affine.load %m[] : memref<f32>
  affine.store %0, %m[] : memref<f32>
  %r:2 = affine.delinearize_index %n into (4) : index, index
  %1 = affine.load %m2[%r#1] : memref<10xf32>
  affine.for %i = %r#0 to %r#1 {
  }
  %3 = affine.apply affine_map<(d0) -> (d0)>(%r#1)
  affine.for %i = 0 to 10 {
    %4 = affine.load %m2[%i * 3 - %i floordiv 2 + 7 * symbol(%n)] : memref<10xf32>
    %5 = affine.load %m2[-(%i + symbol(%n))] : memref<10xf32>
  }
  return
}

// Values at module top level are affine symbols (builtin.module is an affine scope).
%top_c = arith.constant 4 : index
%top_n = arith.addi %top_c, %top_c : index
affine.for %i = 0 to %top_n {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%top_n]
}
