// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// ub.poison elides its default #ub.poison attribute; ub.unreachable ends a block.

// CHECK-LABEL: func.func @poison
func.func @poison() -> (i32, vector<4xf32>, index) {
  // CHECK: %[[A:.+]] = ub.poison : i32
  %0 = ub.poison : i32
  // CHECK: %[[B:.+]] = ub.poison : vector<4xf32>
  %1 = ub.poison <#ub.poison> : vector<4xf32>
  // CHECK: %[[C:.+]] = ub.poison {tag} : index
  %2 = ub.poison {tag} <#ub.poison<>> : index
  // CHECK: return %[[A]], %[[B]], %[[C]] : i32, vector<4xf32>, index
  return %0, %1, %2 : i32, vector<4xf32>, index
}

// CHECK-LABEL: func.func @unreachable
func.func @unreachable() {
  // CHECK: ub.unreachable{{$}}
  ub.unreachable
}

// CHECK-LABEL: func.func @unreachable_attrs
func.func @unreachable_attrs() {
  // CHECK: ub.unreachable {reason = "dead"}
  ub.unreachable {reason = "dead"}
}

// CHECK-LABEL: func.func @poison_attr
func.func @poison_attr() {
  // CHECK: "test.op"() {a = #ub.poison, b = #ub.poison} : () -> ()
  "test.op"() {a = #ub.poison, b = #ub.poison<>} : () -> ()
  return
}
