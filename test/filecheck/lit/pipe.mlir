// Self-test of the lit runner: a pipeline into our FileCheck, with regex,
// variables and a continued RUN line. (`%%%%` reaches printf as `%%`.)
// RUN: printf 'func @f(%%%%arg0: i32)\n  %%%%0 = addi %%%%arg0, %%%%arg0 : i32\n' \
// RUN:   | filecheck %s

// CHECK-LABEL: func @f(
// CHECK-SAME: %[[ARG:.*]]: i32)
// CHECK-NEXT: %{{[0-9]+}} = addi %[[ARG]], %[[ARG]] : i32
