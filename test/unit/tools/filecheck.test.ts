/**
 * Behaviour of the TypeScript FileCheck through its programmatic API:
 * every directive, regex and variable feature, whitespace modes, option
 * handling, diagnostics and exit codes.
 */

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type FileCheckOptions, type FileCheckResult, runFileCheck } from "../../../src/tools/filecheck/index.js";

/** Runs FileCheck with no input dump (tests look at messages only). */
function fc(check: string, input: string, opts: Partial<FileCheckOptions> = {}): FileCheckResult {
  return runFileCheck(check, "check.txt", input, { dumpInput: "never", ...opts });
}

function passes(check: string, input: string, opts: Partial<FileCheckOptions> = {}): void {
  const r = fc(check, input, opts);
  assert.equal(r.exitCode, 0, `expected a pass, got:\n${r.diagnostics}`);
  assert.equal(r.ok, true);
}

function fails(check: string, input: string, opts: Partial<FileCheckOptions> = {}): string {
  const r = fc(check, input, opts);
  assert.equal(r.exitCode, 1, `expected a check failure, got exit ${r.exitCode}:\n${r.diagnostics}`);
  assert.equal(r.ok, false);
  return r.diagnostics;
}

function usageError(check: string, input: string, opts: Partial<FileCheckOptions> = {}): string {
  const r = fc(check, input, opts);
  assert.equal(r.exitCode, 2, `expected exit 2, got ${r.exitCode}:\n${r.diagnostics}`);
  return r.diagnostics;
}

describe("CHECK", () => {
  test("matches in order, anywhere on a line", () => {
    passes("CHECK: foo\nCHECK: bar\n", "xfoox\nybar\n");
    passes("CHECK: foo\nCHECK: bar\n", "foo bar\n");
  });
  test("does not match out of order", () => {
    fails("CHECK: bar\nCHECK: foo\n", "foo\nbar\n");
  });
  test("reports the LLVM diagnostic with caret and scan location", () => {
    const d = fails("// CHECK: foo\n// CHECK: baz\n", "foo\nbar\n");
    assert.equal(
      d,
      "check.txt:2:11: error: CHECK: expected string not found in input\n" +
        "// CHECK: baz\n" +
        "          ^\n" +
        "<stdin>:1:4: note: scanning from here\n" +
        "foo\n" +
        "   ^\n" +
        "<stdin>:2:1: note: possible intended match here\n" +
        "bar\n" +
        "^\n",
    );
  });
  test("uses the given input file name", () => {
    const d = fails("CHECK: x\n", "y\n", { inputFileName: "in.mlir" });
    assert.match(d, /^in\.mlir:1:1: note: scanning from here$/m);
  });
});

