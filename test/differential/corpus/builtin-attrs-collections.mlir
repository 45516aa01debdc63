// Arrays and dictionaries, nested, with every kind of element.
"foo.arrays"() {empty = [], ints = [1, 2, 3], mixed = [1 : i32, 2.0, "s", @sym, i64, unit, [true]], nested = [[[]], [[1], [2, 3]]]} : () -> ()
"foo.dicts"() {empty = {}, flat = {a = 1, b = "2", c}, nested = {outer = {inner = {leaf = [1, {x}]}}}, quoted = {"key with space" = 1, "0" = 2, key.with.dots = 3}} : () -> ()
"foo.props"() <{array = [1, 2], dict = {k = "v"}, int = 7 : i8}> {discardable = [{}]} : () -> ()
