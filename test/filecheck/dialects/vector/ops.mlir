// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Every vector op in its custom form, printed as mlir-opt prints it.

// CHECK-LABEL: func.func @vector_ops(
// CHECK: %0 = vector.broadcast %arg2 : f32 to vector<4x8xf32>
// CHECK-NEXT: %1 = vector.broadcast %arg0 : vector<4xf32> to vector<2x4xf32>
// CHECK-NEXT: %2 = vector.extract %arg1[0, 1] : f32 from vector<4x8xf32>
// CHECK-NEXT: %3 = vector.extract %arg1[%arg3] : vector<8xf32> from vector<4x8xf32>
// CHECK-NEXT: %4 = vector.extract %arg1[0, %arg3] : f32 from vector<4x8xf32>
// CHECK-NEXT: %5 = vector.insert %arg2, %arg1 [1, %arg3] : f32 into vector<4x8xf32>
// CHECK-NEXT: %6 = vector.insert %arg0, %1 [1] : vector<4xf32> into vector<2x4xf32>
// CHECK-NEXT: %7 = vector.extract_strided_slice %arg1 {offsets = [0, 2], sizes = [2, 4], strides = [1, 1]} : vector<4x8xf32> to vector<2x4xf32>
// CHECK-NEXT: %8 = vector.insert_strided_slice %7, %arg1 {offsets = [2, 2], strides = [1, 1]} : vector<2x4xf32> into vector<4x8xf32>
// CHECK-NEXT: %9 = vector.shape_cast %arg1 : vector<4x8xf32> to vector<32xf32>
// CHECK-NEXT: %10 = vector.transpose %arg1, [1, 0] : vector<4x8xf32> to vector<8x4xf32>
// CHECK-NEXT: %11 = vector.reduction <add>, %arg0 : vector<4xf32> into f32
// CHECK-NEXT: %12 = vector.reduction <maxnumf>, %arg0, %arg2 : vector<4xf32> into f32
// CHECK-NEXT: %13 = vector.fma %arg0, %arg0, %arg0 : vector<4xf32>
// CHECK-NEXT: %14 = vector.load %arg4[%arg3, %arg3] : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT: vector.store %14, %arg4[%arg3, %arg3] : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT: %15 = vector.transfer_read %arg4[%arg3, %arg3], %arg2 {in_bounds = [true]} : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT: %16 = vector.transfer_read %arg4[%arg3, %arg3], %arg2, %arg5 : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT: %17 = vector.transfer_read %arg4[%arg3, %arg3], %arg2 {permutation_map = #map} : memref<?x?xf32>, vector<4xf32>
// CHECK-NEXT: vector.transfer_write %15, %arg4[%arg3, %arg3] : vector<4xf32>, memref<?x?xf32>
// CHECK-NEXT: vector.transfer_write %15, %arg4[%arg3, %arg3], %arg5 : vector<4xf32>, memref<?x?xf32>
// CHECK-NEXT: %18 = vector.maskedload %arg4[%arg3, %arg3], %arg5, %arg0 : memref<?x?xf32>, vector<4xi1>, vector<4xf32> into vector<4xf32>
// CHECK-NEXT: vector.maskedstore %arg4[%arg3, %arg3], %arg5, %18 : memref<?x?xf32>, vector<4xi1>, vector<4xf32>
// CHECK-NEXT: %19 = vector.create_mask %arg3, %arg3 : vector<4x8xi1>
// CHECK-NEXT: %20 = vector.constant_mask [2, 3] : vector<4x8xi1>
// CHECK-NEXT: vector.print %arg0 : vector<4xf32>
// CHECK-NEXT: vector.print str "hello\0A"
// CHECK-NEXT: vector.print punctuation <comma>
// CHECK-NEXT: vector.print %arg2 : f32 punctuation <no_punctuation>
// CHECK-NEXT: %21 = vector.bitcast %arg0 : vector<4xf32> to vector<8xi16>
// CHECK-NEXT: %22 = vector.from_elements %arg2, %arg2, %arg2, %arg2 : vector<4xf32>
// CHECK-NEXT: %23 = vector.step : vector<4xindex>
// CHECK-NEXT: return %2 : f32
// CHECK-LABEL: func.func @transfers(
// CHECK: %0 = vector.transfer_read %arg0[%arg1, %arg1, %arg1], %arg2 {permutation_map = #map1} : memref<?x?x?xf32>, vector<4x8xf32>
// CHECK-NEXT: %1 = vector.constant_mask [2, 3] : vector<8x4xi1>
// CHECK-NEXT: %2 = vector.transfer_read %arg0[%arg1, %arg1, %arg1], %arg2, %1 {permutation_map = #map1} : memref<?x?x?xf32>, vector<4x8xf32>
// CHECK-NEXT: %3 = vector.transfer_read %arg0[%arg1, %arg1, %arg1], %arg2 {in_bounds = [true, false], permutation_map = #map2} : memref<?x?x?xf32>, vector<4x8xf32>
// CHECK-NEXT: %4 = vector.transfer_write %0, %arg3[%arg1, %arg1] {in_bounds = [true, true]} : vector<4x8xf32>, tensor<?x?xf32>
// CHECK-NEXT: %5 = vector.transfer_read %arg4[%arg1], %arg5 : memref<?xvector<4xf32>>, vector<2x4xf32>
// CHECK-NEXT: %6 = vector.load %arg0[%arg1, %arg1, %arg1] {nontemporal = true} : memref<?x?x?xf32>, vector<4xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @contract(
// CHECK: %0 = vector.contract {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %arg0, %arg1, %arg2 : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
// CHECK-NEXT: %1 = vector.contract {indexing_maps = [#map3, #map4, #map5], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>} %arg0, %arg1, %0 {foo = 1 : i64} : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
// CHECK-NEXT: %2 = vector.contract {indexing_maps = [#map6, #map6, #map7], iterator_types = ["reduction"], kind = #vector.kind<add>} %arg3, %arg3, %arg4 : vector<8xf32>, vector<8xf32> into f32
// CHECK-NEXT: return %1 : vector<4x4xf32>
// CHECK-LABEL: func.func @edge_cases(
// CHECK: %0 = vector.extract %arg0[] : f32 from vector<f32>
// CHECK-NEXT: %1 = vector.broadcast %arg1 : vector<1xf32> to vector<4xf32>
// CHECK-NEXT: %2 = vector.reduction <mul>, %1 fastmath<fast> : vector<4xf32> into f32
// CHECK-NEXT: %3 = vector.extract %arg2[-1] : vector<8xf32> from vector<[4]x8xf32>
// CHECK-NEXT: %4 = vector.transfer_read %arg3[%arg5], %arg4 {in_bounds = [true]} : tensor<8xf32>, vector<4xf32>
// CHECK-NEXT: %5 = vector.insert %arg4, %arg0 [] : f32 into vector<f32>
// CHECK-NEXT: %6 = vector.load %arg6[] : memref<f32>, vector<f32>
// CHECK-NEXT: vector.print %1 : vector<4xf32> punctuation <open>
// CHECK-NEXT: vector.print %arg4 : f32 {tag = "x"}
// CHECK-NEXT: %7 = vector.step : vector<[4]xindex>
// CHECK-NEXT: %8 = vector.create_mask %arg5 : vector<[4]xi1>
// CHECK-NEXT: %9 = vector.transpose %arg2, [1, 0] : vector<[4]x8xf32> to vector<8x[4]xf32>
// CHECK-NEXT: %10 = vector.reduction <maxsi>, %8 : vector<[4]xi1> into i1
// CHECK-NEXT: return
// CHECK-LABEL: func.func @vector_transfer_ops_0d(
// CHECK: %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %0 = vector.transfer_read %arg0[], %cst : tensor<f32>, vector<f32>
// CHECK-NEXT: %1 = vector.transfer_write %0, %arg0[] : vector<f32>, tensor<f32>
// CHECK-NEXT: %2 = vector.transfer_read %arg1[], %cst : memref<f32>, vector<f32>
// CHECK-NEXT: vector.transfer_write %2, %arg1[] : vector<f32>, memref<f32>
// CHECK-NEXT: return %1 : tensor<f32>
// CHECK-LABEL: func.func @vector_transfer_ops_0d_from_higher_d(
// CHECK: %c0 = arith.constant 0 : index
// CHECK-NEXT: %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %0 = vector.transfer_read %arg0[%c0], %cst : tensor<?xf32>, vector<f32>
// CHECK-NEXT: %1 = vector.transfer_write %0, %arg0[%c0] : vector<f32>, tensor<?xf32>
// CHECK-NEXT: %2 = vector.transfer_read %arg1[%c0, %c0], %cst : memref<?x?xf32>, vector<f32>
// CHECK-NEXT: vector.transfer_write %2, %arg1[%c0, %c0] : vector<f32>, memref<?x?xf32>
// CHECK-NEXT: return %1 : tensor<?xf32>
// CHECK-LABEL: func.func @vector_transfer_ops(
// CHECK: %c3 = arith.constant 3 : index
// CHECK-NEXT: %cst = arith.constant 3.000000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = vector.broadcast %cst_0 : f32 to vector<4x3xf32>
// CHECK-NEXT: %1 = vector.broadcast %c0_i32 : i32 to vector<4x3xi32>
// CHECK-NEXT: %2 = vector.broadcast %c0 : index to vector<4x3xindex>
// CHECK-NEXT: %cst_1 = arith.constant dense<[false, false, true, false, true]> : vector<5xi1>
// CHECK-NEXT: %3 = vector.broadcast %true : i1 to vector<4x5xi1>
// CHECK-NEXT: %4 = vector.transfer_read %arg0[%c3, %c3], %cst_0 {permutation_map = #map} : memref<?x?xf32>, vector<128xf32>
// CHECK-NEXT: %5 = vector.transfer_read %arg0[%c3, %c3], %cst_0 {permutation_map = #map8} : memref<?x?xf32>, vector<3x7xf32>
// CHECK-NEXT: %6 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = #map} : memref<?x?xf32>, vector<128xf32>
// CHECK-NEXT: %7 = vector.transfer_read %arg0[%c3, %c3], %cst : memref<?x?xf32>, vector<128xf32>
// CHECK-NEXT: %8 = vector.transfer_read %arg1[%c3, %c3], %0 : memref<?x?xvector<4x3xf32>>, vector<1x1x4x3xf32>
// CHECK-NEXT: %9 = vector.transfer_read %arg1[%c3, %c3], %0 {in_bounds = [false, true]} : memref<?x?xvector<4x3xf32>>, vector<1x1x4x3xf32>
// CHECK-NEXT: %10 = vector.transfer_read %arg2[%c3, %c3], %1 : memref<?x?xvector<4x3xi32>>, vector<5x24xi8>
// CHECK-NEXT: %11 = vector.transfer_read %arg3[%c3, %c3], %2 : memref<?x?xvector<4x3xindex>>, vector<5x48xi8>
// CHECK-NEXT: %12 = vector.transfer_read %arg0[%c3, %c3], %cst_0, %cst_1 : memref<?x?xf32>, vector<5xf32>
// CHECK-NEXT: %13 = vector.transfer_read %arg4[%c3, %c3, %c3], %cst_0, %3 {permutation_map = #map9} : memref<?x?x?xf32>, vector<5x4x8xf32>
// CHECK-NEXT: vector.transfer_write %4, %arg0[%c3, %c3] {permutation_map = #map} : vector<128xf32>, memref<?x?xf32>
// CHECK-NEXT: vector.transfer_write %5, %arg0[%c3, %c3] {permutation_map = #map8} : vector<3x7xf32>, memref<?x?xf32>
// CHECK-NEXT: vector.transfer_write %8, %arg1[%c3, %c3] : vector<1x1x4x3xf32>, memref<?x?xvector<4x3xf32>>
// CHECK-NEXT: vector.transfer_write %9, %arg1[%c3, %c3] : vector<1x1x4x3xf32>, memref<?x?xvector<4x3xf32>>
// CHECK-NEXT: vector.transfer_write %10, %arg2[%c3, %c3] : vector<5x24xi8>, memref<?x?xvector<4x3xi32>>
// CHECK-NEXT: vector.transfer_write %11, %arg3[%c3, %c3] : vector<5x48xi8>, memref<?x?xvector<4x3xindex>>
// CHECK-NEXT: vector.transfer_write %12, %arg0[%c3, %c3], %cst_1 : vector<5xf32>, memref<?x?xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @vector_broadcast(
// CHECK: %0 = vector.broadcast %arg0 : f32 to vector<f32>
// CHECK-NEXT: %1 = vector.broadcast %arg1 : vector<f32> to vector<4xf32>
// CHECK-NEXT: %2 = vector.broadcast %arg2 : vector<16xf32> to vector<8x16xf32>
// CHECK-NEXT: %3 = vector.broadcast %arg3 : vector<1x16xf32> to vector<8x16xf32>
// CHECK-NEXT: %4 = vector.broadcast %arg4 : vector<8x1xf32> to vector<8x16xf32>
// CHECK-NEXT: return %3 : vector<8x16xf32>
// CHECK-LABEL: func.func @extract_const_idx(
// CHECK: %0 = vector.extract %arg0[] : vector<4x8x16xf32> from vector<4x8x16xf32>
// CHECK-NEXT: %1 = vector.extract %arg0[3] : vector<8x16xf32> from vector<4x8x16xf32>
// CHECK-NEXT: %2 = vector.extract %arg0[3, 3] : vector<16xf32> from vector<4x8x16xf32>
// CHECK-NEXT: %3 = vector.extract %arg0[%arg1, 5, %arg1] : f32 from vector<4x8x16xf32>
// CHECK-NEXT: %4 = vector.insert %arg3, %arg2 [3] : vector<8x16xf32> into vector<4x8x16xf32>
// CHECK-NEXT: %5 = vector.insert %4, %4 [] : vector<4x8x16xf32> into vector<4x8x16xf32>
// CHECK-NEXT: return %0, %1, %2, %3 : vector<4x8x16xf32>, vector<8x16xf32>, vector<16xf32>, f32
// CHECK-LABEL: func.func @vector_fma(
// CHECK: %0 = vector.fma %arg0, %arg0, %arg0 : vector<8xf32>
// CHECK-NEXT: %1 = vector.fma %arg2, %arg2, %arg2 : vector<f32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @reduce_int_0d(
// CHECK: %0 = vector.reduction <add>, %arg0 : vector<i32> into i32
// CHECK-NEXT: %1 = vector.reduction <xor>, %arg1 : vector<16xi32> into i32
// CHECK-NEXT: %2 = vector.reduction <and>, %arg1 : vector<16xi32> into i32
// CHECK-NEXT: %3 = vector.reduction <minimumf>, %arg2, %arg3 fastmath<nnan,ninf> : vector<16xf32> into f32
// CHECK-NEXT: %4 = vector.reduction <maximumf>, %arg2 : vector<16xf32> into f32
// CHECK-NEXT: return %4 : f32
// CHECK-LABEL: func.func @transpose_fp_0d(
// CHECK: %0 = vector.transpose %arg0, [] : vector<f32> to vector<f32>
// CHECK-NEXT: %1 = vector.transpose %arg1, [3, 0, 1, 2] : vector<11x7x3x2xi32> to vector<2x11x7x3xi32>
// CHECK-NEXT: return %0 : vector<f32>
// CHECK-LABEL: func.func @ls(
// CHECK: %0 = vector.load %arg0[%arg2, %arg3] : memref<200x100xf32>, vector<f32>
// CHECK-NEXT: vector.store %0, %arg0[%arg2, %arg3] : memref<200x100xf32>, vector<f32>
// CHECK-NEXT: %1 = vector.load %arg1[%arg2, %arg3] : memref<200x100xvector<4x8xf32>>, vector<4x8xf32>
// CHECK-NEXT: vector.store %1, %arg1[%arg2, %arg3] {nontemporal = true} : memref<200x100xvector<4x8xf32>>, vector<4x8xf32>
// CHECK-NEXT: %2 = vector.load %arg5[%arg2] {alignment = 16 : i64} : memref<?xi32>, vector<[4]xi32>
// CHECK-NEXT: vector.store %arg4, %arg5[%arg2] : memref<?xi32>, vector<[4]xi32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @masked(
// CHECK: %0 = vector.maskedload %arg0[%arg3, %arg3], %arg1, %arg2 : memref<?x?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
// CHECK-NEXT: vector.maskedstore %arg0[%arg3, %arg3], %arg1, %0 : memref<?x?xf32>, vector<16xi1>, vector<16xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @more(
// CHECK: %0 = vector.shuffle %arg0, %arg0 [0, 1, 2, 3] : vector<2xf32>, vector<2xf32>
// CHECK-NEXT: %1 = vector.gather %arg2[%arg6] [%arg3], %arg4, %arg5 : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
// CHECK-NEXT: vector.scatter %arg2[%arg6] [%arg3], %arg4, %1 : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32>
// CHECK-NEXT: %2 = vector.gather %arg9[%arg6] [%arg3], %arg4, %arg5 : tensor<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
// CHECK-NEXT: %3 = vector.outerproduct %arg1, %arg8 : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %4 = vector.outerproduct %arg1, %arg8, %arg7 {kind = #vector.kind<maxnumf>} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %5 = vector.outerproduct %arg1, %arg10 : vector<4xf32>, f32
// CHECK-NEXT: %6 = vector.expandload %arg2[%arg6], %arg4, %arg5 : memref<?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
// CHECK-NEXT: vector.compressstore %arg2[%arg6], %arg4, %6 : memref<?xf32>, vector<16xi1>, vector<16xf32>
// CHECK-NEXT: %7 = vector.interleave %arg1, %arg1 : vector<4xf32> -> vector<8xf32>
// CHECK-NEXT: %res1, %res2 = vector.deinterleave %7 : vector<8xf32> -> vector<4xf32>
// CHECK-NEXT: %8 = vector.mask %arg4 { vector.reduction <add>, %arg5 : vector<16xf32> into f32 } : vector<16xi1> -> f32
// CHECK-NEXT: vector.mask %arg4 { vector.transfer_write %arg5, %arg2[%arg6] : vector<16xf32>, memref<?xf32> } : vector<16xi1>
// CHECK-NEXT: %9 = vector.mask %arg4, %arg5 { vector.transfer_read %arg2[%arg6], %arg10 : memref<?xf32>, vector<16xf32> } : vector<16xi1> -> vector<16xf32>
// CHECK-NEXT: %10 = vector.extract %arg7[0] : vector<8xf32> from vector<4x8xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @sc(
// CHECK: %0 = vector.scatter %arg0[%arg4] [%arg1], %arg2, %arg3 : tensor<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> -> tensor<?xf32>
// CHECK-NEXT: return %0 : tensor<?xf32>
// CHECK-LABEL: func.func @m(
// CHECK: %0 = vector.mask %arg0 { vector.transfer_read %arg2[%arg3], %arg4 {in_bounds = [true]} : memref<?xf32>, vector<16xf32> } {tag = 1 : i32} : vector<16xi1> -> vector<16xf32>
// CHECK-NEXT: %1 = vector.mask %arg0 { vector.yield %arg1 : vector<16xf32> } : vector<16xi1> -> vector<16xf32>
// CHECK-NEXT: return %0 : vector<16xf32>
// CHECK-LABEL: func.func @more2(
// CHECK: %0 = vector.multi_reduction <add>, %arg0, %arg1 [1] : vector<4x8xf32> to vector<4xf32>
// CHECK-NEXT: %1 = vector.multi_reduction <maxnumf>, %arg0, %arg1 {tag} [1] : vector<4x8xf32> to vector<4xf32>
// CHECK-NEXT: %2:4 = vector.to_elements %arg5 : vector<4xf32>
// CHECK-NEXT: %3 = vector.scalable.insert %arg5, %arg2[0] : vector<4xf32> into vector<[4]xf32>
// CHECK-NEXT: %4 = vector.scalable.extract %arg2[0] : vector<4xf32> from vector<[4]xf32>
// CHECK-NEXT: %5 = vector.type_cast %arg4 : memref<8x8xf32> to memref<vector<8x8xf32>>
// CHECK-NEXT: %vscale = vector.vscale
// CHECK-NEXT: %6 = vector.extract_strided_slice %arg3 {offsets = [2], sizes = [4], strides = [1]} : vector<8xf32> to vector<4xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @scans(
// CHECK: %dest, %accumulated_value = vector.scan <add>, %arg0, %arg1 {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>
// CHECK-NEXT: %dest_0, %accumulated_value_1 = vector.scan <mul>, %arg0, %arg2 {inclusive = false, reduction_dim = 1 : i64} : vector<4x8xf32>, vector<4xf32>
// CHECK-NEXT: %dest_2, %accumulated_value_3 = vector.scan <maxsi>, %arg3, %arg4 {inclusive = true, reduction_dim = 0 : i64} : vector<16xi32>, vector<i32>
// CHECK-NEXT: %dest_4, %accumulated_value_5 = vector.scan <minimumf>, %arg5, %arg6 {inclusive = false, reduction_dim = 0 : i64, tag} : vector<2x[4]xf32>, vector<[4]xf32>
// CHECK-NEXT: return %dest_2 : vector<16xi32>
// CHECK-LABEL: func.func @outerproducts(
// CHECK: %0 = vector.outerproduct %arg0, %arg1 : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %1 = vector.outerproduct %arg0, %arg1, %arg2 {kind = #vector.kind<add>} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %2 = vector.outerproduct %arg0, %arg1, %arg2 {kind = #vector.kind<mul>} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %3 = vector.outerproduct %arg0, %arg1, %arg2 {a = 1 : i64, kind = #vector.kind<maxnumf>} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %4 = vector.outerproduct %arg0, %arg1 : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: %5 = vector.outerproduct %arg0, %arg3 : vector<4xf32>, f32
// CHECK-NEXT: %6 = vector.outerproduct %arg0, %arg3, %arg0 {kind = #vector.kind<add>} : vector<4xf32>, f32
// CHECK-NEXT: %7 = vector.outerproduct %arg4, %arg5, %arg4 {kind = #vector.kind<xor>} : vector<4xi32>, i32
// CHECK-NEXT: %8 = vector.mask %arg6 { vector.outerproduct %arg4, %arg5, %arg4 {kind = #vector.kind<add>} : vector<4xi32>, i32 } : vector<4xi1> -> vector<4xi32>
// CHECK-NEXT: %9 = vector.outerproduct %arg0, %arg1, %arg2 {kind = #vector.kind<add>} : vector<4xf32>, vector<8xf32>
// CHECK-NEXT: return

