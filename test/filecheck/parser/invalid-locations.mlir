// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors of the location parser (`loc(...)` after operations, block
// arguments and in attributes), with mlir-opt's messages and positions.

// expected-error @+1 {{expected '(' in location}}
"foo.op"() : () -> () loc "file":1:2

// -----

// expected-error @+1 {{expected location instance}}
"foo.op"() : () -> () loc(42)

// -----

// expected-error @+1 {{expected location instance}}
"foo.op"() : () -> () loc(bogus)

// -----

// expected-error @+1 {{expected ')' in location}}
"foo.op"() : () -> () loc(unknown unknown)

// -----

// expected-error @+1 {{expected integer line number in FileLineColRange}}
"foo.op"() : () -> () loc("file":x)

// -----

// expected-error @+1 {{expected integer column number in FileLineColRange}}
"foo.op"() : () -> () loc("file":1:x)

// -----

// expected-error @+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"foo.op"() : () -> () loc("file":1:2 to x)

// -----

// expected-error @+1 {{expected either integer or `:` post `to` in FileLineColRange}}
"foo.op"() : () -> () loc("file":1:2 to 3)

// -----

// expected-error @+1 {{expected integer column number in FileLineColRange}}
"foo.op"() : () -> () loc("file":1:2 to 3:)

// -----

// expected-error @+1 {{expected ')' after child location of NameLoc}}
"foo.op"() : () -> () loc("name"("file":1:2 x))

// -----

// expected-error @+1 {{expected '(' in callsite location}}
"foo.op"() : () -> () loc(callsite "a":1:1 at "b":2:2)

// -----

// expected-error @+1 {{expected 'at' in callsite location}}
"foo.op"() : () -> () loc(callsite("a":1:1 "b":2:2))

// -----

// expected-error @+1 {{expected ')' in callsite location}}
"foo.op"() : () -> () loc(callsite("a":1:1 at "b":2:2 x))

// -----

// expected-error @+1 {{expected '[' in fused location}}
"foo.op"() : () -> () loc(fused("a":1:1))

// -----

// expected-error @+1 {{expected '>' after fused location metadata}}
"foo.op"() : () -> () loc(fused<"m" "n">["a":1:1])

// -----

// expected-error @+1 {{expected ']' in fused location}}
"foo.op"() : () -> () loc(fused["a":1:1 "b":2:2])

// -----

// expected-error @+1 {{expected location attribute, but got#foo.bar}}
"foo.op"() {a = loc(#foo.bar)} : () -> ()


// -----

// expected-error @+1 {{operation location alias was never defined}}
"foo.op"() : () -> () loc(#undefined)

// -----

"foo.op"() ({
// expected-error @+1 {{expected ')' in location}}
^bb0(%arg0: i32 loc("a":1:1 x)):
  "foo.yield"() : () -> ()
}) : () -> ()
