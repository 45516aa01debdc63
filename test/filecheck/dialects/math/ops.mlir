// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Every math op in its custom form; fast-math flags print only when not `none`.

// CHECK-LABEL: func.func @float_unary
// CHECK-SAME: (%[[F:.+]]: f32, %[[V:.+]]: vector<4xf64>)
func.func @float_unary(%f: f32, %v: vector<4xf64>) {
  // CHECK: %{{.+}} = math.absf %[[F]] : f32
  %absf = math.absf %f : f32
  // CHECK: %{{.+}} = math.absf %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %absf_v = math.absf %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.acos %[[F]] : f32
  %acos = math.acos %f : f32
  // CHECK: %{{.+}} = math.acos %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %acos_v = math.acos %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.acosh %[[F]] : f32
  %acosh = math.acosh %f : f32
  // CHECK: %{{.+}} = math.acosh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %acosh_v = math.acosh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.asin %[[F]] : f32
  %asin = math.asin %f : f32
  // CHECK: %{{.+}} = math.asin %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %asin_v = math.asin %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.asinh %[[F]] : f32
  %asinh = math.asinh %f : f32
  // CHECK: %{{.+}} = math.asinh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %asinh_v = math.asinh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.atan %[[F]] : f32
  %atan = math.atan %f : f32
  // CHECK: %{{.+}} = math.atan %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %atan_v = math.atan %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.atanh %[[F]] : f32
  %atanh = math.atanh %f : f32
  // CHECK: %{{.+}} = math.atanh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %atanh_v = math.atanh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.cbrt %[[F]] : f32
  %cbrt = math.cbrt %f : f32
  // CHECK: %{{.+}} = math.cbrt %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %cbrt_v = math.cbrt %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.ceil %[[F]] : f32
  %ceil = math.ceil %f : f32
  // CHECK: %{{.+}} = math.ceil %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %ceil_v = math.ceil %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.cos %[[F]] : f32
  %cos = math.cos %f : f32
  // CHECK: %{{.+}} = math.cos %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %cos_v = math.cos %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.cosh %[[F]] : f32
  %cosh = math.cosh %f : f32
  // CHECK: %{{.+}} = math.cosh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %cosh_v = math.cosh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.erf %[[F]] : f32
  %erf = math.erf %f : f32
  // CHECK: %{{.+}} = math.erf %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %erf_v = math.erf %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.erfc %[[F]] : f32
  %erfc = math.erfc %f : f32
  // CHECK: %{{.+}} = math.erfc %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %erfc_v = math.erfc %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.exp %[[F]] : f32
  %exp = math.exp %f : f32
  // CHECK: %{{.+}} = math.exp %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %exp_v = math.exp %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.exp2 %[[F]] : f32
  %exp2 = math.exp2 %f : f32
  // CHECK: %{{.+}} = math.exp2 %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %exp2_v = math.exp2 %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.expm1 %[[F]] : f32
  %expm1 = math.expm1 %f : f32
  // CHECK: %{{.+}} = math.expm1 %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %expm1_v = math.expm1 %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.floor %[[F]] : f32
  %floor = math.floor %f : f32
  // CHECK: %{{.+}} = math.floor %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %floor_v = math.floor %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.log %[[F]] : f32
  %log = math.log %f : f32
  // CHECK: %{{.+}} = math.log %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %log_v = math.log %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.log10 %[[F]] : f32
  %log10 = math.log10 %f : f32
  // CHECK: %{{.+}} = math.log10 %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %log10_v = math.log10 %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.log1p %[[F]] : f32
  %log1p = math.log1p %f : f32
  // CHECK: %{{.+}} = math.log1p %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %log1p_v = math.log1p %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.log2 %[[F]] : f32
  %log2 = math.log2 %f : f32
  // CHECK: %{{.+}} = math.log2 %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %log2_v = math.log2 %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.round %[[F]] : f32
  %round = math.round %f : f32
  // CHECK: %{{.+}} = math.round %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %round_v = math.round %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.roundeven %[[F]] : f32
  %roundeven = math.roundeven %f : f32
  // CHECK: %{{.+}} = math.roundeven %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %roundeven_v = math.roundeven %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.rsqrt %[[F]] : f32
  %rsqrt = math.rsqrt %f : f32
  // CHECK: %{{.+}} = math.rsqrt %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %rsqrt_v = math.rsqrt %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.sin %[[F]] : f32
  %sin = math.sin %f : f32
  // CHECK: %{{.+}} = math.sin %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %sin_v = math.sin %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.sinh %[[F]] : f32
  %sinh = math.sinh %f : f32
  // CHECK: %{{.+}} = math.sinh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %sinh_v = math.sinh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.sqrt %[[F]] : f32
  %sqrt = math.sqrt %f : f32
  // CHECK: %{{.+}} = math.sqrt %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %sqrt_v = math.sqrt %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.tan %[[F]] : f32
  %tan = math.tan %f : f32
  // CHECK: %{{.+}} = math.tan %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %tan_v = math.tan %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.tanh %[[F]] : f32
  %tanh = math.tanh %f : f32
  // CHECK: %{{.+}} = math.tanh %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %tanh_v = math.tanh %v fastmath<nnan,ninf> : vector<4xf64>
  // CHECK: %{{.+}} = math.trunc %[[F]] : f32
  %trunc = math.trunc %f : f32
  // CHECK: %{{.+}} = math.trunc %[[V]] fastmath<nnan,ninf> : vector<4xf64>
  %trunc_v = math.trunc %v fastmath<nnan,ninf> : vector<4xf64>
  return
}