describe("CHECK-NEXT / CHECK-SAME / CHECK-EMPTY", () => {
  test("NEXT needs the very next line", () => {
    passes("CHECK: a\nCHECK-NEXT: b\n", "a\nb\n");
    const d = fails("CHECK: a\nCHECK-NEXT: c\n", "a\nb\nc\n");
    assert.match(d, /CHECK-NEXT: is not on the line after the previous match/);
    assert.match(d, /note: non-matching line after previous match is here/);
  });
  test("NEXT on the same line is an error", () => {
    assert.match(fails("CHECK: a\nCHECK-NEXT: b\n", "a b\n"), /is on the same line as previous match/);
  });
  test("SAME needs the same line", () => {
    passes("CHECK: a\nCHECK-SAME: b\n", "a b\n");
    assert.match(
      fails("CHECK: a\nCHECK-SAME: b\n", "a\nb\n"),
      /CHECK-SAME: is not on the same line as the previous match/,
    );
  });
  test("EMPTY needs an empty next line", () => {
    passes("CHECK: a\nCHECK-EMPTY:\nCHECK-NEXT: b\n", "a\n\nb\n");
    assert.match(fails("CHECK: a\nCHECK-EMPTY:\n", "a\nb\n\n"), /CHECK-EMPTY: is not on the line after/);
    // A final newline followed by end of input counts as an empty line.
    passes("CHECK: a\nCHECK-EMPTY:\n", "a\n");
    fails("CHECK: a\nCHECK-EMPTY:\n", "a");
  });
  test("NEXT, SAME and EMPTY cannot come first", () => {
    assert.match(usageError("CHECK-NEXT: a\n", "a\n"), /found 'CHECK-NEXT' without previous 'CHECK: line/);
    assert.match(usageError("CHECK-SAME: a\n", "a\n"), /found 'CHECK-SAME' without previous/);
    assert.match(usageError("CHECK-EMPTY:\n", "a\n"), /found 'CHECK-EMPTY' without previous/);
  });
  test("EMPTY takes no pattern; others need one", () => {
    assert.match(usageError("CHECK: a\nCHECK-EMPTY: x\n", "a\n"), /found non-empty check string for empty check/);
    assert.match(usageError("CHECK:\n", "a\n"), /found empty check string with prefix 'CHECK:'/);
  });
});

describe("CHECK-NOT", () => {
  test("fails when the excluded text is between the surrounding matches", () => {
    passes("CHECK: a\nCHECK-NOT: b\nCHECK: c\n", "a\nc\nb\n");
    const d = fails("CHECK: a\nCHECK-NOT: b\nCHECK: c\n", "a\nb\nc\n");
    assert.match(d, /check\.txt:2:12: error: CHECK-NOT: excluded string found in input/);
    assert.match(d, /<stdin>:2:1: note: found here/);
  });
  test("trailing NOTs are checked up to end of input", () => {
    fails("CHECK: a\nCHECK-NOT: b\n", "a\nb\n");
    passes("CHECK: a\nCHECK-NOT: b\n", "b\na\n");
  });
  test("leading NOTs are checked from the start", () => {
    fails("CHECK-NOT: b\nCHECK: a\n", "b\na\n");
  });
  test("reports every violated NOT", () => {
    const d = fails("CHECK-NOT: x\nCHECK-NOT: y\nCHECK: z\n", "x y z\n");
    assert.equal(d.match(/excluded string found/g)?.length, 2);
  });
  test("range marker covers the whole excluded match", () => {
    const d = fails("CHECK: a\nCHECK-NOT: {{b+}}\nCHECK: c\n", "a\nxbbb\nc\n");
    assert.match(d, /<stdin>:2:2: note: found here\nxbbb\n \^~~\n/);
  });
});

describe("CHECK-DAG", () => {
  test("matches in any order", () => {
    passes("CHECK-DAG: b\nCHECK-DAG: a\nCHECK: c\n", "a\nb\nc\n");
  });
  test("matches of one group may not overlap", () => {
    fails("CHECK-DAG: a\nCHECK-DAG: a\nCHECK: c\n", "a\nb\nc\n");
    passes("CHECK-DAG: a\nCHECK-DAG: a\nCHECK: c\n", "a\na\nc\n");
    passes("CHECK-DAG: a\nCHECK-DAG: a\n", "a\n", { allowDeprecatedDagOverlap: true });
  });
  test("must all precede the next positive match", () => {
    fails("CHECK: x\nCHECK-DAG: a\nCHECK: c\n", "x\nc\na\n");
  });
  test("CHECK-NOT separates DAG groups", () => {
    passes("CHECK-DAG: x\nCHECK-NOT: y\nCHECK-DAG: z\n", "x\nz\ny\n");
    fails("CHECK-DAG: x\nCHECK-NOT: y\nCHECK-DAG: z\n", "x\ny\nz\n");
    // The second group starts after the whole first group.
    fails("CHECK-DAG: b\nCHECK-DAG: c\nCHECK-NOT: n\nCHECK-DAG: a\n", "a\nb\nc\n");
  });
  test("NOT before a DAG group covers text before the group's first match", () => {
    fails("CHECK: a\nCHECK-NOT: x\nCHECK-DAG: c\nCHECK-DAG: b\n", "a\nx\nb\nc\n");
    passes("CHECK: a\nCHECK-NOT: x\nCHECK-DAG: c\nCHECK-DAG: b\n", "a\nb\nx\nc\n");
  });
});

describe("CHECK-LABEL", () => {
  test("partitions the input so errors stay in their block", () => {
    const d = fails("CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\nCHECK: y\n", "f1\ny\nf2\nx\n");
    // Both blocks are reported: the failure in f1 does not stop f2.
    assert.match(d, /check\.txt:2:8: error: CHECK: expected string/);
    assert.match(d, /check\.txt:4:8: error: CHECK: expected string/);
  });
  test("a check cannot match past the next label", () => {
    fails("CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\n", "f1\nf2\nx\n");
    passes("CHECK-LABEL: f1\nCHECK: x\nCHECK-LABEL: f2\n", "f1\nx\nf2\n");
  });
  test("a missing label stops checking", () => {
    const d = fails("CHECK-LABEL: f1\nCHECK: nope\nCHECK-LABEL: f3\n", "f1\nx\nf2\n");
    assert.match(d, /CHECK-LABEL: expected string not found/);
    assert.doesNotMatch(d, /nope/);
  });
  test("labels may not define or use variables", () => {
    assert.match(usageError("CHECK-LABEL: [[X:a]]\n", "a\n"), /found 'CHECK-LABEL:' with variable definition or use/);
  });
});

describe("CHECK-COUNT", () => {
  test("matches N times in a row", () => {
    passes("CHECK-COUNT-3: a\nCHECK: b\n", "a\na a\nb\n");
    const d = fails("CHECK-COUNT-3: a\n", "a\na\nb\n");
    assert.match(d, /CHECK-COUNT: expected string not found in input \(3 out of 3\)/);
  });
  test("rejects bad counts", () => {
    assert.match(usageError("CHECK-COUNT-0: a\n", "a\n"), /invalid count in -COUNT specification on prefix 'CHECK'/);
    assert.match(usageError("CHECK-COUNT-x: a\n", "a\n"), /invalid count/);
  });
});

describe("directive syntax", () => {
  test("unknown suffixes and missing colons are plain text", () => {
    passes("CHECK-FOO: zzz\nCHECK-NEXT zzz\nCHECK: a\n", "a\n");
  });
  test("a prefix inside a word is not a directive", () => {
    passes("XCHECK: zzz\nMY-CHECK: zzz\nCHECK: a\n", "a\n");
  });
  test("misspelled and combined directives are errors", () => {
    assert.match(usageError("CHECK_NEXT: a\n", "a\n"), /misspelled directive 'CHECK_NEXT:'/);
    assert.match(usageError("CHECK-NOT-DAG: a\n", "a\n"), /unsupported -NOT combo on prefix 'CHECK'/);
  });
  test("COM: and RUN: lines are comments", () => {
    passes("CHECK: a\nCOM: CHECK: zz\n// RUN: foo | CHECK: yy\n", "a\n");
  });
  test("{LITERAL} matches brackets literally", () => {
    passes("CHECK{LITERAL}: {{a}} [[b]]\n", "x {{a}} [[b]]\n");
    fails("CHECK{LITERAL}: {{a}}\n", "a\n");
  });
  test("no directives is an error naming the prefixes", () => {
    assert.equal(usageError("nothing here\n", "a\n"), "error: no check strings found with prefix 'CHECK:'\n");
    assert.equal(
      usageError("FOO: a\n", "a\n", { checkPrefixes: ["FOO", "BAR", "BAZ"] }),
      "error: no check strings found with prefixes 'BAR:', 'BAZ:'\n",
    );
  });
});

describe("prefixes", () => {
  test("custom and multiple prefixes", () => {
    passes("FOO: a\nBAR: b\n", "a\nb\n", { checkPrefixes: ["FOO", "BAR"] });
    passes("FOO: a\nCHECK: zzz\n", "a\n", { checkPrefixes: ["FOO"] });
    passes("FOO: a\n", "a\n", { checkPrefixes: ["FOO", "BAR"], allowUnusedPrefixes: true });
  });
  test("longest prefix wins at the same position", () => {
    const opts = { checkPrefixes: ["A", "A-B"], allowUnusedPrefixes: true };
    passes("A-B: x\n", "x\n", opts);
    fails("A-B: y\n", "x\n", opts);
  });
  test("invalid or duplicate prefixes are rejected", () => {
    assert.match(usageError("CHECK: a\n", "a\n", { checkPrefixes: ["x.y"] }), /must start with a letter/);
    assert.match(usageError("CHECK: a\n", "a\n", { checkPrefixes: ["A", "A"] }), /must be unique/);
    assert.match(usageError("CHECK: a\n", "a\n", { checkPrefixes: [""] }), /must not be the empty string/);
  });
});

describe("regex", () => {
  test("{{...}} is a POSIX ERE", () => {
    passes("CHECK: a{{[0-9]+}}b\n", "a123b\n");
    passes("CHECK: x{{a|b}}y\n", "xby\n");
    passes("CHECK: {{^}}foo{{$}}\n", "foo\n");
    fails("CHECK: {{^}}oo\n", "foo\n");
  });
  test("POSIX classes and brackets", () => {
    passes("CHECK: a{{[[:space:]]}}b\n", "a b\n");
    passes("CHECK: {{[[:alpha:]]+[[:digit:]]+}}\n", "abc123\n");
    passes("CHECK: {{[]x]}}\n", "]\n");
    passes("CHECK: a{{[\\.]}}b\n", "a\\b\n");
  });
  test("backslash letters are literal, not classes", () => {
    passes("CHECK: a{{\\s}}b\n", "asb\n");
    fails("CHECK: a{{\\s}}b\n", "a b\n");
    fails("CHECK: {{\\d}}\n", "1\n");
  });
  test("negated brackets and dot do not match newlines", () => {
    fails("CHECK: a{{[^x]}}b\n", "a\nb\n");
    fails("CHECK: a{{.}}b\n", "a\nb\n");
  });
  test("literal text is escaped", () => {
    passes("CHECK: a.b(c)*+?$^|\\ {{x}}\n", "a.b(c)*+?$^|\\ x\n");
    fails("CHECK: a.b {{x}}\n", "axb x\n");
  });
  test("invalid regexes use regerror wording", () => {
    assert.match(usageError("CHECK: a{{x)}}b\n", "a\n"), /check\.txt:1:11: error: invalid regex: parentheses not balanced/);
    assert.match(usageError("CHECK: a{{}}b\n", "a\n"), /invalid regex: empty \(sub\)expression/);
    assert.match(usageError("CHECK: {{a\n", "a\n"), /found start of regex string with no end '}}'/);
  });
});

describe("string variables", () => {
  test("definition then use on a later line", () => {
    passes("CHECK: [[X:a+]]\nCHECK: b[[X]]\n", "aa\nbaa\n");
    const d = fails("CHECK: [[X:a+]]\nCHECK: b[[X]]\n", "aa\nba\n");
    assert.match(d, /note: with "X" equal to "aa"/);
  });
  test("use on the same line is a back-reference", () => {
    passes("CHECK: [[X:a+]] [[X]]\n", "aa aa\n");
    fails("CHECK: [[X:a+]] [[X]]b\n", "aa bb\n");
  });
  test("values are matched literally", () => {
    passes("CHECK: [[X:.*]]\nCHECK: =[[X]]\n", "a.b\n=a.b\n");
    fails("CHECK: [[X:.*]]\nCHECK: =[[X]]\n", "a.b\n=axb\n");
  });
  test("undefined variables are errors at the use", () => {
    const d = fails("CHECK: b[[Y]]\n", "by\n");
    assert.match(d, /check\.txt:1:11: error: undefined variable: Y/);
  });
  test("-D defines variables", () => {
    passes("CHECK: [[X]]\n", "abc\n", { defines: ["X=abc"] });
    fails("CHECK: [[X]]\n", "abd\n", { defines: ["X=abc"] });
    assert.match(usageError("CHECK: a\n", "a\n", { defines: ["X"] }), /Missing equal sign/);
  });
  test("--enable-var-scope clears local variables at labels, keeps $globals", () => {
    const check = "CHECK-LABEL: f1\nCHECK: [[V:x]]\nCHECK-LABEL: f2\nCHECK: [[V]]\n";
    passes(check, "f1\nx\nf2\nx\n");
    fails(check, "f1\nx\nf2\nx\n", { enableVarScope: true });
    passes(check.replaceAll("[[V", "[[$V"), "f1\nx\nf2\nx\n", { enableVarScope: true });
  });
  test("malformed blocks", () => {
    assert.match(usageError("CHECK: [[X :a]]\n", "a\n"), /unexpected whitespace/);
    assert.match(usageError("CHECK: [[1X:a]]\n", "a\n"), /invalid variable name/);
    assert.match(usageError("CHECK: [[X\n", "a\n"), /Invalid substitution block, no \]\] found/);
  });
  test("[[[ starts with a literal bracket", () => {
    passes("CHECK: [[[X:a]]]\n", "[a]\n");
  });
});

