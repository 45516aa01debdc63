// Symbols in nested symbol tables (modules), with visibility, and
// references to them; the same name in different tables.
module @outer {
  "foo.func"() {sym_name = "f"} : () -> ()
  "foo.func"() {sym_name = "g", sym_visibility = "private"} : () -> ()
  module @inner {
    "foo.func"() {sym_name = "f"} : () -> ()
    "foo.call"() {callee = @f, outer = @outer::@f} : () -> ()
  }
  module @"other inner" {
    "foo.func"() {sym_name = "f"} : () -> ()
  }
  "foo.call"() {callee = @inner::@f, quoted = @"other inner"::@f} : () -> ()
}
