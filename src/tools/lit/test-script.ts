/**
 * Reading a lit test file's directives:
 * ```
 * // RUN: cmd ... \        (a trailing backslash continues on the next RUN)
 * // RUN:   more args
 * // REQUIRES: mlir-opt, FileCheck     (all must hold, else skipped)
 * // UNSUPPORTED: feature              (any holds: skipped)
 * // XFAIL: feature | *                (any holds: expected to fail)
 * ```
 * A keyword counts anywhere on a line (`//`, `#`, `;` comments alike) when
 * it starts a word, as in LLVM lit. Feature lists are comma separated; each
 * item may be a boolean expression with `!`, `&&`, `||` and parentheses.
 */

/** One RUN command after joining continuation lines. */
export interface RunLine {
  /** The command text, before substitution. */
  readonly command: string;
  /** 1-based line of its first RUN: keyword. */
  readonly line: number;
}

/** Directives of one test file. */
export interface TestScript {
  readonly runLines: readonly RunLine[];
  readonly requires: readonly string[];
  readonly unsupported: readonly string[];
  readonly xfail: readonly string[];
}

/** Raised for malformed directives (the test then fails with this message). */
export class ScriptError extends Error {}

const keywordRe = /(?<![A-Za-z0-9_-])(RUN|REQUIRES|UNSUPPORTED|XFAIL):(.*)$/;

/** Parses the directives in `text`. @throws ScriptError */
export function parseTestScript(text: string): TestScript {
  const runLines: RunLine[] = [];
  const requires: string[] = [];
  const unsupported: string[] = [];
  const xfail: string[] = [];
  let pending: { command: string; line: number } | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = keywordRe.exec(lines[i]);
    if (m === null) continue;
    const body = m[2].replace(/\r$/, "").trimEnd();
    switch (m[1]) {
      case "RUN": {
        const command: string = pending === null ? body.trimStart() : pending.command + body;
        const line: number = pending === null ? i + 1 : pending.line;
        if (command.endsWith("\\")) {
          pending = { command: command.slice(0, -1), line };
        } else {
          pending = null;
          runLines.push({ command, line });
        }
        break;
      }
      case "REQUIRES":
        requires.push(...splitFeatures(body));
        break;
      case "UNSUPPORTED":
        unsupported.push(...splitFeatures(body));
        break;
      case "XFAIL":
        xfail.push(...splitFeatures(body));
        break;
    }
  }
  if (pending !== null) {
    throw new ScriptError(`RUN line at line ${pending.line} ends with '\\' but no RUN line follows`);
  }
  return { runLines, requires, unsupported, xfail };
}

function splitFeatures(body: string): string[] {
  return body
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Evaluates a feature expression such as `mlir-opt && !asserts`. `*`
 * is always true (for `XFAIL: *`). @throws ScriptError on bad syntax.
 */
export function evalFeatureExpr(expr: string, has: (feature: string) => boolean): boolean {
  const tokens = expr.match(/&&|\|\||[!()]|[^\s!()&|]+/g) ?? [];
  let pos = 0;
  const fail = (): never => {
    throw new ScriptError(`malformed feature expression '${expr}'`);
  };
  // or := and ('||' and)*; and := not ('&&' not)*; not := '!' not | atom
  const parseOr = (): boolean => {
    let v = parseAnd();
    while (tokens[pos] === "||") {
      pos++;
      const r = parseAnd();
      v = v || r;
    }
    return v;
  };
  const parseAnd = (): boolean => {
    let v = parseNot();
    while (tokens[pos] === "&&") {
      pos++;
      const r = parseNot();
      v = v && r;
    }
    return v;
  };
  const parseNot = (): boolean => {
    const t = tokens[pos++];
    if (t === undefined) return fail();
    if (t === "!") return !parseNot();
    if (t === "(") {
      const v = parseOr();
      if (tokens[pos++] !== ")") fail();
      return v;
    }
    if (t === ")" || t === "&&" || t === "||") return fail();
    if (t === "*" || t === "true") return true;
    if (t === "false") return false;
    return has(t);
  };
  const v = parseOr();
  if (pos !== tokens.length) fail();
  return v;
}
