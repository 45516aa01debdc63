// Every memref op in its custom syntax (compared byte for byte with
// mlir-opt in both forms), then memref.alloc/load/store/dealloc in the
// generic form with strided and map layouts.
#map = affine_map<(d0)[s0] -> (d0 + s0)>
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]> {alignment = 64 : i64}
memref.global @u : memref<4xi32> = uninitialized
memref.global "private" @e : memref<3xf32>
memref.global @s : memref<f32> = dense<1.0>
func.func @f(%d: index, %s: index, %m: memref<4x4xf32>, %u: memref<*xf32>, %i: index, %b: memref<8xi8>) -> f32 {
  %a = memref.alloc(%d)[%s] : memref<?xf32, #map>
  %a2 = memref.alloc() {alignment = 16 : i64} : memref<4xf32>
  %a3 = memref.alloca(%d) : memref<?xf32>
  %a4 = memref.alloca() : memref<4xf32>
  %v = memref.load %m[%i, %i] : memref<4x4xf32>
  %v2 = memref.load %m[%i, %i] {nontemporal = true} : memref<4x4xf32>
  memref.store %v, %m[%i, %i] : memref<4x4xf32>
  memref.store %v, %m[%i, %i] {nontemporal = true} : memref<4x4xf32>
  memref.store %v, %m[%i, %i] {nontemporal = false} : memref<4x4xf32>
  %c = memref.cast %m : memref<4x4xf32> to memref<?x?xf32>
  memref.copy %m, %c : memref<4x4xf32> to memref<?x?xf32>
  %c0 = arith.constant 0 : index
  %dd = memref.dim %c, %c0 : memref<?x?xf32>
  %r = memref.rank %u : memref<*xf32>
  %g = memref.get_global @c : memref<2xf32>
  %sv = memref.subview %m[0, %i] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32, strided<[4, 1], offset: ?>>
  %rc = memref.reinterpret_cast %m to offset: [0], sizes: [%d, 4], strides: [4, 1] : memref<4x4xf32> to memref<?x4xf32, strided<[4, 1]>>
  %sh = memref.alloc() : memref<2xindex>
  %rs = memref.reshape %m(%sh) : (memref<4x4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %ex = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 2, 4] : memref<4x4xf32> into memref<2x2x4xf32>
  %co = memref.collapse_shape %m [[0, 1]] : memref<4x4xf32> into memref<16xf32>
  %vw = memref.view %b[%c0][] : memref<8xi8> to memref<2xf32>
  %tr = memref.transpose %m (i, j) -> (j, i) : memref<4x4xf32> to memref<4x4xf32, strided<[1, 4]>>
  %base, %off, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<4x4xf32> -> memref<f32>, index, index, index, index, index
  %p = memref.extract_aligned_pointer_as_index %m : memref<4x4xf32> -> index
  %ms = memref.memory_space_cast %m : memref<4x4xf32> to memref<4x4xf32, 1>
  %at = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<4x4xf32>) -> f32
  %ga = memref.generic_atomic_rmw %m[%i, %i] : memref<4x4xf32> {
  ^bb0(%cur: f32):
    %n = arith.addf %cur, %v : f32
    memref.atomic_yield %n : f32
  }
  %aa = memref.assume_alignment %m, 16 : memref<4x4xf32>
  memref.prefetch %m[%i, %i], read, locality<3>, data : memref<4x4xf32>
  memref.prefetch %m[%i, %i], write, locality<1>, instr : memref<4x4xf32>
  memref.alloca_scope {
    %q = memref.alloca() : memref<4xf32>
  }
  %sr = memref.alloca_scope -> (f32) {
    memref.alloca_scope.return %v : f32
  }
  memref.dealloc %a : memref<?xf32, #map>
  return %v : f32
}

