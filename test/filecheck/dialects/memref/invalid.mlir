// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier and parser errors of memref operations, with mlir-opt's messages.

// expected-error @+1 {{'memref.alloc' op incorrect number of dynamic sizes, has 1, expected 0}}
func.func @f(%d: index) { %a = memref.alloc(%d) : memref<4xf32>
 return }

// -----

// expected-error @+1 {{'memref.alloc' op incorrect number of dynamic sizes, has 0, expected 1}}
func.func @f(%d: index) { %a = memref.alloc() : memref<?xf32>
 return }

// -----

#map = affine_map<(d0)[s0] -> (d0 + s0)>
// expected-error @+1 {{'memref.alloc' op symbol operand count does not equal memref symbol count: expected 1, got 0}}
func.func @f(%d: index) { %a = memref.alloc(%d) : memref<?xf32, #map>
 return }

// -----

// expected-error @+1 {{'memref.alloc' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
func.func @f(%d: index) { %a = "memref.alloc"() <{alignment = -1 : i64, operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
 return }

// -----

// expected-error @+1 {{'memref.alloc' op result #0 must be memref of any type values, but got 'memref<*xf32>'}}
func.func @f(%d: index) { %a = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<*xf32>
 return }

// -----

// expected-error @+1 {{'memref.load' op incorrect number of indices for load, expected 2 but got 1}}
func.func @f(%m: memref<4x4xf32>, %i: index) { %a = memref.load %m[%i] : memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.load' op failed to verify that result type matches element type of 'memref'}}
func.func @f(%m: memref<4x4xf32>, %i: index) { %a = "memref.load"(%m, %i, %i) : (memref<4x4xf32>, index, index) -> f16
 return }

// -----

// expected-error @+1 {{'memref.store' op store index operand count not equal to memref rank}}
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f32) { memref.store %v, %m[%i] : memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.store' op failed to verify that type of 'value' matches element type of 'memref'}}
func.func @f(%m: memref<4x4xf32>, %i: index, %v: f16) { "memref.store"(%v, %m, %i, %i) : (f16, memref<4x4xf32>, index, index) -> ()
 return }

// -----

// expected-error @+1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<5xf32>' are cast incompatible}}
func.func @f(%m: memref<4xf32>) { %a = memref.cast %m : memref<4xf32> to memref<5xf32>
 return }

// -----

// expected-error @+1 {{'memref.copy' op requires the same element type for all operands}}
func.func @f(%m: memref<4xf32>, %n: memref<4xf16>) { memref.copy %m, %n : memref<4xf32> to memref<4xf16>
 return }

// -----

// expected-error @+1 {{'memref.copy' op requires the same shape for all operands}}
func.func @f(%m: memref<4xf32>, %n: memref<5xf32>) { memref.copy %m, %n : memref<4xf32> to memref<5xf32>
 return }

// -----

func.func @f(%m: memref<f32>, %c: index) { 
  // expected-error @+1 {{'memref.dim' op operand #0 must be unranked.memref of any type values or non-0-ranked.memref of any type values, but got 'memref<f32>'}}
  %a = memref.dim %m, %c : memref<f32>
 return }

// -----

// expected-error @+1 {{custom op 'memref.global' type should be static shaped memref, but got 'memref<?xf32>'}}
memref.global @g : memref<?xf32>

// -----

// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
memref.global @g : memref<2xf32> = dense<[1.0, 2.0, 3.0]>

// -----

memref.global @g : memref<2xf32> = dense<[1.0, 2.0]>
// expected-error @+1 {{'memref.get_global' op result type 'memref<3xf32>' does not match type 'memref<2xf32>' of the global memref @g}}
func.func @f() { %a = memref.get_global @g : memref<3xf32>
 return }

// -----

// expected-error @+1 {{'memref.get_global' op 'g' does not reference a valid global memref}}
func.func @f() { %a = memref.get_global @g : memref<3xf32>
 return }

// -----

// expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (1 vs 2) so the rank of the result type is well-formed.}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{expected result element type to be 'f32', but got 'memref<4x4xf16>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf16>
 return }

// -----

// expected-error @+1 {{expected result type to be 'memref<2x2xf32, strided<[4, 1], offset: 5>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<2x2xf32>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[1, 1] [2, 2] [1, 1] : memref<4x4xf32> to memref<2x2xf32>
 return }

// -----

