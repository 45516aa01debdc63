// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// dense<...> elements attributes: integers, booleans, floats, complex numbers,
// strings, empty shapes, splats and the hex form (more than 100 elements),
// printed as mlir-opt prints them.

// CHECK-LABEL: "t.ints"()
// CHECK-SAME: all_equal = dense<4> : tensor<3xi32>,
// CHECK-SAME: hexint = dense<[16, 255]> : tensor<2xi32>,
// CHECK-SAME: list = dense<[1, -2, 3]> : tensor<3xi8>,
// CHECK-SAME: nested = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi64>,
// CHECK-SAME: odd = dense<[-1, 3]> : tensor<2xi3>,
// CHECK-SAME: rank0 = dense<5> : tensor<index>,
// CHECK-SAME: signed = dense<[-128, 127]> : tensor<2xsi8>,
// CHECK-SAME: splat = dense<7> : tensor<2x3xi32>,
// CHECK-SAME: unsigned = dense<[255, 0]> : tensor<2xui8>,
// CHECK-SAME: vec = dense<[1, 2, 3, 4]> : vector<4xi16>,
// CHECK-SAME: wide = dense<[170141183460469231731687303715884105727, -1]> : tensor<2xi128>}
"t.ints"() {
  splat = dense<7> : tensor<2x3xi32>,
  list = dense<[1, -2, 3]> : tensor<3xi8>,
  nested = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>,
  rank0 = dense<5> : tensor<index>,
  unsigned = dense<[255, 0]> : tensor<2xui8>,
  signed = dense<[-128, 127]> : tensor<2xsi8>,
  wide = dense<[170141183460469231731687303715884105727, -1]> : tensor<2xi128>,
  odd = dense<[-1, 3]> : tensor<2xi3>,
  hexint = dense<[0x10, 0xFF]> : tensor<2xi32>,
  vec = dense<[1, 2, 3, 4]> : vector<4xi16>,
  all_equal = dense<[4, 4, 4]> : tensor<3xi32>
} : () -> ()

// CHECK-LABEL: "t.bools"()
// CHECK-SAME: all_true = dense<true> : tensor<3xi1>,
// CHECK-SAME: from_ints = dense<[true, false]> : tensor<2xi1>,
// CHECK-SAME: list = dense<[true, false, true]> : tensor<3xi1>,
// CHECK-SAME: splat = dense<true> : tensor<4xi1>}
"t.bools"() {
  list = dense<[true, false, true]> : tensor<3xi1>,
  splat = dense<true> : tensor<4xi1>,
  from_ints = dense<[1, 0]> : tensor<2xi1>,
  all_true = dense<[true, true, true]> : tensor<3xi1>
} : () -> ()

// CHECK-LABEL: "t.floats"()
// CHECK-SAME: bf16 = dense<[1.500000e+00, 3.004060e+38]> : tensor<2xbf16>,
// CHECK-SAME: bits = dense<[0x7FC00000, 0xFF800000]> : tensor<2xf32>,
// CHECK-SAME: f128 = dense<0.100000000000000005551115123125782702> : tensor<1xf128>,
// CHECK-SAME: f16 = dense<6.550400e+04> : tensor<2xf16>,
// CHECK-SAME: f32 = dense<[1.000000e+00, -2.500000e+00, 1.000000e-01]> : tensor<3xf32>,
// CHECK-SAME: f64 = dense<{{\[\[}}0.000000e+00, -0.000000e+00], [1.000000e+300, 4.940660e-324]]> : tensor<2x2xf64>,
// CHECK-SAME: f8 = dense<[4.480000e+02, 0x7F]> : tensor<2xf8E4M3FN>,
// CHECK-SAME: f80 = dense<1.000000e+00> : tensor<f80>,
// CHECK-SAME: overflow = dense<0x7F800000> : tensor<2xf32>}
"t.floats"() {
  f32 = dense<[1.0, -2.5, 0.1]> : tensor<3xf32>,
  f64 = dense<[[0.0, -0.0], [1.0e300, 4.9406564584124654e-324]]> : tensor<2x2xf64>,
  f16 = dense<65504.0> : tensor<2xf16>,
  bf16 = dense<[1.5, 3.0e38]> : tensor<2xbf16>,
  f80 = dense<1.0> : tensor<f80>,
  f128 = dense<[0.1]> : tensor<1xf128>,
  f8 = dense<[448.0, 1000.0]> : tensor<2xf8E4M3FN>,
  bits = dense<[0x7FC00000, 0xFF800000]> : tensor<2xf32>,
  overflow = dense<1.0e39> : tensor<2xf32>
} : () -> ()

