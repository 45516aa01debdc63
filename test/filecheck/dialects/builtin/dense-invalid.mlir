// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors of dense<...>, sparse<...> and array<...> attributes, with mlir-opt's
// messages (one per message; dense-golden/golden.json has them all with columns).

// expected-error @+1 {{integer constant out of range for type}}
"t.op"() {a = dense<2> : tensor<2xi1>} : () -> ()

// -----

// expected-error @+1 {{expected integer elements, but parsed floating-point}}
"t.op"() {a = dense<1.5> : tensor<2xi1>} : () -> ()

// -----

// expected-error @+1 {{expected string containing hex digits starting with `0x`}}
"t.op"() {a = dense<"str"> : tensor<2xi1>} : () -> ()

// -----

// expected-error @+1 {{expected i1 type for 'true' or 'false' values}}
"t.op"() {a = dense<true> : tensor<2xi3>} : () -> ()

// -----

// expected-error @+1 {{expected unsigned integer elements, but parsed negative value}}
"t.op"() {a = dense<-2> : tensor<2xui1>} : () -> ()

// -----

// expected-note @+2 {{add a trailing dot to make the literal a float}}
// expected-error @+1 {{unexpected decimal integer literal for a floating point value}}
"t.op"() {a = dense<1> : tensor<2xf16>} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
"t.op"() {a = dense<-0x1> : tensor<2xf16>} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"t.op"() {a = dense<0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF> : tensor<2xf16>} : () -> ()

// -----

