// Properties `<{...}>` and other property attributes on unregistered ops.
"foo.dict"() <{a = 1 : i32, b = [1, 2], c = {d}}> : () -> ()
"foo.both"() <{p = "prop"}> {d = "discardable"} : () -> ()
"foo.int"() <1> : () -> ()
"foo.string"() <"s"> : () -> ()
"foo.array"() <[1, "x", @y]> : () -> ()
"foo.type"() <tensor<4xf32>> : () -> ()
"foo.unit"() <unit> : () -> ()
"foo.empty"() <{}> : () -> ()
"foo.dialect"() <#foo.prop<1>> : () -> ()
"foo.map"() <{m = affine_map<(d0) -> (d0 + 7)>}> : () -> ()
%r = "foo.with_regions"() <{k = 1}> ({
  "foo.yield"() : () -> ()
}) {z} : () -> i32
