// Affine maps from MLIR's LangRef and Affine dialect docs, as attributes and
// memref layouts, and integer sets.
#map2d = affine_map<(d0, d1) -> (d0 + d1, d0 - d1)>
#tiled = affine_map<(d0, d1) -> (d0 floordiv 32, d1 floordiv 64, d0 mod 32, d1 mod 64)>
#strided = affine_map<(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)>
#set = affine_set<(d0, d1)[s0] : (d0 - 10 >= 0, s0 - d0 - 9 >= 0, d1 - 10 >= 0, s0 - d1 - 9 >= 0)>
"foo.maps"() {a = #map2d, b = #tiled, c = #strided, d = affine_map<() -> (0)>, e = affine_map<(d0) -> (d0 ceildiv 4)>, f = affine_map<(i, j)[N] -> (i * N + j)>} : () -> ()
"foo.sets"() {s = #set, t = affine_set<(d0) : (d0 == 0)>, u = affine_set<()[s0] : (s0 >= 0, -s0 + 100 >= 0)>} : () -> ()
%m = "foo.alloc"() : () -> memref<64x128xf32, #tiled>
%n = "foo.alloc"() : () -> memref<16x16xf32, affine_map<(d0, d1) -> (d1, d0)>, 1>
"foo.use"(%m, %n) : (memref<64x128xf32, #tiled>, memref<16x16xf32, affine_map<(d0, d1) -> (d1, d0)>, 1>) -> ()
