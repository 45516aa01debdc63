// differential: generic-only (memref, arith and func print in their custom forms in mlir-opt)
// memref.alloc/load/store/dealloc in the generic form with strided and
// map layouts.
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
