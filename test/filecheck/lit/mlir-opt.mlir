// Self-test: mlir-opt resolves through LLVM's bin directory on PATH.
// REQUIRES: mlir-opt
// RUN: mlir-opt %s | filecheck %s
// RUN: mlir-opt %s | FileCheck %s

// CHECK-LABEL: func.func @f(
// CHECK-SAME: %[[A:.*]]: i32) -> i32
// CHECK-NEXT: return %[[A]] : i32
func.func @f(%a: i32) -> i32 {
  return %a : i32
}
