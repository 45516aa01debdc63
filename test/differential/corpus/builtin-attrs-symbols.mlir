// Symbol references, flat and nested, bare and quoted; symbols in modules.
module @lib {
  "foo.func"() {sym_name = "f", sym_visibility = "private"} : () -> ()
  module @inner {
    "foo.func"() {sym_name = "g"} : () -> ()
  }
}
"foo.call"() {callee = @lib::@f, deep = @lib::@inner::@g, quoted = @"with space", escaped = @"quote\"d"::@"x", under = @_1$a.b} : () -> ()
