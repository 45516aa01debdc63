// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Array attributes `[...]` and dictionary attributes `{...}`.

// CHECK-LABEL: "foo.arrays"
// CHECK-SAME: {a = [], b = [1, 2, 3], c = [1, [2, [3, []]]], d = [1 : i32, "s", @sym, i32, unit, true, 2.000000e+00]}
"foo.arrays"() {a = [], b = [1, 2, 3], c = [1, [2, [3, []]]], d = [1 : i32, "s", @sym, i32, unit, true, 2.0]} : () -> ()

// In arrays, i64 and f64 types are elided; other types are printed.
// CHECK-LABEL: "foo.elision"
// CHECK-SAME: {a = [1, -1, 1 : i32, 1 : index, 1.000000e+00, 1.000000e+00 : f32], b = 1 : i64}
"foo.elision"() {a = [1 : i64, -1, 1 : i32, 1 : index, 1.0 : f64, 1.0 : f32], b = 1} : () -> ()

// Dictionaries: sorted by key; a key alone (or `= unit`) is a unit attribute.
// CHECK-LABEL: "foo.dicts"
// CHECK-SAME: {a = {}, b = {x, y = 1 : i64}, c = {a = 1 : i64, b = 2 : i64, c = 3 : i64}, d = {n = {m = {l = []}}}}
"foo.dicts"() {d = {n = {m = {l = []}}}, c = {c = 3, b = 2, a = 1}, b = {y = 1, x = unit}, a = {}} : () -> ()

// Keys: bare identifiers (with `.`, `$`, `_` and digits), integer-type
// spellings, and strings.
// CHECK-LABEL: "foo.keys"
// CHECK-SAME: {"123" = 4 : i64, "a b" = 5 : i64, foo.bar = 1 : i64, i32 = 3 : i64, x$_1 = 2 : i64}
"foo.keys"() {foo.bar = 1, x$_1 = 2, i32 = 3, "123" = 4, "a b" = 5} : () -> ()

// Arrays of dictionaries and dictionaries of arrays.
// CHECK-LABEL: "foo.mixed"
// CHECK-SAME: {a = [{x = [1, 2]}, {}], b = {l = [{}, [{}]]}}
"foo.mixed"() {a = [{x = [1, 2]}, {}], b = {l = [{}, [{}]]}} : () -> ()

// An empty attribute dictionary on an operation is not printed.
// CHECK-LABEL: "foo.empty_dict"() : () -> ()
"foo.empty_dict"() {} : () -> ()

// Properties are an attribute (usually a dictionary) in `<{...}>`.
// CHECK-LABEL: "foo.props"() <{a = 1 : i32, b = [1, 2]}> {c = "discardable"} : () -> ()
"foo.props"() <{b = [1, 2], a = 1 : i32}> {c = "discardable"} : () -> ()
