// Integer attributes at the edges of their widths, signless printed as
// signed, hexadecimal literals, index values.
"foo.i8"() {a = 127 : i8, b = -128 : i8, c = 255 : i8, d = 0x80 : i8, e = 0 : i8} : () -> ()
"foo.si_ui"() {a = 127 : si8, b = -128 : si8, c = 255 : ui8, d = 0 : ui8, e = 4294967295 : ui32, f = -2147483648 : si32} : () -> ()
"foo.i64"() {a = 9223372036854775807, b = -9223372036854775808, c = 0xFFFFFFFFFFFFFFFF, d = 18446744073709551615 : ui64} : () -> ()
"foo.wide"() {a = 1 : i65, b = -1 : i65, c = 36893488147419103231 : ui65, d = 0x123456789ABCDEF0123456789ABCDEF : i128, e = 1 : i1000} : () -> ()
"foo.odd"() {a = 3 : i2, b = 1 : i1, c = 0 : i0, d = 5 : i3, e = -4 : si3} : () -> ()
"foo.index"() {a = 0 : index, b = -1 : index, c = 9223372036854775807 : index} : () -> ()