// expected-error @+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (1 vs 0)}}
func.func @f(%m: memref<4x4xf32>, %i: index) { %a = "memref.subview"(%m, %i) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 1, 1>}> : (memref<4x4xf32>, index) -> memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{different element types specified for source type 'memref<4x4xf32>' and result memref type 'memref<4x4xf16>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<4x4xf32> to memref<4x4xf16>
 return }

// -----

// expected-error @+1 {{expected result type with size = 4 instead of 5 in dim = 1}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [4, 1] : memref<4x4xf32> to memref<4x5xf32>
 return }

// -----

// expected-error @+1 {{expected mixed sizes rank to match mixed strides rank (1 vs 2) so the rank of the result type is well-formed.}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [4, 1] : memref<4x4xf32> to memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.collapse_shape' op collapsed dim size (16) must equal reassociation group size (4)}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.collapse_shape %m [[0]] : memref<4x4xf32> into memref<16xf32>
 return }

// -----

// expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<2x2x4xf32>' but found 'memref<2x2x4xf16>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.expand_shape %m [[0, 1], [2]] output_shape [2, 2, 4] : memref<4x4xf32> into memref<2x2x4xf16>
 return }

// -----

// expected-error @+1 {{'memref.reshape' op element types of source and destination memref types should be the same}}
func.func @f(%m: memref<4x4xf32>, %s: memref<2xindex>) { %a = memref.reshape %m(%s) : (memref<4x4xf32>, memref<2xindex>) -> memref<?x?xf16>
 return }

// -----

// expected-error @+1 {{'memref.reshape' op length of shape operand differs from the result's memref rank}}
func.func @f(%m: memref<4x4xf32>, %s: memref<2xindex>) { %a = memref.reshape %m(%s) : (memref<4x4xf32>, memref<2xindex>) -> memref<?xf32>
 return }

// -----

// expected-error @+1 {{'memref.transpose' op result type 'memref<4x4xf32>' is not equivalent to the canonical transposed input type 'memref<4x4xf32, affine_map<(d0, d1) -> (d0 + d1 * 4)>>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.transpose %m (i, j) -> (j, i) : memref<4x4xf32> to memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.transpose' op expected a permutation map of same rank as the input}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.transpose %m (i) -> (i) : memref<4x4xf32> to memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.view' op incorrect number of dynamic sizes, has 0, expected 1}}
func.func @f(%m: memref<8xi8>, %i: index) { %a = memref.view %m[%i][] : memref<8xi8> to memref<?xf32>
 return }

// -----

// expected-error @+1 {{'memref.memory_space_cast' op operand type 'memref<4xf32>' and result type 'memref<5xf32, 1>' are cast incompatible}}
func.func @f(%m: memref<4xf32>) { %a = memref.memory_space_cast %m : memref<4xf32> to memref<5xf32, 1>
 return }

// -----

// expected-error @+1 {{'memref.atomic_rmw' op failed to verify that value type matches element type of memref}}
func.func @f(%m: memref<4xf32>, %i: index, %v: i32) { %a = memref.atomic_rmw addi %v, %m[%i] : (i32, memref<4xf32>) -> i32
 return }

// -----

// expected-error @+1 {{'memref.atomic_rmw' op expects the number of subscripts to be equal to memref rank}}
func.func @f(%m: memref<4xf32>, %i: index, %v: f32) { %a = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<4xf32>) -> f32
 return }

// -----

// expected-error @+1 {{'memref.assume_alignment' op alignment must be power of 2}}
func.func @f(%m: memref<4xf32>) { %a = memref.assume_alignment %m, 3 : memref<4xf32>
 return }

// -----

// expected-error @+1 {{'memref.prefetch' op too few indices}}
func.func @f(%m: memref<4xf32>, %i: index) { memref.prefetch %m[%i, %i], read, locality<3>, data : memref<4xf32>
 return }

// -----

// expected-error @+1 {{'memref.prefetch' op attribute 'localityHint' failed to satisfy constraint: 32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3}}
func.func @f(%m: memref<4xf32>, %i: index) { memref.prefetch %m[%i], read, locality<5>, data : memref<4xf32>
 return }

// -----

func.func @f(%m: memref<4xf32>, %i: index) { %x = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%c: f32):
    %c1 = arith.constant 1.0 : f16
    // expected-error @+1 {{'memref.atomic_yield' op types mismatch between yield op: 'f16' and its parent: 'f32'}}
    memref.atomic_yield %c1 : f16
  }
 return }

