// Region examples after MLIR's LangRef ("Regions", "Value Scoping"):
// values of enclosing regions are visible inside, regions nest.
"any_op"() ({ // if %1 is not referred to here, it is not visible
  %1 = "foo.def"() : () -> i32
  "foo.region"() ({
    %2 = "foo.use"(%1) : (i32) -> i32
    "foo.inner"() ({
      "foo.use"(%1, %2) : (i32, i32) -> ()
    }) : () -> ()
  }) : () -> ()
  "foo.yield"(%1) : (i32) -> ()
}) : () -> ()

// Several regions, empty ones, blocks with arguments in each.
"foo.multi"() ({
^bb0(%x: f32):
  "foo.yield"(%x) : (f32) -> ()
}, {
}, {
^bb0(%y: index, %z: index):
  "foo.yield"(%y, %z) : (index, index) -> ()
}) : () -> ()
