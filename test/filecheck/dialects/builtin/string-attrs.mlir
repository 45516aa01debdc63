// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// String attributes: every escape of the lexer (`\"`, `\\`, `\n`, `\t`, and
// `\XX` hexadecimal bytes), UTF-8 text, and an optional type. MLIR prints
// printable ASCII as is, `\` as `\\`, and every other byte as `\XX`.

// CHECK-LABEL: "foo.plain"
// CHECK-SAME: {a = "", b = "hello", c = "with spaces and punctuation: {}[]()<>!?#@$%^&*-+=|~`';,./"}
"foo.plain"() {a = "", b = "hello", c = "with spaces and punctuation: {}[]()<>!?#@$%^&*-+=|~`';,./"} : () -> ()

// CHECK-LABEL: "foo.escapes"
// CHECK-SAME: {backslash = "a\\b", newline = "a\0Ab", quote = "a\22b", tab = "a\09b"}
"foo.escapes"() {quote = "a\"b", backslash = "a\\b", newline = "a\nb", tab = "a\tb"} : () -> ()

// Hexadecimal escapes, upper or lower case; printable bytes print as text.
// CHECK-LABEL: "foo.hex"
// CHECK-SAME: {a = "\00\01\1F", b = "\7F\80\FF", c = "AZaz", d = "\22\\"}
"foo.hex"() {a = "\00\01\1f", b = "\7f\80\FF", c = "\41\5A\61\7a", d = "\22\5C"} : () -> ()

// UTF-8 text is stored as bytes and printed escaped.
// CHECK-LABEL: "foo.utf8"
// CHECK-SAME: {a = "caf\C3\A9", b = "\E2\98\83", c = "\F0\9F\98\80"}
"foo.utf8"() {a = "café", b = "☃", c = "😀"} : () -> ()

// Byte escapes need not form valid UTF-8.
// CHECK-LABEL: "foo.bytes"
// CHECK-SAME: {a = "\C3", b = "\FF\FE"}
"foo.bytes"() {a = "\C3", b = "\FF\FE"} : () -> ()

// Typed strings.
// CHECK-LABEL: "foo.typed"
// CHECK-SAME: {a = "x" : i32, b = "y" : !foo.t, c = "z" : tensor<4xi8>, d = "none"}
"foo.typed"() {a = "x" : i32, b = "y" : !foo.t, c = "z" : tensor<4xi8>, d = "none" : none} : () -> ()

// Quoted dictionary keys use the same escapes; keys that are identifiers
// print bare. Dictionaries are sorted by key (the bytes, not the spelling).
// CHECK-LABEL: "foo.keys"
// CHECK-SAME: {"0key" = 1 : i64, "a\22b" = 2 : i64, plain = 4 : i64, "with space" = 3 : i64}
"foo.keys"() {"with space" = 3, "a\"b" = 2, "0key" = 1, "plain" = 4} : () -> ()

// Operation names are strings too.
// CHECK-LABEL: "foo.with\22quote"()
"foo.with\"quote"() : () -> ()
