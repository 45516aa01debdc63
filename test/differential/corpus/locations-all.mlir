// Every location kind, on operations, block arguments and as attributes.
"foo.unknown"() : () -> () loc(unknown)
"foo.file"() : () -> () loc("source.cpp":10:8)
"foo.range"() : () -> () loc("source.cpp":10:8 to 12:18)
"foo.col_range"() : () -> () loc("source.cpp":10:8 to :12)
"foo.line"() : () -> () loc("source.cpp":10)
"foo.name"() : () -> () loc("CSE")
"foo.name_child"() : () -> () loc("foo"("mysource.cc":10:8))
"foo.callsite"() : () -> () loc(callsite("foo" at "mysource.cc":10:8))
"foo.fused"() : () -> () loc(fused["mysource.cc":10:8, "mysource.cc":22:8])
"foo.fused_meta"() : () -> () loc(fused<"CSE">["mysource.cc":10:8, "mysource.cc":22:8])
"foo.fused_attr_meta"() : () -> () loc(fused<{pass = "inline"}>["a.cc":1:1])
"foo.nested"() : () -> () loc(callsite(callsite("a":1:1 at "b":2:2) at fused["c":3:3, "d"("e":5:5)]))
"foo.region"() ({
^bb0(%x: i32 loc("arg0.cc":1:1), %y: f32 loc(unknown), %z: i1):
  "foo.inner"() : () -> () loc("inner"(callsite("callee.cc":4:4 at "caller.cc":5:5)))
}) : () -> () loc(fused[])
"foo.attrs"() {l = loc("attr.cc":7:7), m = [loc(unknown), loc("n")]} : () -> ()
"foo.escaped"() : () -> () loc("dir with space/q\"uote.mlir":1:2)
