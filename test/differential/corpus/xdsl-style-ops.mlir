// Generic IR in the style of xDSL's filecheck tests: an explicit module,
// "test"-like ops (here in a `tst` dialect, since mlir-opt registers `test`),
// regions with blocks, attribute dictionaries.
"builtin.module"() ({
  %0 = "tst.op"() : () -> i32
  %1, %2 = "tst.op"(%0) {attr = "value"} : (i32) -> (i64, f32)
  "tst.op"() ({
  ^bb0(%arg0 : i32):
    "tst.op"(%arg0) : (i32) -> ()
  }, {
  ^bb1:
    "tst.termop"()[^bb2] : () -> ()
  ^bb2:
    "tst.termop"() : () -> ()
  }) {"quoted attr" = [i32, f32], unit_attr} : () -> ()
}) : () -> ()
