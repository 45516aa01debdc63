// RUN: not tsdl-opt --allow-unregistered-dialect %s 2>&1 | filecheck %s

// A bare `@` name stops at '-' (MLIR's lexAtIdentifier takes letters,
// digits, '_', '$' and '.'), so `@foo-bar` is `@foo` followed by '-', and
// mlir-opt rejects this input; a name with '-' must be quoted:
// `@"foo-bar"` (see symbol-ref-attrs.mlir). More lexer cases are in
// test/filecheck/parser/invalid-lexer.mlir.

// CHECK: symbol-ref-attrs-invalid.mlir:[[# @LINE + 1]]:21: error: expected '}' in attribute dictionary
"foo.op"() {a = @foo-bar} : () -> ()
