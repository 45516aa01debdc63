// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// The custom syntax of every memref operation, printed as mlir-opt prints it.

// CHECK: #map = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: module {
// CHECK-NEXT: memref.global "private" constant @c : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]> {alignment = 64 : i64}
// CHECK-NEXT: memref.global @u : memref<4xi32> = uninitialized
// CHECK-NEXT: memref.global "private" @e : memref<3xf32>
// CHECK-NEXT: memref.global "nested" @s : memref<f32> = dense<1.000000e+00> {foo = "bar"}

memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]> {alignment = 64 : i64}
memref.global @u : memref<4xi32> = uninitialized
memref.global "private" @e : memref<3xf32>
memref.global "nested" @s : memref<f32> = dense<1.0> {foo = "bar"}

// CHECK-LABEL: func.func @alloc(%arg0: index, %arg1: index) {
// CHECK-NEXT: %alloc = memref.alloc(%arg0)[%arg1] : memref<?xf32, #map>
// CHECK-NEXT: %alloc_0 = memref.alloc() {alignment = 16 : i64} : memref<4xf32>
// CHECK-NEXT: %alloca = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT: %alloca_1 = memref.alloca() : memref<4xf32>
// CHECK-NEXT: %0 = memref.realloc %alloca(%arg1) : memref<?xf32> to memref<?xf32>
// CHECK-NEXT: %1 = memref.realloc %alloc_0 {alignment = 8 : i64} : memref<4xf32> to memref<8xf32>
// CHECK-NEXT: memref.dealloc %alloc : memref<?xf32, #map>
// CHECK-NEXT: return
func.func @alloc(%d: index, %s: index) {
  %a = memref.alloc(%d)[%s] : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  %b = memref.alloc() {alignment = 16 : i64} : memref<4xf32>
  %c = memref.alloca(%d) : memref<?xf32>
  %e = memref.alloca() : memref<4xf32>
  %r = memref.realloc %c(%s) : memref<?xf32> to memref<?xf32>
  %r2 = memref.realloc %b {alignment = 8 : i64} : memref<4xf32> to memref<8xf32>
  memref.dealloc %a : memref<?xf32, affine_map<(d0)[s0] -> (d0 + s0)>>
  return
}

// CHECK-LABEL: func.func @alloca_scope(%arg0: f32) -> f32 {
// CHECK-NEXT: memref.alloca_scope  {
// CHECK-NEXT: %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT: }
// CHECK-NEXT: %0 = memref.alloca_scope  -> (f32) {
// CHECK-NEXT: memref.alloca_scope.return %arg0 : f32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : f32
func.func @alloca_scope(%v: f32) -> f32 {
  memref.alloca_scope {
    %q = memref.alloca() : memref<4xf32>
  }
  %r = memref.alloca_scope -> (f32) {
    memref.alloca_scope.return %v : f32
  }
  return %r : f32
}

// CHECK-LABEL: func.func @load_store(%arg0: memref<4x4xf32>, %arg1: index) {
// CHECK-NEXT: %0 = memref.load %arg0[%arg1, %arg1] : memref<4x4xf32>
// CHECK-NEXT: %1 = memref.load %arg0[%arg1, %arg1] {nontemporal = true} : memref<4x4xf32>
// CHECK-NEXT: memref.store %0, %arg0[%arg1, %arg1] : memref<4x4xf32>
// CHECK-NEXT: memref.store %1, %arg0[%arg1, %arg1] {nontemporal = true} : memref<4x4xf32>
// CHECK-NEXT: memref.store %1, %arg0[%arg1, %arg1] : memref<4x4xf32>
// CHECK-NEXT: return
func.func @load_store(%m: memref<4x4xf32>, %i: index) {
  %v = memref.load %m[%i, %i] : memref<4x4xf32>
  %w = memref.load %m[%i, %i] {nontemporal = true} : memref<4x4xf32>
  memref.store %v, %m[%i, %i] : memref<4x4xf32>
  memref.store %w, %m[%i, %i] {nontemporal = true} : memref<4x4xf32>
  memref.store %w, %m[%i, %i] {nontemporal = false} : memref<4x4xf32>
  return
}

