// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Affine maps and integer sets printed as attributes get `#map`/`#set`
// aliases; maps of memory ops print inline over the operand names.

// CHECK: #map = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: #map1 = affine_map<(d0, d1) -> (d0, d1, 3)>
// CHECK-NEXT: #map2 = affine_map<()[s0] -> (s0, 7)>
// CHECK-NEXT: #map3 = affine_map<(d0)[s0] -> (d0, s0 - 4)>
// CHECK-NEXT: #map4 = affine_map<(d0)[s0] -> (d0 + 10, s0, 100)>
// CHECK-NEXT: #map5 = affine_map<()[s0] -> (s0 * 2 + 1)>
// CHECK-NEXT: #map6 = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
// CHECK-NEXT: #set1 = affine_set<(d0) : (d0 >= 0)>

// CHECK-LABEL: func.func @apply_min_max
// CHECK-SAME: (%[[I:.+]]: index, %[[J:.+]]: index, %[[N:.+]]: index)
func.func @apply_min_max(%i: index, %j: index, %n: index) {
  // CHECK: affine.apply #map(%[[I]])[%[[N]]]
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%i)[%n]
  // CHECK: affine.apply #map(%[[J]])[%[[N]]] {note = "x"}
  %1 = affine.apply affine_map<(d0)[s0] -> (d0 + s0)>(%j)[%n] {note = "x"}
  // CHECK: affine.max #map1(%[[I]], %[[J]])
  %2 = affine.max affine_map<(d0, d1) -> (d0, d1, 3)>(%i, %j)
  // CHECK: affine.min #map2()[%[[N]]]
  %3 = affine.min affine_map<()[s0] -> (s0, 7)>()[%n]
  return
}

// CHECK-LABEL: func.func @memory
// CHECK-SAME: (%[[M:.+]]: memref<100x100xf32>, %[[I:.+]]: index, %[[J:.+]]: index, %[[N:.+]]: index, %[[V:.+]]: vector<8xf32>, %[[F:.+]]: f32)
func.func @memory(%m: memref<100x100xf32>, %i: index, %j: index, %n: index, %v: vector<8xf32>, %f: f32) {
  // CHECK: affine.load %[[M]][%[[I]] + %[[J]] * 2 - 1, (%[[I]] + 1) mod 4] : memref<100x100xf32>
  %0 = affine.load %m[%i + %j * 2 - 1, (%i + 1) mod 4] : memref<100x100xf32>
  // CHECK: affine.load %[[M]][%[[I]] ceildiv 2, -%[[J]] + symbol(%[[N]])] {hint = 1 : i32} : memref<100x100xf32>
  %1 = affine.load %m[%i ceildiv 2, -%j + symbol(%n)] {hint = 1 : i32} : memref<100x100xf32>
  // CHECK: affine.store %[[F]], %[[M]][symbol(%[[N]]) * 3, %[[J]] floordiv 5] : memref<100x100xf32>
  affine.store %f, %m[symbol(%n) * 3, %j floordiv 5] : memref<100x100xf32>
  // CHECK: affine.store %[[F]], %[[M]][%[[I]], %[[I]]] : memref<100x100xf32>
  affine.store %f, %m[%i, %i] : memref<100x100xf32>
  // CHECK: affine.vector_load %[[M]][%[[I]], %[[J]] + 8] : memref<100x100xf32>, vector<8xf32>
  %2 = affine.vector_load %m[%i, %j + 8] : memref<100x100xf32>, vector<8xf32>
  // CHECK: affine.vector_store %[[V]], %[[M]][%[[I]], symbol(%[[N]])] : memref<100x100xf32>, vector<8xf32>
  affine.vector_store %v, %m[%i, symbol(%n)] : memref<100x100xf32>, vector<8xf32>
  // CHECK: affine.prefetch %[[M]][%[[I]], %[[J]] + 5], read, locality<3>, data : memref<100x100xf32>
  affine.prefetch %m[%i, %j + 5], read, locality<3>, data : memref<100x100xf32>
  // CHECK: affine.prefetch %[[M]][%[[I]], %[[J]]], write, locality<0>, instr : memref<100x100xf32>
  affine.prefetch %m[%i, %j], write, locality<0>, instr : memref<100x100xf32>
  return
}

