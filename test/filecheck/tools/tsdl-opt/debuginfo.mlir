// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-local-scope %s | filecheck %s --check-prefix=LOCAL
// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s --check-prefix=NOINFO

// --mlir-print-debuginfo prints locations: `loc(#locN)` after each
// operation (the aliases follow the module) and `loc(...)` inline after
// block arguments. With --mlir-print-local-scope, locations print inline.
// Without the flag no location is printed.

// CHECK: #{{loc[0-9]+}} = loc("{{.*}}debuginfo.mlir":[[# @LINE + 22]]:6)
// CHECK-NEXT: module {
// CHECK-NEXT: %[[V:.*]] = "foo.def"() : () -> i32 loc(#[[L1:loc[0-9]+]])
// CHECK-NEXT: "foo.region"() ({
// CHECK-NEXT: ^bb0(%{{.*}}: i32 loc("{{.*}}debuginfo.mlir":[[# @LINE + 18]]:6)):
// CHECK-NEXT: "foo.named"() : () -> () loc(#[[L2:loc[0-9]+]])
// CHECK-NEXT: }) : () -> () loc(#[[L3:loc[0-9]+]])
// CHECK-NEXT: } loc(#[[L0:loc[0-9]*]])
// CHECK-NEXT: #[[L0]] = loc("{{.*}}debuginfo.mlir":0:0)
// CHECK-NEXT: #[[L1]] = loc("{{.*}}debuginfo.mlir":[[# @LINE + 11]]:6)
// CHECK-NEXT: #[[L3]] = loc("{{.*}}debuginfo.mlir":[[# @LINE + 11]]:1)
// CHECK-NEXT: #[[CHILD:loc[0-9]+]] = loc("lib.mlir":7:3)
// CHECK-NEXT: #[[L2]] = loc("callee"(#[[CHILD]]))

// LOCAL: %{{.*}} = "foo.def"() : () -> i32 loc("{{.*}}debuginfo.mlir":[[# @LINE + 6]]:6)
// LOCAL: "foo.named"() : () -> () loc("callee"("lib.mlir":7:3))
// LOCAL: } loc("{{.*}}debuginfo.mlir":0:0)

// NOINFO-NOT: loc

%v = "foo.def"() : () -> i32
"foo.region"() ({
^bb0(%arg: i32):
  "foo.named"() : () -> () loc("callee"("lib.mlir":7:3))
}) : () -> ()
