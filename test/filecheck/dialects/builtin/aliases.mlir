// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Alias definitions in the input (`#name = attribute`, `!name = type`) are
// for parsing only: uses read as the aliased value, and the printer chooses
// its own aliases, as mlir-opt does: affine maps `#map`, integer sets
// `#set`, distinct attributes `#distinct`, locations `#loc`, tuples of more
// than 16 types `!tuple`; others print inline. Aliases are sorted by
// nesting depth, types before attributes, then by name (first use breaks
// ties); repeated names get numbers: `#map`, `#map1`, ...

#int = 42 : i32
#str = "aliased"
#arr = [#int, #str]
#perm = affine_map<(d0, d1) -> (d1, d0)>
!i = i32
!tensor = tensor<4x!i>
!big = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>

// CHECK: !tuple = tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>
// CHECK-NEXT: #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #set = affine_set<(d0) : (d0 >= 0)>
// CHECK-NEXT: #distinct = distinct[0]<#map1>
// CHECK-NEXT: module {

// Attribute and type aliases expand to their values.
// CHECK-LABEL: "foo.expanded"
// CHECK-SAME: {a = 42 : i32, b = "aliased", c = [42 : i32, "aliased"]} : (i32) -> tensor<4xi32>
%x = "foo.def"() : () -> !i
%0 = "foo.expanded"(%x) {a = #int, b = #str, c = #arr} : (!i) -> !tensor

// CHECK-LABEL: "foo.maps"
// CHECK-SAME: {a = #map, b = #map1, c = #map}
"foo.maps"() {a = #perm, b = affine_map<(d0) -> (d0 + 1)>, c = affine_map<(i, j) -> (j, i)>} : () -> ()

// CHECK-LABEL: "foo.set"
// CHECK-SAME: {s = #set}
"foo.set"() {s = affine_set<(d0) : (d0 >= 0)>} : () -> ()

// An alias nested in another (the distinct attribute holds a map) is
// defined after it.
// CHECK-LABEL: "foo.distinct"
// CHECK-SAME: {d = #distinct}
"foo.distinct"() {d = distinct[7]<affine_map<(d0) -> (d0 + 1)>>} : () -> ()

// Types get aliases too, and are printed before attributes.
// CHECK-LABEL: "foo.tuple"
// CHECK-SAME: () -> !tuple
"foo.tuple"() : () -> !big

// Aliases are used inside other attributes and types.
// CHECK-LABEL: "foo.nested"
// CHECK-SAME: {a = [#map, {m = #map1}], t = memref<4x4xf32, #map>}
"foo.nested"() {a = [#perm, {m = affine_map<(d0) -> (d0 + 1)>}], t = memref<4x4xf32, #perm>} : () -> ()

// Properties are not visited when aliases are chosen (as in mlir-opt): a
// map used only there prints inline; one that has an alias uses it.
// CHECK-LABEL: "foo.props"
// CHECK-SAME: <{m = #map, n = affine_map<(d0) -> (d0 * 5)>}>
"foo.props"() <{m = #perm, n = affine_map<(d0) -> (d0 * 5)>}> : () -> ()
