// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo %s | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-op-generic %s | tsdl-opt --allow-unregistered-dialect --mlir-print-debuginfo | filecheck %s
// RUN: tsdl-opt --allow-unregistered-dialect %s | filecheck %s --check-prefix=NODEBUG

// Locations: every kind (unknown, file:line:col and ranges, names,
// call sites, fused with and without metadata), `#loc` aliases defined
// before or after their use, locations on block arguments and as
// attributes. With --mlir-print-debuginfo, operation locations print as
// `loc(#locN)` aliases defined after the module (deferred), unless they are
// also used where an alias must be defined first (block arguments, attributes).

// Without --mlir-print-debuginfo, only the location used as an attribute prints.
// NODEBUG: #loc = loc("inattr":3:3)
// NODEBUG-NEXT: module {
// NODEBUG-NOT: loc(
// NODEBUG: "foo.loc_attr"() {l = #loc} : () -> (){{$}}
// NODEBUG-NEXT: }{{$}}

#loc_file = loc("alias.mlir":10:20)
#loc_named = loc("nm"(#loc_file))

// Aliases needed before the module: locations of block arguments (nested
// in their `loc(...)`) and inside attributes. Numbers are shared with the
// deferred aliases, in order of first use.
// CHECK: #[[ARGALIAS:loc[0-9]+]] = loc("alias.mlir":10:20)
// CHECK-NEXT: #{{loc[0-9]+}} = loc("arg.mlir":1:1)
// CHECK-NEXT: #[[ATTRLOC:loc[0-9]+]] = loc("inattr":3:3)
// CHECK-NEXT: module {

// CHECK-LABEL: "foo.unknown"
// CHECK-SAME: loc(#[[UNKNOWN:loc[0-9]*]])
"foo.unknown"() : () -> () loc(unknown)

// CHECK-LABEL: "foo.file"
// CHECK-SAME: loc(#[[FILE:loc[0-9]*]])
"foo.file"() : () -> () loc("file.mlir":1:2)

// CHECK-LABEL: "foo.range"
// CHECK-SAME: loc(#[[RANGE:loc[0-9]*]])
"foo.range"() : () -> () loc("file.mlir":1:2 to 3:4)

// CHECK-LABEL: "foo.same_line_range"
// CHECK-SAME: loc(#[[SAMELINE:loc[0-9]*]])
"foo.same_line_range"() : () -> () loc("file.mlir":1:2 to :9)

// A file and a line only: the column is 0.
// CHECK-LABEL: "foo.line_only"
// CHECK-SAME: loc(#[[LINEONLY:loc[0-9]*]])
"foo.line_only"() : () -> () loc("file.mlir":7)

// CHECK-LABEL: "foo.name"
// CHECK-SAME: loc(#[[NAME:loc[0-9]*]])
"foo.name"() : () -> () loc("name")

// CHECK-LABEL: "foo.name_child"
// CHECK-SAME: loc(#[[NAMECHILD:loc[0-9]*]])
"foo.name_child"() : () -> () loc("name"("file.mlir":5:6))

// CHECK-LABEL: "foo.callsite"
// CHECK-SAME: loc(#[[CALLSITE:loc[0-9]*]])
"foo.callsite"() : () -> () loc(callsite("callee.mlir":1:1 at "caller.mlir":2:2))

// CHECK-LABEL: "foo.fused"
// CHECK-SAME: loc(#[[FUSED:loc[0-9]*]])
"foo.fused"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])

// CHECK-LABEL: "foo.fused_meta"
// CHECK-SAME: loc(#[[FUSEDMETA:loc[0-9]*]])
"foo.fused_meta"() : () -> () loc(fused<"meta">["a.mlir":1:1, "b.mlir":2:2])

// An alias defined before its use, and one defined after it.
// CHECK-LABEL: "foo.alias"
// CHECK-SAME: loc(#[[ARGALIAS]])
"foo.alias"() : () -> () loc(#loc_file)
// CHECK-LABEL: "foo.late_alias"
// CHECK-SAME: loc(#[[LATE:loc[0-9]*]])
"foo.late_alias"() : () -> () loc(#loc_late)

// Block arguments print their locations inline; a nested call site.
// CHECK-LABEL: "foo.region"
// CHECK-NEXT: ^bb0(%{{.*}}: i32 loc("arg.mlir":1:1), %{{.*}}: i64 loc("alias.mlir":10:20)):
// CHECK-NEXT: "foo.nested"() : () -> () loc(#[[NESTED:loc[0-9]*]])
"foo.region"() ({
^bb0(%a: i32 loc("arg.mlir":1:1), %b: i64 loc(#loc_file)):
  "foo.nested"() : () -> () loc(callsite(#loc_named at callsite("x":1:1 at "y":2:2)))
}) : () -> () loc(fused[])

// Without `loc(...)`, an operation's location is where it is written.
// CHECK-LABEL: "foo.implicit"
// CHECK-SAME: loc(#[[IMPLICIT:loc[0-9]*]])
"foo.implicit"() : () -> ()

// A location attribute.
// CHECK-LABEL: "foo.loc_attr"
// CHECK-SAME: {l = #[[ATTRLOC]]}
"foo.loc_attr"() {l = loc("inattr":3:3)} : () -> ()

// The implicit module is at line 0, column 0 of the file.
// CHECK: } loc(#[[MODULE:loc[0-9]*]])
// CHECK-DAG: #[[MODULE]] = loc("{{.*}}locations.mlir":0:0)
// CHECK-DAG: #[[UNKNOWN]] = loc(unknown)
// CHECK-DAG: #[[FILE]] = loc("file.mlir":1:2)
// CHECK-DAG: #[[RANGE]] = loc("file.mlir":1:2 to 3:4)
// CHECK-DAG: #[[SAMELINE]] = loc("file.mlir":1:2 to :9)
// CHECK-DAG: #[[LINEONLY]] = loc("file.mlir":7:0)
// CHECK-DAG: #[[NAME]] = loc("name")
// CHECK-DAG: #[[NAMECHILD]] = loc("name"(#{{loc[0-9]*}}))
// CHECK-DAG: #[[CALLSITE]] = loc(callsite(#{{loc[0-9]*}} at #{{loc[0-9]*}}))
// CHECK-DAG: #[[FUSED]] = loc(fused[#{{loc[0-9]*}}, #{{loc[0-9]*}}])
// CHECK-DAG: #[[FUSEDMETA]] = loc(fused<"meta">[#{{loc[0-9]*}}, #{{loc[0-9]*}}])
// CHECK-DAG: #[[LATE]] = loc("late.mlir":7:7)
// CHECK-DAG: #[[NESTED]] = loc(callsite(#{{loc[0-9]*}} at #{{loc[0-9]*}}))
// CHECK-DAG: #[[IMPLICIT]] = loc("{{.*}}locations.mlir":[[# @LINE - 22]]:1)
#loc_late = loc("late.mlir":7:7)
