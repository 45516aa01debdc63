// builtin.unrealized_conversion_cast in the custom and generic forms.
%a = "foo.def"() : () -> i32
%b = "foo.def"() : () -> !foo.t
%0 = unrealized_conversion_cast %a : i32 to i64
%1:2 = builtin.unrealized_conversion_cast %a, %b : i32, !foo.t to f32, tensor<4xf32> {foo.note = "split"}
%2 = "builtin.unrealized_conversion_cast"(%0) : (i64) -> index
%3 = unrealized_conversion_cast to !foo.u
"foo.use"(%1#0, %1#1, %2, %3) : (f32, tensor<4xf32>, index, !foo.u) -> ()
