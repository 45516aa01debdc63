// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Verifier errors on IR that parses: structure (blocks, terminators,
// successors), dominance, builtin.module constraints, isolation and symbol
// tables; with mlir-opt's messages, positions and notes.

// expected-error @+1 {{empty block: expect at least a terminator}}
"foo.op"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
^bb1:
}) : () -> ()

// -----

"foo.op"() ({
  "foo.br"()[^bb1] : () -> ()
^bb1:
  // expected-error @+1 {{block with no terminator, has %0 = "builtin.unrealized_conversion_cast"() : () -> i32}}
  %0 = "builtin.unrealized_conversion_cast"() : () -> i32
}) : () -> ()

// -----

"foo.op"() ({
  // expected-error @+1 {{operation with block successors must terminate its parent block}}
  "foo.br"()[^bb1] : () -> ()
  "foo.yield"() : () -> ()
^bb1:
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{entry block of region may not have predecessors}}
"foo.op"() ({
^bb0:
  "foo.br"()[^bb0] : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
^bb0:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%0) : (i32) -> ()
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %0 = "foo.def"() : () -> i32
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
  "foo.br"()[^bb2] : () -> ()
^bb1:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %0 = "foo.def"() : () -> i32
  "foo.br"()[^bb2] : () -> ()
^bb2:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  "foo.use"(%0) : (i32) -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op requires one region}}
"builtin.module"() : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op requires zero results}}
%0 = "builtin.module"() ({
}) : () -> i32

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+1 {{'builtin.module' op requires zero operands}}
"builtin.module"(%0) ({
}) : (i32) -> ()

// -----

// expected-error @+1 {{'builtin.module' op expects region #0 to have 0 or 1 blocks}}
"builtin.module"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op region should have no arguments}}
"builtin.module"() ({
^bb0(%arg0: i32):
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'attr'}}
module attributes {attr = 1} {
}

// -----

// expected-error @+1 {{invalid properties {sym_name = 2 : i64, sym_visibility = 1 : i64} for op builtin.module: Invalid attribute `sym_name` in property conversion: 2 : i64}}
"builtin.module"() <{sym_visibility = 1, sym_name = 2}> ({
^bb0:
}) : () -> ()

// -----

// expected-error @+1 {{invalid properties 1 : i64 for op builtin.module: expected DictionaryAttr to set properties}}
"builtin.module"() <1> ({
^bb0:
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks}}
"builtin.module"() ({
}) : () -> ()

// -----

%outer = "foo.def"() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
module {
  // expected-error @+1 {{'foo.use' op using value defined outside the region}}
  "foo.use"(%outer) : (i32) -> ()
}

// -----

module {
  // expected-note @+1 {{see existing symbol definition here}}
  "foo.symbol"() {sym_name = "f"} : () -> ()
  // expected-error @+1 {{redefinition of symbol named 'f'}}
  "foo.symbol"() {sym_name = "f"} : () -> ()
}

// -----

// Symbol names need only be unique within one symbol table.
module {
  "foo.symbol"() {sym_name = "f"} : () -> ()
  module @inner {
    "foo.symbol"() {sym_name = "f"} : () -> ()
  }
}

// -----

"foo.op"() ({
^bb0:
  // expected-error @+1 {{'builtin.unrealized_conversion_cast' op requires zero regions}}
  %0 = "builtin.unrealized_conversion_cast"() ({
  }) : () -> i32
  "foo.yield"() : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{'builtin.unrealized_conversion_cast' op expected at least one result for cast operation}}
"builtin.unrealized_conversion_cast"() : () -> ()
