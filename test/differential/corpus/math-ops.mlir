// Every math op, in the custom form: scalars, vectors, tensors, fast-math flags.

func.func @float_unary(%f: f32, %v: vector<4xf64>, %t: tensor<?x2xf16>) {
  %absf_s = math.absf %f : f32
  %absf_v = math.absf %v : vector<4xf64>
  %absf_t = math.absf %t : tensor<?x2xf16>
  %acos_s = math.acos %f fastmath<fast> : f32
  %acos_v = math.acos %v : vector<4xf64>
  %acos_t = math.acos %t : tensor<?x2xf16>
  %acosh_s = math.acosh %f fastmath<nnan,ninf> : f32
  %acosh_v = math.acosh %v : vector<4xf64>
  %acosh_t = math.acosh %t : tensor<?x2xf16>
  %asin_s = math.asin %f fastmath<none> : f32
  %asin_v = math.asin %v : vector<4xf64>
  %asin_t = math.asin %t : tensor<?x2xf16>
  %asinh_s = math.asinh %f fastmath<reassoc,contract,afn> : f32
  %asinh_v = math.asinh %v : vector<4xf64>
  %asinh_t = math.asinh %t : tensor<?x2xf16>
  %atan_s = math.atan %f : f32
  %atan_v = math.atan %v : vector<4xf64>
  %atan_t = math.atan %t : tensor<?x2xf16>
  %atanh_s = math.atanh %f fastmath<fast> : f32
  %atanh_v = math.atanh %v : vector<4xf64>
  %atanh_t = math.atanh %t : tensor<?x2xf16>
  %cbrt_s = math.cbrt %f fastmath<nnan,ninf> : f32
  %cbrt_v = math.cbrt %v : vector<4xf64>
  %cbrt_t = math.cbrt %t : tensor<?x2xf16>
  %ceil_s = math.ceil %f fastmath<none> : f32
  %ceil_v = math.ceil %v : vector<4xf64>
  %ceil_t = math.ceil %t : tensor<?x2xf16>
  %cos_s = math.cos %f fastmath<reassoc,contract,afn> : f32
  %cos_v = math.cos %v : vector<4xf64>
  %cos_t = math.cos %t : tensor<?x2xf16>
  %cosh_s = math.cosh %f : f32
  %cosh_v = math.cosh %v : vector<4xf64>
  %cosh_t = math.cosh %t : tensor<?x2xf16>
  %erf_s = math.erf %f fastmath<fast> : f32
  %erf_v = math.erf %v : vector<4xf64>
  %erf_t = math.erf %t : tensor<?x2xf16>
  %erfc_s = math.erfc %f fastmath<nnan,ninf> : f32
  %erfc_v = math.erfc %v : vector<4xf64>
  %erfc_t = math.erfc %t : tensor<?x2xf16>
  %exp_s = math.exp %f fastmath<none> : f32
  %exp_v = math.exp %v : vector<4xf64>
  %exp_t = math.exp %t : tensor<?x2xf16>
  %exp2_s = math.exp2 %f fastmath<reassoc,contract,afn> : f32
  %exp2_v = math.exp2 %v : vector<4xf64>
  %exp2_t = math.exp2 %t : tensor<?x2xf16>
  %expm1_s = math.expm1 %f : f32
  %expm1_v = math.expm1 %v : vector<4xf64>
  %expm1_t = math.expm1 %t : tensor<?x2xf16>
  %floor_s = math.floor %f fastmath<fast> : f32
  %floor_v = math.floor %v : vector<4xf64>
  %floor_t = math.floor %t : tensor<?x2xf16>
  %log_s = math.log %f fastmath<nnan,ninf> : f32
  %log_v = math.log %v : vector<4xf64>
  %log_t = math.log %t : tensor<?x2xf16>
  %log10_s = math.log10 %f fastmath<none> : f32
  %log10_v = math.log10 %v : vector<4xf64>
  %log10_t = math.log10 %t : tensor<?x2xf16>
  %log1p_s = math.log1p %f fastmath<reassoc,contract,afn> : f32
  %log1p_v = math.log1p %v : vector<4xf64>
  %log1p_t = math.log1p %t : tensor<?x2xf16>
  %log2_s = math.log2 %f : f32
  %log2_v = math.log2 %v : vector<4xf64>
  %log2_t = math.log2 %t : tensor<?x2xf16>
  %round_s = math.round %f fastmath<fast> : f32
  %round_v = math.round %v : vector<4xf64>
  %round_t = math.round %t : tensor<?x2xf16>
  %roundeven_s = math.roundeven %f fastmath<nnan,ninf> : f32
  %roundeven_v = math.roundeven %v : vector<4xf64>
  %roundeven_t = math.roundeven %t : tensor<?x2xf16>
  %rsqrt_s = math.rsqrt %f fastmath<none> : f32
  %rsqrt_v = math.rsqrt %v : vector<4xf64>
  %rsqrt_t = math.rsqrt %t : tensor<?x2xf16>
  %sin_s = math.sin %f fastmath<reassoc,contract,afn> : f32
  %sin_v = math.sin %v : vector<4xf64>
  %sin_t = math.sin %t : tensor<?x2xf16>
  %sinh_s = math.sinh %f : f32
  %sinh_v = math.sinh %v : vector<4xf64>
  %sinh_t = math.sinh %t : tensor<?x2xf16>
  %sqrt_s = math.sqrt %f fastmath<fast> : f32
  %sqrt_v = math.sqrt %v : vector<4xf64>
  %sqrt_t = math.sqrt %t : tensor<?x2xf16>
  %tan_s = math.tan %f fastmath<nnan,ninf> : f32
  %tan_v = math.tan %v : vector<4xf64>
  %tan_t = math.tan %t : tensor<?x2xf16>
  %tanh_s = math.tanh %f fastmath<none> : f32
  %tanh_v = math.tanh %v : vector<4xf64>
  %tanh_t = math.tanh %t : tensor<?x2xf16>
  %trunc_s = math.trunc %f fastmath<reassoc,contract,afn> : f32
  %trunc_v = math.trunc %v : vector<4xf64>
  %trunc_t = math.trunc %t : tensor<?x2xf16>
  return
}