// -----

// expected-error @+1 {{'memref.generic_atomic_rmw' op expected single number of entry block arguments}}
func.func @f(%m: memref<4xf32>, %i: index) { %x = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%c: f32, %d: f32):
    memref.atomic_yield %c : f32
  }
 return }

// -----

// expected-error @+1 {{'memref.alloca_scope' op along control flow edge from Operation memref.alloca_scope.return to parent: region branch point has 0 operands, but region successor needs 1 inputs}}
func.func @f(%v: f32) { %x = memref.alloca_scope -> (f32) {
    // expected-note @+1 {{region branch point}}
    memref.alloca_scope.return
  }
 return }

// -----

// expected-error @+1 {{missing dimension operand for result type 'memref<?xf32>'}}
func.func @f(%m: memref<?xf32>) { %a = memref.realloc %m : memref<?xf32> to memref<?xf32>
 return }

// -----

// expected-error @+1 {{unnecessary dimension operand for result type 'memref<4xf32>'}}
func.func @f(%m: memref<2xf32>, %i: index) { %a = memref.realloc %m(%i) : memref<2xf32> to memref<4xf32>
 return }

// -----

// expected-error @+1 {{different element types specified for source memref type 'memref<2xf32>' and result memref type 'memref<4xi32>'}}
func.func @f(%m: memref<2xf32>) { %a = memref.realloc %m : memref<2xf32> to memref<4xi32>
 return }

// -----

// expected-error @+1 {{'memref.global' op initial value shape expected to be 2 but was 3}}
"memref.global"() <{initial_value = dense<1.0> : tensor<3xf32>, sym_name = "g", type = memref<2xf32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op initial value should be a unit or elements attribute, but got 1 : i32}}
"memref.global"() <{initial_value = 1 : i32, sym_name = "g", type = memref<2xf32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.generic_atomic_rmw' op expected block argument of the same type result type}}
func.func @f(%m: memref<4xf32>, %i: index) { %x = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%c: f16):
    memref.atomic_yield %c : f16
  }
 return }

// -----

// expected-error @+1 {{'memref.atomic_rmw' op operand #0 must be signless integer or floating-point, but got 'index'}}
func.func @f(%m: memref<4xf32>, %i: index) { %x = memref.atomic_rmw addi %i, %m[%i] : (index, memref<4xf32>) -> index
 return }

// -----

// expected-error @+1 {{'memref.expand_shape' op invalid number of reassociation groups: found 1, expected 2}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.expand_shape %m [[0, 1]] output_shape [2, 2, 4] : memref<4x4xf32> into memref<2x2x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.collapse_shape' op invalid number of reassociation groups: found 2, expected 1}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.collapse_shape %m [[0], [1]] : memref<4x4xf32> into memref<16xf32>
 return }

// -----

// expected-error @+1 {{different memory spaces specified for base memref type 'memref<4x4xf32>' and subview memref type 'memref<4x4xf32, 1>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0, 0] [4, 4] [1, 1] : memref<4x4xf32> to memref<4x4xf32, 1>
 return }

// -----

// expected-error @+1 {{expected result type to be 'memref<2x4xf32, strided<[4, 1]>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<3x4xf32>'}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0, 0] [2, 4] [1, 1] : memref<4x4xf32> to memref<3x4xf32>
 return }

// -----

// expected-error @+1 {{'memref.transpose' op expected a permutation map}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.transpose %m (i, j) -> (i, i) : memref<4x4xf32> to memref<4x4xf32>
 return }

// -----

// expected-error @+1 {{unsupported map for base memref type 'memref<8xi8, strided<[2]>>'}}
func.func @f(%m: memref<8xi8, strided<[2]>>, %i: index) { %a = memref.view %m[%i][] : memref<8xi8, strided<[2]>> to memref<2xf32>
 return }

// -----

// expected-error @+1 {{'memref.cast' op operand type 'memref<4xf32>' and result type 'memref<4xf32, 1>' are cast incompatible}}
func.func @f(%m: memref<4xf32>) { %a = memref.cast %m : memref<4xf32> to memref<4xf32, 1>
 return }

// -----

// expected-error @+1 {{'memref.cast' op operand type 'memref<*xf32>' and result type 'memref<*xf32>' are cast incompatible}}
func.func @f(%m: memref<*xf32>) { %a = memref.cast %m : memref<*xf32> to memref<*xf32>
 return }

