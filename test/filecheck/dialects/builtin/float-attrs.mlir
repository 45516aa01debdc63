// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Float attributes: decimal literals (f64 when no type is given), the
// hexadecimal bit-pattern spelling, and values MLIR prints in hexadecimal
// (NaN, infinity, and values whose shortest decimal form would not read
// back exactly).

// CHECK-LABEL: "foo.decimal"
// CHECK-SAME: {a = 1.000000e+00 : f64, b = -2.500000e+00 : f32, c = 1.000000e+10 : f64, d = 1.500000e-300 : f64, e = 0.000000e+00 : f64, f = -0.000000e+00 : f64}
"foo.decimal"() {a = 1.0, b = -2.5 : f32, c = 1.0e10 : f64, d = 1.5e-300, e = 0.0, f = -0.0} : () -> ()

// Exponents: `e`, `E`, signs.
// CHECK-LABEL: "foo.exponents"
// CHECK-SAME: {a = 1.250000e+02 : f32, b = 1.250000e-02 : f32, c = 1.000000e+00 : f32}
"foo.exponents"() {a = 1.25E2 : f32, b = 1.25e-2 : f32, c = 1. : f32} : () -> ()

// Rounding to the target type.
// CHECK-LABEL: "foo.rounding"
// CHECK-SAME: {a = 9.997550e-02 : f16, b = 3.140630e+00 : bf16, c = 1.000000e-01 : f32, d = 1.000000e-01 : f64}
"foo.rounding"() {a = 0.1 : f16, b = 3.14159 : bf16, c = 0.1 : f32, d = 0.1} : () -> ()

// The hexadecimal spelling gives the bits of the value.
// CHECK-LABEL: "foo.hex"
// CHECK-SAME: {a = 1.000000e+00 : f32, b = -2.000000e+00 : f64, c = 5.960460e-08 : f16, d = 1.000000e+00 : bf16}
"foo.hex"() {a = 0x3F800000 : f32, b = 0xC000000000000000 : f64, c = 0x0001 : f16, d = 0x3F80 : bf16} : () -> ()

// NaN and infinity print in hexadecimal.
// CHECK-LABEL: "foo.special"
// CHECK-SAME: {a = 0x7FC00000 : f32, b = 0x7F800000 : f32, c = 0xFF800000 : f32, d = 0x7FF0000000000001 : f64, e = 0x7E00 : f16, f = 0xFC00 : f16}
"foo.special"() {a = 0x7FC00000 : f32, b = 0x7F800000 : f32, c = 0xFF800000 : f32, d = 0x7FF0000000000001 : f64, e = 0x7E00 : f16, f = 0xFC00 : f16} : () -> ()

// Values that the `%e` form would not read back exactly print in
// hexadecimal (f32 here) or in their shortest exact decimal form (f64).
// CHECK-LABEL: "foo.inexact"
// CHECK-SAME: {a = 0x4CEB79A3 : f32, b = 1.2345678901234567 : f64}
"foo.inexact"() {a = 123456789.0 : f32, b = 1.2345678901234567} : () -> ()

// Every float type.
// CHECK-LABEL: "foo.types"
// CHECK-SAME: a = 1.000000e+00 : f80
// CHECK-SAME: b = 1.000000e+00 : f128
// CHECK-SAME: c = 1.000000e+00 : tf32
// CHECK-SAME: d = 1.000000e+00 : f8E4M3FN
// CHECK-SAME: e = 1.500000e+00 : f8E5M2
// CHECK-SAME: f = 2.000000e+00 : f8E8M0FNU
// CHECK-SAME: g = 5.000000e-01 : f4E2M1FN
// CHECK-SAME: h = 1.250000e+00 : f6E2M3FN
"foo.types"() {a = 1.0 : f80, b = 1.0 : f128, c = 1.0 : tf32, d = 1.0 : f8E4M3FN, e = 1.5 : f8E5M2, f = 2.0 : f8E8M0FNU, g = 0.5 : f4E2M1FN, h = 1.25 : f6E2M3FN} : () -> ()

// In arrays, the default f64 type is elided, except after a hexadecimal
// value (which would read back as an integer).
// CHECK-LABEL: "foo.array"
// CHECK-SAME: {a = [1.000000e+00, 2.500000e+00 : f32, 0x7FF8000000000000 : f64]}
"foo.array"() {a = [1.0, 2.5 : f32, 0x7FF8000000000000 : f64]} : () -> ()