// CHECK-LABEL: func.func @casts(%arg0: memref<4x4xf32>, %arg1: memref<*xf32>) -> (index, index) {
// CHECK-NEXT: %cast = memref.cast %arg0 : memref<4x4xf32> to memref<?x?xf32>
// CHECK-NEXT: %cast_0 = memref.cast %arg1 : memref<*xf32> to memref<4xf32>
// CHECK-NEXT: memref.copy %arg0, %cast : memref<4x4xf32> to memref<?x?xf32>
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %dim = memref.dim %cast, %c0 : memref<?x?xf32>
// CHECK-NEXT: %0 = memref.rank %arg1 : memref<*xf32>
// CHECK-NEXT: %memspacecast = memref.memory_space_cast %arg0 : memref<4x4xf32> to memref<4x4xf32, 1>
// CHECK-NEXT: return %dim, %0 : index, index
func.func @casts(%m: memref<4x4xf32>, %u: memref<*xf32>) -> (index, index) {
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  %c2 = memref.cast %u : memref<*xf32> to memref<4xf32>
  memref.copy %m, %c : memref<4x4xf32> to memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %d = memref.dim %c, %c0 : memref<?x?xf32>
  %r = memref.rank %u : memref<*xf32>
  %s = memref.memory_space_cast %m : memref<4x4xf32> to memref<4x4xf32, 1>
  return %d, %r : index, index
}

// CHECK-LABEL: func.func @globals() -> memref<2xf32> {
// CHECK-NEXT: %0 = memref.get_global @c : memref<2xf32>
// CHECK-NEXT: return %0 : memref<2xf32>
func.func @globals() -> memref<2xf32> {
  %g = memref.get_global @c : memref<2xf32>
  return %g : memref<2xf32>
}

// CHECK-LABEL: func.func @views(%arg0: memref<4x4xf32>, %arg1: index, %arg2: memref<8xi8>, %arg3: memref<2xindex>) {
// CHECK-NEXT: %subview = memref.subview %arg0[0, %arg1] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT: %subview_0 = memref.subview %arg0[0, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1]>>
// CHECK-NEXT: %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [%arg1, 4], strides: [4, 1] : memref<4x4xf32> to memref<?x4xf32, strided<[4, 1]>>
// CHECK-NEXT: %reshape = memref.reshape %arg0(%arg3) : (memref<4x4xf32>, memref<2xindex>) -> memref<?x?xf32>
// CHECK-NEXT: %expand_shape = memref.expand_shape %arg0 {{\[\[}}0, 1], [2]] output_shape [2, 2, 4] : memref<4x4xf32> into memref<2x2x4xf32>
// CHECK-NEXT: %collapse_shape = memref.collapse_shape %arg0 {{\[\[}}0, 1]] : memref<4x4xf32> into memref<16xf32>
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %view = memref.view %arg2[%c0][] : memref<8xi8> to memref<2xf32>
// CHECK-NEXT: %transpose = memref.transpose %arg0 (d0, d1) -> (d1, d0) : memref<4x4xf32> to memref<4x4xf32, strided<[1, 4]>>
// CHECK-NEXT: return
func.func @views(%m: memref<4x4xf32>, %i: index, %b: memref<8xi8>, %sh: memref<2xindex>) {
  %sv = memref.subview %m[0, %i] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
  %rr = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<4x4xf32> to memref<4xf32, strided<[1]>>
  %rc = memref.reinterpret_cast %m to offset: [0], sizes: [%i, 4], strides: [4, 1] : memref<4x4xf32> to memref<?x4xf32, strided<[4, 1]>>
  %rs = memref.reshape %m(%sh) : (memref<4x4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %ex = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 2, 4] : memref<4x4xf32> into memref<2x2x4xf32>
  %co = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %c0 = arith.constant 0 : index
  %vw = memref.view %b[%c0][] : memref<8xi8> to memref<2xf32>
  %tr = memref.transpose %m (i, j) -> (j, i) : memref<4x4xf32> to memref<4x4xf32, strided<[1, 4]>>
  return
}

