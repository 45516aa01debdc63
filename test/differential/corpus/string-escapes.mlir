// Strings with every escape of the lexer, raw bytes, and UTF-8, in
// attributes, dictionary keys, symbol names, op names and locations.
"foo.strings"() {q = "\"", bs = "\\", nl = "\n", tab = "\t", hex = "\00\01\1f\7F\80\ff", printable = " !#$%&'()*+,-./09:;<=>?@AZ[]^_`az{|}~", utf8 = "日本語 ☃ 😀", mixed = "a\"b\\c\nd"} : () -> ()
"foo.keys"() {"\"quoted\"" = 1, "tab\tkey" = 2, "ключ" = 3} : () -> ()
"foo.syms"() {s = @"sym\"bol", t = @"日本", u = @"a\\b"::@"c\nd"} : () -> ()
"foo.op\"name"() : () -> ()
"foo.op.é"() : () -> ()
"foo.locs"() : () -> () loc("file \"x\"\n.mlir":1:2)
"foo.named"() : () -> () loc("name\twith\ttabs")
