// XFAIL: *
// RUN: tsdl-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// BUG (src/parse/parser-state.ts, wrongToken): "expected X" errors back up
// over blank and comment lines to the end of the previous text, as MLIR's
// emitWrongTokenError does, but MLIR never backs up past the start of the
// buffer, and with --split-input-file each chunk is its own buffer. tsdl
// backs up into the previous chunk: here it reports the error on the line
// of "foo.first" (line 11) instead of at `#-}` (line 17).

"foo.first"() : () -> ()

// -----

// `#-}` closes a file metadata section: alone, it cannot start an operation.
// expected-error @+1 {{expected operation name in quotes}}
#-}
