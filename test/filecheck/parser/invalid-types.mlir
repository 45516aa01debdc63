// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors of the builtin type parser, with mlir-opt's messages and positions.

// expected-error @+1 {{expected non-function type}}
"foo.op"() {a = vector<4x>} : () -> ()

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() {a = (i32) -> ,} : () -> ()

// -----

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
"foo.op"() {a = i16777216} : () -> ()

// -----

// expected-error @+1 {{invalid integer width}}
"foo.op"() {a = si99999999999} : () -> ()

// -----

// expected-error @+1 {{invalid element type for complex}}
"foo.op"() {a = complex<index>} : () -> ()

// -----

// expected-error @+1 {{expected '<' in complex type}}
"foo.op"() {a = complex} : () -> ()

// -----

// expected-error @+1 {{expected '>' in complex type}}
"foo.op"() {a = complex<f32, f32>} : () -> ()

// -----

// expected-error @+1 {{expected '<' in tuple type}}
"foo.op"() {a = tuple} : () -> ()

// -----

// expected-error @+1 {{expected '>' in tuple type}}
"foo.op"() {a = tuple<i32 i32>} : () -> ()

// -----

// expected-error @+1 {{expected '->' in function type}}
"foo.op"() {a = (i32)} : () -> ()

// -----

// expected-error @+1 {{expected ')'}}
"foo.op"() {a = (i32 i32) -> ()} : () -> ()

// -----

// expected-error @+1 {{expected 'x' in dimension list}}
"foo.op"() {a = tensor<4 f32>} : () -> ()

// -----

// expected-error @+1 {{expected '<' in vector type}}
"foo.op"() {a = vector} : () -> ()

// -----

// expected-error @+1 {{vector types must have positive constant sizes but got 0}}
"foo.op"() {a = vector<0xf32>} : () -> ()

// -----

// A `?` is not a vector dimension: it is taken for the element type.
// expected-error @+1 {{expected non-function type}}
"foo.op"() {a = vector<?xf32>} : () -> ()

// -----

// expected-error @+1 {{invalid dimension}}
"foo.op"() {a = vector<[?]xf32>} : () -> ()

// -----

// expected-error @+1 {{missing ']' closing scalable dimension}}
"foo.op"() {a = vector<[4xf32>} : () -> ()

// -----

// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
"foo.op"() {a = vector<4xtensor<4xf32>>} : () -> ()

// -----

// expected-error @+1 {{expected '>' in vector type}}
"foo.op"() {a = vector<4xf32} : () -> ()

// -----

// expected-error @+1 {{expected '<' in tensor type}}
"foo.op"() {a = tensor} : () -> ()

// -----

// expected-error @+1 {{invalid tensor element type}}
"foo.op"() {a = tensor<4xnone>} : () -> ()

// -----

// expected-error @+1 {{cannot apply encoding to unranked tensor}}
"foo.op"() {a = tensor<*xf32, "enc">} : () -> ()

// -----

// expected-error @+1 {{expected '>' in tensor type}}
"foo.op"() {a = tensor<4xf32, "enc", "x">} : () -> ()

// -----

// expected-error @+1 {{expected 'x' in dimension list}}
"foo.op"() {a = tensor<*f32>} : () -> ()

// -----

// expected-error @+1 {{invalid dimension}}
"foo.op"() {a = tensor<9223372036854775808xf32>} : () -> ()

// -----

// expected-error @+1 {{expected '<' in memref type}}
"foo.op"() {a = memref} : () -> ()

// -----

// expected-error @+1 {{invalid memref element type}}
"foo.op"() {a = memref<4xtensor<4xf32>>} : () -> ()

// -----

// expected-error @+1 {{multiple memory spaces specified in memref type}}
"foo.op"() {a = memref<4xf32, 1, 2>} : () -> ()

// -----

// expected-error @+1 {{expected memory space to be last in memref type}}
"foo.op"() {a = memref<4xf32, 1, affine_map<(d0) -> (d0)>>} : () -> ()

// -----

// expected-error @+1 {{cannot have affine map for unranked memref type}}
"foo.op"() {a = memref<*xf32, affine_map<(d0) -> (d0)>>} : () -> ()

// -----

// expected-error @+1 {{memref layout mismatch between rank and affine map: 2 != 1}}
"foo.op"() {a = memref<4x4xf32, affine_map<(d0) -> (d0)>>} : () -> ()

// -----

// expected-error @+1 {{expected the number of strides to match the rank}}
"foo.op"() {a = memref<4x4xf32, strided<[1]>>} : () -> ()

// -----

// expected-error @+1 {{expected ',' or '>' in memref type}}
"foo.op"() {a = memref<4xf32 1>} : () -> ()

// -----

// expected-error @+1 {{expected ',' or '>'}}
"foo.op"() {a = memref<4xf32, 1 2>} : () -> ()

// -----

// expected-error @+1 {{expected list element}}
"foo.op"() {a = memref<4xf32,>} : () -> ()

// -----

// expected-error @+1 {{unsupported memory space Attribute}}
"foo.op"() {a = memref<4xf32, [1]>} : () -> ()

// -----

// Opaque attributes of unknown dialects are builtin attributes: not a memory space.
// expected-error @+1 {{unsupported memory space Attribute}}
"foo.op"() {a = memref<*xf32, #foo.space>} : () -> ()

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() : () -> (i32, )
