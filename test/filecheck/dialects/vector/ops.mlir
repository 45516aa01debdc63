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
