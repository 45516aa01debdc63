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
