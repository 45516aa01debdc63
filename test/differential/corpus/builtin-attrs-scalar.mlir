// Integer, float, boolean, string and unit attributes.
"foo.ints"() {a = 0, b = -1, c = 42 : i32, d = 0x2A : i16, e = 255 : ui8, f = -128 : si8, g = 1 : index, h = 18446744073709551615 : ui64, i = 0xFFFFFFFFFFFFFFFFFFFF : i80, j = -170141183460469231731687303715884105728 : i128} : () -> ()
"foo.bools"() {t = true, f = false, one = 1 : i1, other = 1 : ui1} : () -> ()
"foo.floats"() {a = 1.0, b = -0.5 : f32, c = 3.0e8 : f64, d = 1.0e-5 : f16, e = 0.1 : bf16, f = 6.25e-2 : tf32, g = 448.0 : f8E4M3FN, h = 0x7FC00000 : f32, i = 0xFFF0000000000000 : f64, j = 0x7C00 : f16, k = 2.5 : f80, l = -1.0e100 : f128} : () -> ()
"foo.strings"() {a = "", b = "text", c = "esc\"aped\\", d = "\n\t\00\7F\FF", e = "ünïcödé", f = "typed" : i32} : () -> ()
"foo.units"() {a, b = unit, c = [unit]} : () -> ()
