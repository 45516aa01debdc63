// A function with nested loops, branches, block arguments and memrefs,
// written in the generic form: `bin/tsdl-opt examples/loops.mlir` prints it
// in the dialects' custom syntax (scf.for, memref.load, arith.cmpf...),
// `--mlir-print-op-generic` in the generic form again.
#map = affine_map<(d0)[s0] -> (d0 + s0)>
"builtin.module"() ({
  "func.func"() <{function_type = (memref<16x16xf32>, index) -> f32, sym_name = "sum"}> ({
  ^bb0(%arg0: memref<16x16xf32>, %arg1: index):
    %c0 = "arith.constant"() <{value = 0 : index}> : () -> index
    %c1 = "arith.constant"() <{value = 1 : index}> : () -> index
    %c16 = "arith.constant"() <{value = 16 : index}> : () -> index
    %zero = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
    %sum = "scf.for"(%c0, %c16, %c1, %zero) ({
    ^bb0(%i: index, %acc: f32):
      %row = "scf.for"(%c0, %c16, %c1, %acc) ({
      ^bb0(%j: index, %acc2: f32):
        %x = "memref.load"(%arg0, %i, %j) : (memref<16x16xf32>, index, index) -> f32
        %pos = "arith.cmpf"(%x, %zero) <{fastmath = #arith.fastmath<none>, predicate = 2 : i64}> : (f32, f32) -> i1
        %next = "scf.if"(%pos) ({
          %a = "arith.addf"(%acc2, %x) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
          "scf.yield"(%a) : (f32) -> ()
        }, {
          "scf.yield"(%acc2) : (f32) -> ()
        }) : (i1) -> f32
        "scf.yield"(%next) : (f32) -> ()
      }) : (index, index, index, f32) -> f32
      "scf.yield"(%row) : (f32) -> ()
    }) {tile = #map} : (index, index, index, f32) -> f32
    "func.return"(%sum) : (f32) -> ()
  }) : () -> ()
}) : () -> ()
