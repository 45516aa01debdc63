// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// `index`, `none`, `complex<T>` and `tuple<...>`.

// CHECK: !tuple = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
// CHECK-NEXT: module {

// CHECK-LABEL: "foo.index_none"
// CHECK-SAME: (index) -> none
%i = "foo.def"() : () -> index
"foo.index_none"(%i) : (index) -> none

// Complex numbers hold integers or floats.
// CHECK-LABEL: "foo.complex"
// CHECK-SAME: () -> (complex<f32>, complex<f64>, complex<i8>, complex<si16>, complex<bf16>)
"foo.complex"() : () -> (complex<f32>, complex<f64>, complex<i8>, complex<si16>, complex<bf16>)

// CHECK-LABEL: "foo.tuple"
// CHECK-SAME: () -> (tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<>, tuple<index, none>>)
"foo.tuple"() : () -> (tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<>, tuple<index, none>>)

// Tuples hold any type, function types included.
// CHECK-LABEL: "foo.tuple_any"
// CHECK-SAME: {t = tuple<() -> (), (i32) -> i1, tensor<*xf32>, memref<?xi8>, !foo.t, complex<f32>>}
"foo.tuple_any"() {t = tuple<() -> (), (i32) -> i1, tensor<*xf32>, memref<?xi8>, !foo.t, complex<f32>>} : () -> ()

// Tuples of more than 16 types get a `!tuple` alias, defined at the top.
// CHECK-LABEL: "foo.big_tuple"
// CHECK-SAME: () -> !tuple
"foo.big_tuple"() : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
