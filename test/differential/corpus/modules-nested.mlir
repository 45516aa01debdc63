// Nested modules in the custom and generic forms, with names, attributes
// and visibility.
module @top attributes {foo.version = 3 : i32, foo.flag} {
  module {
  }
  module @a {
    "foo.op"() : () -> ()
  }
  "builtin.module"() <{sym_name = "b", sym_visibility = "private"}> ({
    module @"quoted name" attributes {sym_visibility = "nested"} {
      "foo.leaf"() : () -> ()
    }
  }) {foo.x = "y"} : () -> ()
  builtin.module @c {
  }
}
