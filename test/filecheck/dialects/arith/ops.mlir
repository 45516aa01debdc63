// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Every arith operation in its custom form, as mlir-opt prints it.

// CHECK-LABEL: func.func @constants()
func.func @constants() {
  // CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
  // CHECK-NEXT: %c0_i32_0 = arith.constant 0 : i32
  // CHECK-NEXT: %c-1_i64 = arith.constant -1 : i64
  // CHECK-NEXT: %c42 = arith.constant 42 : index
  // CHECK-NEXT: %true = arith.constant true
  // CHECK-NEXT: %false = arith.constant false
  // CHECK-NEXT: %cst = arith.constant 1.500000e+00 : f32
  // CHECK-NEXT: %cst_1 = arith.constant dense<[1, 2]> : vector<2xi32>
  // CHECK-NEXT: %cst_2 = arith.constant dense<0.000000e+00> : tensor<4xf64>
  %a = arith.constant 0 : i32
  %b = arith.constant 0 : i32
  %c = arith.constant -1 : i64
  %d = arith.constant 42 : index
  %e = arith.constant true
  %f = arith.constant false
  %g = arith.constant 1.5 : f32
  %h = arith.constant dense<[1, 2]> : vector<2xi32>
  %i = arith.constant dense<0.0> : tensor<4xf64>
  return
}

// CHECK-LABEL: func.func @integer(
// CHECK-SAME: %[[A:.*]]: i32, %[[B:.*]]: i32, %[[V:.*]]: vector<4xi32>)
func.func @integer(%a: i32, %b: i32, %v: vector<4xi32>) {
  // CHECK: arith.addi %[[A]], %[[B]] : i32
  // CHECK: arith.addi %[[A]], %[[B]] overflow<nsw> : i32
  // CHECK: arith.subi %[[A]], %[[B]] overflow<nsw, nuw> : i32
  // CHECK: arith.muli %[[V]], %[[V]] overflow<nuw> : vector<4xi32>
  // CHECK: arith.shli %[[A]], %[[B]] : i32
  // CHECK: arith.divui %[[A]], %[[B]] : i32
  // CHECK: arith.divsi %[[A]], %[[B]] exact : i32
  // CHECK: arith.shrui %[[A]], %[[B]] exact : i32
  // CHECK: arith.shrsi %[[A]], %[[B]] : i32
  // CHECK: arith.ceildivui %[[A]], %[[B]] : i32
  // CHECK: arith.ceildivsi %[[A]], %[[B]] : i32
  // CHECK: arith.floordivsi %[[A]], %[[B]] : i32
  // CHECK: arith.remui %[[A]], %[[B]] : i32
  // CHECK: arith.remsi %[[A]], %[[B]] : i32
  // CHECK: arith.andi %[[A]], %[[B]] : i32
  // CHECK: arith.ori %[[A]], %[[B]] : i32
  // CHECK: arith.xori %[[A]], %[[B]] : i32
  // CHECK: arith.maxsi %[[A]], %[[B]] : i32
  // CHECK: arith.maxui %[[A]], %[[B]] : i32
  // CHECK: arith.minsi %[[A]], %[[B]] : i32
  // CHECK: arith.minui %[[A]], %[[B]] : i32
  // CHECK: %sum, %overflow = arith.addui_extended %[[A]], %[[B]] : i32, i1
  // CHECK: %low, %high = arith.mulsi_extended %[[A]], %[[B]] : i32
  // CHECK: %low_0, %high_1 = arith.mului_extended %[[A]], %[[B]] : i32
  // CHECK: arith.addi %sum, %low : i32
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b overflow<nsw> : i32
  %2 = arith.subi %a, %b overflow<nuw, nsw> : i32
  %3 = arith.muli %v, %v overflow<nuw> : vector<4xi32>
  %4 = arith.shli %a, %b : i32
  %5 = arith.divui %a, %b : i32
  %6 = arith.divsi %a, %b exact : i32
  %7 = arith.shrui %a, %b exact : i32
  %8 = arith.shrsi %a, %b : i32
  %9 = arith.ceildivui %a, %b : i32
  %10 = arith.ceildivsi %a, %b : i32
  %11 = arith.floordivsi %a, %b : i32
  %12 = arith.remui %a, %b : i32
  %13 = arith.remsi %a, %b : i32
  %14 = arith.andi %a, %b : i32
  %15 = arith.ori %a, %b : i32
  %16 = arith.xori %a, %b : i32
  %17 = arith.maxsi %a, %b : i32
  %18 = arith.maxui %a, %b : i32
  %19 = arith.minsi %a, %b : i32
  %20 = arith.minui %a, %b : i32
  %21:2 = arith.addui_extended %a, %b : i32, i1
  %22:2 = arith.mulsi_extended %a, %b : i32
  %23:2 = arith.mului_extended %a, %b : i32
  %24 = arith.addi %21#0, %22#0 : i32
  return
}

