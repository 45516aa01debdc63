// Unusual SSA, block and symbol names: numbers, underscores, dollars, dots,
// dashes; result groups `%x:N` used as `%x#i`; the same names in sibling
// regions.
%foo_1 = "foo.def"() : () -> i32
%1 = "foo.def"() : () -> i32
%x.y$z-w = "foo.def"() : () -> i32
%_ = "foo.def"() : () -> i32
%00 = "foo.def"() : () -> i32
%grp:3 = "foo.group"() : () -> (i1, i2, i3)
%a, %b:2, %c = "foo.mixed"() : () -> (f16, f32, f64, index)
"foo.use"(%foo_1, %1, %x.y$z-w, %_, %00, %grp#0, %grp#2, %a, %b#1, %c) : (i32, i32, i32, i32, i32, i1, i3, f16, f64, index) -> ()
"foo.region"() ({
^entry_block(%2: i32, %foo_2: i32):
  "foo.br"(%2)[^bb.2] : (i32) -> ()
^bb.2(%arg: i32):
  "foo.br"(%arg)[^$dollar-dash_block] : (i32) -> ()
^$dollar-dash_block(%0: i32):
  "foo.ret"(%0) : (i32) -> ()
}, {
^entry_block(%2: i32):
  %0 = "foo.def"() : () -> i32
  "foo.ret"(%0, %2) : (i32, i32) -> ()
}) : () -> ()
"foo.symbol"() {sym_name = "with space", other = @"with space"} : () -> ()
