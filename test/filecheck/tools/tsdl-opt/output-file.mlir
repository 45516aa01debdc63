// RUN: tsdl-opt --allow-unregistered-dialect %s -o %t
// RUN: filecheck %s --input-file %t
// RUN: tsdl-opt --allow-unregistered-dialect -o %t.2 %s
// RUN: filecheck %s --input-file %t.2
// RUN: tsdl-opt --allow-unregistered-dialect %s -o=%t.3
// RUN: filecheck %s --input-file %t.3
// RUN: tsdl-opt --allow-unregistered-dialect %s --output %t.4
// RUN: filecheck %s --input-file %t.4
// RUN: tsdl-opt --allow-unregistered-dialect %s -o - | filecheck %s

// -o FILE writes the output to FILE (`-o FILE`, `-oFILE`, `-o=FILE`,
// `--output FILE`); `-o -` is standard output. Nothing goes to standard
// output otherwise.
// RUN: tsdl-opt --allow-unregistered-dialect %s -o %t.5 | wc -c | filecheck %s --check-prefix=EMPTY
// EMPTY: {{^ *}}0{{$}}

// CHECK: module {
// CHECK-NEXT: "foo.op"() {a = 1 : i32} : () -> ()
// CHECK-NEXT: }
"foo.op"() {a = 1 : i32} : () -> ()
