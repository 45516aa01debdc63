// Operations nested 10,000 regions deep (mlir-opt overflows its stack on
// this), in the generic and in the custom form, and attributes and types
// nested 10,000 deep: they parse, verify and print (and the output reads
// back). tsdl parses, verifies and prints operations without recursion;
// attributes and types are limited by the JS stack only far deeper (about
// 10^6 levels, reported as "nested too deeply", exit code 1).

// RUN: node -e 'const n = 10000; let s = ""; for (let i = 0; i < n; i++) s += "\"foo.nest\"() ({\n"; s += "\"foo.leaf\"() : () -> ()\n"; for (let i = 0; i < n; i++) s += "}) : () -> ()\n"; process.stdout.write(s)' > %t.ops.mlir
// (The output is indented 2 spaces per level: 100 MB. Drop the indentation
// before checking.)
// RUN: tsdl-opt --allow-unregistered-dialect %t.ops.mlir | sed 's/^ *//' | filecheck %s --check-prefix=OPS
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %t.ops.mlir | tsdl-opt --allow-unregistered-dialect | sed 's/^ *//' | filecheck %s --check-prefix=OPS
// OPS: module {
// OPS-NEXT: "foo.nest"() ({
// OPS-COUNT-9999: "foo.nest"() ({
// OPS-NEXT: "foo.leaf"() : () -> ()
// OPS-COUNT-10000: }) : () -> ()
// OPS-NEXT: }

// Values defined at the top are used at the bottom; blocks with arguments
// on the way down.
// RUN: node -e 'const n = 10000; let s = "%%top = \"foo.def\"() : () -> i32\n"; for (let i = 0; i < n; i++) s += "\"foo.nest\"() ({\n^bb0(%%a" + i + ": i32):\n"; s += "\"foo.use\"(%%top, %%a0, %%a" + (n - 1) + ") : (i32, i32, i32) -> ()\n"; for (let i = 0; i < n; i++) s += "}) : () -> ()\n"; process.stdout.write(s)' > %t.values.mlir
// RUN: tsdl-opt --allow-unregistered-dialect %t.values.mlir | sed 's/^ *//' | filecheck %s --check-prefix=VALUES
// VALUES: %0 = "foo.def"() : () -> i32
// VALUES: ^bb0(%arg0: i32):
// VALUES: ^bb0(%arg9999: i32):
// VALUES-NEXT: "foo.use"(%0, %arg0, %arg9999) : (i32, i32, i32) -> ()

// Custom-form modules nested 10,000 deep.
// RUN: node -e 'const n = 10000; process.stdout.write("module {\n".repeat(n) + "}\n".repeat(n))' > %t.modules.mlir
// RUN: tsdl-opt %t.modules.mlir | sed 's/^ *//' | filecheck %s --check-prefix=MODULES
// MODULES-COUNT-10000: module {
// MODULES-NOT: module

// An array attribute nested 10,000 deep, a dictionary, a tuple type, a
// dialect attribute body and a call site location.
// RUN: node -e 'const n = 10000; process.stdout.write("\"foo.op\"() {a = " + "[".repeat(n) + "]".repeat(n) + ", b = " + "{d = ".repeat(n) + "1" + "}".repeat(n) + ", c = #foo.x" + "<".repeat(n) + ">".repeat(n) + "} : () -> " + "tuple<".repeat(n) + "i1" + ">".repeat(n) + " loc(" + "callsite(".repeat(n) + "unknown" + " at \"f\":1:1)".repeat(n) + ")\n")' > %t.attrs.mlir
// RUN: tsdl-opt --allow-unregistered-dialect %t.attrs.mlir | filecheck %s --check-prefix=ATTRS
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo %t.attrs.mlir | tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo | filecheck %s --check-prefix=LOCS
// ATTRS: %0 = "foo.op"() {a = {{\[\[\[\[\[\[\[\[}}
// ATTRS-SAME: ]]]]]]]]]]]]]]]], b = {d = {d = {d = {d =
// ATTRS-SAME: {d = 1 : i64}}}}}}}}
// ATTRS-SAME: }}}}}}}}, c = #foo.x<<<<<<<<<<<<
// ATTRS-SAME: >>>>>>>>>>>>} : () -> tuple<tuple<tuple<tuple<
// ATTRS-SAME: tuple<i1>>>>>>>>>
// ATTRS-SAME: >>>>>>>>{{$}}
// LOCS: #loc{{[0-9]+}} = loc(callsite(#loc{{[0-9]+}} at #loc{{[0-9]+}}))
// Exact counts of the brackets of the printed attribute and type:
// RUN: tsdl-opt --allow-unregistered-dialect %t.attrs.mlir | tr -cd '[' | wc -c | filecheck %s --check-prefix=SQUARE
// RUN: tsdl-opt --allow-unregistered-dialect %t.attrs.mlir | tr -cd '{' | wc -c | filecheck %s --check-prefix=BRACE
// RUN: tsdl-opt --allow-unregistered-dialect %t.attrs.mlir | tr -cd '<' | wc -c | filecheck %s --check-prefix=ANGLE
// SQUARE: {{^ *}}10000{{$}}
// BRACE: {{^ *}}10002{{$}}
// ANGLE: {{^ *}}20000{{$}}

// An error in an operation whose attribute nests a few thousand deep: the
// diagnostic, which prints the operation, is shown in full (rendering moves
// to the big-stack thread too), and --mlir-timing still reports.
// RUN: node -e 'const n = 2500; process.stdout.write("\"builtin.unrealized_conversion_cast\"() {a = " + "[".repeat(n) + "]".repeat(n) + "} : () -> ()\n")' > %t.cast.mlir
// RUN: not tsdl-opt --mlir-timing %t.cast.mlir 2>&1 | filecheck %s --check-prefix=CAST
// CAST: cast.mlir:1:1: error: 'builtin.unrealized_conversion_cast' op expected at least one result for cast operation
// CAST: note: see current operation: "builtin.unrealized_conversion_cast"() {a = {{\[+\]+}}} : () -> ()
// CAST: Execution time report
