/**
 * Directive kinds and the suffix grammar that follows a prefix in the check
 * file, after LLVM's `FindCheckType`:
 * ```
 * directive := PREFIX modifiers? ':'
 *            | PREFIX '-' ('NEXT'|'SAME'|'NOT'|'DAG'|'LABEL'|'EMPTY') modifiers? ':'
 *            | PREFIX '-COUNT-' N modifiers? ':'
 * modifiers := '{' 'LITERAL' (',' 'LITERAL')* '}'
 * ```
 * Anything else after a prefix (`CHECK-FOO:`, `CHECK-NEXT` without colon) is
 * ordinary text. `CHECK_NEXT:` is diagnosed as misspelled, `CHECK-NOT-DAG:`
 * and friends as unsupported combinations, and a bad count as invalid.
 */

/** What a directive asks for. */
export const enum CheckKind {
  /** Not a directive. */
  None,
  Plain,
  Next,
  Same,
  Not,
  Dag,
  Label,
  Empty,
  /** A comment prefix such as `COM:` or `RUN:`. */
  Comment,
  /** Synthetic check that matches at end of input, carrying trailing NOT/DAGs. */
  EOF,
  BadNot,
  BadCount,
  Misspelled,
}

/** A recognized directive: kind, count, modifiers and where its text starts. */
export interface DirectiveType {
  readonly kind: CheckKind;
  /** Repetitions for `-COUNT-N`, else 1. */
  readonly count: number;
  /** `{LITERAL}`: the pattern is matched as plain text. */
  readonly literal: boolean;
  /** Offset just past the directive's colon (or of the error, for bad kinds). */
  readonly end: number;
}

const none: DirectiveType = { kind: CheckKind.None, count: 1, literal: false, end: -1 };

/**
 * Classifies the text at `buf[pos]`, where `prefix` has just matched.
 * Returns kind `None` when it is not a directive.
 */
export function findCheckType(
  buf: string,
  pos: number,
  prefix: string,
  isComment: boolean,
): DirectiveType {
  let i = pos + prefix.length;
  if (i >= buf.length) return none;
  if (isComment) {
    return buf[i] === ":" ? { kind: CheckKind.Comment, count: 1, literal: false, end: i + 1 } : none;
  }
  if (buf[i] === ":") return { kind: CheckKind.Plain, count: 1, literal: false, end: i + 1 };
  if (buf[i] === "{") return modifiers(buf, i, CheckKind.Plain, 1, false);
  let misspelled = false;
  if (buf[i] === "_") misspelled = true;
  else if (buf[i] !== "-") return none;
  i++;
  let result: DirectiveType;
  if (buf.startsWith("COUNT-", i)) {
    i += 6;
    const start = i;
    while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
    const count = i > start ? Number(buf.slice(start, i)) : 0;
    if (count <= 0 || count > 0x7fffffff || (buf[i] !== ":" && buf[i] !== "{")) {
      const kind = misspelled ? CheckKind.Misspelled : CheckKind.BadCount;
      return { kind, count: 1, literal: false, end: i };
    }
    result = modifiers(buf, i, CheckKind.Plain, count, misspelled);
  } else if (isBadNot(buf, i)) {
    const kind = misspelled ? CheckKind.Misspelled : CheckKind.BadNot;
    return { kind, count: 1, literal: false, end: i };
  } else {
    const word = suffixes.find((s) => buf.startsWith(s.word, i));
    if (word === undefined) return none;
    result = modifiers(buf, i + word.word.length, word.kind, 1, misspelled);
  }
  return result;
}

const suffixes: { word: string; kind: CheckKind }[] = [
  { word: "NEXT", kind: CheckKind.Next },
  { word: "SAME", kind: CheckKind.Same },
  { word: "NOT", kind: CheckKind.Not },
  { word: "DAG", kind: CheckKind.Dag },
  { word: "LABEL", kind: CheckKind.Label },
  { word: "EMPTY", kind: CheckKind.Empty },
];

const badNots = [
  "DAG-NOT:", "NOT-DAG:", "NEXT-NOT:", "NOT-NEXT:",
  "SAME-NOT:", "NOT-SAME:", "EMPTY-NOT:", "NOT-EMPTY:",
];

function isBadNot(buf: string, i: number): boolean {
  for (const b of badNots) if (buf.startsWith(b, i)) return true;
  return false;
}

/** Parses `:` or `{LITERAL,...}:` at `i`. */
function modifiers(
  buf: string,
  i: number,
  kind: CheckKind,
  count: number,
  misspelled: boolean,
): DirectiveType {
  const done = (end: number, literal: boolean): DirectiveType =>
    misspelled
      ? { kind: CheckKind.Misspelled, count, literal, end }
      : { kind, count, literal, end };
  if (buf[i] === ":") return done(i + 1, false);
  if (buf[i] !== "{") return none;
  i++;
  let literal = false;
  for (;;) {
    i = skipSpace(buf, i);
    if (!buf.startsWith("LITERAL", i)) return none;
    literal = true;
    i = skipSpace(buf, i + 7);
    if (buf[i] !== ",") break;
    i++;
  }
  if (!buf.startsWith("}:", i)) return none;
  return done(i + 2, literal);
}

function skipSpace(buf: string, i: number): number {
  while (i < buf.length && " \t\n\v\f\r".includes(buf[i])) i++;
  return i;
}

/** Name used in messages, e.g. `CHECK-NEXT`, `CHECK-COUNT`, `implicit EOF`. */
export function describe(kind: CheckKind, prefix: string, count: number, literal: boolean): string {
  const mods = literal ? "{LITERAL}" : "";
  switch (kind) {
    case CheckKind.Plain:
      return prefix + (count > 1 ? "-COUNT" : "") + mods;
    case CheckKind.Next:
      return prefix + "-NEXT" + mods;
    case CheckKind.Same:
      return prefix + "-SAME" + mods;
    case CheckKind.Not:
      return prefix + "-NOT" + mods;
    case CheckKind.Dag:
      return prefix + "-DAG" + mods;
    case CheckKind.Label:
      return prefix + "-LABEL" + mods;
    case CheckKind.Empty:
      return prefix + "-EMPTY" + mods;
    case CheckKind.Comment:
      return prefix;
    case CheckKind.EOF:
      return "implicit EOF";
    case CheckKind.BadNot:
      return "bad NOT";
    case CheckKind.BadCount:
      return "bad COUNT";
    case CheckKind.Misspelled:
      return "misspelled";
    default:
      return "invalid";
  }
}

/** Short name used in input-dump labels (`check:2`, `next:3`, `not:imp1`). */
export function abbreviation(kind: CheckKind, count: number): string {
  switch (kind) {
    case CheckKind.Plain:
      return count > 1 ? "count" : "check";
    case CheckKind.Next:
      return "next";
    case CheckKind.Same:
      return "same";
    case CheckKind.Not:
      return "not";
    case CheckKind.Dag:
      return "dag";
    case CheckKind.Label:
      return "label";
    case CheckKind.Empty:
      return "empty";
    case CheckKind.EOF:
      return "eof";
    default:
      return "check";
  }
}
