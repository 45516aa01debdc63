// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// SSA value errors: undefined values, redefinitions, type mismatches,
// result numbers; with mlir-opt's messages, positions and notes.

// expected-error @+1 {{use of undeclared SSA value name}}
"foo.op"(%x) : (i32) -> ()

// -----

"foo.op"() ({
  // expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%undefined) : (i32) -> ()
}) : () -> ()

// -----

// expected-note @+1 {{previously defined here}}
%0 = "foo.def"() : () -> i32
// expected-error @+1 {{redefinition of SSA value '%0'}}
%0 = "foo.def"() : () -> i32

// -----

// expected-note @+1 {{previously defined here}}
%x:2 = "foo.def"() : () -> (i32, i32)
// expected-error @+1 {{redefinition of SSA value '%x'}}
%x = "foo.def"() : () -> i32

// -----

"foo.op"() ({
// expected-note @+1 {{previously defined here}}
^bb0(%a: i32):
  // expected-error @+1 {{redefinition of SSA value '%a'}}
  %a = "foo.def"() : () -> i32
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+2 {{redefinition of SSA value '%a'}}
// expected-note @+1 {{previously defined here}}
^bb0(%a: i32, %a: i32):
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

// expected-note @+1 {{prior use here}}
%0 = "foo.def"() : () -> i32
// expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
"foo.use"(%0) : (i64) -> ()

// -----

"foo.op"() ({
  // expected-note @+1 {{prior use here}}
  "foo.use"(%fwd) : (i32) -> ()
  // expected-error @+1 {{use of value '%fwd' expects different type than prior uses: 'f32' vs 'i32'}}
  "foo.use"(%fwd) : (f32) -> ()
}) : () -> ()

// -----

"foo.graph"() ({
  // expected-note @+1 {{previously used here with type 'i32'}}
  "foo.use"(%fwd) : (i32) -> ()
  // expected-error @+1 {{definition of SSA value '%fwd#0' has type 'f32'}}
  %fwd = "foo.def"() : () -> f32
}) : () -> ()

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+1 {{reference to invalid result number}}
"foo.use"(%0#1) : (i32) -> ()

// -----

%0:2 = "foo.def"() : () -> (i32, i32)
// expected-error @+1 {{reference to invalid result number}}
"foo.use"(%0#2) : (i32) -> ()

// -----

%0:2 = "foo.def"() : () -> (i32, i32)
// expected-error @+1 {{invalid SSA value result number}}
"foo.use"(%0#x) : (i32) -> ()

// -----

// A forward reference to result #1 of a one-result operation stays undefined.
"foo.op"() ({
  // expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%later#1) : (i32) -> ()
  %later = "foo.def"() : () -> i32
}) : () -> ()

// -----

// A value defined in a region is not visible after it.
"foo.op"() ({
  %inner = "foo.def"() : () -> i32
  "foo.yield"() : () -> ()
}) : () -> ()
// expected-error @+1 {{use of undeclared SSA value name}}
"foo.use"(%inner) : (i32) -> ()
