// Strided layouts from the builtin dialect docs.
%a = "foo.alloc"() : () -> memref<3x4xf32, strided<[4, 1]>>
%b = "foo.alloc"() : () -> memref<3x4xf32, strided<[4, 1], offset: 2>>
%c = "foo.alloc"() : () -> memref<?x?xf32, strided<[?, ?], offset: ?>>
%d = "foo.alloc"() : () -> memref<4xf32, strided<[-1], offset: 3>>
%e = "foo.alloc"() : () -> memref<2x2xf32, strided<[0, 1]>>
"foo.layouts"() {a = strided<[]>, b = strided<[1], offset: 0>, c = strided<[?, 16, 1], offset: ?>} : () -> ()