// CHECK-LABEL: func.func @loops
// CHECK-SAME: (%[[M:.+]]: memref<100x100xf32>, %[[N:.+]]: index, %[[K:.+]]: index, %[[F:.+]]: f32)
func.func @loops(%m: memref<100x100xf32>, %n: index, %k: index, %f: f32) -> f32 {
  // CHECK: affine.for %[[I:.+]] = max #map3(%[[K]])[%[[N]]] to min #map4(%[[K]])[%[[N]]] {
  affine.for %i = max affine_map<(d0)[s0] -> (d0, s0 - 4)>(%k)[%n] to min affine_map<(d0)[s0] -> (d0 + 10, s0, 100)>(%k)[%n] {
    // CHECK-NEXT: affine.for %[[J:.+]] = #map5()[%[[N]]] to 50 step 3 {
    affine.for %j = affine_map<()[s0] -> (s0 * 2 + 1)>()[%n] to 50 step 3 {
      // CHECK-NEXT: affine.load %[[M]][%[[I]], %[[J]]] : memref<100x100xf32>
      %a = affine.load %m[%i, %j] : memref<100x100xf32>
    // CHECK-NEXT: }
    }
  // CHECK-NEXT: }
  }
  // CHECK: affine.for %{{.+}} = -5 to 5 {
  // CHECK-NEXT: } {unroll = 2 : i64}
  affine.for %i = -5 to 5 {
  } {unroll = 2 : i64}
  // CHECK: %[[R:.+]]:2 = affine.for %{{.+}} = 0 to %[[N]] iter_args(%[[X:.+]] = %[[F]], %[[Y:.+]] = %[[K]]) -> (f32, index) {
  %r:2 = affine.for %i = 0 to %n iter_args(%x = %f, %y = %k) -> (f32, index) {
    // CHECK: affine.yield %[[X]], %{{.+}} : f32, index
    %z = affine.apply affine_map<(d0) -> (d0 + 1)>(%y)
    affine.yield %x, %z : f32, index
  }
  // CHECK: affine.if #set(%[[K]])[%[[N]]] {
  // CHECK-NEXT: affine.store
  // CHECK-NEXT: }
  affine.if affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>(%k)[%n] {
    affine.store %f, %m[0, 0] : memref<100x100xf32>
  }
  // CHECK: affine.if #set1(%[[K]]) {
  // CHECK-NEXT: } else {
  // CHECK-NEXT: affine.store
  // CHECK-NEXT: } {tag}
  affine.if affine_set<(d0) : (d0 >= 0)>(%k) {
  } else {
    affine.store %f, %m[1, 1] : memref<100x100xf32>
  } {tag}
  // CHECK: %[[S:.+]]:2 = affine.if #set1(%[[K]]) -> (f32, index) {
  // CHECK-NEXT: affine.yield %[[F]], %[[K]] : f32, index
  // CHECK-NEXT: } else {
  // CHECK-NEXT: affine.yield %[[R]]#0, %[[N]] : f32, index
  // CHECK-NEXT: }
  %s:2 = affine.if affine_set<(d0) : (d0 >= 0)>(%k) -> (f32, index) {
    affine.yield %f, %k : f32, index
  } else {
    affine.yield %r#0, %n : f32, index
  }
  return %s#0 : f32
}

