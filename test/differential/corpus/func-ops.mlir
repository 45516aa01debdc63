// func operations in the custom form (from test/filecheck/dialects/func/ops.mlir).


func.func private @decl(i32, f32) -> i64

func.func nested @multi(i32) -> (i32, i32)

func.func private @fn_result() -> ((i32) -> i32)

func.func @arg_attrs(%x: i32 {test.a = 1}, %y: f32) -> (i32 {test.r}) {
  return %x : i32
}

func.func @with_attrs() attributes {test.n = 3, test.flag} {
  return
}

func.func @calls(%a: i32) -> i32 {
  %r:2 = func.call @multi(%a) : (i32) -> (i32, i32)
  %f = func.constant @id : (i32) -> i32
  %s = func.call_indirect %f(%r#1) : (i32) -> i32
  func.return %s : i32
}

func.func @id(%a: i32) -> i32 {
  return %a : i32
}
