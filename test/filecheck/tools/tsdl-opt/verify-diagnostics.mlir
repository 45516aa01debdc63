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
