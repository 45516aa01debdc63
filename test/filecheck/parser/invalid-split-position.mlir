// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// "expected X" errors back up over blank and comment lines to the end of
// the previous text (MLIR's emitWrongTokenError), but never past the start
// of the buffer: with --split-input-file, the start of the chunk. Here the
// errors stay on the line of the bad token, not the end of the previous
// chunk.

"foo.first"() : () -> ()

// -----

// `#-}` closes a file metadata section: alone, it cannot start an operation.
// expected-error @+1 {{expected operation name in quotes}}
#-}

// -----
// expected-error @+1 {{expected operation name in quotes}}
#-}

// -----

"foo.ok"() : () -> ()
// -----
   
// expected-error @+2 {{expected operation name in quotes}}

#-}
