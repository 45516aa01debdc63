// User-defined aliases are expanded; the printer chooses its own.
#int = 42 : i32
#arr = [#int, #int]
#dict = {a = #arr, b = "x"}
#map = affine_map<(d0) -> (d0 + 1)>
#other_map = affine_map<(d0) -> (d0 + 1)>
#set = affine_set<(d0) : (d0 >= 0)>
!ty = tensor<4xf32>
!fn = (!ty) -> !ty
!tup = tuple<!ty, !fn>
%0 = "foo.def"() {a = #int, b = #arr, c = #dict, m = #map, n = #other_map, s = #set, t = !fn} : () -> !ty
%1 = "foo.use"(%0) : (!ty) -> !tup
