// scf-like nested regions with an unregistered dialect: loops with
// iteration arguments, conditionals with two regions, yields.
%lb = "myscf.const"() {value = 0 : index} : () -> index
%ub = "myscf.const"() {value = 10 : index} : () -> index
%step = "myscf.const"() {value = 1 : index} : () -> index
%init = "myscf.const"() {value = 0.0 : f32} : () -> f32
%res:2 = "myscf.for"(%lb, %ub, %step, %init, %init) ({
^bb0(%iv: index, %a: f32, %b: f32):
  %c = "myscf.cmp"(%iv, %step) {predicate = "eq"} : (index, index) -> i1
  %x, %y = "myscf.if"(%c) ({
    "myscf.yield"(%b, %a) : (f32, f32) -> ()
  }, {
    %s = "myscf.add"(%a, %b) : (f32, f32) -> f32
    "myscf.yield"(%s, %s) : (f32, f32) -> ()
  }) : (i1) -> (f32, f32)
  "myscf.yield"(%x, %y) : (f32, f32) -> ()
}) : (index, index, index, f32, f32) -> (f32, f32)
"myscf.print"(%res#0, %res#1) : (f32, f32) -> ()