// expected-error @+1 {{expected floating point literal}}
"t.op"() {a = dense<true> : tensor<2xf16>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<i8>>') expected 4 elements}}
"t.op"() {a = dense<[1, 1]> : tensor<2xcomplex<i8>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<i8>') expected 2 elements}}
"t.op"() {a = dense<1> : tensor<2xcomplex<i8>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<i8>') expected 2 elements}}
"t.op"() {a = dense<((1, 1), 1)> : tensor<2xcomplex<i8>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<i32>>') expected 4 elements}}
"t.op"() {a = dense<[1, 1]> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<i32>') expected 2 elements}}
"t.op"() {a = dense<1> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<i32>') expected 2 elements}}
"t.op"() {a = dense<((1, 1), 1)> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<ui16>>') expected 4 elements}}
"t.op"() {a = dense<[1, 1]> : tensor<2xcomplex<ui16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<ui16>') expected 2 elements}}
"t.op"() {a = dense<1> : tensor<2xcomplex<ui16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<ui16>') expected 2 elements}}
"t.op"() {a = dense<((1, 1), 1)> : tensor<2xcomplex<ui16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<si64>>') expected 4 elements}}
"t.op"() {a = dense<[1, 1]> : tensor<2xcomplex<si64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<si64>') expected 2 elements}}
"t.op"() {a = dense<1> : tensor<2xcomplex<si64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<si64>') expected 2 elements}}
"t.op"() {a = dense<((1, 1), 1)> : tensor<2xcomplex<si64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<f16>>') expected 4 elements}}
"t.op"() {a = dense<[1.5, 1.5]> : tensor<2xcomplex<f16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<f16>') expected 2 elements}}
"t.op"() {a = dense<1.5> : tensor<2xcomplex<f16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<f16>') expected 2 elements}}
"t.op"() {a = dense<((1.5, 1.5), 1.5)> : tensor<2xcomplex<f16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<f32>>') expected 4 elements}}
"t.op"() {a = dense<[1.5, 1.5]> : tensor<2xcomplex<f32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<f32>') expected 2 elements}}
"t.op"() {a = dense<1.5> : tensor<2xcomplex<f32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<f32>') expected 2 elements}}
"t.op"() {a = dense<((1.5, 1.5), 1.5)> : tensor<2xcomplex<f32>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<f64>>') expected 4 elements}}
"t.op"() {a = dense<[1.5, 1.5]> : tensor<2xcomplex<f64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<f64>') expected 2 elements}}
"t.op"() {a = dense<1.5> : tensor<2xcomplex<f64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<f64>') expected 2 elements}}
"t.op"() {a = dense<((1.5, 1.5), 1.5)> : tensor<2xcomplex<f64>>} : () -> ()

// -----

// expected-error @+1 {{parsed 2 elements, but type ('tensor<2xcomplex<bf16>>') expected 4 elements}}
"t.op"() {a = dense<[1.5, 1.5]> : tensor<2xcomplex<bf16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 1 elements, but type ('complex<bf16>') expected 2 elements}}
"t.op"() {a = dense<1.5> : tensor<2xcomplex<bf16>>} : () -> ()

// -----

// expected-error @+1 {{parsed 3 elements, but type ('complex<bf16>') expected 2 elements}}
"t.op"() {a = dense<((1.5, 1.5), 1.5)> : tensor<2xcomplex<bf16>>} : () -> ()

// -----

// expected-error @+1 {{expected ')' after complex elements}}
"t.op"() {a = dense<(1, 2, 3)> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{expected ',' between complex elements}}
"t.op"() {a = dense<(1 2)> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{expected element literal of primitive type}}
"t.op"() {a = dense<(1, )> : tensor<2xcomplex<i32>>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<2xi8>'}}
"t.op"() {a = dense<"0x"> : tensor<2xi8>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<2xf4E2M1FN>'}}
"t.op"() {a = dense<"0x0F000F00"> : tensor<2xf4E2M1FN>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<9xi1>'}}
"t.op"() {a = dense<"0x01"> : tensor<9xi1>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<0xi1>'}}
"t.op"() {a = dense<"0x01"> : tensor<0xi1>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<150xi1>'}}
"t.op"() {a = dense<"0x00254A6F94B9DE03284D7297BCE1062B50759ABF"> : tensor<150xi1>} : () -> ()

// -----

// expected-error @+1 {{parsed zero elements, but type ('tensor<2x!t.s>') expected at least 1}}
"t.op"() {a = dense<> : tensor<2x!t.s>} : () -> ()

// -----

// expected-error @+1 {{expected string token, got 1}}
"t.op"() {a = dense<["a", 1]> : tensor<2x!t.s>} : () -> ()

// -----

// expected-error @+1 {{expected string token, got 1.5}}
"t.op"() {a = dense<["a", -1.5]> : tensor<2x!t.s>} : () -> ()

// -----

// expected-error @+1 {{expected string token, got true}}
"t.op"() {a = dense<[true, "a"]> : tensor<2x!t.s>} : () -> ()

// -----

// expected-error @+1 {{invalid tensor element type}}
"t.op"() {a = dense<["a", "b"]> : tensor<2xnone>} : () -> ()

// -----

// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
"t.op"() {a = dense<["a", "b"]> : vector<2x!t.s>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([2]) does not match type ([3])}}
"t.op"() {a = dense<["a", "b"]> : tensor<3x!t.s>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([2, 3]) does not match type ([3, 2])}}
"t.op"() {a = dense<[[1, 2, 3], [4, 5, 6]]> : tensor<3x2xi32>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([2, 2]) does not match type ([4])}}
"t.op"() {a = dense<[[1, 2], [3, 4]]> : tensor<4xi32>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([4]) does not match type ([2, 2])}}
"t.op"() {a = dense<[1, 2, 3, 4]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([0]) does not match type ([0, 3])}}
"t.op"() {a = dense<[]> : tensor<0x3xi32>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([0]) does not match type ([2])}}
"t.op"() {a = dense<[]> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{parsed zero elements, but type ('tensor<2xi32>') expected at least 1}}
"t.op"() {a = dense<> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{parsed zero elements, but type ('tensor<i32>') expected at least 1}}
"t.op"() {a = dense<> : tensor<i32>} : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([1]) does not match type ([])}}
"t.op"() {a = dense<[1]> : tensor<i32>} : () -> ()

// -----

// expected-error @+1 {{tensor literal is invalid; ranks are not consistent between elements}}
"t.op"() {a = dense<[1, [2]]> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected ']'}}
"t.op"() {a = dense<[1 2]> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected integer or floating point literal}}
"t.op"() {a = dense<-x> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected '>'}}
"t.op"() {a = dense<1 : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected ':'}}
"t.op"() {a = dense<1> tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{elements literal must be a shaped type}}
"t.op"() {a = dense<1> : i32} : () -> ()

// -----

// expected-error @+1 {{elements literal type must have static shape}}
"t.op"() {a = dense<1> : tensor<?xi32>} : () -> ()

// -----

// expected-error @+1 {{expected non-function type}}
"t.op"() {a = dense<1> : } : () -> ()

// -----

// expected-error @+1 {{inferred shape of elements literal ([2]) does not match type ([2, 1])}}
"t.op"() {a = dense<[1.0, 2.0]> : tensor<2x1xf32>} : () -> ()

// -----

// expected-error @+1 {{expected 'true' or 'false' values for i1 type}}
"t.op"() {a = array<i1: true, false, 1, 0>} : () -> ()

// -----

// expected-error @+1 {{element type bitwidth must be a multiple of 8}}
"t.op"() {a = array<i3: 1>} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range}}
"t.op"() {a = array<i8: 256>} : () -> ()

// -----

// expected-error @+1 {{expected '>' to close an array attribute}}
"t.op"() {a = array<i1: true 2>} : () -> ()

// -----

// expected-error @+1 {{expected integer literal}}
"t.op"() {a = array<i8: 1.5>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: 'none'}}
"t.op"() {a = array<none: 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: 'tensor<2xi32>'}}
"t.op"() {a = array<tensor<2xi32>: 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: 'complex<f32>'}}
"t.op"() {a = array<complex<f32>: 1.0>} : () -> ()

// -----

// expected-error @+1 {{expected ':' after dense array type}}
"t.op"() {a = array<i32 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: '(i32) -> i32'}}
"t.op"() {a = array<(i32) -> i32: 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: '!t.x'}}
"t.op"() {a = array<!t.x: 1>} : () -> ()

// -----

// expected-error @+1 {{sparse index #0 is not contained within the value shape, with index=[0, 2], and type='tensor<2x2xi32>'}}
"t.op"() {a = sparse<[[0, 2]], [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{sparse index #0 is not contained within the value shape, with index=[0, 18446744073709551615], and type='tensor<2x2xi32>'}}
"t.op"() {a = sparse<[[0, -1]], [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{sparse index #1 is not contained within the value shape, with index=[0, 3], and type='tensor<2x2xi32>'}}
"t.op"() {a = sparse<[[1, 0], [0, 3]], [5, 6]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{sparse index #0 is not contained within the value shape, with index=[5, 5], and type='tensor<2x2xi32>'}}
"t.op"() {a = sparse<5, [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected shape ([2, 2]); inferred shape of indices literal ([1, 3]); inferred shape of values literal ([1])}}
"t.op"() {a = sparse<[[0, 1, 2]], [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected shape ([2, 2]); inferred shape of indices literal ([1, 2]); inferred shape of values literal ([2])}}
"t.op"() {a = sparse<[[0, 1]], [5, 6]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected 1-d tensor for sparse element values}}
"t.op"() {a = sparse<[[0, 1]], [[5]]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected shape ([2, 2]); inferred shape of indices literal ([2]); inferred shape of values literal ([2])}}
"t.op"() {a = sparse<[0, 1], [5, 6]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected shape ([2, 2]); inferred shape of indices literal ([1, 1, 2]); inferred shape of values literal ([1])}}
"t.op"() {a = sparse<[[[0, 1]]], [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected ','}}
"t.op"() {a = sparse<[[0, 1]] [5]> : tensor<2x2xi32>} : () -> ()

// -----

// expected-error @+1 {{elements hex data size is invalid for provided type: 'tensor<1xi32>'}}
"t.op"() {a = sparse<[[0, 1]], "0x01"> : tensor<2x2xi32>} : () -> ()
