// Float attributes: shortest round-trip decimals, exponents, hexadecimal
// bit patterns, NaN payloads, infinities, denormals, negative zero, every
// float type.
"foo.f64"() {a = 0.1, b = 1.0e-320, c = 1.7976931348623157e308, d = 2.2250738585072014e-308, e = -0.0, f = 0x7FF0000000000000 : f64, g = 0x7FF8000000000001 : f64, h = 123456789.125, i = 1.0e22, j = 3.0e-3} : () -> ()
"foo.f32"() {a = 0.1 : f32, b = 1.0e-45 : f32, c = 3.4028234e38 : f32, d = 0x7FC00001 : f32, e = 0xFF800000 : f32, f = 16777217.0 : f32, g = 0.333333343 : f32} : () -> ()
"foo.f16"() {a = 0.1 : f16, b = 65504.0 : f16, c = 6.0e-8 : f16, d = 0x7E01 : f16, e = 0xFC00 : f16, f = 1.0e-7 : f16} : () -> ()
"foo.bf16"() {a = 0.1 : bf16, b = 3.3895314e38 : bf16, c = 0x7FC1 : bf16} : () -> ()
"foo.small"() {a = 0.5 : f8E4M3FN, b = 448.0 : f8E4M3FN, c = 57344.0 : f8E5M2, d = 0.25 : f8E5M2FNUZ, e = 1.0 : f8E4M3FNUZ, f = 2.0 : f8E4M3B11FNUZ, g = 0.125 : f8E3M4, h = 3.0 : f8E4M3, i = 4.0 : f8E8M0FNU, j = 7.5 : f6E2M3FN, k = 28.0 : f6E3M2FN, l = 6.0 : f4E2M1FN} : () -> ()
"foo.wide"() {a = 0.1 : f80, b = 0.1 : f128, c = 1.0e4000 : f80, d = 0x7FFF8000000000000000 : f80, e = 0.1 : tf32} : () -> ()
"foo.in_array"() {l = [1.5, 0x7FF8000000000000 : f64, 2.0 : f32, -0.0]} : () -> ()