// vector dialect operations in their custom forms.
func.func @vector_ops(%v: vector<4xf32>, %m: vector<4x8xf32>, %f: f32, %i: index, %mem: memref<?x?xf32>, %mask: vector<4xi1>, %b: i1) -> f32 {
  %bc = vector.broadcast %f : f32 to vector<4x8xf32>
  %bc2 = vector.broadcast %v : vector<4xf32> to vector<2x4xf32>
  %e0 = vector.extract %m[0, 1] : f32 from vector<4x8xf32>
  %e1 = vector.extract %m[%i] : vector<8xf32> from vector<4x8xf32>
  %e2 = vector.extract %m[0, %i] : f32 from vector<4x8xf32>
  %in = vector.insert %f, %m[1, %i] : f32 into vector<4x8xf32>
  %in2 = vector.insert %v, %bc2[1] : vector<4xf32> into vector<2x4xf32>
  %ess = vector.extract_strided_slice %m {offsets = [0, 2], sizes = [2, 4], strides = [1, 1]} : vector<4x8xf32> to vector<2x4xf32>
  %iss = vector.insert_strided_slice %ess, %m {offsets = [2, 2], strides = [1, 1]} : vector<2x4xf32> into vector<4x8xf32>
  %sc = vector.shape_cast %m : vector<4x8xf32> to vector<32xf32>
  %tr = vector.transpose %m, [1, 0] : vector<4x8xf32> to vector<8x4xf32>
  %red = vector.reduction <add>, %v : vector<4xf32> into f32
  %red2 = vector.reduction <maxnumf>, %v, %f : vector<4xf32> into f32
  %fma = vector.fma %v, %v, %v : vector<4xf32>
  %ld = vector.load %mem[%i, %i] : memref<?x?xf32>, vector<4xf32>
  vector.store %ld, %mem[%i, %i] : memref<?x?xf32>, vector<4xf32>
  %tr1 = vector.transfer_read %mem[%i, %i], %f {in_bounds = [true]} : memref<?x?xf32>, vector<4xf32>
  %tr2 = vector.transfer_read %mem[%i, %i], %f, %mask : memref<?x?xf32>, vector<4xf32>
  %tr3 = vector.transfer_read %mem[%i, %i], %f {permutation_map = affine_map<(d0, d1) -> (d0)>} : memref<?x?xf32>, vector<4xf32>
  vector.transfer_write %tr1, %mem[%i, %i] {in_bounds = [false]} : vector<4xf32>, memref<?x?xf32>
  vector.transfer_write %tr1, %mem[%i, %i], %mask : vector<4xf32>, memref<?x?xf32>
  %ml = vector.maskedload %mem[%i, %i], %mask, %v : memref<?x?xf32>, vector<4xi1>, vector<4xf32> into vector<4xf32>
  vector.maskedstore %mem[%i, %i], %mask, %ml : memref<?x?xf32>, vector<4xi1>, vector<4xf32>
  %cm = vector.create_mask %i, %i : vector<4x8xi1>
  %km = vector.constant_mask [2, 3] : vector<4x8xi1>
  vector.print %v : vector<4xf32>
  vector.print str "hello\n"
  vector.print punctuation <comma>
  vector.print %f : f32 punctuation <no_punctuation>
  %vb = vector.bitcast %v : vector<4xf32> to vector<8xi16>
  %fe = vector.from_elements %f, %f, %f, %f : vector<4xf32>
  %st = vector.step : vector<4xindex>
  return %e0 : f32
}

