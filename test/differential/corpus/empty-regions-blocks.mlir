// Empty regions, empty entry blocks (with and without labels), blocks
// with arguments and no operations in graph-like unregistered ops.
"foo.r0"() ({}) : () -> ()
"foo.r1"() ({
}) : () -> ()
"foo.r2"() ({
^bb0:
}) : () -> ()
"foo.r3"() ({
^bb0(%a: i32):
}) : () -> ()
"foo.r4"() ({}, {}, {
^bb0:
}) : () -> ()
"foo.r5"() ({
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.br"()[^bb2] : () -> ()
^bb2:
  "foo.end"() : () -> ()
}) : () -> ()
