/**
 * The `filecheck` command: `filecheck [options] CHECK-FILE`, reading the
 * input from `--input-file` or stdin. Exit status 0 on success, 1 when a
 * check fails, 2 on usage errors or a bad check file.
 *
 * Files are read as latin1 so each byte is one character: regexes then match
 * bytes and columns count bytes, as in LLVM, and UTF-8 text passes through
 * diagnostics unchanged when written back as latin1.
 */

import { readFileSync } from "node:fs";
import { parseArgs, splitEnvOptions, UsageError } from "./args.js";
import { runFileCheck } from "./filecheck.js";

/** Where the command writes; injectable for tests. */
export interface CliIO {
  /** Writes latin1 text to stderr. */
  stderr(text: string): void;
  /** Returns stdin as latin1 text. */
  stdin(): string;
}

const defaultIO: CliIO = {
  stderr: (text) => {
    process.stderr.write(Buffer.from(text, "latin1"));
  },
  stdin: readStdin,
};

function readStdin(): string {
  try {
    return readFileSync(0).toString("latin1");
  } catch (e) {
    // fd 0 may be a non-blocking pipe (inherited from a Node parent);
    // reopening it by path gives a blocking descriptor.
    if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    return readFileSync("/dev/stdin").toString("latin1");
  }
}

const usage = `USAGE: filecheck [options] <check-file>

Checks that the input (stdin or --input-file) matches the CHECK directives
in <check-file>, like LLVM FileCheck.

OPTIONS:
  --check-prefix=<p>, --check-prefixes=<p,...>  directive prefixes (CHECK)
  --comment-prefixes=<p,...>    comment prefixes (COM,RUN)
  -D<VAR=VALUE>, -D#<VAR=EXPR>  define a string or numeric variable
  --input-file=<file>           file to check (default: stdin)
  --implicit-check-not=<pat>    add a CHECK-NOT before every check
  --match-full-lines            positive matches must cover whole lines
  --strict-whitespace           do not canonicalize horizontal whitespace
  --ignore-case                 case-insensitive matching
  --allow-empty                 allow an empty input
  --allow-unused-prefixes       allow prefixes that never occur
  --enable-var-scope            forget non-$ variables at each CHECK-LABEL
  --allow-deprecated-dag-overlap  let CHECK-DAG matches overlap
  --dump-input=<never|fail|always>  annotated input dump (default: fail)
  --dump-input-filter=<all|annotation-full|annotation|error>
  --dump-input-context=<N>      context lines around filtered lines (5)
  -v, -vv                       report successful matches too

Options are also read from the FILECHECK_OPTS environment variable.
`;

/** Runs the command; returns the exit status. */
export function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIO = defaultIO,
): number {
  let args;
  try {
    args = parseArgs([...splitEnvOptions(env.FILECHECK_OPTS), ...argv]);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`filecheck: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stderr(usage);
    return 0;
  }
  if (args.version) {
    io.stderr("tsdl filecheck (LLVM FileCheck compatible)\n");
    return 0;
  }
  if (args.checkFile === null) {
    io.stderr("<check-file> not specified\n");
    return 2;
  }
  let checkText: string;
  try {
    checkText = readFileSync(args.checkFile).toString("latin1");
  } catch (e) {
    io.stderr(`Could not open check file '${args.checkFile}': ${describeFsError(e)}\n`);
    return 2;
  }
  const stdin = args.inputFile === "-";
  let input: string;
  try {
    input = stdin ? io.stdin() : readFileSync(args.inputFile).toString("latin1");
  } catch (e) {
    io.stderr(`Could not open input file '${args.inputFile}': ${describeFsError(e)}\n`);
    return 2;
  }
  const result = runFileCheck(checkText, args.checkFile, input, {
    ...args.options,
    inputFileName: stdin ? "<stdin>" : args.inputFile,
  });
  let text = result.diagnostics;
  if (result.exitCode === 2 && input.length === 0 && text.startsWith("FileCheck error:")) {
    text += `FileCheck command line:  filecheck ${argv.join(" ")}\n`;
  }
  if (text !== "") io.stderr(text);
  return result.exitCode;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "No such file or directory";
  if (code === "EISDIR") return "Is a directory";
  if (code === "EACCES") return "Permission denied";
  return (e as Error).message;
}