func.func @transfers(%mem: memref<?x?x?xf32>, %i: index, %f: f32, %t: tensor<?x?xf32>, %vm: memref<?xvector<4xf32>>, %v4: vector<4xf32>) {
  %a = vector.transfer_read %mem[%i, %i, %i], %f {permutation_map = affine_map<(d0, d1, d2) -> (d2, d0)>} : memref<?x?x?xf32>, vector<4x8xf32>
  %m = vector.constant_mask [2, 3] : vector<8x4xi1>
  %b = vector.transfer_read %mem[%i, %i, %i], %f, %m {permutation_map = affine_map<(d0, d1, d2) -> (d2, d0)>} : memref<?x?x?xf32>, vector<4x8xf32>
  %c = vector.transfer_read %mem[%i, %i, %i], %f {permutation_map = affine_map<(d0, d1, d2) -> (0, d1)>, in_bounds = [true, false]} : memref<?x?x?xf32>, vector<4x8xf32>
  %t2 = vector.transfer_write %a, %t[%i, %i] {in_bounds = [true, true]} : vector<4x8xf32>, tensor<?x?xf32>
  %d = vector.transfer_read %vm[%i], %v4 : memref<?xvector<4xf32>>, vector<2x4xf32>
  %e = vector.load %mem[%i, %i, %i] {nontemporal = true} : memref<?x?x?xf32>, vector<4xf32>
  return
}

