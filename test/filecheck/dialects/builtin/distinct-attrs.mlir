// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect | filecheck %s

// Distinct attributes `distinct[N]<attr>`: unique identities wrapping an
// attribute. Within a file, the same N is the same attribute; the printer
// renumbers them from 0 in order of first use, and names them `#distinct`
// aliases (unless they wrap unit, written `distinct[N]<>`). Numbers follow
// the order of printing, aliases first.

// CHECK: #distinct = distinct[0]<42 : i32>
// CHECK-NEXT: #distinct1 = distinct[1]<"payload">
// CHECK-NEXT: #distinct2 = distinct[2]<42 : i32>
// CHECK-NEXT: #distinct3 = distinct[3]<{a = [1, 2]}>
// CHECK-NEXT: module {

// Same id, same attribute; another id with the same value is another one.
// CHECK-LABEL: "foo.same"
// CHECK-SAME: {a = #distinct, b = #distinct, c = #distinct1, d = #distinct2}
"foo.same"() {a = distinct[7]<42 : i32>, b = distinct[7]<42 : i32>, c = distinct[3]<"payload">, d = distinct[9]<42 : i32>} : () -> ()

// Distinct units have no alias; they are numbered when printed, after the
// alias definitions.
// CHECK-LABEL: "foo.unit"
// CHECK-SAME: {a = distinct[4]<>, b = distinct[4]<>}
"foo.unit"() {a = distinct[0]<>, b = distinct[0]<unit>} : () -> ()

// Any attribute can be wrapped.
// CHECK-LABEL: "foo.wrapped"
// CHECK-SAME: {a = [#distinct3, #distinct1]}
"foo.wrapped"() {a = [distinct[5]<{a = [1, 2]}>, distinct[3]<"payload">]} : () -> ()
