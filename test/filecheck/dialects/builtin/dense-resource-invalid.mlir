// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// Errors of dense_resource<...> and of the {-# ... #-} file metadata section.

// expected-error @+1 {{`dense_resource` expected a shaped type}}
"t.op"() {a = dense_resource<k> : i32} : () -> ()

// -----

// expected-error @+1 {{expected identifier key for 'resource' entry}}
"t.op"() {a = dense_resource<12> : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected ':'}}
"t.op"() {a = dense_resource<k> tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected '<' after 'dense_resource'}}
"t.op"() {a = dense_resource k : tensor<2xi32>} : () -> ()

// -----

// expected-error @+1 {{expected '>'}}
"t.op"() {a = dense_resource<k : tensor<2xi32>} : () -> ()

// -----

// expected-error @+5 {{expected hex string blob for key 'k' to encode alignment in first 4 bytes}}
"t.op"() {a = dense_resource<k> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      k: "0x01"
    }
  }
#-}

// -----

// expected-error @+5 {{expected hex string blob for key 'k' to encode alignment in first 4 bytes, but got non-power-of-2 value: 3}}
"t.op"() {a = dense_resource<k> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      k: "0x03000000AA"
    }
  }
#-}

// -----

// expected-error @+5 {{expected hex string blob for key 'k'}}
"t.op"() {a = dense_resource<k> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      k: "0xZZ"
    }
  }
#-}

// -----

// expected-error @+4 {{expected ',' or '}'}}
{-#
  dialect_resources: {
    builtin: {
      k: "0x01000000" j: "0x01000000"
    }
  }
#-}

// -----

// expected-error @+1 {{dialect 'foo' is unknown}}
{-# dialect_resources: { foo: { k: "0x01000000" } } #-}

// -----

// expected-error @+1 {{expected '{'}}
{-# dialect_resources: { builtin: k } #-}

// -----

// expected-error @+1 {{unknown key 'bogus' in file metadata dictionary}}
{-# bogus: {} #-}

// -----

// expected-error @+1 {{expected identifier key in file metadata dictionary}}
{-# "dialect_resources": {} #-}

// -----

// expected-error @+1 {{expected ',' or '#-}'}}
{-# dialect_resources: {} external_resources: {} #-}

// -----

// expected-error @+9 {{expected hex string blob for key 'x' to encode alignment in first 4 bytes}}
{-#
  external_resources: {
    foo: {
      "a b": "xy\n\"q",
      i32: "0x04000000",
      k: "\30x"
    },
    bar: {
      x: "0x"
    }
  }
#-}

// -----

// expected-error @+4 {{expected string value for key 'k'}}
{-#
  external_resources: {
    foo: {
      k: 12
    }
  }
#-}

// -----

// expected-error @+4 {{expected identifier key for 'external_resources' entry}}
{-#
  external_resources: {
    foo: {
      12: true
    }
  }
#-}
