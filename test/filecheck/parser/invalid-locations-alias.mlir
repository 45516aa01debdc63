// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// An operation or block argument location `loc(#alias)` whose alias is not
// a location: mlir-opt prints the attribute the alias stands for, whether
// the alias is defined before or after its use.

#attr = 42
// expected-error @+1 {{expected location, but found '42 : i64'}}
"foo.op"() : () -> () loc(#attr)

// -----

// expected-error @+1 {{expected location, but found '"not a location"'}}
"foo.op"() : () -> () loc(#late)
#late = "not a location"

// -----

#dict = {a = 1, b = [2, "s"]}
"foo.op"() ({
// expected-error @+1 {{expected location, but found '{a = 1 : i64, b = [2, "s"]}'}}
^bb0(%x: i32 loc(#dict)):
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected location, but found 'affine_map<(d0) -> (d0)>'}}
^bb0(%x: i32 loc(#map)):
  "foo.yield"() : () -> ()
}) : () -> ()
#map = affine_map<(d0) -> (d0)>
