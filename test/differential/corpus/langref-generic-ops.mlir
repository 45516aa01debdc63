// Examples of the generic operation form from MLIR's LangRef ("Operations"),
// with unregistered dialects.

// An operation that produces two results; the results of %result can be
// accessed via the <name> `#` <opNo> syntax.
%result:2 = "foo_div"() : () -> (f32, i32)

// Pretty form that generates a unique name for each result.
%foo, %bar = "foo_div"() : () -> (f32, i32)

// Invoke a TensorFlow function called tf.scramble with two inputs
// and an attribute "fruit" stored in properties.
%2 = "tf.scramble"(%result#0, %bar) <{fruit = "banana"}> : (f32, i32) -> f32

// Invoke an operation with some discardable attributes.
%3 = "foo.some_op"(%foo) {fruit = "banana"} : (f32) -> f32

"foo.sink"(%2, %3, %result#1, %foo) : (f32, f32, i32, f32) -> ()
