// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Type attributes (a type where an attribute is expected) and the unit
// attribute.

// CHECK-LABEL: "foo.types"
// CHECK-SAME: {a = i32, b = f64, c = index, d = none, e = tensor<4xf32>, f = memref<?xi8>, g = vector<2xi1>, h = complex<f32>, i = tuple<i1>, j = !foo.t}
"foo.types"() {a = i32, b = f64, c = index, d = none, e = tensor<4xf32>, f = memref<?xi8>, g = vector<2xi1>, h = complex<f32>, i = tuple<i1>, j = !foo.t} : () -> ()

// A function type attribute, as `func.func` uses for `function_type`.
// CHECK-LABEL: "foo.fn_type"
// CHECK-SAME: {function_type = (i32, f32) -> (), other = () -> i1}
"foo.fn_type"() {function_type = (i32, f32) -> (), other = () -> i1} : () -> ()

// Types in arrays.
// CHECK-LABEL: "foo.type_array"
// CHECK-SAME: {a = [i32, f32, index, (i1) -> i1]}
"foo.type_array"() {a = [i32, f32, index, (i1) -> i1]} : () -> ()

// Unit: written `unit`, or a dictionary key without a value; an entry with
// a unit value prints as the key alone.
// CHECK-LABEL: "foo.unit"
// CHECK-SAME: {a, b, c = [unit, unit], d = {e}}
"foo.unit"() {a, b = unit, c = [unit, unit], d = {e = unit}} : () -> ()

// Properties can be any attribute, a unit or a type too.
// CHECK-LABEL: "foo.unit_props"() <unit> : () -> ()
"foo.unit_props"() <unit> : () -> ()
// CHECK-LABEL: "foo.type_props"() <i32> : () -> ()
"foo.type_props"() <i32> : () -> ()
