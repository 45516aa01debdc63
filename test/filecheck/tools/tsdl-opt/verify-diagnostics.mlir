// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// expected-error @+1 {{use of undeclared SSA value name}}
"a.op"(%x) : (i32) -> ()

// -----

// expected-note @+1 {{prior use here}}
%0 = "a.def"() : () -> i32
// expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
"a.use"(%0) : (i64) -> ()

// -----

"a.ok"() : () -> ()

// -----

// Designators: @above, @below, @+N, @-N, and none (this line).
"a.def"() : () -> ()
// expected-error @below {{use of undeclared SSA value name}}
"a.op"(%y) : (i32) -> ()

// -----

"a.op"(%y) : (i32) -> () // expected-error {{use of undeclared SSA value name}}

// -----

"a.op"(%y) : (i32) -> ()
// expected-error @-1 {{use of undeclared SSA value name}}

// -----

"a.op"(%y) : (i32) -> ()
// expected-error @above {{use of undeclared SSA value name}}

// -----

// Notes are checked too; -re expectations hold regular expressions in
// `{{...}}`.
// expected-note @+1 {{previously defined here}}
%z = "a.def"() : () -> i32
// expected-error-re @+1 {{redefinition of SSA value '%{{[a-z]+}}'}}
%z = "a.def"() : () -> i32

// Mismatches: unexpected diagnostics are reported as they happen,
// unmatched expectations after all chunks, underlined; exit code 1.
// RUN: not tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %S/Inputs/verify-diagnostics-mismatch.mlir 2>&1 | filecheck %s --check-prefix=MISMATCH
// MISMATCH: verify-diagnostics-mismatch.mlir:4:8: error: unexpected error: use of undeclared SSA value name
// MISMATCH-NEXT: "a.op"(%undefined) : (i32) -> ()
// MISMATCH-NEXT: {{^ \^$}}
// MISMATCH-NEXT: verify-diagnostics-mismatch.mlir:14:8: error: unexpected error: use of undeclared SSA value name
// MISMATCH: verify-diagnostics-mismatch.mlir:3:4: error: expected error "this message is not the one" was not produced
// MISMATCH-NEXT: // expected{{-}}error @+1 {{[{][{]}}this message is not the one{{[}][}]}}
// MISMATCH-NEXT: {{^ \^~{26}$}}
// MISMATCH-NEXT: verify-diagnostics-mismatch.mlir:8:4: error: expected error "nothing goes wrong here" was not produced
// MISMATCH: verify-diagnostics-mismatch.mlir:13:4: error: expected warning "wrong severity" was not produced
