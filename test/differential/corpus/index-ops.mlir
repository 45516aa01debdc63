// Every index op in its custom form (no RUN line: the differential test compares it with mlir-opt).

func.func @binary(%a: index, %b: index) -> index {
  %add = index.add %a, %b
  %sub = index.sub %a, %b
  %mul = index.mul %a, %b
  %divs = index.divs %a, %b
  %divu = index.divu %a, %b
  %ceildivs = index.ceildivs %a, %b
  %ceildivu = index.ceildivu %a, %b
  %floordivs = index.floordivs %a, %b
  %rems = index.rems %a, %b
  %remu = index.remu %a, %b
  %maxs = index.maxs %a, %b
  %maxu = index.maxu %a, %b
  %mins = index.mins %a, %b
  %minu = index.minu %a, %b
  %shl = index.shl %a, %b
  %shrs = index.shrs %a, %b
  %shru = index.shru %a, %b
  %and = index.and %a, %b
  %or = index.or %a, %b
  %xor = index.xor %a, %b
  %tagged = index.add %add, %sub {tag = "x"}
  return %tagged : index
}

func.func @compare(%a: index, %b: index) -> (i1, i1) {
  %eq = index.cmp eq(%a, %b)
  %ne = index.cmp ne(%a, %b)
  %slt = index.cmp slt(%a, %b)
  %sle = index.cmp sle(%a, %b)
  %sgt = index.cmp sgt(%a, %b)
  %sge = index.cmp sge(%a, %b)
  %ult = index.cmp ult(%a, %b)
  %ule = index.cmp ule(%a, %b)
  %ugt = index.cmp ugt(%a, %b)
  %uge = index.cmp uge(%a, %b)
  %tagged = index.cmp slt(%b, %a) {tag}
  return %eq, %tagged : i1, i1
}

func.func @constants() -> (index, i1) {
  %c39 = index.constant 0
  %c40 = index.constant 1
  %c41 = index.constant 42
  %c42 = index.constant -1
  %c43 = index.constant -3
  %c44 = index.constant 9223372036854775807
  %c45 = index.constant -9223372036854775808
  %c46 = index.constant 0x20
  %dup = index.constant 42
  %t = index.bool.constant true
  %f = index.bool.constant false
  %t2 = index.bool.constant {tag} true
  %k = index.constant {tag = 1 : i32} 7
  %s = index.sizeof
  %s2 = index.sizeof {tag}
  return %k, %t : index, i1
}

func.func @casts(%a: index, %i: i32, %b: i1, %w: i64, %s: si16, %u: ui8) {
  %casts0 = index.casts %i : i32 to index
  %casts1 = index.casts %a : index to i64
  %casts2 = index.casts %b : i1 to index
  %casts3 = index.casts %a : index to i1
  %casts4 = index.casts %s : si16 to index
  %casts5 = index.casts %a : index to ui8
  %castu0 = index.castu %i : i32 to index
  %castu1 = index.castu %a : index to i64
  %castu2 = index.castu %b : i1 to index
  %castu3 = index.castu %a : index to i1
  %castu4 = index.castu %s : si16 to index
  %castu5 = index.castu %a : index to ui8
  return
}

// The predicate attribute outside index.cmp prints in MLIR's verbose form.
"tst.attrs"() {a = #index<cmp_predicate slt>, b = #index<cmp_predicate "uge">, c = [#index<cmp_predicate  ne >]} : () -> ()
