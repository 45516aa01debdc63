// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Integer attributes: decimal or hexadecimal literals with an optional
// `: type` (i64 when absent), booleans, and values of every width. Values
// print in decimal, signless ones as signed numbers.

// CHECK-LABEL: "foo.default"
// CHECK-SAME: {a = 0 : i64, b = 42 : i64, c = -1 : i64, d = 9223372036854775807 : i64, e = -9223372036854775808 : i64}
"foo.default"() {a = 0, b = 42, c = -1, d = 9223372036854775807, e = -9223372036854775808} : () -> ()

// CHECK-LABEL: "foo.typed"
// CHECK-SAME: {a = 42 : i32, b = -128 : i8, c = 127 : si8, d = 255 : ui8, e = 0 : index, f = -5 : index, g = -1 : i3}
"foo.typed"() {a = 42 : i32, b = -128 : i8, c = 127 : si8, d = 255 : ui8, e = 0 : index, f = -5 : index, g = 7 : i3} : () -> ()

// Signless values print as signed: 255 : i8 is -1 : i8.
// CHECK-LABEL: "foo.signless_wrap"
// CHECK-SAME: {a = -1 : i8, b = -1 : i2, c = -128 : i8, d = -9223372036854775808 : i64}
"foo.signless_wrap"() {a = 255 : i8, b = 3 : i2, c = 0x80 : i8, d = 0x8000000000000000} : () -> ()

// Hexadecimal literals.
// CHECK-LABEL: "foo.hex"
// CHECK-SAME: {a = 42 : i32, b = 255 : ui8, c = -1 : i64, d = 3735928559 : ui32}
"foo.hex"() {a = 0x2A : i32, b = 0xff : ui8, c = 0xFFFFFFFFFFFFFFFF, d = 0xDEADBEEF : ui32} : () -> ()

// Wide integers.
// CHECK-LABEL: "foo.wide"
// CHECK-SAME: a = 170141183460469231731687303715884105727 : i128
// CHECK-SAME: b = -170141183460469231731687303715884105728 : i128
// CHECK-SAME: c = 340282366920938463463374607431768211455 : ui128
// CHECK-SAME: d = -1 : i80
// CHECK-SAME: e = 18446744073709551615 : ui64
"foo.wide"() {a = 170141183460469231731687303715884105727 : i128, b = -170141183460469231731687303715884105728 : i128, c = 340282366920938463463374607431768211455 : ui128, d = 0xFFFFFFFFFFFFFFFFFFFF : i80, e = 18446744073709551615 : ui64} : () -> ()

// Booleans: `true`/`false` and i1 values; other 1-bit types keep their type.
// CHECK-LABEL: "foo.bool"
// CHECK-SAME: {a = true, b = false, c = true, d = false, e = true, f = 1 : ui1, g = -1 : si1}
"foo.bool"() {a = true, b = false, c = 1 : i1, d = 0 : i1, e = -1 : i1, f = 1 : ui1, g = -1 : si1} : () -> ()

// Zero-width integers hold only 0.
// CHECK-LABEL: "foo.zero_width"
// CHECK-SAME: {a = 0 : i0, b = 0 : ui0}
"foo.zero_width"() {a = 0 : i0, b = 0 : ui0} : () -> ()

// Integer attributes are uniqued by type and value: 42 : i32 and 0x2A : i32
// are one attribute; 42 : i32 and 42 : si32 are not.
// CHECK-LABEL: "foo.uniqued"
// CHECK-SAME: {a = [42 : i32, 42 : i32, 42 : si32, 42]}
"foo.uniqued"() {a = [42 : i32, 0x2A : i32, 42 : si32, 42 : i64]} : () -> ()