// -----

// expected-error @+1 {{expected result type with offset = 1 instead of 0}}
func.func @f(%m: memref<4xf32>) { %a = memref.reinterpret_cast %m to offset: [1], sizes: [4], strides: [1] : memref<4xf32> to memref<4xf32>
 return }

// -----

// expected-error @+1 {{expected result type with stride = 2 instead of 1 in dim = 0}}
func.func @f(%m: memref<4xf32>) { %a = memref.reinterpret_cast %m to offset: [0], sizes: [4], strides: [2] : memref<4xf32> to memref<4xf32>
 return }

// -----

// expected-error @+1 {{'memref.reshape' op cannot use shape operand with dynamic length to reshape to statically-ranked memref type}}
func.func @f(%m: memref<4xf32>, %s: memref<?xindex>) { %a = memref.reshape %m(%s) : (memref<4xf32>, memref<?xindex>) -> memref<?xf32>
 return }

// -----

func.func @f(%m: memref<4xf32>, %i: index) { %x = memref.generic_atomic_rmw %m[%i] : memref<4xf32> {
  ^bb0(%c: f32):
    // expected-error @+1 {{body of 'memref.generic_atomic_rmw' should contain only operations with no side effects}}
    memref.store %c, %m[%i] : memref<4xf32>
    memref.atomic_yield %c : f32
  }
 return }

// -----

func.func @f(%a: memref<?xf32>) {
  // expected-error @+1 {{'memref.distinct_objects' op operand types and result types must match}}
  %1 = "memref.distinct_objects"(%a) : (memref<?xf32>) -> memref<?xf16>
  return
}

// -----

func.func @f(%tag: memref<1xi32, 2>, %n: index) {
  // expected-error @+1 {{'memref.dma_wait' op expected tagIndices to have the same number of elements as the tagMemRef rank, expected 1, but got 0}}
  memref.dma_wait %tag[], %n : memref<1xi32, 2>
  return
}

// -----

func.func @f(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  // expected-error @+1 {{'memref.dma_start' op expected source indices to be of index type}}
  memref.dma_start %src[%i], %dst[%i, %i], %n, %tag[%i] : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  return
}

// -----

func.func @f(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  // expected-error @+1 {{expected ':'}}
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n, %n {foo} : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  return
}

// -----

func.func @f(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  // expected-error @+1 {{custom op 'memref.dma_start' expected two stride related operands}}
  memref.dma_start %src[%i, %i], %dst[%i, %i], %n, %tag[%i], %n : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32, 2>
  return
}

// -----

func.func @f(%src: memref<40x128xf32>, %dst: memref<2x1024xf32, 1>, %tag: memref<1xi32, 2>, %i: index, %n: index) {
  // expected-error @+1 {{'memref.dma_start' op expected at least 9 operands}}
  "memref.dma_start"(%src, %i, %i, %dst, %i, %i, %n, %tag) : (memref<40x128xf32>, index, index, memref<2x1024xf32, 1>, index, index, index, memref<1xi32, 2>) -> ()
  return
}

// -----

func.func @f(%a: memref<f32>) {
  // expected-error @+1 {{'memref.expand_shape' op rank 0 memrefs can only be extended/collapsed with/from ones}}
  %0 = memref.expand_shape %a [] output_shape [1, 3] : memref<f32> into memref<1x3xf32>
  return
}

// -----

func.func @f(%a: memref<4xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected number of static shape bounds to be equal to the output rank (3) but found 2 inputs instead}}
  %0 = memref.expand_shape %a [[0, 1, 2]] output_shape [1, 4] : memref<4xf32> into memref<1x1x4xf32>
  return
}

// -----

func.func @f(%a: memref<?x?xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation index 2 is out of bounds}}
  %0 = memref.collapse_shape %a [[0, 1, 2]] : memref<?x?xf32> into memref<?xf32>
  return
}

// -----

func.func @f(%a: memref<?xf32>, %s: index) {
  // expected-error @+1 {{'memref.expand_shape' op reassociation index 2 is out of bounds}}
  %0 = memref.expand_shape %a [[0, 1, 2]] output_shape [3, %s] : memref<?xf32> into memref<3x?xf32>
  return
}

// -----

