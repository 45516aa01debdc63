// Comments and whitespace anywhere between tokens; CRLF-free but tabs and
// odd spacing.
%a   =   "foo.def"  (  )  :  (  )  ->  i32   // trailing comment
%b = "foo.op"(%a)	{	x	=	1	}	:	(i32) -> i32
// A comment between operations.
"foo.multi_line"(
  %a,   // first operand
  %b    // second operand
) {
  attr = [
    1,  // one
    2   // two
  ]
} : (
  i32,
  i32
) -> ()
"foo.region"() ( // before the region
{ // after the brace
^bb0 ( %x : i32 ) : // after the label
  "foo.use" ( %x ) : ( i32 ) -> ( )
} // after the region
) : () -> ()