describe("numeric variables", () => {
  test("definition, use and arithmetic", () => {
    passes("CHECK: x[[#N:]]\nCHECK: y[[#N+1]]\n", "x41\ny42\n");
    const d = fails("CHECK: x[[#N:]]\nCHECK: y[[#N+1]]\n", "x41\ny43\n");
    assert.match(d, /with "N\+1" equal to "42"/);
  });
  test("formats", () => {
    passes("CHECK: [[#%x,N:]]\nCHECK: [[#N+1]]\n", "ff\n100\n");
    passes("CHECK: [[#%X,N:]] [[#%.4u,M:]]\n", "FF 0012\n");
    passes("CHECK: [[#%#x,N:]]\nCHECK: [[#N+1]]\n", "0x1f\n0x20\n");
    passes("CHECK: [[#%d,N:]]\nCHECK: [[#N-10]]\n", "5\n-5\n");
  });
  test("functions and literals", () => {
    passes("CHECK: [[#add(1,2)]] [[#max(3,sub(10,2))]] [[#min(3,4)]] [[#div(9,2)]] [[#mul(2,3)]]\n", "3 8 3 4 6\n");
    passes("CHECK: [[#0x10]] [[#(1+2)-1]]\n", "16 2\n");
  });
  test("@LINE", () => {
    passes("CHECK: l[[@LINE]] [[#@LINE+1]] [[@LINE-1]]\n", "l1 2 0\n");
  });
  test("errors", () => {
    assert.match(usageError("CHECK: x[[#N:]] [[#N]]\n", "x1 1\n"), /defined earlier in the same CHECK directive/);
    assert.match(usageError("CHECK: [[#N*2]]\n", "1\n"), /unsupported operation '\*'/);
    assert.match(usageError("CHECK: [[#%q,N:]]\n", "1\n"), /invalid format specifier in expression/);
    assert.match(fails("CHECK: [[#UNDEF+1]]\n", "1\n"), /undefined variable: UNDEF/);
  });
  test("-D# defines numeric variables", () => {
    passes("CHECK: [[#N+1]]\n", "6\n", { defines: ["#N=5"] });
    passes("CHECK: [[#N]]\n", "0x1F\n", { defines: ["#%#X,N=31"] });
  });
});

