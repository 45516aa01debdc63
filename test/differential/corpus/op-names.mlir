// Operation names: dialect prefixes with several dots, digits, `$`, `_`,
// `-`, and names that need escapes.
"a.b"() : () -> ()
"my_dialect.op_name"() : () -> ()
"d.x.y.z"() : () -> ()
"d2.op$1"() : () -> ()
"d.op-with-dash"() : () -> ()
"d.UPPER_Case"() : () -> ()
"d.with space"() : () -> ()
"d.q\"uote"() : () -> ()
"d.tab\there"() : () -> ()