// CHECK-LABEL: func.func @float(
// CHECK-SAME: %[[X:.*]]: f32, %[[Y:.*]]: f32)
func.func @float(%x: f32, %y: f32) {
  // CHECK: arith.addf %[[X]], %[[Y]] : f32
  // CHECK: arith.subf %[[X]], %[[Y]] fastmath<fast> : f32
  // CHECK: arith.mulf %[[X]], %[[Y]] fastmath<nnan,ninf> : f32
  // CHECK: arith.divf %[[X]], %[[Y]] : f32
  // CHECK: arith.remf %[[X]], %[[Y]] : f32
  // CHECK: arith.maximumf %[[X]], %[[Y]] : f32
  // CHECK: arith.minimumf %[[X]], %[[Y]] : f32
  // CHECK: arith.maxnumf %[[X]], %[[Y]] : f32
  // CHECK: arith.minnumf %[[X]], %[[Y]] : f32
  // CHECK: arith.negf %[[X]] fastmath<contract> : f32
  %0 = arith.addf %x, %y fastmath<none> : f32
  %1 = arith.subf %x, %y fastmath<nnan,ninf,nsz,arcp,contract,afn,reassoc> : f32
  %2 = arith.mulf %x, %y fastmath<ninf,nnan> : f32
  %3 = arith.divf %x, %y : f32
  %4 = arith.remf %x, %y : f32
  %5 = arith.maximumf %x, %y : f32
  %6 = arith.minimumf %x, %y : f32
  %7 = arith.maxnumf %x, %y : f32
  %8 = arith.minnumf %x, %y : f32
  %9 = arith.negf %x fastmath<contract> : f32
  return
}

// CHECK-LABEL: func.func @compare_select(
func.func @compare_select(%a: i32, %b: i32, %x: f32, %c: i1, %vc: vector<4xi1>, %v: vector<4xf32>, %i: index) {
  // CHECK: arith.cmpi eq, %{{.*}}, %{{.*}} : i32
  // CHECK: arith.cmpi uge, %{{.*}}, %{{.*}} : index
  // CHECK: arith.cmpf ogt, %{{.*}}, %{{.*}} : f32
  // CHECK: arith.cmpf uno, %{{.*}}, %{{.*}} fastmath<nnan> : f32
  // CHECK: arith.cmpf oeq, %{{.*}}, %{{.*}} : vector<4xf32>
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi1>, vector<4xf32>
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi uge, %i, %i : index
  %2 = arith.cmpf ogt, %x, %x : f32
  %3 = arith.cmpf uno, %x, %x fastmath<nnan> : f32
  %4 = arith.cmpf oeq, %v, %v : vector<4xf32>
  %5 = arith.select %c, %a, %b : i32
  %6 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  return
}