describe("whitespace", () => {
  test("runs of blanks are one space by default, on both sides", () => {
    passes("CHECK: a b\n", "a \t  b\n");
    passes("CHECK:  a   b  \n", "a b\n");
  });
  test("--strict-whitespace keeps blanks as written", () => {
    fails("CHECK: a b\n", "a  b\n", { strictWhitespace: true });
    passes("CHECK: a  b\n", "a  b\n", { strictWhitespace: true });
  });
  test("CRLF input matches", () => {
    passes("CHECK: a\r\nCHECK-NEXT: b\r\n", "a\r\nb\r\n");
  });
  test("--match-full-lines", () => {
    passes("CHECK: foo bar\n", "  foo bar  \n", { matchFullLines: true });
    fails("CHECK: foo\n", "foo bar\n", { matchFullLines: true });
    fails("CHECK: foo\n", "  foo\n", { matchFullLines: true, strictWhitespace: true });
    // CHECK-NOT still matches partial lines.
    fails("CHECK: a\nCHECK-NOT: b\n", "a\nxbx\n", { matchFullLines: true });
  });
  test("--ignore-case", () => {
    passes("CHECK: FOO\nCHECK: {{B.R}}\n", "foo\nbar\n", { ignoreCase: true });
    fails("CHECK: FOO\n", "foo\n");
  });
});