// CHECK-LABEL: func.func @fastmath_flags
func.func @fastmath_flags(%f: f32) {
  // CHECK: math.sqrt %{{.+}} : f32
  %0 = math.sqrt %f fastmath<none> : f32
  // CHECK: math.sqrt %{{.+}} fastmath<fast> : f32
  %1 = math.sqrt %f fastmath<fast> : f32
  // CHECK: math.sqrt %{{.+}} fastmath<fast> : f32
  %2 = math.sqrt %f fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  // CHECK: math.sqrt %{{.+}} fastmath<reassoc,contract> : f32
  %3 = math.sqrt %f fastmath<contract,reassoc> : f32
  // CHECK: math.sqrt %{{.+}} {tag = 1 : i32} : f32
  %4 = math.sqrt %f {tag = 1 : i32} : f32
  return
}

// CHECK-LABEL: func.func @float_binary
// CHECK-SAME: (%[[A:.+]]: f32, %[[B:.+]]: f32, %[[C:.+]]: f32, %[[T:.+]]: tensor<?x4xbf16>)
func.func @float_binary(%a: f32, %b: f32, %c: f32, %t: tensor<?x4xbf16>) {
  // CHECK: %{{.+}} = math.atan2 %[[A]], %[[B]] : f32
  %atan2 = math.atan2 %a, %b : f32
  // CHECK: %{{.+}} = math.atan2 %[[T]], %[[T]] fastmath<afn> : tensor<?x4xbf16>
  %atan2_t = math.atan2 %t, %t fastmath<afn> : tensor<?x4xbf16>
  // CHECK: %{{.+}} = math.copysign %[[A]], %[[B]] : f32
  %copysign = math.copysign %a, %b : f32
  // CHECK: %{{.+}} = math.copysign %[[T]], %[[T]] fastmath<afn> : tensor<?x4xbf16>
  %copysign_t = math.copysign %t, %t fastmath<afn> : tensor<?x4xbf16>
  // CHECK: %{{.+}} = math.powf %[[A]], %[[B]] : f32
  %powf = math.powf %a, %b : f32
  // CHECK: %{{.+}} = math.powf %[[T]], %[[T]] fastmath<afn> : tensor<?x4xbf16>
  %powf_t = math.powf %t, %t fastmath<afn> : tensor<?x4xbf16>
  // CHECK: %{{.+}} = math.fma %[[A]], %[[B]], %[[C]] : f32
  %fma = math.fma %a, %b, %c : f32
  // CHECK: %{{.+}} = math.fma %[[T]], %[[T]], %[[T]] fastmath<fast> : tensor<?x4xbf16>
  %fma_t = math.fma %t, %t, %t fastmath<fast> : tensor<?x4xbf16>
  // CHECK: %{{.+}} = math.clampf %[[A]] to [%[[B]], %[[C]]] : f32
  %clamp = math.clampf %a to [%b, %c] : f32
  // CHECK: %{{.+}} = math.clampf %[[T]] to [%[[T]], %[[T]]] fastmath<nsz> : tensor<?x4xbf16>
  %clamp_t = math.clampf %t to [%t, %t] fastmath<nsz> : tensor<?x4xbf16>
  // CHECK: %sin, %cos = math.sincos %[[A]] : f32
  %s:2 = math.sincos %a : f32
  // CHECK: %sin_0, %cos_1 = math.sincos %[[T]] fastmath<afn> : tensor<?x4xbf16>
  %st:2 = math.sincos %t fastmath<afn> : tensor<?x4xbf16>
  // CHECK: math.fma %sin, %cos, %cos : f32
  %use = math.fma %s#0, %s#1, %s#1 : f32
  return
}