memref.global "nested" @n : memref<2x2xi32> = dense<[[1, 2], [3, 4]]> {foo = "bar"}
memref.global constant @k : memref<i64> = dense<7>
func.func @g(%m: memref<?x?xf32>, %u: memref<*xf32>, %i: index, %j: index, %b: memref<64xi8>, %r: memref<?xi32>, %s: memref<2xi32>) -> (index, index) {
  %base, %off, %sz:2, %st:2 = memref.extract_strided_metadata %m : memref<?x?xf32> -> memref<f32>, index, index, index, index, index
  %x = arith.addi %sz#1, %st#0 : index
  %y = arith.addi %off, %sz#0 : index
  %a = memref.alloc()[%i] : memref<4xf32, affine_map<(d0)[s0] -> (d0 * s0)>>
  %sv = memref.subview %m[%i, %j] [%i, 4] [%j, 1] : memref<?x?xf32> to memref<?x4xf32, strided<[?, 1], offset: ?>>
  %rr = memref.subview %m[0, 0] [1, 4] [1, 1] : memref<?x?xf32> to memref<4xf32, strided<[1]>>
  %rc = memref.reinterpret_cast %u to offset: [%i], sizes: [10], strides: [1] : memref<*xf32> to memref<10xf32, strided<[1], offset: ?>>
  %d = memref.dim %u, %i : memref<*xf32>
  %ex = memref.expand_shape %m [[0, 1], [2]] output_shape [%i, 2, %j] : memref<?x?xf32> into memref<?x2x?xf32>
  %v = memref.view %b[%i][%i, %j] : memref<64xi8> to memref<?x?xf32>
  %re = memref.realloc %r(%i) : memref<?xi32> to memref<?xi32>
  %re2 = memref.realloc %s {alignment = 8 : i64} : memref<2xi32> to memref<4xi32>
  %c = arith.constant 1 : i32
  %k0 = memref.atomic_rmw maxs %c, %s[%i] : (i32, memref<2xi32>) -> i32
  %k1 = memref.atomic_rmw assign %c, %s[%i] {tag} : (i32, memref<2xi32>) -> i32
  %l = memref.load %s[%i] {alignment = 4 : i64} : memref<2xi32>
  memref.store %l, %s[%i] {alignment = 8 : i64, nontemporal = true} : memref<2xi32>
  %t = memref.transpose %m (i, j) -> (j, i) {tag = 1} : memref<?x?xf32> to memref<?x?xf32, strided<[1, ?]>>
  memref.prefetch %s[%i], read, locality<0>, data : memref<2xi32>
  memref.alloca_scope {
  } {tag = 2 : i32}
  %ga = memref.generic_atomic_rmw %s[%i] : memref<2xi32> {
  ^bb0(%cur: i32):
    memref.atomic_yield %cur : i32
  } {tag}
  %cst = memref.cast %u : memref<*xf32> to memref<4xf32>
  %cst2 = memref.cast %m : memref<?x?xf32> to memref<*xf32>
  memref.copy %u, %m : memref<*xf32> to memref<?x?xf32>
  %msc = memref.memory_space_cast %u : memref<*xf32> to memref<*xf32, 2>
  %aa = memref.assume_alignment %sv, 64 : memref<?x4xf32, strided<[?, 1], offset: ?>>
  %p = memref.extract_aligned_pointer_as_index %u : memref<*xf32> -> index
  %base0, %off0, %sz0, %st0 = memref.extract_strided_metadata %rr : memref<4xf32, strided<[1]>> -> memref<f32>, index, index, index
  return %x, %y : index, index
}

func.func @dma(%a: memref<?xf32>, %b: memref<?xf32>, %src: memref<40x128xf32, affine_map<(d0, d1) -> (d0, d1)>, 0>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  %1, %2 = memref.distinct_objects %a, %b : memref<?xf32>, memref<?xf32>
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32, affine_map<(d0, d1) -> (d0, d1)>, 0>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  memref.dma_wait %tag[%i], %n : memref<1xi32, 2>
  return
}

func.func @reshapes_and_views(%z: memref<f32>, %o: memref<1x1xf32>, %s: memref<6x4xf32, strided<[8, 2], offset: 3>>, %t: memref<6x5x4xf32>, %i: index) {
  %e = memref.expand_shape %z [] output_shape [1, 1, 1] : memref<f32> into memref<1x1x1xf32>
  %c = memref.collapse_shape %o [] : memref<1x1xf32> into memref<f32>
  %e2 = memref.expand_shape %s [[0, 1], [2]] output_shape [2, 3, 4] : memref<6x4xf32, strided<[8, 2], offset: 3>> into memref<2x3x4xf32, strided<[24, 8, 2], offset: 3>>
  %a = memref.alloc(%i)[%i, %i] : memref<2x?xf32, strided<[?, ?]>>
  %r = memref.subview %t[1, 0, 2] [1, 5, 1] [1, 1, 1] : memref<6x5x4xf32> to memref<5xf32, strided<[4], offset: 22>>
  %r2 = memref.subview %t[1, 1, 1] [1, 1, 1] [1, 1, 1] : memref<6x5x4xf32> to memref<f32, affine_map<() -> (25)>>
  %r3 = memref.subview %t[%i, 0, 0] [2, 5, 4] [1, 1, 1] : memref<6x5x4xf32> to memref<2x5x4xf32, strided<[20, 4, 1], offset: ?>>
  %tr = memref.transpose %t (a, b, c) -> (c, a, b) : memref<6x5x4xf32> to memref<4x6x5xf32, strided<[1, 20, 4]>>
  return
}

