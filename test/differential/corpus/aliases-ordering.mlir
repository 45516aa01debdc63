// Alias ordering: by depth, types before attributes, then by name and
// first use; numbering of repeated names; aliases inside aliases.
%a = "foo.a"() {x = affine_map<(d0) -> (d0 + 3)>, y = affine_set<(d0) : (d0 - 3 >= 0)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 2)>>
%b = "foo.b"() {z = distinct[0]<affine_map<(d0) -> (d0 + 4)>>, w = distinct[1]<[affine_set<(d0) : (d0 >= 0)>]>} : () -> tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, memref<2xf32, affine_map<(d0) -> (d0 * 5)>>>
"foo.region"() ({
^bb0(%x: memref<8xf32, affine_map<(d0) -> (d0 + 1)>>):
  "foo.inner"() {m = affine_map<(d0) -> (d0 + 1)>} : () -> ()
}) {outer = affine_map<(d0) -> (d0 + 0)>} : () -> ()
"foo.many"() {l = [affine_map<(d0) -> (d0 + 10)>, affine_map<(d0) -> (d0 + 11)>, affine_map<(d0) -> (d0 + 12)>, affine_map<(d0) -> (d0 + 13)>, affine_map<(d0) -> (d0 + 14)>, affine_map<(d0) -> (d0 + 15)>, affine_map<(d0) -> (d0 + 16)>, affine_map<(d0) -> (d0 + 17)>, affine_map<(d0) -> (d0 + 18)>, affine_map<(d0) -> (d0 + 19)>]} : () -> ()
"foo.tuples"() : () -> (tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, f16>, tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, f32>)