func.func @f(%a: memref<10x20xf32, strided<[40, 2]>>) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<2x5x20xf32, strided<[200, 40, 2]>>' but found 'memref<2x5x20xf32, strided<[40, 40, 2]>>'}}
  %0 = memref.expand_shape %a [[0, 1], [2]] output_shape [2, 5, 20] : memref<10x20xf32, strided<[40, 2]>> into memref<2x5x20xf32, strided<[40, 40, 2]>>
  return
}

// -----

func.func @f(%a: memref<?xf32>) {
  // expected-error @+1 {{expected 1 offset values, got 2}}
  %0 = memref.reinterpret_cast %a to offset: [0, 0], sizes: [4, 4], strides: [4, 1] : memref<?xf32> to memref<4x4xf32>
  return
}

// -----

func.func @f(%a: memref<?x?xf32>) {
  // expected-error @+1 {{'memref.transpose' op expected a permutation map}}
  %0 = memref.transpose %a (i, j) -> (i, i) : memref<?x?xf32> to memref<?x?xf32>
  return
}

// -----

func.func @f(%a: memref<?xf32>, %o: index) {
  // expected-error @+1 {{expected result type with offset = dynamic instead of 0}}
  %0 = memref.reinterpret_cast %a to offset: [%o], sizes: [4], strides: [1] : memref<?xf32> to memref<4xf32>
  return
}

// -----

func.func @f(%a: memref<4x5xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<20xf32>' but found 'memref<20xf32, strided<[2]>>'}}
  %0 = memref.collapse_shape %a [[0, 1]] : memref<4x5xf32> into memref<20xf32, strided<[2]>>
  return
}

// -----

func.func @f(%a: memref<4x5xf32, strided<[10, 1]>>) {
  // expected-error @+1 {{'memref.collapse_shape' op invalid source layout map or collapsing non-contiguous dims}}
  %0 = memref.collapse_shape %a [[0, 1]] : memref<4x5xf32, strided<[10, 1]>> into memref<20xf32>
  return
}

// -----

func.func @f(%a: memref<4x5xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<20xf32>' but found 'memref<20xf16>'}}
  %0 = memref.collapse_shape %a [[0, 1]] : memref<4x5xf32> into memref<20xf16>
  return
}

// -----

func.func @f(%a: memref<4x5xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation indices must be contiguous}}
  %0 = memref.collapse_shape %a [[1, 0]] : memref<4x5xf32> into memref<20xf32>
  return
}

// -----

// expected-error @+1 {{'memref.global' op visibility expected to be one of ["public", "private", "nested"], but got "priate"}}
memref.global "priate" constant @g : memref<2xf32> = uninitialized

// -----

// expected-error @+1 {{custom op 'memref.global' initial value should be a unit or elements attribute}}
memref.global @g : memref<2x2xf32> = "foo"

// -----

// expected-error @+1 {{custom op 'memref.global' expected valid '@'-identifier for symbol name}}
memref.global constant "private" @g : memref<2x2xf32>

// -----

func.func private @foo()
func.func @f() {
  // expected-error @+1 {{'memref.get_global' op 'foo' does not reference a valid global memref}}
  %0 = memref.get_global @foo : memref<3xf32>
  return
}

// -----

// expected-error @+1 {{expected 2 offset values, got 3}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0, 0, 0] [4, 4, 4] [1, 1, 1] : memref<4x4xf32> to memref<4x4x4xf32>
 return }

// -----

// expected-error @+1 {{expected 2 offset values, got 1}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.subview %m[0] [4] [1] : memref<4x4xf32> to memref<4xf32>
 return }

// -----

// expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (0 vs 1) so the rank of the result type is well-formed.}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.reinterpret_cast %m to offset: [], sizes: [4], strides: [1] : memref<4x4xf32> to memref<4xf32>
 return }

// -----

// expected-error @+1 {{expected 1 size values, got 2}}
func.func @f(%m: memref<4x4xf32>) { %a = memref.reinterpret_cast %m to offset: [0], sizes: [4, 4], strides: [1, 1] : memref<4x4xf32> to memref<4xf32>
 return }

// -----