func.func @float_binary(%a: f32, %b: f32, %c: f32, %v: vector<[4]xbf16>, %t: tensor<3xf64>) {
  %atan2_s = math.atan2 %a, %b fastmath<fast> : f32
  %atan2_v = math.atan2 %v, %v : vector<[4]xbf16>
  %atan2_t = math.atan2 %t, %t fastmath<arcp> : tensor<3xf64>
  %copysign_s = math.copysign %a, %b fastmath<nnan,ninf> : f32
  %copysign_v = math.copysign %v, %v : vector<[4]xbf16>
  %copysign_t = math.copysign %t, %t fastmath<arcp> : tensor<3xf64>
  %powf_s = math.powf %a, %b fastmath<none> : f32
  %powf_v = math.powf %v, %v : vector<[4]xbf16>
  %powf_t = math.powf %t, %t fastmath<arcp> : tensor<3xf64>
  %fma = math.fma %a, %b, %c : f32
  %fma_f = math.fma %a, %b, %c fastmath<fast> : f32
  %fma_v = math.fma %v, %v, %v fastmath<nsz> : vector<[4]xbf16>
  %clamp = math.clampf %a to [%b, %c] : f32
  %clamp_f = math.clampf %a to [%b, %c] fastmath<nnan> : f32
  %clamp_t = math.clampf %t to [%t, %t] : tensor<3xf64>
  %s, %co = math.sincos %a : f32
  %sv:2 = math.sincos %v fastmath<afn> : vector<[4]xbf16>
  return
}

func.func @powi(%f: f32, %i: i32, %v: vector<2xf32>, %vi: vector<2xi64>, %t: tensor<4xf16>, %ti: tensor<4xi8>) {
  %0 = math.fpowi %f, %i : f32, i32
  %1 = math.fpowi %v, %vi fastmath<fast> : vector<2xf32>, vector<2xi64>
  %2 = math.fpowi %t, %ti : tensor<4xf16>, tensor<4xi8>
  %3 = math.ipowi %i, %i : i32
  %4 = math.ipowi %vi, %vi : vector<2xi64>
  %5 = math.ipowi %ti, %ti {tag} : tensor<4xi8>
  return
}

