// Input of verify-diagnostics.mlir: expectations that do not match.

// expected-error @+1 {{this message is not the one}}
"a.op"(%undefined) : (i32) -> ()

// -----

// expected-error @+1 {{nothing goes wrong here}}
"a.fine"() : () -> ()

// -----

// expected-warning @+1 {{wrong severity}}
"a.op"(%x) : (i32) -> ()
