// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Strided layout attributes `strided<[strides], offset: N>`: static or
// dynamic (`?`) strides and offset. A zero offset is not printed. They
// print inline (no alias).

// CHECK-LABEL: "foo.attrs"
// CHECK-SAME: {a = strided<[]>, b = strided<[1]>, c = strided<[8, 1], offset: 4>, d = strided<[?, ?], offset: ?>, e = strided<[-1, 2]>, f = strided<[0]>}
"foo.attrs"() {a = strided<[]>, b = strided<[1], offset: 0>, c = strided<[8, 1], offset: 4>, d = strided<[?, ?], offset: ?>, e = strided<[-1, 2]>, f = strided<[0]>} : () -> ()

// Negative offsets and large strides (tsdl holds up to 2^53 - 1 exactly and
// rejects larger magnitudes; MLIR allows any int64 but the minimum).
// CHECK-LABEL: "foo.large"
// CHECK-SAME: {a = strided<[1099511627776, 9007199254740991], offset: -5>}
"foo.large"() {a = strided<[1099511627776, 9007199254740991], offset: -5>} : () -> ()

// As memref layouts.
// CHECK-LABEL: "foo.memrefs"
// CHECK-SAME: () -> (memref<4x8xf32, strided<[8, 1]>>, memref<?x?xf32, strided<[?, 1], offset: ?>>, memref<f32, strided<[], offset: 2>>)
"foo.memrefs"() : () -> (memref<4x8xf32, strided<[8, 1]>>, memref<?x?xf32, strided<[?, 1], offset: ?>>, memref<f32, strided<[], offset: 2>>)
