// Distinct attributes: shared identities, renumbering, units.
"foo.a"() {x = distinct[10]<42 : i32>, y = distinct[10]<42 : i32>, z = distinct[3]<42 : i32>} : () -> ()
"foo.b"() {u = distinct[7]<>, v = distinct[7]<>, w = distinct[8]<unit>, n = distinct[2]<{k = [1, 2]}>} : () -> ()
"foo.c"() {again = distinct[3]<42 : i32>, list = [distinct[11]<"s">, distinct[12]<@sym>]} : () -> ()
