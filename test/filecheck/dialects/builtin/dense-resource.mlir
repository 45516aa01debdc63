// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// dense_resource<key> attributes and the file metadata section: builtin blobs
// (alignment as a little-endian u32, then the data) print for the handles in
// use, in first-use order; unused entries are dropped; an empty blob prints
// alignment 0; external resources print back verbatim.

// CHECK-LABEL: "t.resources"()
// CHECK-SAME: again = dense_resource<blob1> : tensor<4xi16>,
// CHECK-SAME: dynamic = dense_resource<blob2> : tensor<?xf32>,
// CHECK-SAME: empty = dense_resource<empty> : tensor<0xi8>,
// CHECK-SAME: floats = dense_resource<blob2> : tensor<2xf32>,
// CHECK-SAME: unset = dense_resource<no_data> : tensor<3xi8>,
// CHECK-SAME: used = dense_resource<blob1> : tensor<2xi32>}
"t.resources"() {
  used = dense_resource<blob1> : tensor<2xi32>,
  again = dense_resource<blob1> : tensor<4xi16>,
  floats = dense_resource<blob2> : tensor<2xf32>,
  dynamic = dense_resource<blob2> : tensor<?xf32>,
  empty = dense_resource<empty> : tensor<0xi8>,
  unset = dense_resource<no_data> : tensor<3xi8>
} : () -> ()

// CHECK:      {-#
// CHECK-NEXT:   dialect_resources: {
// CHECK-NEXT:     builtin: {
// CHECK-NEXT:       blob1: "0x040000000100000002000000",
// CHECK-NEXT:       blob2: "0x040000000000803F00000040",
// CHECK-NEXT:       empty: "0x00000000"
// CHECK-NEXT:     }
// CHECK-NEXT:   },
// CHECK-NEXT:   external_resources: {
// CHECK-NEXT:     tool: {
// CHECK-NEXT:       flag: true,
// CHECK-NEXT:       name: "text\0A",
// CHECK-NEXT:       data: "0x08000000AABB"
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: #-}
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000",
      blob2: "0x040000000000803F00000040",
      empty: "0x04000000",
      unused: "0x01000000FF"
    }
  },
  external_resources: {
    tool: {
      flag: true,
      name: "text\n",
      data: "0x08000000AABB"
    }
  }
#-}
