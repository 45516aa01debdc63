// XFAIL: *
// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// BUG (src/parse/operation-parser.ts, parseTrailingLocation and finalize):
// an operation location `loc(#alias)` whose alias is not a location is
// reported as "expected location, but found 'attr'" (the alias name, with
// or without '#'); mlir-opt prints the attribute the alias stands for:
// "expected location, but found '42 : i64'". Remove the XFAIL line once fixed.

#attr = 42
// expected-error @+1 {{expected location, but found '42 : i64'}}
"foo.op"() : () -> () loc(#attr)

// -----

// expected-error @+1 {{expected location, but found '"not a location"'}}
"foo.op"() : () -> () loc(#late)
#late = "not a location"
