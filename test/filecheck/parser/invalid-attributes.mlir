// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors of the builtin attribute parser, with mlir-opt's messages and positions.

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = } : () -> ()

// -----

// expected-error @+1 {{expected constant integer or floating point value}}
"foo.op"() {a = -foo} : () -> ()

// -----

// expected-error @+1 {{expected attribute name}}
"foo.op"() {= 1} : () -> ()

// -----

// expected-error @+1 {{expected valid attribute name}}
"foo.op"() {"" = 1} : () -> ()

// -----

// expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
"foo.op"() {a = 1, a = 2} : () -> ()

// -----

// expected-error @+1 {{duplicate key 'k' in dictionary attribute}}
"foo.op"() {d = {k, "k" = 2}} : () -> ()

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = 1 b = 2} : () -> ()

// -----

// expected-error @+1 {{expected ',' or ']'}}
"foo.op"() {a = [1 2]} : () -> ()

// -----

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = [1, ]} : () -> ()

// -----

// expected-error @+1 {{expected nested symbol reference identifier}}
"foo.op"() {a = @foo::bar} : () -> ()

// -----

// expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : tensor<4xi32>} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"foo.op"() {a = -1 : ui8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 128 : si8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -129 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -9223372036854775809} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 0x10000000000000000 : i64} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 0x1FF : i8} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.0 : i32} : () -> ()

// -----

// expected-error @+1 {{expected '<' after 'strided'}}
"foo.op"() {a = strided} : () -> ()

// -----

// expected-error @+1 {{expected a 64-bit signed integer or '?'}}
"foo.op"() {a = strided<[x]>} : () -> ()

// -----

// expected-error @+1 {{expected 'offset' after comma}}
"foo.op"() {a = strided<[1], 2>} : () -> ()

// -----

// expected-error @+1 {{expected ':' after 'offset'}}
"foo.op"() {a = strided<[1], offset 2>} : () -> ()

// -----

// expected-error @+1 {{expected ']'}}
"foo.op"() {a = strided<[1 2]>} : () -> ()

// -----

// expected-error @+1 {{expected '>'}}
"foo.op"() {a = strided<[1], offset: 2 3>} : () -> ()

// -----

// expected-error @+1 {{expected '['}}
"foo.op"() {a = strided<1>} : () -> ()

// -----

// expected-error @+1 {{expected '[' after 'distinct'}}
"foo.op"() {a = distinct<1>} : () -> ()

// -----

// expected-error @+1 {{expected distinct ID}}
"foo.op"() {a = distinct[x]<1>} : () -> ()

// -----

// expected-error @+1 {{expected ']' to close distinct ID}}
"foo.op"() {a = distinct[0 1]<1>} : () -> ()

// -----

// expected-error @+1 {{expected '<' after distinct ID}}
"foo.op"() {a = distinct[0]} : () -> ()

// -----

// expected-error @+1 {{expected '>' to close distinct attribute}}
"foo.op"() {a = distinct[0]<1 2>} : () -> ()

// -----

// expected-error @+1 {{referenced attribute does not match previous definition: 1 : i64}}
"foo.op"() {a = distinct[0]<1>, b = distinct[0]<2>} : () -> ()

// -----

// expected-error @+1 {{expected '(' in inline location}}
"foo.op"() {a = loc} : () -> ()

// -----

// expected-error @+1 {{expected ')' in inline location}}
"foo.op"() {a = loc("x" "y")} : () -> ()

// -----

// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
"foo.op"() {a = 1 : f32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
"foo.op"() {a = -0x3F800000 : f32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"foo.op"() {a = 0x123456789 : f32} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 2.0 : index} : () -> ()

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() {a = "str" : } : () -> ()

// -----

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = [1, 2], b = {c = }} : () -> ()

// -----

// The magnitude must fit an int64: -2^63 (MLIR's dynamic marker) is out.
// expected-error @+1 {{expected a 64-bit signed integer or '?'}}
"foo.op"() {a = strided<[-9223372036854775808]>} : () -> ()

// -----

// expected-error @+1 {{expected a 64-bit signed integer or '?'}}
"foo.op"() {a = strided<[1], offset: -x>} : () -> ()

// -----

// expected-error @+1 {{expected '<' in affine map}}
"foo.op"() {a = affine_map(d0) -> (d0)} : () -> ()

// -----

// expected-error @+1 {{expected '>' in affine map}}
"foo.op"() {a = affine_map<(d0) -> (d0)} : () -> ()

// -----

// expected-error @+1 {{expected '<' in integer set}}
"foo.op"() {a = affine_set(d0) : (d0 >= 0)} : () -> ()

// -----

// expected-error @+1 {{expected '>' in integer set}}
"foo.op"() {a = affine_set<(d0) : (d0 >= 0)} : () -> ()
