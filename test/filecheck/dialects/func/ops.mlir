// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// func.func (declarations, visibility, argument and result attributes,
// extra attributes), func.return, func.call, func.call_indirect and
// func.constant, as mlir-opt prints them.

// CHECK-LABEL: func.func private @decl(i32, f32) -> i64
func.func private @decl(i32, f32) -> i64

// CHECK-LABEL: func.func nested @multi(i32) -> (i32, i32)
func.func nested @multi(i32) -> (i32, i32)

// CHECK-LABEL: func.func private @fn_result() -> ((i32) -> i32)
func.func private @fn_result() -> ((i32) -> i32)

// CHECK-LABEL: func.func @arg_attrs(%arg0: i32 {test.a = 1 : i64}, %arg1: f32) -> (i32 {test.r})
func.func @arg_attrs(%x: i32 {test.a = 1}, %y: f32) -> (i32 {test.r}) {
  // CHECK-NEXT: return %arg0 : i32
  return %x : i32
}

// CHECK-LABEL: func.func @with_attrs() attributes {test.flag, test.n = 3 : i64}
func.func @with_attrs() attributes {test.n = 3, test.flag} {
  return
}

// CHECK-LABEL: func.func @calls(
// CHECK-SAME: %[[A:.*]]: i32) -> i32
func.func @calls(%a: i32) -> i32 {
  // CHECK-NEXT: %[[R:.*]]:2 = call @multi(%[[A]]) : (i32) -> (i32, i32)
  // CHECK-NEXT: %[[F:.*]] = constant @id : (i32) -> i32
  // CHECK-NEXT: %[[S:.*]] = call_indirect %[[F]](%[[R]]#1) : (i32) -> i32
  // CHECK-NEXT: return %[[S]] : i32
  %r:2 = func.call @multi(%a) : (i32) -> (i32, i32)
  %f = func.constant @id : (i32) -> i32
  %s = func.call_indirect %f(%r#1) : (i32) -> i32
  func.return %s : i32
}

// CHECK-LABEL: func.func @id(
func.func @id(%a: i32) -> i32 {
  return %a : i32
}
