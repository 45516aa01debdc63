// Forward references: across blocks (dominance holds) and in graph regions.
"foo.func"() ({
  "foo.br"()[^def] : () -> ()
^use:
  "foo.use"(%late) : (i64) -> ()
  "foo.return"() : () -> ()
^def:
  %late = "foo.def"() : () -> i64
  "foo.br"()[^use] : () -> ()
}) : () -> ()
%cycle_a = "foo.node"(%cycle_b) : (i32) -> i32
%cycle_b = "foo.node"(%cycle_a) : (i32) -> i32
%self = "foo.node"(%self) : (i32) -> i32