// Operand constraints in the generic form (ODS summaries).

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.load' op operand #0 must be memref of any type values, but got 'f32'}}
  %r = "memref.load"(%f, %i)  : (f32, index) -> f32
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.store' op operand #1 must be memref of any type values, but got 'f32'}}
  "memref.store"(%f, %f, %i)  : (f32, f32, index) -> ()
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.dealloc' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  "memref.dealloc"(%f)  : (f32) -> ()
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.cast' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.cast"(%f)  : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.copy' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  "memref.copy"(%f, %f)  : (f32, f32) -> ()
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.dim' op operand #0 must be unranked.memref of any type values or non-0-ranked.memref of any type values, but got 'f32'}}
  %r = "memref.dim"(%f, %i)  : (f32, index) -> index
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.rank' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.rank"(%f)  : (f32) -> index
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.reshape' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.reshape"(%f, %f)  : (f32, f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.view' op operand #0 must be 1D memref of 8-bit signless integer values, but got 'f32'}}
  %r = "memref.view"(%f, %i)  : (f32, index) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.extract_aligned_pointer_as_index' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.extract_aligned_pointer_as_index"(%f)  : (f32) -> index
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.memory_space_cast' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.memory_space_cast"(%f)  : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.atomic_rmw' op operand #1 must be memref of signless integer or floating-point values, but got 'f32'}}
  %r = "memref.atomic_rmw"(%f, %f, %i) <{kind = 0 : i64}> : (f32, f32, index) -> f32
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.generic_atomic_rmw' op operand #0 must be memref of signless integer or floating-point values, but got 'f32'}}
  %r = "memref.generic_atomic_rmw"(%f, %i)  ({
^bb0(%x: f32):
  "memref.atomic_yield"(%x) : (f32) -> ()
}) : (f32, index) -> f32
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.assume_alignment' op operand #0 must be memref of any type values, but got 'f32'}}
  %r = "memref.assume_alignment"(%f) <{alignment = 4 : i32}> : (f32) -> f32
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.prefetch' op operand #0 must be memref of any type values, but got 'f32'}}
  "memref.prefetch"(%f, %i) <{isDataCache = true, isWrite = false, localityHint = 3 : i32}> : (f32, index) -> ()
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.extract_strided_metadata' op operand #0 must be strided memref of any type values, but got 'f32'}}
  %r:2 = "memref.extract_strided_metadata"(%f)  : (f32) -> (memref<f32>, index)
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.dma_wait' op operand #0 must be memref of any type values, but got 'f32'}}
  "memref.dma_wait"(%f, %i)  : (f32, index) -> ()
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.distinct_objects' op operand #0 must be variadic of memref of any type values, but got 'f32'}}
  %r = "memref.distinct_objects"(%f)  : (f32) -> f32
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.realloc' op operand #0 must be 1D memref of any type values, but got 'f32'}}
  %r = "memref.realloc"(%f)  : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.collapse_shape' op operand #0 must be strided memref of any type values, but got 'f32'}}
  %r = "memref.collapse_shape"(%f) <{reassociation = []}> : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.expand_shape' op operand #0 must be strided memref of any type values, but got 'f32'}}
  %r = "memref.expand_shape"(%f) <{reassociation = [], static_output_shape = array<i64>}> : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.transpose' op operand #0 must be strided memref of any type values, but got 'f32'}}
  %r = "memref.transpose"(%f) <{permutation = affine_map<(d0) -> (d0)>}> : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.subview' op operand #0 must be memref of any type values, but got 'f32'}}
  %r = "memref.subview"(%f) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64>, static_sizes = array<i64>, static_strides = array<i64>}> : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%f: f32, %i: index) {
  // expected-error @+1 {{'memref.reinterpret_cast' op operand #0 must be ranked or unranked memref of any type values, but got 'f32'}}
  %r = "memref.reinterpret_cast"(%f) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64>, static_sizes = array<i64>, static_strides = array<i64>}> : (f32) -> memref<4xf32>
  return
}

// -----

func.func @f(%u: memref<*xf32>, %v: f32, %i: index) {
  // expected-error @+1 {{'memref.distinct_objects' op operand #0 must be variadic of memref of any type values, but got 'memref<*xf32>'}}
  %0 = "memref.distinct_objects"(%u) : (memref<*xf32>) -> memref<*xf32>
  return
}

// -----

func.func @f(%u: memref<*xf32>, %v: f32, %i: index) {
  // expected-error @+1 {{'memref.atomic_rmw' op operand #1 must be memref of signless integer or floating-point values, but got 'memref<*xf32>'}}
  %0 = "memref.atomic_rmw"(%v, %u) <{kind = 0 : i64}> : (f32, memref<*xf32>) -> f32
  return
}

// -----

