// Location aliases: defined before and after use, nested in others, reused.
#loc = loc("shared.mlir":1:1)
#named = loc("name"(#loc))
#fused = loc(fused[#loc, #named])
"foo.a"() : () -> () loc(#loc)
"foo.b"() : () -> () loc(#named)
"foo.c"() : () -> () loc(#fused)
"foo.d"() : () -> () loc(#later)
"foo.e"() : () -> () loc(#later)
"foo.region"() ({
^bb0(%a: i32 loc(#loc), %b: i32 loc(#later)):
  "foo.f"() : () -> () loc(callsite(#named at #loc))
}) : () -> () loc(#fused)
#later = loc("later.mlir":9:9)
