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

// -----

// A '.' that does not start '...' (lexEllipsis): reported one character
// after the dot.
// expected-error @+1 {{expected three consecutive dots for an ellipsis}}
"foo.op"() {a = .5} : () -> ()

// -----

// expected-error @+1 {{expected three consecutive dots for an ellipsis}}
"foo.op"() {a = ..} : () -> ()

// -----

// Bare `@` names stop at '-' (letters, digits, '_', '$' and '.' only):
// `@foo-bar` is `@foo`, then '-'. A name with '-' must be quoted.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = @foo-bar} : () -> ()

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = @foo::@bar-baz} : () -> ()

// -----

// Bare identifiers stop at '-' too.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a-b = 1} : () -> ()

// -----

// Suffix ids (after '%', '^', '#', '!') take '-': this alias name is
// `#foo-bar`, whole.
// expected-error @+1 {{undefined symbol alias id 'foo-bar'}}
"foo.op"() {a = #foo-bar} : () -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'foo-bar'}}
"foo.op"() : () -> !foo-bar

// -----

// A lone '/' is a token (`//` starts a comment), not an unexpected
// character: the parser reports what it expected there.
// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = /} : () -> ()

// -----

// expected-error @+1 {{expected operation name in quotes}}
"foo.op"() : () -> () /