func.func @f(%u: memref<*xf32>, %v: f32, %i: index) {
  // expected-error @+1 {{'memref.load' op operand #0 must be memref of any type values, but got 'memref<*xf32>'}}
  %0 = "memref.load"(%u) : (memref<*xf32>) -> f32
  return
}

// -----

// Inherent attributes in the attribute dictionary are checked while parsing.

func.func @f(%m: memref<2x2xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.store' 'memref.store' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  memref.store %v, %m[%i, %i] {alignment = 3 : i64} : memref<2x2xf32>
  return
}

// -----

func.func @f(%m: memref<2x2xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{custom op 'memref.store' 'memref.store' op attribute 'nontemporal' failed to satisfy constraint: bool attribute}}
  memref.store %v, %m[%i, %i] {nontemporal = 1 : i32} : memref<2x2xf32>
  return
}

// -----

func.func @f(%d: index) {
  // expected-error @+1 {{custom op 'memref.alloc' 'memref.alloc' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %a = memref.alloc(%d) {alignment = 3} : memref<?xf32>
  return
}

// -----

func.func @f(%m: memref<2x2xf32>, %i: index) {
  // expected-error @+1 {{custom op 'memref.load' 'memref.load' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
  %0 = memref.load %m[%i, %i] {alignment = 3 : i64} : memref<2x2xf32>
  return
}

// -----

// expected-error @+1 {{custom op 'memref.global' 'memref.global' op attribute 'alignment' failed to satisfy constraint: 64-bit signless integer attribute whose value is positive and whose value is a power of two > 0}}
memref.global "private" @gv : memref<4xf32> = dense<1.0> { alignment = 63 }

// -----

// Affine-map layouts: strided only when the map is a sum of dims times factors.
#mod = affine_map<(d0, d1) -> (d0 * 16 + d1 mod 4)>
func.func @metadata_not_strided(%m: memref<4x16xf32, #mod>) {
  // expected-error @+1 {{operand #0 must be strided memref of any type values, but got 'memref<4x16xf32, affine_map<(d0, d1) -> (d0 * 16 + d1 mod 4)>>'}}
  %0, %1, %2:2, %3:2 = memref.extract_strided_metadata %m : memref<4x16xf32, #mod> -> memref<f32>, index, index, index, index, index
  return
}

// -----

#offset8 = affine_map<(d0, d1) -> (d0 * 16 + d1 + 8)>
func.func @subview_affine_offset(%m: memref<4x16xf32, #offset8>) {
  // expected-error @+1 {{expected result type to be 'memref<2x4xf32, strided<[16, 1], offset: 26>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<2x4xf32, strided<[16, 1], offset: 18>>'}}
  %0 = memref.subview %m[1, 2] [2, 4] [1, 1] : memref<4x16xf32, #offset8> to memref<2x4xf32, strided<[16, 1], offset: 18>>
  return
}

// -----

#colmajor = affine_map<(d0, d1) -> (d1 * 4 + d0)>
func.func @collapse_affine_noncontiguous(%m: memref<4x16xf32, #colmajor>) {
  // expected-error @+1 {{invalid source layout map or collapsing non-contiguous dims}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<4x16xf32, #colmajor> into memref<64xf32>
  return
}

// -----

#s23 = affine_map<(d0, d1) -> (d0 * 2 + d1 * 3)>
func.func @cast_affine_strides(%m: memref<4x16xf32, #s23>) {
  // expected-error @+1 {{operand type 'memref<4x16xf32, affine_map<(d0, d1) -> (d0 * 2 + d1 * 3)>>' and result type 'memref<4x16xf32, strided<[3, 2]>>' are cast incompatible}}
  %0 = memref.cast %m : memref<4x16xf32, #s23> to memref<4x16xf32, strided<[3, 2]>>
  return
}

// -----

func.func @alloc_alignment_kind() {
  // expected-error @+1 {{invalid properties {alignment = "x", operandSegmentSizes = array<i32: 0, 0>} for op memref.alloc: Invalid attribute `alignment` in property conversion: "x"}}
  %0 = "memref.alloc"() <{alignment = "x", operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
  return
}

// -----

// An optional operand group holds at most one value.
func.func @realloc_size_group(%m: memref<?xf32>, %i: index) {
  // expected-error @+1 {{'memref.realloc' op operand group starting at #1 requires 0 or 1 element, but found 2}}
  %0 = "memref.realloc"(%m, %i, %i) : (memref<?xf32>, index, index) -> memref<?xf32>
  return
}