// CHECK-LABEL: func.func @powers
// CHECK-SAME: (%[[F:.+]]: f32, %[[I:.+]]: i32, %[[V:.+]]: vector<[2]xf16>, %[[VI:.+]]: vector<[2]xi8>)
func.func @powers(%f: f32, %i: i32, %v: vector<[2]xf16>, %vi: vector<[2]xi8>) {
  // CHECK: %{{.+}} = math.fpowi %[[F]], %[[I]] : f32, i32
  %0 = math.fpowi %f, %i : f32, i32
  // CHECK: %{{.+}} = math.fpowi %[[V]], %[[VI]] fastmath<fast> : vector<[2]xf16>, vector<[2]xi8>
  %1 = math.fpowi %v, %vi fastmath<fast> : vector<[2]xf16>, vector<[2]xi8>
  // CHECK: %{{.+}} = math.ipowi %[[I]], %[[I]] : i32
  %2 = math.ipowi %i, %i : i32
  // CHECK: %{{.+}} = math.ipowi %[[VI]], %[[VI]] : vector<[2]xi8>
  %3 = math.ipowi %vi, %vi : vector<[2]xi8>
  return
}

// CHECK-LABEL: func.func @integer_unary
// CHECK-SAME: (%[[I:.+]]: i64, %[[X:.+]]: index, %[[T:.+]]: tensor<*xi16>)
func.func @integer_unary(%i: i64, %x: index, %t: tensor<*xi16>) {
  // CHECK: %{{.+}} = math.absi %[[I]] : i64
  %absi = math.absi %i : i64
  // CHECK: %{{.+}} = math.absi %[[X]] : index
  %absi_x = math.absi %x : index
  // CHECK: %{{.+}} = math.absi %[[T]] : tensor<*xi16>
  %absi_t = math.absi %t : tensor<*xi16>
  // CHECK: %{{.+}} = math.ctlz %[[I]] : i64
  %ctlz = math.ctlz %i : i64
  // CHECK: %{{.+}} = math.ctlz %[[X]] : index
  %ctlz_x = math.ctlz %x : index
  // CHECK: %{{.+}} = math.ctlz %[[T]] : tensor<*xi16>
  %ctlz_t = math.ctlz %t : tensor<*xi16>
  // CHECK: %{{.+}} = math.cttz %[[I]] : i64
  %cttz = math.cttz %i : i64
  // CHECK: %{{.+}} = math.cttz %[[X]] : index
  %cttz_x = math.cttz %x : index
  // CHECK: %{{.+}} = math.cttz %[[T]] : tensor<*xi16>
  %cttz_t = math.cttz %t : tensor<*xi16>
  // CHECK: %{{.+}} = math.ctpop %[[I]] : i64
  %ctpop = math.ctpop %i : i64
  // CHECK: %{{.+}} = math.ctpop %[[X]] : index
  %ctpop_x = math.ctpop %x : index
  // CHECK: %{{.+}} = math.ctpop %[[T]] : tensor<*xi16>
  %ctpop_t = math.ctpop %t : tensor<*xi16>
  return
}

// CHECK-LABEL: func.func @classification
// CHECK-SAME: (%[[F:.+]]: f64, %[[V:.+]]: vector<3xf32>)
func.func @classification(%f: f64, %v: vector<3xf32>) -> (i1, vector<3xi1>) {
  // CHECK: %{{.+}} = math.isfinite %[[F]] : f64
  %isfinite = math.isfinite %f : f64
  // CHECK: %{{.+}} = math.isfinite %[[V]] {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  %isfinite_v = math.isfinite %v {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  // CHECK: %{{.+}} = math.isinf %[[F]] : f64
  %isinf = math.isinf %f : f64
  // CHECK: %{{.+}} = math.isinf %[[V]] {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  %isinf_v = math.isinf %v {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  // CHECK: %{{.+}} = math.isnan %[[F]] : f64
  %isnan = math.isnan %f : f64
  // CHECK: %{{.+}} = math.isnan %[[V]] {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  %isnan_v = math.isnan %v {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  // CHECK: %{{.+}} = math.isnormal %[[F]] : f64
  %isnormal = math.isnormal %f : f64
  // CHECK: %{{.+}} = math.isnormal %[[V]] {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  %isnormal_v = math.isnormal %v {fastmath = #arith.fastmath<nnan>} : vector<3xf32>
  // CHECK: return %{{.+}}, %{{.+}} : i1, vector<3xi1>
  return %isnan, %isnan_v : i1, vector<3xi1>
}