// CHECK-LABEL: "t.complex"()
// CHECK-SAME: ints = dense<[(1,2), (-3,4)]> : tensor<2xcomplex<i32>>,
// CHECK-SAME: rank0 = dense<(0x7FC00000,1.000000e+00)> : tensor<complex<f32>>,
// CHECK-SAME: splat = dense<(1.500000e+00,-2.000000e+00)> : tensor<3xcomplex<f32>>}
"t.complex"() {
  ints = dense<[(1, 2), (-3, 4)]> : tensor<2xcomplex<i32>>,
  splat = dense<(1.5, -2.0)> : tensor<3xcomplex<f32>>,
  rank0 = dense<(0x7FC00000, 1.0)> : tensor<complex<f32>>
} : () -> ()

// CHECK-LABEL: "t.empty"()
// CHECK-SAME: brackets = dense<> : tensor<0xf32>,
// CHECK-SAME: inner = dense<> : tensor<2x0xi8>,
// CHECK-SAME: none = dense<> : tensor<0xi32>,
// CHECK-SAME: splat0 = dense<1> : tensor<0xi32>}
"t.empty"() {
  none = dense<> : tensor<0xi32>,
  brackets = dense<[]> : tensor<0xf32>,
  inner = dense<[[], []]> : tensor<2x0xi8>,
  splat0 = dense<1> : tensor<0xi32>
} : () -> ()

// CHECK-LABEL: "t.hex"()
// CHECK-SAME: bool_bits = dense<[true, false, true]> : tensor<3xi1>,
// CHECK-SAME: bool_splat = dense<true> : tensor<10xi1>,
// CHECK-SAME: hundred = dense<{{\[\[}}0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]> : tensor<10x10xi8>,
// CHECK-SAME: large = dense<"0x000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F6061626364"> : tensor<101xi8>,
// CHECK-SAME: large_splat = dense<3> : tensor<1000xi16>,
// CHECK-SAME: small = dense<[1, 2, 3, 4]> : tensor<4xi8>,
// CHECK-SAME: splat = dense<1.000000e+00> : tensor<8xf32>}
"t.hex"() {
  small = dense<"0x01020304"> : tensor<4xi8>,
  splat = dense<"0x0000803F"> : tensor<8xf32>,
  bool_splat = dense<"0xFF"> : tensor<10xi1>,
  bool_bits = dense<"0x05"> : tensor<3xi1>,
  large = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]> : tensor<101xi8>,
  hundred = dense<[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]> : tensor<10x10xi8>,
  large_splat = dense<3> : tensor<1000xi16>
} : () -> ()

// CHECK-LABEL: "t.strings"()
// CHECK-SAME: equal = dense<"s"> : tensor<2x!t.str>,
// CHECK-SAME: list = dense<["a", "b\00c", "q\22uote"]> : tensor<3x!t.str>,
// CHECK-SAME: nested = dense<{{\[\[}}"a", "b"], ["c", "d"]]> : tensor<2x2x!t.str>,
// CHECK-SAME: splat = dense<"x"> : tensor<2x2x!t.str>}
"t.strings"() {
  list = dense<["a", "b\00c", "q\"uote"]> : tensor<3x!t.str>,
  splat = dense<"x"> : tensor<2x2x!t.str>,
  nested = dense<[["a", "b"], ["c", "d"]]> : tensor<2x2x!t.str>,
  equal = dense<["s", "s"]> : tensor<2x!t.str>
} : () -> ()
