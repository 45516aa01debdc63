// Inherent attributes written in the attribute dictionary, as older MLIR
// printed them; mlir-opt reads them as properties.
"func.func"() ({
^bb0(%arg0: f64):
  %0 = "arith.constant"() {value = 2.0 : f64} : () -> f64
  %1 = "arith.mulf"(%arg0, %0) : (f64, f64) -> f64
  "func.return"(%1) : (f64) -> ()
}) {function_type = (f64) -> f64, sym_name = "double", arg_attrs = [{foo.note = "x"}]} : () -> ()
