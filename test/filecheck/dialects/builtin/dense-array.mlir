// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// array<T: ...> dense array attributes of integers (i1 as true/false) and floats.

// CHECK-LABEL: "t.ints"()
// CHECK-SAME: empty = array<i32>,
// CHECK-SAME: i1 = array<i1: true, false, true>,
// CHECK-SAME: i16 = array<i16: 1, -1>,
// CHECK-SAME: i32 = array<i32: 16, -2147483648, 2147483647>,
// CHECK-SAME: i64 = array<i64: -9223372036854775808, 9223372036854775807>,
// CHECK-SAME: i8 = array<i8: -128, 127, 0>,
// CHECK-SAME: si16 = array<si16: -32768>,
// CHECK-SAME: ui64 = array<ui64: 18446744073709551615>,
// CHECK-SAME: ui8 = array<ui8: 255>,
// CHECK-SAME: zero_width = array<i0: 0, 0>}
"t.ints"() {
  i1 = array<i1: true, false, true>,
  i8 = array<i8: -128, 127, 0>,
  i16 = array<i16: 1, -1>,
  i32 = array<i32: 0x10, -2147483648, 2147483647>,
  i64 = array<i64: -9223372036854775808, 9223372036854775807>,
  ui8 = array<ui8: 255>,
  ui64 = array<ui64: 18446744073709551615>,
  si16 = array<si16: -32768>,
  empty = array<i32>,
  zero_width = array<i0: 0, 0>
} : () -> ()

// CHECK-LABEL: "t.floats"()
// CHECK-SAME: bf16 = array<bf16: 1.500000e+00>,
// CHECK-SAME: empty = array<f64>,
// CHECK-SAME: f128 = array<f128: 0.100000000000000005551115123125782702>,
// CHECK-SAME: f16 = array<f16: 6.550400e+04, 0x7C00>,
// CHECK-SAME: f32 = array<f32: 1.000000e+00, -2.500000e+00, 0x7FC00000>,
// CHECK-SAME: f64 = array<f64: 1.000000e-01, -0.000000e+00, 1.000000e+300>,
// CHECK-SAME: f8 = array<f8E5M2: 5.734400e+04, 0x7C>,
// CHECK-SAME: f80 = array<f80: 1.000000e+00>}
"t.floats"() {
  f32 = array<f32: 1.0, -2.5, 0x7FC00000>,
  f64 = array<f64: 0.1, -0.0, 1.0e300>,
  f16 = array<f16: 65504.0, 1.0e10>,
  bf16 = array<bf16: 1.5>,
  f80 = array<f80: 1.0>,
  f128 = array<f128: 0.1>,
  f8 = array<f8E5M2: 57344.0, 0x7C>,
  empty = array<f64>
} : () -> ()
