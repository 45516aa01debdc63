// Affine expressions that MLIR simplifies and reorders when it builds them.
"foo.simplify"() {
  a = affine_map<(d0) -> (d0 + 0, d0 * 1, 0 * d0, 2 + 3)>,
  b = affine_map<(d0, d1) -> (d1 + d0, 3 + d0, d0 * 2 * 3)>,
  c = affine_map<(d0)[s0] -> (s0 + d0, (d0 + 1) * 2, -(d0 - s0))>,
  d = affine_map<(d0) -> (d0 mod 1, d0 floordiv 1, d0 ceildiv 1, 7 mod 3, -7 floordiv 2, -7 ceildiv 2)>,
  e = affine_map<(d0, d1, d2) -> (d0 * 4 + d1 * 2 + d2, (d0 * 4) floordiv 2, (d0 * 4) mod 2)>,
  f = affine_map<(d0)[s0, s1] -> (d0 * s0, s0 * s1, d0 floordiv s0, d0 mod s1)>
} : () -> ()
