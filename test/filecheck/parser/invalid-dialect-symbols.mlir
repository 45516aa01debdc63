// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors in dialect attributes and types (`#dialect<...>`, `!dialect.name<...>`)
// and in attribute and type aliases, with mlir-opt's messages and positions.

// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
"foo.op"() {a = #foo.bar<1} : () -> ()

// -----

// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
"foo.op"() {a = #foo.bar<<1>]>} : () -> ()

// -----

// expected-error @+1 {{unbalanced '[' character in pretty dialect name}}
"foo.op"() {a = #foo<[1>} : () -> ()

// -----

// expected-error @+1 {{unbalanced '(' character in pretty dialect name}}
"foo.op"() : () -> !foo.t<(1]>

// -----

// expected-error @+1 {{unbalanced '{' character in pretty dialect name}}
"foo.op"() : () -> !foo<{1)>

// -----

// expected-error @+1 {{unbalanced '<' character in pretty dialect name}}
"foo.op"() : () -> !foo.t<

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.op"() {a = #foo<"abc>} : () -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
"foo.op"() {a = #undefined} : () -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
"foo.op"() : () -> !undefined

// -----

#a = 1
// expected-error @+1 {{redefinition of attribute alias id 'a'}}
#a = 2

// -----

!t = i32
// expected-error @+1 {{redefinition of type alias id 't'}}
!t = i64

// -----

// expected-error @+1 {{attribute names with a '.' are reserved for dialect-defined names}}
#a.b = 1

// -----

// expected-error @+1 {{type names with a '.' are reserved for dialect-defined names}}
!a.b = i32

// -----

// expected-error @+1 {{expected '=' in attribute alias definition}}
#a 1

// -----

// expected-error @+1 {{expected '=' in type alias definition}}
!t i32

// -----

// expected-error @+1 {{expected attribute value}}
#a = 

// -----

// expected-error @+1 {{expected non-function type}}
!t = 42

// -----

// An alias is only usable after its definition.
// expected-error @+1 {{undefined symbol alias id 'later'}}
"foo.op"() {a = #later} : () -> ()
#later = 1
