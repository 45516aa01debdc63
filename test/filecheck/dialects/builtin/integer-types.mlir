// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Integer types: signless `iN`, signed `siN`, unsigned `uiN`, N from 0 to
// 16777215 (MLIR's limit).

// CHECK-LABEL: "foo.signless"
// CHECK-SAME: (i1, i8, i16, i32, i64, i128) -> (i0, i7, i17)
"foo.signless"(%a, %b, %c, %d, %e, %f) : (i1, i8, i16, i32, i64, i128) -> (i0, i7, i17)

// CHECK-LABEL: "foo.signed"
// CHECK-SAME: {t = si64} : () -> (si1, si8, si32, si0)
"foo.signed"() {t = si64} : () -> (si1, si8, si32, si0)

// CHECK-LABEL: "foo.unsigned"
// CHECK-SAME: {t = ui64} : () -> (ui1, ui8, ui32, ui0)
"foo.unsigned"() {t = ui64} : () -> (ui1, ui8, ui32, ui0)

// The widest integer type MLIR allows.
// CHECK-LABEL: "foo.widest"
// CHECK-SAME: {t = i16777215, u = ui16777215} : () -> si16777215
"foo.widest"() {t = i16777215, u = ui16777215} : () -> si16777215

// Leading zeros are not part of the width.
// CHECK-LABEL: "foo.leading_zeros"
// CHECK-SAME: {t = i8, u = si32} : () -> ()
"foo.leading_zeros"() {t = i008, u = si0032} : () -> ()

// Integer types are uniqued: the uses below see one type.
// CHECK-LABEL: "foo.defs"
// CHECK-NEXT: "foo.uses"(%{{.*}}, %{{.*}}) : (i32, i32) -> ()
%a, %b, %c, %d, %e, %f = "foo.defs"() : () -> (i1, i8, i16, i32, i64, i128)
"foo.uses"(%d, %d) : (i32, i32) -> ()
