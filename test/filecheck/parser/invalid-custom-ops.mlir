// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors in the custom forms of builtin.module and
// builtin.unrealized_conversion_cast, and custom operations that do not
// exist; with mlir-opt's messages.

// expected-error @+1 {{custom op 'bogus' is unknown (tried 'builtin.bogus' as well)}}
bogus

// -----

// expected-error @+1 {{custom op 'builtin.bogus' is unknown}}
builtin.bogus

// -----

// expected-error @+2 {{Dialect `foo' not found for custom op 'foo.op'}}
// expected-note @+1 {{for more info on dialect registration see https://mlir.llvm.org/getting_started/Faq/#registered-loaded-dependent-whats-up-with-dialects-management}}
foo.op() : () -> ()

// -----

// The note lists the dialects as "Available dialects: ..." (MLIR 22).
// expected-error @+2 {{Dialect `foo' not found for custom op 'foo.op'}}
// expected-note @+1 {{Available dialects: }}
foo.op() : () -> ()

// -----

module {
  // Nested custom ops are looked up in the enclosing op's default dialect.
  // expected-error @+1 {{custom op 'nope' is unknown (tried 'builtin.nope' as well)}}
  nope
}

// -----

// expected-error @+1 {{expected '{' to begin a region}}
module @name

// -----

// expected-error @+1 {{expected attribute name}}
module attributes {

// -----

// expected-error @+1 {{expected '{' to begin a region}}
module @a @b {
}

// -----

// expected-error @+1 {{expected '{' to begin a region}}
module attributes {} ( {
}

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+1 {{custom op 'builtin.unrealized_conversion_cast' expected 'to'}}
%1 = unrealized_conversion_cast %0 : i32 into i64

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+1 {{expected ':'}}
%1 = unrealized_conversion_cast %0 to i64

// -----

%0 = "foo.def"() : () -> i32
// expected-error @+1 {{custom op 'builtin.unrealized_conversion_cast' number of operands and types do not match: got 1 operands and 2 types}}
%1 = unrealized_conversion_cast %0 : i32, i32 to i64

// -----

// expected-note @+1 {{prior use here}}
%0 = "foo.def"() : () -> i32
// expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
%1 = unrealized_conversion_cast %0 : i64 to i64

// -----

// expected-error @+1 {{expected non-function type}}
%1 = unrealized_conversion_cast to

// -----

// expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
%1:2 = unrealized_conversion_cast to i64
