// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Block and region errors: undefined and redefined blocks, bad labels and
// argument lists, unterminated regions; with mlir-opt's messages.

"foo.op"() ({
  // expected-error @+1 {{reference to an undefined block}}
  "foo.br"()[^missing] : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.br"()[^bb1] : () -> ()
// expected-error @+1 {{redefinition of block '^bb1'}}
^bb1:
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
// expected-error @+1 {{expected ':' after block name}}
^bb1
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected SSA operand}}
^bb0(i32):
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected ':' and type for SSA operand}}
^bb0(%a):
  "foo.yield"() : () -> ()
}) : () -> ()


// -----

// A block used across regions is a different block in each region.
"foo.op"() ({
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.yield"() : () -> ()
}, {
  // expected-error @+1 {{reference to an undefined block}}
  "foo.br"()[^bb1] : () -> ()
}) : () -> ()

// -----

// A malformed block argument list: MLIR's message is "expected ')'".
"foo.op"() ({
// expected-error @+1 {{expected ')'}}
^bb0(%a: i32 %b: i32):
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected ')'}}
^bb0(%a: i32 loc("x") %b: i32):
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

// A region still open at the end of the input: MLIR tries to parse another
// operation ("expected operation name in quotes"), reported after the last
// text.
"foo.op"() ({
  "foo.yield"() : () -> ()
// expected-error {{expected operation name in quotes}}