// CHECK-LABEL: func.func @parallel
// CHECK-SAME: (%[[M:.+]]: memref<100x100xf32>, %[[N:.+]]: index, %[[K:.+]]: index)
func.func @parallel(%m: memref<100x100xf32>, %n: index, %k: index) {
  // CHECK: affine.parallel (%[[I:.+]], %[[J:.+]]) = (max(%[[K]], 0), 0) to (%[[N]], min(%[[N]], 64)) step (4, 8) {
  // CHECK-NEXT: affine.load %[[M]][%[[I]], %[[J]]]
  // CHECK-NEXT: }
  affine.parallel (%i, %j) = (max(%k, 0), 0) to (%n, min(%n, 64)) step (4, 8) {
    %v = affine.load %m[%i, %j] : memref<100x100xf32>
  }
  // CHECK: affine.parallel (%{{.+}}) = (0) to (symbol(%[[N]]) + 1) reduce ("addf", "maximumf") -> (f32, f32) {
  // CHECK: affine.yield %{{.+}}, %{{.+}} : f32, f32
  %r:2 = affine.parallel (%i) = (0) to (symbol(%n) + 1) reduce ("addf", "maximumf") -> (f32, f32) {
    %v = affine.load %m[%i, %i] : memref<100x100xf32>
    affine.yield %v, %v : f32, f32
  }
  // CHECK: affine.parallel () = () to () {
  // CHECK-NEXT: } {label = "p"}
  affine.parallel () = () to () {
  } {label = "p"}
  return
}

// CHECK-LABEL: func.func @index_ops
// CHECK-SAME: (%[[A:.+]]: index, %[[B:.+]]: index, %[[N:.+]]: index)
func.func @index_ops(%a: index, %b: index, %n: index) {
  // CHECK: affine.delinearize_index %[[A]] into (16, %[[N]], 224) : index, index, index
  %0:3 = affine.delinearize_index %a into (16, %n, 224) : index, index, index
  // CHECK: affine.delinearize_index %[[A]] into (%[[N]]) {y} : index, index
  %1:2 = affine.delinearize_index %a into (%n) {y} : index, index
  // CHECK: affine.linearize_index [%[[A]], %[[B]]] by (%[[N]], 16) : index
  %2 = affine.linearize_index [%a, %b] by (%n, 16) : index
  // CHECK: affine.linearize_index disjoint [%[[A]], %[[B]]] by (16) : index
  %3 = affine.linearize_index disjoint [%a, %b] by (16) : index
  // CHECK: affine.linearize_index [%[[A]]] by () {x} : index
  %4 = affine.linearize_index [%a] by () {x} : index
  return
}

// CHECK-LABEL: func.func @dma
// CHECK-SAME: (%[[A:.+]]: memref<100x100xf32>, %[[B:.+]]: memref<100x100xf32, 2>, %[[T:.+]]: memref<1xi32>, %[[I:.+]]: index, %[[J:.+]]: index, %[[N:.+]]: index, %[[S:.+]]: index, %[[E:.+]]: index)
func.func @dma(%a: memref<100x100xf32>, %b: memref<100x100xf32, 2>, %tag: memref<1xi32>, %i: index, %j: index, %n: index, %s: index, %e: index) {
  // CHECK: affine.dma_start %[[A]][%[[I]], %[[J]] + 1], %[[B]][%[[I]], symbol(%[[N]])], %[[T]][0], %[[N]] : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  affine.dma_start %a[%i, %j + 1], %b[%i, symbol(%n)], %tag[0], %n : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  // CHECK: affine.dma_start %[[A]][%[[I]], %[[J]]], %[[B]][0, 0], %[[T]][%[[I]]], %[[N]], %[[S]], %[[E]] : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  affine.dma_start %a[%i, %j], %b[0, 0], %tag[%i], %n, %s, %e : memref<100x100xf32>, memref<100x100xf32, 2>, memref<1xi32>
  // CHECK: affine.dma_wait %[[T]][%[[I]] + 1], %[[N]] : memref<1xi32>
  affine.dma_wait %tag[%i + 1], %n : memref<1xi32>
  return
}
