/**
 * The POSIX ERE (LLVM Regex) to JS RegExp translation used by FileCheck:
 * semantics under `Regex::Newline`, group counting and syntax errors.
 */

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { RegexSyntaxError, translateRegex } from "../../../src/tools/filecheck/regex.js";

/** First match of LLVM regex `re` in `text`, or null. */
function match(re: string, text: string): string | null {
  const m = new RegExp(translateRegex(re).source).exec(text);
  return m === null ? null : m[0];
}

function syntaxError(re: string): string {
  try {
    translateRegex(re);
  } catch (e) {
    assert.ok(e instanceof RegexSyntaxError);
    return e.message;
  }
  assert.fail(`expected '${re}' to be rejected`);
}

describe("translateRegex", () => {
  test("ordinary ERE operators", () => {
    assert.equal(match("a+b*c?", "xaabd"), "aab");
    assert.equal(match("(ab|cd){2}", "abcdab"), "abcd");
    assert.equal(match("x{2,}", "xxxx"), "xxxx");
    assert.equal(match("x{1,2}", "xxxx"), "xx");
  });
  test("dot and negated brackets stop at newlines", () => {
    assert.equal(match("a.b", "a\nb"), null);
    assert.equal(match("a[^x]b", "a\nb"), null);
    assert.equal(match("a[^x]b", "a\rb"), "a\rb");
    assert.equal(match("a.b", "a\rb"), "a\rb");
  });
  test("anchors match at line boundaries and region ends", () => {
    assert.equal(match("^b", "a\nb"), "b");
    assert.equal(match("a$", "a\nb"), "a");
    assert.equal(match("^a", "ba"), null);
    assert.equal(match("b$", "b"), "b");
  });
  test("backslash makes any character literal", () => {
    assert.equal(match("\\s", "a s"), "s");
    assert.equal(match("\\d", "1d"), "d");
    assert.equal(match("\\.", "a."), ".");
    assert.equal(match("\\(", "("), "(");
  });
  test("brackets: POSIX classes, literal backslash, leading ] and -", () => {
    assert.equal(match("[[:digit:]]+", "ab123"), "123");
    assert.equal(match("[[:space:]]", "a\tb"), "\t");
    assert.equal(match("[[:alnum:]_]+", "-ab_1-"), "ab_1");
    assert.equal(match("[[:punct:]]", "ab;"), ";");
    assert.equal(match("[[:xdigit:]]+", "xyzBEEF"), "BEEF");
    assert.equal(match("[\\.]", "a\\"), "\\");
    assert.equal(match("[]a]+", "x]a]"), "]a]");
    assert.equal(match("[-a]+", "x-a"), "-a");
    assert.equal(match("[a-]+", "x-a"), "-a");
    assert.equal(match("[[.hyphen.]]", "a-"), "-");
    assert.equal(match("[[=a=]]", "ba"), "a");
  });
  test("word boundaries", () => {
    assert.equal(match("[[:<:]]foo", "xfoo foo") !== null, true);
    assert.equal(new RegExp(translateRegex("[[:<:]]foo").source).exec("xfoo foo")?.index, 5);
    assert.equal(new RegExp(translateRegex("foo[[:>:]]").source).exec("foox foo")?.index, 5);
  });
  test("braces not followed by a digit are literal", () => {
    assert.equal(match("a{,2", "a{,2}"), "a{,2");
    assert.equal(match("{x}", "{x}"), "{x}");
  });
  test("back-references keep their group and do not absorb digits", () => {
    assert.equal(match("(a)\\1", "aa"), "aa");
    assert.equal(match("(a)\\10", "aa0"), "aa0");
  });
  test("counts capturing groups", () => {
    assert.equal(translateRegex("a").groups, 0);
    assert.equal(translateRegex("(a)(b(c))").groups, 3);
    assert.equal(translateRegex("[(]").groups, 0);
    assert.equal(translateRegex("\\(").groups, 0);
  });
  test("syntax errors use regerror wording", () => {
    assert.equal(syntaxError(""), "empty (sub)expression");
    assert.equal(syntaxError("a||b"), "empty (sub)expression");
    assert.equal(syntaxError("(|a)"), "empty (sub)expression");
    assert.equal(syntaxError("a)"), "parentheses not balanced");
    assert.equal(syntaxError("(a"), "parentheses not balanced");
    assert.equal(syntaxError("[a"), "brackets ([ ]) not balanced");
    assert.equal(syntaxError("a{2"), "braces not balanced");
    assert.equal(syntaxError("a{3,2}"), "invalid repetition count(s)");
    assert.equal(syntaxError("a{300}"), "invalid repetition count(s)");
    assert.equal(syntaxError("*a"), "repetition-operator operand invalid");
    assert.equal(syntaxError("a**"), "repetition-operator operand invalid");
    assert.equal(syntaxError("a*?"), "repetition-operator operand invalid");
    assert.equal(syntaxError("^*"), "repetition-operator operand invalid");
    assert.equal(syntaxError("[z-a]"), "invalid character range");
    assert.equal(syntaxError("[[:foo:]]"), "invalid character class");
    assert.equal(syntaxError("a\\"), "trailing backslash (\\)");
    assert.equal(syntaxError("\\1(a)"), "invalid backreference number");
  });
  test("empty groups are allowed", () => {
    assert.equal(match("a()b", "ab"), "ab");
  });
});
