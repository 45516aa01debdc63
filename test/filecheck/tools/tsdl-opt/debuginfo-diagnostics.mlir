// RUN: cd %S && not tsdl-opt --allow-unregistered-dialect --split-input-file --mlir-print-debuginfo debuginfo-diagnostics.mlir 2>&1 | filecheck %s
// RUN: cd %S && not tsdl-opt --allow-unregistered-dialect --split-input-file debuginfo-diagnostics.mlir 2>&1 | filecheck %s --check-prefix=NOINFO
// RUN: cd %S && not tsdl-opt --allow-unregistered-dialect --split-input-file --mlir-print-elementsattrs-with-hex-if-larger=2 debuginfo-diagnostics.mlir 2>&1 | filecheck %s --check-prefix=HEX

// With --mlir-print-debuginfo, operations quoted in diagnostics (the "see
// current operation" note, messages that print an operation) end with their
// location, as mlir-opt prints them: inline, never as a #loc alias (local
// scope), on nested operations and block arguments too. The hex threshold
// reaches them as well. Without the flags, no location and decimal
// elements. The file is read by a relative name (cd %S), so that locations
// written here can name it. mlir-opt 22 prints its diagnostics byte for byte
// as tsdl does, with and without the flags (test/unit/differential).

// CHECK: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 6]]:8: error: 'arith.extsi' op operand type 'i32' and result type 'i16' are cast incompatible
// CHECK-NEXT: {{^}}  %0 = arith.extsi %a : i32 to i16
// CHECK-NEXT: {{^}}       ^
// CHECK-NEXT: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 3]]:8: note: see current operation: %0 = "arith.extsi"(%arg0) : (i32) -> i16 loc("debuginfo-diagnostics.mlir":[[# @LINE + 3]]:8){{$}}
// NOINFO: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 2]]:8: note: see current operation: %0 = "arith.extsi"(%arg0) : (i32) -> i16{{$}}
func.func @cast(%a: i32) {
  %0 = arith.extsi %a : i32 to i16
  return
}

// -----

// A location given through an alias prints inline.
#named = loc("kernel"("lib.c":3:4))
func.func @alias(%a: i32) {
  // CHECK: lib.c:3:4: error: 'arith.extsi' op operand type 'i32' and result type 'i16' are cast incompatible
  // CHECK-NEXT: lib.c:3:4: note: see current operation: %0 = "arith.extsi"(%arg0) : (i32) -> i16 loc("kernel"("lib.c":3:4)){{$}}
  %0 = arith.extsi %a : i32 to i16 loc(#named)
  return
}

// -----

// Nested operations and block arguments: each with its location (an
// argument without one has where it was written).
func.func @nested(%a: i32) {
  // CHECK: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 10]]:3: error: 'scf.execute_region' op along control flow edge
  // CHECK: note: see current operation: {{$}}
  // CHECK-NEXT: {{^}}%0 = "scf.execute_region"() ({
  // CHECK-NEXT: {{^}}  "test.region"() ({
  // CHECK-NEXT: {{^}}  ^bb0(%arg1: f32 loc("arg.c":1:1), %arg2: f32 loc("debuginfo-diagnostics.mlir":[[# @LINE + 8]]:36)):
  // CHECK-NEXT: {{^}}    "test.end"() : () -> () loc(unknown)
  // CHECK-NEXT: {{^}}  }) : () -> () loc("debuginfo-diagnostics.mlir":[[# @LINE + 5]]:5)
  // CHECK-NEXT: {{^}}  "scf.yield"(%arg0) : (i32) -> () loc("yield.c":2:2)
  // CHECK-NEXT: {{^}}}) : () -> i64 loc("debuginfo-diagnostics.mlir":[[# @LINE + 2]]:3){{$}}
  // CHECK-NEXT: yield.c:2:2: note: region branch point
  "scf.execute_region"() ({
    "test.region"() ({
    ^bb0(%x: f32 loc("arg.c":1:1), %y: f32):
      "test.end"() : () -> () loc(unknown)
    }) : () -> ()
    "scf.yield"(%a) : (i32) -> () loc("yield.c":2:2)
  }) : () -> i64
  return
}

// -----

// A message that quotes an operation prints it with its location too.
func.func @no_terminator(%a: i32) {
  // CHECK: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 3]]:10: error: block with no terminator, has %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32 loc("debuginfo-diagnostics.mlir":[[# @LINE + 3]]:10){{$}}
  // NOINFO: error: block with no terminator, has %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32{{$}}
  "scf.execute_region"() ({
    %0 = arith.addi %a, %a : i32
  }) : () -> ()
  return
}

// -----

// A call-site location: "called from" notes follow the error (here through
// a name), not the note, which shows its source line again (the location
// before it is the caller's).
func.func @call_site(%a: i32) {
  // CHECK: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 8]]:8: error: 'arith.extsi' op
  // CHECK-NEXT: {{^}}  %0 = arith.extsi
  // CHECK-NEXT: {{^}}       ^
  // CHECK-NEXT: caller.c:5:5: note: called from
  // CHECK-NEXT: {{^}}debuginfo-diagnostics.mlir:[[# @LINE + 4]]:8: note: see current operation: %0 = "arith.extsi"(%arg0) : (i32) -> i16 loc("f"(callsite("debuginfo-diagnostics.mlir":[[# @LINE + 4]]:8 at "caller.c":5:5))){{$}}
  // CHECK-NEXT: {{^}}  %0 = arith.extsi
  // CHECK-NEXT: {{^}}       ^
  // CHECK-NOT: called from
  %0 = arith.extsi %a : i32 to i16 loc("f"(callsite("debuginfo-diagnostics.mlir":86:8 at "caller.c":5:5)))
  return
}

// -----

func.func @hex() {
  // HEX: note: see current operation: %0 = "arith.constant"() <{value = dense<"0x0100000002000000030000000400000005000000"> : tensor<5xi32>}> : () -> tensor<5xi64>{{$}}
  // NOINFO: note: see current operation: %0 = "arith.constant"() <{value = dense<[1, 2, 3, 4, 5]> : tensor<5xi32>}> : () -> tensor<5xi64>{{$}}
  // CHECK: note: see current operation: %0 = "arith.constant"() <{value = dense<[1, 2, 3, 4, 5]> : tensor<5xi32>}> : () -> tensor<5xi64> loc(
  %0 = "arith.constant"() <{value = dense<[1, 2, 3, 4, 5]> : tensor<5xi32>}> : () -> tensor<5xi64>
  return
}