// CHECK-LABEL: func.func @casts(
func.func @casts(%a: i32, %x: f32, %i: index, %m: memref<4xindex>) {
  // CHECK: arith.extui %{{.*}} : i32 to i64
  // CHECK: arith.extsi %{{.*}} : i32 to i64
  // CHECK: arith.trunci %{{.*}} overflow<nsw> : i32 to i8
  // CHECK: arith.sitofp %{{.*}} : i32 to f32
  // CHECK: arith.uitofp %{{.*}} : i32 to f64
  // CHECK: arith.fptosi %{{.*}} : f32 to i32
  // CHECK: arith.fptoui %{{.*}} : f32 to i16
  // CHECK: arith.extf %{{.*}} fastmath<fast> : f32 to f64
  // CHECK: arith.truncf %{{.*}} to_nearest_even fastmath<fast> : f32 to f16
  // CHECK: arith.truncf %{{.*}} : f32 to bf16
  // CHECK: arith.index_cast %{{.*}} : index to i32
  // CHECK: arith.index_castui %{{.*}} : i32 to index
  // CHECK: arith.index_cast %{{.*}} : memref<4xindex> to memref<4xi32>
  // CHECK: arith.bitcast %{{.*}} : i32 to f32
  %0 = arith.extui %a : i32 to i64
  %1 = arith.extsi %a : i32 to i64
  %2 = arith.trunci %a overflow<nsw> : i32 to i8
  %3 = arith.sitofp %a : i32 to f32
  %4 = arith.uitofp %a : i32 to f64
  %5 = arith.fptosi %x : f32 to i32
  %6 = arith.fptoui %x : f32 to i16
  %7 = arith.extf %x fastmath<fast> : f32 to f64
  %8 = arith.truncf %x to_nearest_even fastmath<fast> : f32 to f16
  %9 = arith.truncf %x : f32 to bf16
  %10 = arith.index_cast %i : index to i32
  %11 = arith.index_castui %a : i32 to index
  %12 = arith.index_cast %m : memref<4xindex> to memref<4xi32>
  %13 = arith.bitcast %a : i32 to f32
  return
}

// Scaled casts (OCP MXFP): the scale's type is printed, rounding mode and fast-math flags are optional.
// CHECK-LABEL: func.func @scaling_casts(
// CHECK-SAME: %[[A:.*]]: f4E2M1FN, %[[S:.*]]: f8E8M0FNU, %[[V:.*]]: vector<4xf4E2M1FN>, %[[VS:.*]]: vector<4xf8E8M0FNU>, %[[X:.*]]: f32, %[[T:.*]]: tensor<4xf32>, %[[TS:.*]]: tensor<4xf8E8M0FNU>)
func.func @scaling_casts(%a: f4E2M1FN, %s: f8E8M0FNU, %v: vector<4xf4E2M1FN>, %vs: vector<4xf8E8M0FNU>, %x: f32, %t: tensor<4xf32>, %ts: tensor<4xf8E8M0FNU>) {
  // CHECK-NEXT: arith.scaling_extf %[[A]], %[[S]] : f4E2M1FN, f8E8M0FNU to f32
  // CHECK-NEXT: arith.scaling_extf %[[V]], %[[VS]] fastmath<fast> : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xbf16>
  // CHECK-NEXT: arith.scaling_truncf %[[X]], %[[S]] : f32, f8E8M0FNU to f4E2M1FN
  // CHECK-NEXT: arith.scaling_truncf %[[X]], %[[S]] to_nearest_even fastmath<nnan> : f32, f8E8M0FNU to f4E2M1FN
  // CHECK-NEXT: arith.scaling_truncf %[[T]], %[[TS]] downward : tensor<4xf32>, tensor<4xf8E8M0FNU> to tensor<4xf6E3M2FN>
  // CHECK-NEXT: arith.scaling_truncf %[[X]], %[[S]] toward_zero : f32, f8E8M0FNU to f4E2M1FN
  %0 = arith.scaling_extf %a, %s : f4E2M1FN, f8E8M0FNU to f32
  %1 = arith.scaling_extf %v, %vs fastmath<fast> : vector<4xf4E2M1FN>, vector<4xf8E8M0FNU> to vector<4xbf16>
  %2 = arith.scaling_truncf %x, %s : f32, f8E8M0FNU to f4E2M1FN
  %3 = arith.scaling_truncf %x, %s to_nearest_even fastmath<nnan> : f32, f8E8M0FNU to f4E2M1FN
  %4 = arith.scaling_truncf %t, %ts downward : tensor<4xf32>, tensor<4xf8E8M0FNU> to tensor<4xf6E3M2FN>
  %5 = "arith.scaling_truncf"(%x, %s) <{roundingmode = 3 : i32}> : (f32, f8E8M0FNU) -> f4E2M1FN
  return
}