// CHECK-LABEL: func.func @metadata(%arg0: memref<?x?xf32>) -> (index, memref<?x?xf32>) {
// CHECK-NEXT: %base_buffer, %offset, %sizes:2, %strides:2 = memref.extract_strided_metadata %arg0 : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
// CHECK-NEXT: %0 = arith.addi %sizes#1, %strides#0 : index
// CHECK-NEXT: %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<?x?xf32> -> index
// CHECK-NEXT: %assume_align = memref.assume_alignment %arg0, 16 : memref<?x?xf32>
// CHECK-NEXT: return %0, %assume_align : index, memref<?x?xf32>
func.func @metadata(%m: memref<?x?xf32>) -> (index, memref<?x?xf32>) {
  %base, %off, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
  %x = arith.addi %sz#1, %st#0 : index
  %p = memref.extract_aligned_pointer_as_index %m : memref<?x?xf32> -> index
  %a = memref.assume_alignment %m, 16 : memref<?x?xf32>
  return %x, %a : index, memref<?x?xf32>
}

// CHECK-LABEL: func.func @atomics(%arg0: memref<4xf32>, %arg1: memref<4xi32>, %arg2: index, %arg3: f32, %arg4: i32) {
// CHECK-NEXT: %0 = memref.atomic_rmw addf %arg3, %arg0[%arg2] : (f32, memref<4xf32>) -> f32
// CHECK-NEXT: %1 = memref.atomic_rmw maxs %arg4, %arg1[%arg2] : (i32, memref<4xi32>) -> i32
// CHECK-NEXT: %2 = memref.generic_atomic_rmw %arg0[%arg2] : memref<4xf32> {
// CHECK-NEXT: ^bb0(%arg5: f32):
// CHECK-NEXT: %3 = arith.addf %arg5, %arg3 : f32
// CHECK-NEXT: memref.atomic_yield %3 : f32
// CHECK-NEXT: }
// CHECK-NEXT: return
func.func @atomics(%m: memref<4xf32>, %n: memref<4xi32>, %i: index, %v: f32, %w: i32) {
  %a = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<4xf32>) -> f32
  %b = memref.atomic_rmw maxs %w, %n[%i] : (i32, memref<4xi32>) -> i32
  %g = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%cur: f32):
    %s = arith.addf %cur, %v : f32
    memref.atomic_yield %s : f32
  }
  return
}

// CHECK-LABEL: func.func @prefetch(%arg0: memref<4x4xf32>, %arg1: index) {
// CHECK-NEXT: memref.prefetch %arg0[%arg1, %arg1], read, locality<3>, data : memref<4x4xf32>
// CHECK-NEXT: memref.prefetch %arg0[%arg1, %arg1], write, locality<1>, instr : memref<4x4xf32>
// CHECK-NEXT: return
func.func @prefetch(%m: memref<4x4xf32>, %i: index) {
  memref.prefetch %m[%i, %i], read, locality<3>, data : memref<4x4xf32>
  memref.prefetch %m[%i, %i], write, locality<1>, instr : memref<4x4xf32>
  return
}

// CHECK-LABEL: func.func @dma(%arg0: memref<?xf32>, %arg1: memref<?xf32>, %arg2: memref<40x128xf32>, %arg3: memref<2x1024xf32, 1>, %arg4: memref<1xi32, 2>, %arg5: index, %arg6: index) {
// CHECK-NEXT: %0:2 = memref.distinct_objects %arg0, %arg1 : memref<?xf32>, memref<?xf32>
// CHECK-NEXT: memref.dma_start %arg2[%arg5, %arg5], %arg3[%arg5, %arg5], %arg6, %arg4[%arg5] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
// CHECK-NEXT: memref.dma_start %arg2[%arg5, %arg5], %arg3[%arg5, %arg5], %arg6, %arg4[%arg5], %arg6, %arg5 : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
// CHECK-NEXT: memref.dma_wait %arg4[%arg5], %arg6 : memref<1xi32, 2>
// CHECK-NEXT: return
func.func @dma(%a: memref<?xf32>, %b: memref<?xf32>, %src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  %d:2 = memref.distinct_objects %a, %b : memref<?xf32>, memref<?xf32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %i : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  memref.dma_wait %tag[%i], %n : memref<1xi32, 2>
  return
}