describe("input handling", () => {
  test("empty input is an error unless --allow-empty", () => {
    assert.equal(usageError("CHECK-NOT: a\n", ""), "FileCheck error: '<stdin>' is empty.\n");
    passes("CHECK-NOT: a\n", "", { allowEmpty: true });
  });
  test("--implicit-check-not applies between every match", () => {
    const d = fails("CHECK: a\n", "a\nb\n", { implicitCheckNot: ["b"] });
    assert.match(d, /command line:1:22: error: IMPLICIT-CHECK-NOT: excluded string found in input/);
    assert.match(d, /-implicit-check-not='b'/);
    passes("CHECK: b\n", "a\nb\n", { implicitCheckNot: ["b"] });
    // With no directives at all, implicit checks alone are enough.
    passes("", "a\n", { implicitCheckNot: ["b"] });
  });
});

describe("input dump", () => {
  test("is appended on failure by default", () => {
    const r = runFileCheck("CHECK: foo\nCHECK: baz\n", "check.txt", "foo\nbar\n");
    assert.equal(r.exitCode, 1);
    assert.ok(
      r.diagnostics.endsWith(
        "\nInput file: <stdin>\nCheck file: check.txt\n\n" +
          "-dump-input=help explains the following input dump.\n\n" +
          "Input was:\n<<<<<<\n" +
          "           1: foo \n" +
          "check:2'0        X error: no match found\n" +
          "           2: bar \n" +
          "check:2'0     ~~~~\n" +
          "check:2'1     ?    possible intended match\n" +
          ">>>>>>\n",
      ),
      r.diagnostics,
    );
  });
  test("is not printed on success unless always", () => {
    assert.equal(runFileCheck("CHECK: a\n", "c", "a\n").diagnostics, "");
    assert.match(runFileCheck("CHECK: a\n", "c", "a\n", { dumpInput: "always" }).diagnostics, /<<<<<<\n\s+1: a \n>>>>>>/);
  });
});

