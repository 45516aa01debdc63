// RUN: tsdl-opt %s --split-input-file --verify-diagnostics

// Errors of ub ops, with mlir-opt's messages.

func.func @poison_attr_kind() {
  // expected-error @+1 {{'ub.poison' op attribute 'value' failed to satisfy constraint: PoisonAttrInterface instance}}
  %0 = "ub.poison"() {value = 1 : i32} : () -> i32
  return
}

// -----

func.func @poison_custom_attr_kind() {
  // expected-error @+1 {{custom op 'ub.poison' invalid kind of attribute specified}}
  %0 = ub.poison <1> : i32
  return
}

// -----

func.func @poison_results() {
  // expected-error @+1 {{'ub.poison' op requires one result}}
  "ub.poison"() : () -> ()
  return
}

// -----

func.func @unreachable_not_last() {
  // expected-error @+1 {{'ub.unreachable' op must be the last operation in the parent block}}
  "ub.unreachable"() : () -> ()
  return
}

// -----

func.func @unreachable_operands(%a: i32) {
  // expected-error @+1 {{'ub.unreachable' op requires zero operands}}
  "ub.unreachable"(%a) : (i32) -> ()
}

// -----

func.func @unknown_attr() {
  // expected-error @+1 {{unknown attribute `bogus` in dialect `ub`}}
  "test.op"() {a = #ub.bogus} : () -> ()
  return
}
