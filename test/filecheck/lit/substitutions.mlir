// Self-test of %s, %S, %t, %T and %% substitutions.
// RUN: echo "file=%s dir=%S" > %t
// RUN: filecheck %s --input-file %t -DFILE=%s -DDIR=%S
// RUN: test -d %T && test "$(dirname %t)" = "%T"
// RUN: echo 100%% | filecheck %s --check-prefix=PCT
// RUN: test "$(pwd)" = "%S"

// CHECK: file=[[FILE]] dir=[[DIR]]{{$}}
// PCT: 100%
