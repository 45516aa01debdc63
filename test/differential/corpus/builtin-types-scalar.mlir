// Scalar builtin types as result, operand, block argument and attribute types.
%i:6 = "foo.ints"() : () -> (i1, i8, i16, i32, i64, i128)
%s:4 = "foo.signed"() : () -> (si1, si8, ui32, ui64)
%f:6 = "foo.floats"() : () -> (f16, bf16, f32, f64, f80, f128)
%g:8 = "foo.small_floats"() : () -> (tf32, f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E3M4)
%h:4 = "foo.tiny_floats"() : () -> (f8E8M0FNU, f6E2M3FN, f6E3M2FN, f4E2M1FN)
%x:2 = "foo.misc"() : () -> (index, none)
"foo.region"() ({
^bb0(%a: i7, %b: si3, %c: ui5, %d: i0, %e: index):
  "foo.use"(%i#3, %f#2, %x#0) : (i32, f32, index) -> ()
}) {types = [i1, si8, ui16, f64, index, none, i12345]} : () -> ()
