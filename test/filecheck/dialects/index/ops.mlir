// RUN: tsdl-opt %s | filecheck %s
// RUN: tsdl-opt %s --mlir-print-op-generic | tsdl-opt | filecheck %s

// Every index op in its custom form.

// CHECK-LABEL: func.func @binary
// CHECK-SAME: (%[[A:.+]]: index, %[[B:.+]]: index)
func.func @binary(%a: index, %b: index) {
  // CHECK: %{{.+}} = index.add %[[A]], %[[B]]{{$}}
  %add = index.add %a, %b
  // CHECK: %{{.+}} = index.sub %[[A]], %[[B]]{{$}}
  %sub = index.sub %a, %b
  // CHECK: %{{.+}} = index.mul %[[A]], %[[B]]{{$}}
  %mul = index.mul %a, %b
  // CHECK: %{{.+}} = index.divs %[[A]], %[[B]]{{$}}
  %divs = index.divs %a, %b
  // CHECK: %{{.+}} = index.divu %[[A]], %[[B]]{{$}}
  %divu = index.divu %a, %b
  // CHECK: %{{.+}} = index.ceildivs %[[A]], %[[B]]{{$}}
  %ceildivs = index.ceildivs %a, %b
  // CHECK: %{{.+}} = index.ceildivu %[[A]], %[[B]]{{$}}
  %ceildivu = index.ceildivu %a, %b
  // CHECK: %{{.+}} = index.floordivs %[[A]], %[[B]]{{$}}
  %floordivs = index.floordivs %a, %b
  // CHECK: %{{.+}} = index.rems %[[A]], %[[B]]{{$}}
  %rems = index.rems %a, %b
  // CHECK: %{{.+}} = index.remu %[[A]], %[[B]]{{$}}
  %remu = index.remu %a, %b
  // CHECK: %{{.+}} = index.maxs %[[A]], %[[B]]{{$}}
  %maxs = index.maxs %a, %b
  // CHECK: %{{.+}} = index.maxu %[[A]], %[[B]]{{$}}
  %maxu = index.maxu %a, %b
  // CHECK: %{{.+}} = index.mins %[[A]], %[[B]]{{$}}
  %mins = index.mins %a, %b
  // CHECK: %{{.+}} = index.minu %[[A]], %[[B]]{{$}}
  %minu = index.minu %a, %b
  // CHECK: %{{.+}} = index.shl %[[A]], %[[B]]{{$}}
  %shl = index.shl %a, %b
  // CHECK: %{{.+}} = index.shrs %[[A]], %[[B]]{{$}}
  %shrs = index.shrs %a, %b
  // CHECK: %{{.+}} = index.shru %[[A]], %[[B]]{{$}}
  %shru = index.shru %a, %b
  // CHECK: %{{.+}} = index.and %[[A]], %[[B]]{{$}}
  %and = index.and %a, %b
  // CHECK: %{{.+}} = index.or %[[A]], %[[B]]{{$}}
  %or = index.or %a, %b
  // CHECK: %{{.+}} = index.xor %[[A]], %[[B]]{{$}}
  %xor = index.xor %a, %b
  // CHECK: index.add %[[B]], %[[A]] {tag = 1 : i64}
  %tagged = index.add %b, %a {tag = 1}
  return
}

// CHECK-LABEL: func.func @compare
// CHECK-SAME: (%[[A:.+]]: index, %[[B:.+]]: index)
func.func @compare(%a: index, %b: index) -> i1 {
  // CHECK: %{{.+}} = index.cmp eq(%[[A]], %[[B]])
  %eq = index.cmp eq(%a, %b)
  // CHECK: %{{.+}} = index.cmp ne(%[[A]], %[[B]])
  %ne = index.cmp ne(%a, %b)
  // CHECK: %{{.+}} = index.cmp slt(%[[A]], %[[B]])
  %slt = index.cmp slt(%a, %b)
  // CHECK: %{{.+}} = index.cmp sle(%[[A]], %[[B]])
  %sle = index.cmp sle(%a, %b)
  // CHECK: %{{.+}} = index.cmp sgt(%[[A]], %[[B]])
  %sgt = index.cmp sgt(%a, %b)
  // CHECK: %{{.+}} = index.cmp sge(%[[A]], %[[B]])
  %sge = index.cmp sge(%a, %b)
  // CHECK: %{{.+}} = index.cmp ult(%[[A]], %[[B]])
  %ult = index.cmp ult(%a, %b)
  // CHECK: %{{.+}} = index.cmp ule(%[[A]], %[[B]])
  %ule = index.cmp ule(%a, %b)
  // CHECK: %{{.+}} = index.cmp ugt(%[[A]], %[[B]])
  %ugt = index.cmp ugt(%a, %b)
  // CHECK: %{{.+}} = index.cmp uge(%[[A]], %[[B]])
  %uge = index.cmp uge(%a, %b)
  // CHECK: %[[R:.+]] = index.cmp ult(%[[B]], %[[A]]) {tag}
  %tagged = index.cmp ult(%b, %a) {tag}
  // CHECK: return %[[R]] : i1
  return %tagged : i1
}

// CHECK-LABEL: func.func @constants
func.func @constants() {
  // CHECK: %idx0 = index.constant 0
  %0 = index.constant 0
  // CHECK: %idx42 = index.constant 42
  %1 = index.constant 42
  // CHECK: %idx-3 = index.constant -3
  %2 = index.constant -3
  // CHECK: %idx16 = index.constant 16
  %3 = index.constant 0x10
  // CHECK: %idx42_0 = index.constant {tag} 42
  %4 = index.constant {tag} 42
  // CHECK: %true = index.bool.constant true
  %5 = index.bool.constant true
  // CHECK: %false = index.bool.constant false
  %6 = index.bool.constant false
  // CHECK: %{{.+}} = index.sizeof{{$}}
  %7 = index.sizeof
  // CHECK: %{{.+}} = index.sizeof {tag}
  %8 = index.sizeof {tag}
  return
}

// CHECK-LABEL: func.func @casts
// CHECK-SAME: (%[[X:.+]]: index, %[[I:.+]]: i32, %[[S:.+]]: si8)
func.func @casts(%x: index, %i: i32, %s: si8) {
  // CHECK: %{{.+}} = index.casts %[[I]] : i32 to index
  %casts0 = index.casts %i : i32 to index
  // CHECK: %{{.+}} = index.casts %[[X]] : index to i64
  %casts1 = index.casts %x : index to i64
  // CHECK: %{{.+}} = index.casts %[[S]] : si8 to index
  %casts2 = index.casts %s : si8 to index
  // CHECK: %{{.+}} = index.castu %[[I]] : i32 to index
  %castu0 = index.castu %i : i32 to index
  // CHECK: %{{.+}} = index.castu %[[X]] : index to i64
  %castu1 = index.castu %x : index to i64
  // CHECK: %{{.+}} = index.castu %[[S]] : si8 to index
  %castu2 = index.castu %s : si8 to index
  return
}

// The predicate attribute elsewhere prints in MLIR's verbose form.
// CHECK-LABEL: func.func @predicate_attr
func.func @predicate_attr() {
  // CHECK: "test.op"() {a = #index<cmp_predicate sle>, b = #index<cmp_predicate ne>} : () -> ()
  "test.op"() {a = #index<cmp_predicate sle>, b = #index<cmp_predicate "ne">} : () -> ()
  return
}
