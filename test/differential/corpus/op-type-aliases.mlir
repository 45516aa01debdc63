// The type of a generic operation may be a type alias of a function type,
// and a function type (through an alias) may be a result type.
!fn = (i32) -> i64
!nullary = () -> ()
!returns-fn = () -> i32
%0 = "foo.def"() : () -> i32
%1 = "foo.cast"(%0) : !fn
"foo.none"() : !nullary
%2 = "foo.fn_value"() : () -> !returns-fn
%3:2 = "foo.pair"(%1) : (i64) -> (!returns-fn, i32)
"foo.use"(%2, %3#0) : (() -> i32, () -> i32) -> ()
