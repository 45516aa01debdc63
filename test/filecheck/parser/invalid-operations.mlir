// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors in the generic operation syntax, with mlir-opt's messages and
// positions.

// expected-error @+1 {{expected operation name in quotes}}
42

// -----

// expected-error @+1 {{empty operation name is invalid}}
""() : () -> ()

// -----

// expected-error @+1 {{null character not allowed in operation name}}
"foo\00op"() : () -> ()

// -----

// expected-error @+1 {{expected '(' to start operand list}}
"foo.op" : () -> ()

// -----

// expected-error @+1 {{expected ')' to end operand list}}
"foo.op"(%0 %1) : () -> ()

// -----

// expected-error @+1 {{expected SSA operand}}
"foo.op"(%0, ) : () -> ()

// -----

// A parenthesis after the operands opens a region list.
// expected-error @+1 {{expected '{' to begin a region}}
"foo.op"() () -> ()

// -----

// expected-error @+1 {{expected ':' followed by operation type}}
"foo.op"() -> ()

// -----

// expected-error @+1 {{expected function type}}
"foo.op"() : i32



// -----

// expected-error @+1 {{expected 0 operand types but had 1}}
"foo.op"() : (i32) -> ()

// -----

%0:2 = "foo.def"() : () -> (i32, i32)
// expected-error @+1 {{expected 2 operand types but had 1}}
"foo.op"(%0#0, %0#1) : (i32) -> ()

// -----

// expected-error @+1 {{expected '>' to close properties}}
"foo.op"() <{a = 1} : () -> ()

// -----

// expected-error @+1 {{expected '{' to begin a region}}
"foo.op"() (foo) : () -> ()

// -----

// expected-error @+1 {{expected ')' to end region list}}
"foo.op"() ({} {}) : () -> ()

// -----

// expected-error @+1 {{expected '=' after SSA name}}
%0 "foo.op"() : () -> i32

// -----

// expected-error @+1 {{expected valid ssa identifier}}
%0, = "foo.op"() : () -> (i32, i32)

// -----

// expected-error @+1 {{expected integer number of results}}
%0: = "foo.op"() : () -> (i32, i32)

// -----

// expected-error @+1 {{expected named operation to have at least 1 result}}
%0:0 = "foo.op"() : () -> (i32, i32)

// -----

// expected-error @+1 {{cannot name an operation with no results}}
%0 = "foo.op"() : () -> ()

// -----

// expected-error @+1 {{operation defines 2 results but was provided 1 to bind}}
%0 = "foo.op"() : () -> (i32, i32)

// -----

// expected-error @+1 {{operation defines 2 results but was provided 3 to bind}}
%0, %1:2 = "foo.op"() : () -> (i32, i32)

// -----

// expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
%0:2 = "foo.op"() : () -> i32

// -----

// Unregistered operations may be terminators; registered ones must be.
// expected-error @+1 {{successors in non-terminator}}
"builtin.module"()[^bb1] : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected block name}}
  "foo.br"()[%x] : () -> ()
}) : () -> ()

// -----

"foo.op"() ({
// expected-error @+1 {{expected ',' or ']'}}
  "foo.br"()[^bb1 ^bb2] : () -> ()
}) : () -> ()


// -----

// expected-error @+1 {{expected attribute name}}
"foo.op"() {1} : () -> ()

// -----

// The attribute dictionary goes before the type.
// expected-error @+1 {{expected operation name in quotes}}
"foo.op"() : () -> () {a}

// -----

%0 = "foo.def"() : () -> i32
// mlir-opt's message has a NUL byte after "operand type" (an MLIR quirk).
// expected-error @+1 {{expected 1 operand type}}
"foo.op"(%0) : () -> ()

// -----

// A parenthesized type list is the start of a function type (MLIR's
// parseFunctionType): without `->`, the error comes after the `)`.
// expected-error @+1 {{expected '->' in function type}}
"foo.op"() : (i32)

// -----

// expected-error @+1 {{expected '->' in function type}}
"foo.op"() : (i32) i32

// -----

// The same on a truncated input.
// expected-error @+1 {{expected '->' in function type}}
"foo.op"() : ()

// -----

// A type that is not a function type, unless it is an alias of one (see
// test/differential/corpus/op-type-aliases.mlir).
!t = tensor<2xi32>
// expected-error @+1 {{expected function type}}
"foo.op"() : !t
