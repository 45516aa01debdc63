// Dashes in identifiers: allowed after `%`, `^`, `#` and `!` (suffix ids),
// not in bare identifiers or bare `@` symbol names (quoted there).
#attr-with-dash = [1, 2]
!type-with-dash = tensor<2xi32>
%value-1 = "foo.def"() {a = #attr-with-dash, t = !type-with-dash} : () -> i32
%-leading = "foo.def"() : () -> !type-with-dash
"foo.region"() ({
^entry-block(%arg-0: i32):
  "foo.br"(%arg-0)[^next-block] : (i32) -> ()
^next-block(%x-y: i32):
  "foo.use"(%x-y, %value-1, %-leading) : (i32, i32, !type-with-dash) -> ()
}) : () -> ()
"foo.symbols"() {a = @"foo-bar", b = @foo::@"bar-baz", c = @_x.y$z, d = #foo.a-b, e = !foo.c-d} : () -> ()