func.func @contract(%a: vector<4x8xf32>, %b: vector<8x4xf32>, %c: vector<4x4xf32>, %x: vector<8xf32>, %s: f32) -> vector<4x4xf32> {
  %0 = vector.contract {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<add>} %a, %b, %c : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
  %1 = vector.contract {indexing_maps = [affine_map<(d0, d1, d2) -> (d0, d2)>, affine_map<(d0, d1, d2) -> (d2, d1)>, affine_map<(d0, d1, d2) -> (d0, d1)>], iterator_types = ["parallel", "parallel", "reduction"], kind = #vector.kind<maxnumf>, foo = 1} %a, %b, %0 : vector<4x8xf32>, vector<8x4xf32> into vector<4x4xf32>
  %2 = vector.contract {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>], iterator_types = ["reduction"]} %x, %x, %s : vector<8xf32>, vector<8xf32> into f32
  return %1 : vector<4x4xf32>
}

func.func @edge_cases(%v0: vector<f32>, %v: vector<1xf32>, %m: vector<[4]x8xf32>, %t: tensor<8xf32>, %f: f32, %i: index, %r: memref<f32>) {
  %0 = vector.extract %v0[] : f32 from vector<f32>
  %1 = vector.broadcast %v : vector<1xf32> to vector<4xf32>
  %2 = vector.reduction <mul>, %1 fastmath<fast> : vector<4xf32> into f32
  %3 = vector.extract %m[-1] : vector<8xf32> from vector<[4]x8xf32>
  %4 = vector.transfer_read %t[%i], %f {in_bounds = [true]} : tensor<8xf32>, vector<4xf32>
  %5 = vector.insert %f, %v0[] : f32 into vector<f32>
  %6 = vector.load %r[] : memref<f32>, vector<f32>
  vector.print %1 : vector<4xf32> punctuation <open>
  vector.print %f : f32 {tag = "x"}
  %7 = vector.step : vector<[4]xindex>
  %8 = vector.create_mask %i : vector<[4]xi1>
  %9 = vector.transpose %m, [1, 0] : vector<[4]x8xf32> to vector<8x[4]xf32>
  %10 = vector.reduction <maxsi>, %8 : vector<[4]xi1> into i1
  return
}

