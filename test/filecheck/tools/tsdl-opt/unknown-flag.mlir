// RUN: not tsdl-opt --split-input-fil %s 2>&1 | filecheck %s --check-prefix=TYPO
// RUN: not tsdl-opt -allow-unregistered-dialekt %s 2>&1 | filecheck %s --check-prefix=SINGLE
// RUN: not tsdl-opt --bogus %s 2>&1 | filecheck %s --check-prefix=FAR
// RUN: not tsdl-opt --mlir-print-debuginfo=yes %s 2>&1 | filecheck %s --check-prefix=VALUE
// RUN: not tsdl-opt %s -o 2>&1 | filecheck %s --check-prefix=MISSING
// RUN: not tsdl-opt %s %s 2>&1 | filecheck %s --check-prefix=TWO
// RUN: not tsdl-opt --mlir-elide-elementsattrs-if-larger=x %s 2>&1 | filecheck %s --check-prefix=NUMBER

// Command-line errors: one line on standard error, exit code 1, nothing
// on standard output; a misspelled flag gets a hint.

// TYPO: tsdl-opt: error: unknown option '--split-input-fil'; did you mean '--split-input-file'? (see 'tsdl-opt --help')
// TYPO-NOT: module

// Single-dash spellings are read as double-dash ones.
// SINGLE: tsdl-opt: error: unknown option '--allow-unregistered-dialekt'; did you mean '--allow-unregistered-dialect'?

// FAR: tsdl-opt: error: unknown option '--bogus' (see 'tsdl-opt --help')

// VALUE: tsdl-opt: error: option '--mlir-print-debuginfo' takes a boolean value (true or false), not 'yes'

// MISSING: tsdl-opt: error: option '-o' needs a value

// TWO: tsdl-opt: error: too many positional arguments: '{{.*}}unknown-flag.mlir', '{{.*}}unknown-flag.mlir' (expected one input file)

// NUMBER: tsdl-opt: error: invalid value for --mlir-elide-elementsattrs-if-larger: 'x' (expected a non-negative integer)

"foo.op"() : () -> ()
