// RUN: not tsdl-opt --split-input-file %s 2>&1 | filecheck %s

// An unknown mnemonic of a dialect attribute is reported at the mnemonic,
// in the pretty and in the verbose form, as mlir-opt does.

// CHECK: unknown-attribute.mlir:[[# @LINE + 2]]:27: error: unknown attribute `nope` in dialect `arith`
func.func @pretty() {
  "test.op"() {x = #arith.nope<1>} : () -> ()
  return
}

// -----

// CHECK: unknown-attribute.mlir:[[# @LINE + 2]]:27: error: unknown attribute `nope` in dialect `arith`
func.func @verbose() {
  "test.op"() {x = #arith<nope 1>} : () -> ()
  return
}