// Transfers of 0-d and vector-element sources, broadcasts, positions, loads and stores, reductions.
func.func @vector_transfer_ops_0d(%arg0: tensor<f32>, %arg1: memref<f32>)
  -> tensor<f32> {
    %f0 = arith.constant 0.0 : f32
    %0 = vector.transfer_read %arg0[], %f0 {permutation_map = affine_map<()->()>} :
      tensor<f32>, vector<f32>
    %1 = vector.transfer_write %0, %arg0[] {permutation_map = affine_map<()->()>} :
      vector<f32>, tensor<f32>
    %2 = vector.transfer_read %arg1[], %f0 {permutation_map = affine_map<()->()>} :
      memref<f32>, vector<f32>
    vector.transfer_write %2, %arg1[] {permutation_map = affine_map<()->()>} :
      vector<f32>, memref<f32>
    return %1: tensor<f32>
}
func.func @vector_transfer_ops_0d_from_higher_d(%arg0: tensor<?xf32>, %arg1: memref<?x?xf32>)
  -> tensor<?xf32> {
    %c0 = arith.constant 0 : index
    %f0 = arith.constant 0.0 : f32
    %0 = vector.transfer_read %arg0[%c0], %f0 {permutation_map = affine_map<(d0)->()>} :
      tensor<?xf32>, vector<f32>
    %1 = vector.transfer_write %0, %arg0[%c0] {permutation_map = affine_map<(d0)->()>} :
      vector<f32>, tensor<?xf32>
    %2 = vector.transfer_read %arg1[%c0, %c0], %f0 {permutation_map = affine_map<(d0, d1)->()>} :
      memref<?x?xf32>, vector<f32>
    vector.transfer_write %2, %arg1[%c0, %c0] {permutation_map = affine_map<(d0, d1)->()>} :
      vector<f32>, memref<?x?xf32>
    return %1: tensor<?xf32>
}
func.func @vector_transfer_ops(%arg0: memref<?x?xf32>,
                          %arg1 : memref<?x?xvector<4x3xf32>>,
                          %arg2 : memref<?x?xvector<4x3xi32>>,
                          %arg3 : memref<?x?xvector<4x3xindex>>,
                          %arg4 : memref<?x?x?xf32>) {
  %c3 = arith.constant 3 : index
  %cst = arith.constant 3.0 : f32
  %f0 = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : i32
  %i0 = arith.constant 0 : index
  %i1 = arith.constant 1 : i1
  %vf0 = vector.broadcast %f0 : f32 to vector<4x3xf32>
  %v0 = vector.broadcast %c0 : i32 to vector<4x3xi32>
  %vi0 = vector.broadcast %i0 : index to vector<4x3xindex>
  %m = arith.constant dense<[0, 0, 1, 0, 1]> : vector<5xi1>
  %m2 = vector.broadcast %i1 : i1 to vector<4x5xi1>
  %0 = vector.transfer_read %arg0[%c3, %c3], %f0 {permutation_map = affine_map<(d0, d1)->(d0)>} : memref<?x?xf32>, vector<128xf32>
  %1 = vector.transfer_read %arg0[%c3, %c3], %f0 {permutation_map = affine_map<(d0, d1)->(d1, d0)>} : memref<?x?xf32>, vector<3x7xf32>
  %2 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0, d1)->(d0)>} : memref<?x?xf32>,  vector<128xf32>
  %3 = vector.transfer_read %arg0[%c3, %c3], %cst {permutation_map = affine_map<(d0, d1)->(d1)>} : memref<?x?xf32>,  vector<128xf32>
  %4 = vector.transfer_read %arg1[%c3, %c3], %vf0 {permutation_map = affine_map<(d0, d1)->(d0, d1)>} : memref<?x?xvector<4x3xf32>>, vector<1x1x4x3xf32>
  %5 = vector.transfer_read %arg1[%c3, %c3], %vf0 {in_bounds = [false, true]} : memref<?x?xvector<4x3xf32>>, vector<1x1x4x3xf32>
  %6 = vector.transfer_read %arg2[%c3, %c3], %v0 : memref<?x?xvector<4x3xi32>>, vector<5x24xi8>
  %7 = vector.transfer_read %arg3[%c3, %c3], %vi0 : memref<?x?xvector<4x3xindex>>, vector<5x48xi8>
  %8 = vector.transfer_read %arg0[%c3, %c3], %f0, %m : memref<?x?xf32>, vector<5xf32>
  %9 = vector.transfer_read %arg4[%c3, %c3, %c3], %f0, %m2 {permutation_map = affine_map<(d0, d1, d2)->(d1, d0, 0)>} : memref<?x?x?xf32>, vector<5x4x8xf32>
  vector.transfer_write %0, %arg0[%c3, %c3] {permutation_map = affine_map<(d0, d1)->(d0)>} : vector<128xf32>, memref<?x?xf32>
  vector.transfer_write %1, %arg0[%c3, %c3] {permutation_map = affine_map<(d0, d1)->(d1, d0)>} : vector<3x7xf32>, memref<?x?xf32>
  vector.transfer_write %4, %arg1[%c3, %c3] {permutation_map = affine_map<(d0, d1)->(d0, d1)>} : vector<1x1x4x3xf32>, memref<?x?xvector<4x3xf32>>
  vector.transfer_write %5, %arg1[%c3, %c3] {in_bounds = [false, false]} : vector<1x1x4x3xf32>, memref<?x?xvector<4x3xf32>>
  vector.transfer_write %6, %arg2[%c3, %c3] : vector<5x24xi8>, memref<?x?xvector<4x3xi32>>
  vector.transfer_write %7, %arg3[%c3, %c3] : vector<5x48xi8>, memref<?x?xvector<4x3xindex>>
  vector.transfer_write %8, %arg0[%c3, %c3], %m : vector<5xf32>, memref<?x?xf32>
  return
}
func.func @vector_broadcast(%a: f32, %b: vector<f32>, %c: vector<16xf32>, %d: vector<1x16xf32>, %e: vector<8x1xf32>) -> vector<8x16xf32> {
  %0 = vector.broadcast %a : f32 to vector<f32>
  %1 = vector.broadcast %b : vector<f32> to vector<4xf32>
  %3 = vector.broadcast %c : vector<16xf32> to vector<8x16xf32>
  %4 = vector.broadcast %d : vector<1x16xf32> to vector<8x16xf32>
  %5 = vector.broadcast %e : vector<8x1xf32> to vector<8x16xf32>
  return %4 : vector<8x16xf32>
}
func.func @extract_const_idx(%arg0: vector<4x8x16xf32>, %idx: index, %res: vector<4x8x16xf32>, %c: vector<8x16xf32>)
                             -> (vector<4x8x16xf32>, vector<8x16xf32>, vector<16xf32>, f32) {
  %0 = vector.extract %arg0[] : vector<4x8x16xf32> from vector<4x8x16xf32>
  %1 = vector.extract %arg0[3] : vector<8x16xf32> from vector<4x8x16xf32>
  %2 = vector.extract %arg0[3, 3] : vector<16xf32> from vector<4x8x16xf32>
  %3 = vector.extract %arg0[%idx, 5, %idx] : f32 from vector<4x8x16xf32>
  %4 = vector.insert %c, %res[3] : vector<8x16xf32> into vector<4x8x16xf32>
  %5 = vector.insert %4, %4[] : vector<4x8x16xf32> into vector<4x8x16xf32>
  return %0, %1, %2, %3 : vector<4x8x16xf32>, vector<8x16xf32>, vector<16xf32>, f32
}
func.func @vector_fma(%a: vector<8xf32>, %b: vector<8x4xf32>, %c: vector<f32>) {
  vector.fma %a, %a, %a : vector<8xf32>
  vector.fma %c, %c, %c : vector<f32>
  return
}
func.func @reduce_int_0d(%arg0: vector<i32>, %arg1: vector<16xi32>, %f: vector<16xf32>, %acc: f32) -> f32 {
  vector.reduction <add>, %arg0 : vector<i32> into i32
  vector.reduction <xor>, %arg1 : vector<16xi32> into i32
  vector.reduction <and>, %arg1 : vector<16xi32> into i32
  vector.reduction <minimumf>, %f, %acc fastmath<nnan,ninf> : vector<16xf32> into f32
  %0 = vector.reduction <maximumf>, %f : vector<16xf32> into f32
  return %0 : f32
}
func.func @transpose_fp_0d(%arg0: vector<f32>, %arg1: vector<11x7x3x2xi32>) -> vector<f32> {
  %0 = vector.transpose %arg0, [] : vector<f32> to vector<f32>
  %1 = vector.transpose %arg1, [3, 0, 1, 2] : vector<11x7x3x2xi32> to vector<2x11x7x3xi32>
  return %0 : vector<f32>
}
func.func @ls(%memref : memref<200x100xf32>, %vm : memref<200x100xvector<4x8xf32>>, %i : index, %j : index, %v: vector<[4]xi32>, %m: memref<?xi32>) {
  %0 = vector.load %memref[%i, %j] : memref<200x100xf32>, vector<f32>
  vector.store %0, %memref[%i, %j] : memref<200x100xf32>, vector<f32>
  %1 = vector.load %vm[%i, %j] : memref<200x100xvector<4x8xf32>>, vector<4x8xf32>
  vector.store %1, %vm[%i, %j] {nontemporal = true} : memref<200x100xvector<4x8xf32>>, vector<4x8xf32>
  %2 = vector.load %m[%i] {alignment = 16 : i64} : memref<?xi32>, vector<[4]xi32>
  vector.store %v, %m[%i] : memref<?xi32>, vector<[4]xi32>
  return
}
func.func @masked(%base: memref<?x?xf32>, %mask: vector<16xi1>, %passthru: vector<16xf32>, %i: index) {
  %0 = vector.maskedload %base[%i, %i], %mask, %passthru : memref<?x?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  vector.maskedstore %base[%i, %i], %mask, %0 : memref<?x?xf32>, vector<16xi1>, vector<16xf32>
  return
}