describe("verbose", () => {
  test("-v reports matches and captured variables", () => {
    const r = fc("CHECK: x[[X:b+]]y\n", "xbby\n", { verbose: 1 });
    assert.equal(r.exitCode, 0);
    assert.match(r.diagnostics, /check\.txt:1:8: remark: CHECK: expected string found in input/);
    assert.match(r.diagnostics, /<stdin>:1:2: note: captured var "X"\nxbby\n \^~\n/);
  });
  test("-vv reports discarded overlapping DAG matches", () => {
    const r = fc("CHECK-DAG: a\nCHECK-DAG: a\n", "a a\n", { verbose: 2 });
    assert.equal(r.exitCode, 0);
    assert.match(r.diagnostics, /note: match discarded, overlaps earlier DAG match here/);
    assert.match(r.diagnostics, /remark: implicit EOF: expected string found in input/);
  });
  test("verbose output goes to the dump when one is printed", () => {
    const r = runFileCheck("CHECK: a\n", "c", "a\n", { verbose: 1, dumpInput: "always" });
    assert.doesNotMatch(r.diagnostics, /remark/);
    assert.match(r.diagnostics, /check:1 +\^\n/);
  });
});

describe("large input", () => {
  test("many checks over a big input stay linear", () => {
    const lines: string[] = [];
    const checks: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      lines.push(`  %${i} = arith.addi %arg0, %c${i} : i32`);
      if (i % 10 === 0) checks.push(`CHECK-LABEL: %${i} =`, "CHECK-NOT: error", `CHECK-NEXT: %[[V:[0-9]+]] = arith.addi %arg0, %c[[V]]`);
    }
    const t0 = Date.now();
    passes(checks.join("\n"), lines.join("\n") + "\n", { implicitCheckNot: ["FAIL"] });
    // Generous bound: a quadratic algorithm takes minutes here.
    assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
  });
});
