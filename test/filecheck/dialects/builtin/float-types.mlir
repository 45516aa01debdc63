// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Every builtin float type keyword.

// CHECK-LABEL: "foo.ieee"
// CHECK-SAME: () -> (f16, f32, f64, f80, f128)
"foo.ieee"() : () -> (f16, f32, f64, f80, f128)

// CHECK-LABEL: "foo.ml"
// CHECK-SAME: () -> (bf16, tf32)
"foo.ml"() : () -> (bf16, tf32)

// CHECK-LABEL: "foo.f8"
// CHECK-SAME: () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4, f8E8M0FNU)
"foo.f8"() : () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4, f8E8M0FNU)

// CHECK-LABEL: "foo.f6_f4"
// CHECK-SAME: () -> (f6E2M3FN, f6E3M2FN, f4E2M1FN)
"foo.f6_f4"() : () -> (f6E2M3FN, f6E3M2FN, f4E2M1FN)

// Float types as attributes (type attributes).
// CHECK-LABEL: "foo.attrs"
// CHECK-SAME: {a = f16, b = bf16, c = f8E4M3FN, d = f4E2M1FN}
"foo.attrs"() {a = f16, b = bf16, c = f8E4M3FN, d = f4E2M1FN} : () -> ()

// Float types in containers.
// CHECK-LABEL: "foo.nested"
// CHECK-SAME: () -> (complex<bf16>, vector<4xf8E5M2>, tensor<2xf80>, memref<3xf128>)
"foo.nested"() : () -> (complex<bf16>, vector<4xf8E5M2>, tensor<2xf80>, memref<3xf128>)