// Shuffles, gathers, scatters (memref and tensor), outer products, expand/compress, (de)interleave, masks.
func.func @more(%a: vector<2xf32>, %b: vector<4xf32>, %base: memref<?xf32>, %v: vector<16xi32>, %mask: vector<16xi1>, %pt: vector<16xf32>, %i: index, %o: vector<4x8xf32>, %c: vector<8xf32>, %t: tensor<?xf32>, %s: f32) {
  %0 = vector.shuffle %a, %a[0, 1, 2, 3] : vector<2xf32>, vector<2xf32>
  %1 = vector.gather %base[%i][%v], %mask, %pt : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  vector.scatter %base[%i][%v], %mask, %1 : memref<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32>
  %g = vector.gather %t[%i][%v], %mask, %pt : tensor<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  %2 = vector.outerproduct %b, %c : vector<4xf32>, vector<8xf32>
  %3 = vector.outerproduct %b, %c, %o {kind = #vector.kind<maxnumf>} : vector<4xf32>, vector<8xf32>
  %x3 = vector.outerproduct %b, %s : vector<4xf32>, f32
  %4 = vector.expandload %base[%i], %mask, %pt : memref<?xf32>, vector<16xi1>, vector<16xf32> into vector<16xf32>
  vector.compressstore %base[%i], %mask, %4 : memref<?xf32>, vector<16xi1>, vector<16xf32>
  %5 = vector.interleave %b, %b : vector<4xf32> -> vector<8xf32>
  %6, %7 = vector.deinterleave %5 : vector<8xf32> -> vector<4xf32>
  %8 = vector.mask %mask { vector.reduction <add>, %pt : vector<16xf32> into f32 } : vector<16xi1> -> f32
  vector.mask %mask { vector.transfer_write %pt, %base[%i] : vector<16xf32>, memref<?xf32> } : vector<16xi1>
  %9 = vector.mask %mask, %pt { vector.transfer_read %base[%i], %s : memref<?xf32>, vector<16xf32> } : vector<16xi1> -> vector<16xf32>
  %10 = vector.extract %o[0] : vector<8xf32> from vector<4x8xf32>
  return
}
func.func @sc(%t: tensor<?xf32>, %v: vector<16xi32>, %mask: vector<16xi1>, %pt: vector<16xf32>, %i: index) -> tensor<?xf32> {
  %0 = vector.scatter %t[%i][%v], %mask, %pt : tensor<?xf32>, vector<16xi32>, vector<16xi1>, vector<16xf32> -> tensor<?xf32>
  return %0 : tensor<?xf32>
}
func.func @m(%mask: vector<16xi1>, %pt: vector<16xf32>, %base: memref<?xf32>, %i: index, %s: f32) -> vector<16xf32> {
  %0 = vector.mask %mask { vector.transfer_read %base[%i], %s {in_bounds = [true]} : memref<?xf32>, vector<16xf32> } {tag = 1 : i32} : vector<16xi1> -> vector<16xf32>
  %2 = vector.mask %mask { vector.yield %pt : vector<16xf32> } : vector<16xi1> -> vector<16xf32>
  return %0 : vector<16xf32>
}

// Multi-dimensional reductions, to_elements, scalable insert/extract, type_cast, vscale.
func.func @more2(%v: vector<4x8xf32>, %acc: vector<4xf32>, %s: vector<[4]xf32>, %w: vector<8xf32>, %m: memref<8x8xf32>, %a: vector<4xf32>) {
  %0 = vector.multi_reduction <add>, %v, %acc [1] : vector<4x8xf32> to vector<4xf32>
  %1 = vector.multi_reduction <maxnumf>, %v, %acc {tag} [1] : vector<4x8xf32> to vector<4xf32>
  %2:4 = vector.to_elements %a : vector<4xf32>
  %3 = vector.scalable.insert %a, %s[0] : vector<4xf32> into vector<[4]xf32>
  %4 = vector.scalable.extract %s[0] : vector<4xf32> from vector<[4]xf32>
  %5 = vector.type_cast %m : memref<8x8xf32> to memref<vector<8x8xf32>>
  %6 = vector.vscale
  %7 = vector.extract_strided_slice %w {offsets = [2], sizes = [4], strides = [1]} : vector<8xf32> to vector<4xf32>
  return
}

// Inclusive and exclusive scans along one dimension; the initial value has the source's shape without it.
func.func @scans(%v: vector<4x8xf32>, %i0: vector<8xf32>, %i1: vector<4xf32>, %w: vector<16xi32>, %z: vector<i32>, %s: vector<2x[4]xf32>, %si: vector<[4]xf32>) -> vector<16xi32> {
  %0:2 = vector.scan <add>, %v, %i0 {inclusive = true, reduction_dim = 0 : i64} : vector<4x8xf32>, vector<8xf32>
  %1:2 = vector.scan <mul>, %v, %i1 {reduction_dim = 1, inclusive = false} : vector<4x8xf32>, vector<4xf32>
  %2:2 = vector.scan <maxsi>, %w, %z {inclusive = true, reduction_dim = 0 : i64} : vector<16xi32>, vector<i32>
  %3:2 = "vector.scan"(%s, %si) <{kind = #vector.kind<minimumf>, inclusive = false, reduction_dim = 0 : i64}> {tag} : (vector<2x[4]xf32>, vector<[4]xf32>) -> (vector<2x[4]xf32>, vector<[4]xf32>)
  return %2#0 : vector<16xi32>
}

// Outer products print their attributes, `kind` too when it is the default `add`, only when they have an
// accumulator; without one, mlir-opt prints none (not even `{kind = #vector.kind<mul>}` or `{foo}`).
func.func @outerproducts(%a: vector<4xf32>, %b: vector<8xf32>, %acc: vector<4x8xf32>, %s: f32, %i: vector<4xi32>, %j: i32, %m: vector<4xi1>) {
  %0 = vector.outerproduct %a, %b : vector<4xf32>, vector<8xf32>
  %1 = vector.outerproduct %a, %b, %acc : vector<4xf32>, vector<8xf32>
  %2 = vector.outerproduct %a, %b, %acc {kind = #vector.kind<mul>} : vector<4xf32>, vector<8xf32>
  %3 = vector.outerproduct %a, %b, %acc {kind = #vector.kind<maxnumf>, a = 1} : vector<4xf32>, vector<8xf32>
  %4 = vector.outerproduct %a, %b {kind = #vector.kind<mul>, foo} : vector<4xf32>, vector<8xf32>
  %5 = vector.outerproduct %a, %s : vector<4xf32>, f32
  %6 = vector.outerproduct %a, %s, %a : vector<4xf32>, f32
  %7 = vector.outerproduct %i, %j, %i {kind = #vector.kind<xor>} : vector<4xi32>, i32
  %8 = vector.mask %m { vector.outerproduct %i, %j, %i : vector<4xi32>, i32 } : vector<4xi1> -> vector<4xi32>
  // The custom parser reads any number of operands and keeps three.
  %9 = vector.outerproduct %a, %b, %acc, %acc : vector<4xf32>, vector<8xf32>
  return
}
