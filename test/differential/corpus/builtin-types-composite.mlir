// complex, tuple, function types, and opaque dialect types.
%c:3 = "foo.complex"() : () -> (complex<f32>, complex<i64>, complex<f16>)
%t:4 = "foo.tuple"() : () -> (tuple<>, tuple<i32>, tuple<tuple<f32, i1>, index>, tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>)
%f:3 = "foo.functions"() : () -> (() -> (), (i32, f32) -> i1, (() -> ()) -> ((i32) -> i32))
%o:5 = "foo.opaque"() : () -> (!foo.bar, !foo.bar<1, "two", [3]>, !foo<"raw text">, !x.y.z, !foo.t<(i32) -> i64>)
"foo.use"(%c#0, %t#2, %f#1, %o#1) : (complex<f32>, tuple<tuple<f32, i1>, index>, (i32, f32) -> i1, !foo.bar<1, "two", [3]>) -> ()
