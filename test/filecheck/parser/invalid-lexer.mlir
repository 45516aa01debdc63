// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Lexer errors, reported where mlir-opt reports them.

// expected-error @+1 {{unexpected character}}
"foo.op"() : () -> () ;


// -----

// expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.op"() {a = @1} : () -> ()

// -----

// expected-error @+1 {{invalid SSA name}}
"foo.op"(% ) : () -> ()

// -----

// expected-error @+1 {{invalid block name}}
"foo.op"()[^ ] : () -> ()

// -----

// expected-error @+1 {{invalid attribute name}}
"foo.op"() {a = # } : () -> ()

// -----

// expected-error @+1 {{invalid type identifier}}
"foo.op"() : () -> ! 

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = "unterminated} : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "bad \q escape"} : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "bad \1 hex"} : () -> ()

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = "no end

// -----

// expected-error @+1 {{unexpected character}}
"foo.op"() : () -> () $

// -----

// expected-error @+1 {{unexpected character}}
"foo.op"() : () -> () \

// -----

// expected-error @+1 {{invalid SSA name}}
%0 = "foo.op"(%) : (i32) -> i32