func.func @integer_unary(%i: i32, %x: index, %v: vector<4xi16>, %t: tensor<*xi64>) {
  %absi_s = math.absi %i : i32
  %absi_x = math.absi %x : index
  %absi_v = math.absi %v : vector<4xi16>
  %absi_t = math.absi %t : tensor<*xi64>
  %ctlz_s = math.ctlz %i : i32
  %ctlz_x = math.ctlz %x : index
  %ctlz_v = math.ctlz %v : vector<4xi16>
  %ctlz_t = math.ctlz %t : tensor<*xi64>
  %cttz_s = math.cttz %i : i32
  %cttz_x = math.cttz %x : index
  %cttz_v = math.cttz %v : vector<4xi16>
  %cttz_t = math.cttz %t : tensor<*xi64>
  %ctpop_s = math.ctpop %i : i32
  %ctpop_x = math.ctpop %x : index
  %ctpop_v = math.ctpop %v : vector<4xi16>
  %ctpop_t = math.ctpop %t : tensor<*xi64>
  return
}

func.func @classification(%f: f32, %v: vector<4xf64>, %t: tensor<2x?xf16>, %u: tensor<*xbf16>) {
  %isfinite_s = math.isfinite %f : f32
  %isfinite_v = math.isfinite %v {fastmath = #arith.fastmath<fast>} : vector<4xf64>
  %isfinite_t = math.isfinite %t : tensor<2x?xf16>
  %isfinite_u = math.isfinite %u {fastmath = #arith.fastmath<none>, other = 1 : i32} : tensor<*xbf16>
  %isinf_s = math.isinf %f : f32
  %isinf_v = math.isinf %v {fastmath = #arith.fastmath<fast>} : vector<4xf64>
  %isinf_t = math.isinf %t : tensor<2x?xf16>
  %isinf_u = math.isinf %u {fastmath = #arith.fastmath<none>, other = 1 : i32} : tensor<*xbf16>
  %isnan_s = math.isnan %f : f32
  %isnan_v = math.isnan %v {fastmath = #arith.fastmath<fast>} : vector<4xf64>
  %isnan_t = math.isnan %t : tensor<2x?xf16>
  %isnan_u = math.isnan %u {fastmath = #arith.fastmath<none>, other = 1 : i32} : tensor<*xbf16>
  %isnormal_s = math.isnormal %f : f32
  %isnormal_v = math.isnormal %v {fastmath = #arith.fastmath<fast>} : vector<4xf64>
  %isnormal_t = math.isnormal %t : tensor<2x?xf16>
  %isnormal_u = math.isnormal %u {fastmath = #arith.fastmath<none>, other = 1 : i32} : tensor<*xbf16>
  return
}

// Operands may refine the result's shape (SameOperandsAndResultType compares
// element types and shape compatibility); the custom form prints one type.
func.func @shape_refinement(%s: tensor<?xf32>, %t: tensor<4xf32>, %i: tensor<2xi32>, %j: tensor<?xi32>) {
  %0 = "math.powf"(%t, %s) : (tensor<4xf32>, tensor<?xf32>) -> tensor<4xf32>
  %1 = "math.clampf"(%t, %s, %t) : (tensor<4xf32>, tensor<?xf32>, tensor<4xf32>) -> tensor<4xf32>
  %2 = "math.fma"(%t, %t, %s) <{fastmath = #arith.fastmath<fast>}> : (tensor<4xf32>, tensor<4xf32>, tensor<?xf32>) -> tensor<4xf32>
  %3 = "math.ipowi"(%j, %i) : (tensor<?xi32>, tensor<2xi32>) -> tensor<?xi32>
  %4 = "math.ctpop"(%j) : (tensor<?xi32>) -> tensor<?xi32>
  return
}

// fpowi's operands and result need compatible shapes only (SameOperandsAndResultShape).
func.func @fpowi_shapes(%a: tensor<?xf32>, %b: tensor<4xi32>, %c: tensor<*xf32>, %d: tensor<*xi32>) {
  %0 = "math.fpowi"(%a, %b) : (tensor<?xf32>, tensor<4xi32>) -> tensor<?xf32>
  %1 = "math.fpowi"(%c, %d) : (tensor<*xf32>, tensor<*xi32>) -> tensor<*xf32>
  return
}
