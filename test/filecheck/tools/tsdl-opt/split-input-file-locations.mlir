// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --mlir-print-debuginfo %s | filecheck %s

// The implicit module of each chunk is located where the chunk starts, as
// in mlir-opt: `file:0:0` for the first chunk (the start of the file), and
// right after the split marker for the others, even when code precedes the
// marker on its line (13:9 and 16:32 below).

// CHECK: #loc{{[0-9]*}} = loc("{{.*}}split-input-file-locations.mlir":0:0)
// CHECK: #loc{{[0-9]*}} = loc("{{.*}}split-input-file-locations.mlir":13:9)
// CHECK: #loc{{[0-9]*}} = loc("{{.*}}split-input-file-locations.mlir":16:32)
// CHECK: loc("{{.*}}split-input-file-locations.mlir":17:1)
"a.first"() : () -> ()
// -----
"a.second"() : () -> ()

"a.third"() : () -> () // -----
"a.fourth"() : () -> ()
