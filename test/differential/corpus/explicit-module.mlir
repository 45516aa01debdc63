// A single top-level module is the top level, with its own location.
module @explicit attributes {foo.a = 1 : i64} {
  "foo.op"() : () -> () loc("inner.mlir":2:3)
} loc("explicit.mlir":1:1)