memref.global "private" constant @b : memref<3xi1> = dense<[true, false, true]>
memref.global @z : memref<2x2xf64> = dense<0.0>
memref.global "public" @cpx : memref<complex<f32>>
func.func @h(%m: memref<f32>, %n: memref<8xf32>, %q: memref<?x?x?xf32>, %i: index) -> (index, index) {
  %base, %off = memref.extract_strided_metadata %m : memref<f32> -> memref<f32>, index
  %base1, %off1, %sz, %st = memref.extract_strided_metadata %n : memref<8xf32> -> memref<f32>, index, index, index
  %base2, %off2, %sz2:3, %st2:3 = memref.extract_strided_metadata %q : memref<?x?x?xf32> -> memref<f32>, index, index, index, index, index, index, index
  %v = memref.load %m[] : memref<f32>
  memref.store %v, %m[] : memref<f32>
  %a = memref.alloc(%i, %i)[%i, %i] {alignment = 32 : i64} : memref<?x?xf32, affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 + s1)>>
  %rc = memref.reinterpret_cast %n to offset: [%i], sizes: [%i, %i], strides: [%i, 1] : memref<8xf32> to memref<?x?xf32, strided<[?, 1], offset: ?>>
  %sv = memref.subview %q[%i, %i, %i] [%i, %i, %i] [%i, %i, %i] : memref<?x?x?xf32> to memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>>
  %sv2 = memref.subview %sv[0, 0, 0] [1, %i, 1] [1, 1, 1] : memref<?x?x?xf32, strided<[?, ?, ?], offset: ?>> to memref<?xf32, strided<[?], offset: ?>>
  %x = arith.addi %sz, %st2#2 : index
  %y = arith.addi %sz2#0, %off2 : index
  %co = memref.collapse_shape %q [[0, 1, 2]] : memref<?x?x?xf32> into memref<?xf32>
  %ex = memref.expand_shape %n [[0, 1]] output_shape [2, 4] : memref<8xf32> into memref<2x4xf32>
  %sc:2 = memref.alloca_scope -> (index, f32) {
    memref.alloca_scope.return %x, %v : index, f32
  }
  return %x, %y : index, index
}

"func.func"() <{function_type = (index) -> f32, sym_name = "memrefs"}> ({
^bb0(%i: index):
  %m = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4x4xf32>
  %c = "arith.constant"() <{value = 1.5 : f32}> : () -> f32
  "memref.store"(%c, %m, %i, %i) : (f32, memref<4x4xf32>, index, index) -> ()
  %v = "memref.load"(%m, %i, %i) : (memref<4x4xf32>, index, index) -> f32
  %cast = "memref.cast"(%m) : (memref<4x4xf32>) -> memref<?x?xf32>
  %sub = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 1, 1>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<4x4xf32>) -> memref<2x2xf32, strided<[4, 1], offset: 5>>
  "memref.dealloc"(%m) : (memref<4x4xf32>) -> ()
  "func.return"(%v) : (f32) -> ()
}) : () -> ()
// Affine-map layouts that are strided: strides and offsets read off the map.
#aff_strided = affine_map<(d0, d1)[s0] -> (d0 * 16 + d1 + s0)>
#aff_offset8 = affine_map<(d0, d1) -> (d0 * 16 + d1 + 8)>
#aff_symbols = affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>
#aff_nested = affine_map<(d0, d1) -> ((d0 + d1) * 2 + 5)>
func.func @affine_layouts(%a: memref<4x16xf32, #aff_strided>, %b: memref<4x16xf32, #aff_offset8>, %c: memref<4x16xf32, #aff_symbols>, %d: memref<4x16xf32, #aff_nested>) {
  %0, %1, %2:2, %3:2 = memref.extract_strided_metadata %a : memref<4x16xf32, #aff_strided> -> memref<f32>, index, index, index, index, index
  %4 = memref.subview %b[1, 2] [2, 4] [1, 1] : memref<4x16xf32, #aff_offset8> to memref<2x4xf32, strided<[16, 1], offset: 26>>
  %5 = memref.collapse_shape %b [[0, 1]] : memref<4x16xf32, #aff_offset8> into memref<64xf32, strided<[1], offset: 8>>
  %6 = memref.cast %c : memref<4x16xf32, #aff_symbols> to memref<4x16xf32, strided<[?, ?]>>
  %7 = memref.expand_shape %d [[0], [1, 2]] output_shape [4, 4, 4] : memref<4x16xf32, #aff_nested> into memref<4x4x4xf32, strided<[2, 8, 2], offset: 5>>
  return
}
