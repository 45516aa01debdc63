// The graph region example from MLIR's LangRef ("Graph Regions"): the body
// of a module is a graph region, so operations may use values defined
// later, even in cycles.
"foo.graph_region_like"() ({ // A Graph region
  %1 = "op1"(%1, %3) : (i32, i32) -> i32  // OK: %1, %3 allowed here
  %2 = "foo.ssacfg_region"() ({
     %5 = "op2"(%1, %2, %3, %4) : (i32, i32, i32, i32) -> i32 // OK: %1, %2, %3, %4 all defined in the containing region
  }) : () -> i32
  %3 = "op2"(%1, %4) : (i32, i32) -> i32  // OK: %4 allowed here
  %4 = "op3"(%1) : (i32) -> i32  // OK: %1 allowed here
}) : () -> ()
