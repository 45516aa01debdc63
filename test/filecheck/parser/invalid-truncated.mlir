// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Inputs cut short: each error points just after the last token, where the
// missing text belongs, as in mlir-opt.

// expected-error @+1 {{expected '(' to start operand list}}
"foo.op"

// -----

// expected-error @+1 {{expected ')' to end operand list}}
"foo.op"(

// -----

// expected-error @+1 {{expected SSA operand}}
"foo.op"(%0,

// -----

// expected-error @+1 {{expected ':' followed by operation type}}
"foo.op"()

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() :


// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() : () ->

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() : () -> (i32,

// -----

// expected-error @+1 {{expected attribute name}}
"foo.op"() {

// -----

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a =

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = 1

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = "abc

// -----

// expected-error @+1 {{expected '>' in tensor type}}
"foo.op"() {a = tensor<4xf32

// -----

// expected-error @+1 {{expected '{' to begin a region}}
"foo.op"() (

// -----

// expected-error @+1 {{expected '=' after SSA name}}
%0

// -----

// expected-error @+1 {{expected operation name in quotes}}
%0 =

// -----

// expected-error @+1 {{expected '=' in attribute alias definition}}
#alias

// -----

// expected-error @+1 {{expected '=' in type alias definition}}
!alias
