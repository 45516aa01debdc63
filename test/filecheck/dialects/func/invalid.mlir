// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Verifier errors of func operations, with mlir-opt's messages.

func.func @f() -> i32 {
  // expected-error @+1 {{'func.return' op has 0 operands, but enclosing function (@f) returns 1}}
  return
}

// -----

func.func @f(%a: i64) -> i32 {
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @f}}
  return %a : i64
}

// -----

func.func private @g(i32) -> i32

func.func @f(%a: i64) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'i64' for operand number 0}}
  %0 = call @g(%a) : (i64) -> i32
  return
}

// -----

func.func @f(%a: i32) {
  // expected-error @+1 {{'func.call' op 'nothere' does not reference a valid function}}
  %0 = call @nothere(%a) : (i32) -> i32
  return
}

// -----

func.func private @g(i32) -> i32

func.func @f(%a: i32) {
  // expected-error @+1 {{'func.call' op incorrect number of operands for callee}}
  %0 = call @g() : () -> i32
  return
}

// -----

"test.op"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()
