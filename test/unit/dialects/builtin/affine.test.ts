import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { SourceFile } from "../../../../src/diag/source-file.js";
import { AffineExpr, AffineExprKind } from "../../../../src/dialects/builtin/affine/affine-expr.js";
import { AffineMap } from "../../../../src/dialects/builtin/affine/affine-map.js";
import { IntegerSet } from "../../../../src/dialects/builtin/affine/integer-set.js";
import { AffineMapAttr } from "../../../../src/dialects/builtin/attributes/affine-map-attr.js";
import { IntegerSetAttr } from "../../../../src/dialects/builtin/attributes/integer-set-attr.js";
import type { FileLineColLoc } from "../../../../src/dialects/builtin/attributes/locations.js";
import { Context } from "../../../../src/ir/context.js";
import { parseAffineMapBody, parseAffineMapOrIntegerSetBody, parseIntegerSetBody } from "../../../../src/parse/affine-parser.js";
import { ParseError, ParserState, withParseErrors } from "../../../../src/parse/parser-state.js";
import { Tok } from "../../../../src/parse/token.js";
import { printAffineExpr, printAffineMap, printIntegerSet } from "../../../../src/print/affine-printer.js";
import { affineMessages, haveMlirOpt, mlirOptErrors, mutatedCases, opLine, opPrefix, randomCases, runMlirOpt } from "./affine-cases.js";

/**
 * Parses the attribute `affine_map<...>`/`affine_set<...>` where it sits in
 * its op line (so error columns match `mlir-opt`'s), as the attribute
 * parser does: the body, then the closing `>`.
 */
function parseAttr(ctx: Context, attr: string): AffineMap | IntegerSet {
  const text = opLine(attr);
  const isMap = attr.startsWith("affine_map<");
  const p = new ParserState(ctx, new SourceFile("<stdin>", text), opPrefix.length + "affine_map<".length);
  return withParseErrors(p, () => {
    const r = isMap ? parseAffineMapBody(p) : parseIntegerSetBody(p);
    p.expect(Tok.Greater, isMap ? "expected '>' in affine map" : "expected '>' in integer set");
    return r;
  });
}

/** The attribute text we print for `attr`, or `line:col: message` for an error. */
function roundTrip(ctx: Context, attr: string): string {
  try {
    const r = parseAttr(ctx, attr);
    return r instanceof AffineMap ? `affine_map<${printAffineMap(r)}>` : `affine_set<${printIntegerSet(r)}>`;
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    const loc = e.diagnostic.location as FileLineColLoc;
    return `${loc.line}:${loc.column}: ${e.diagnostic.message}`;
  }
}

/** Parses a standalone body. */
function body(ctx: Context, text: string): AffineMap | IntegerSet {
  const p = new ParserState(ctx, new SourceFile("<test>", text));
  return withParseErrors(p, () => parseAffineMapOrIntegerSetBody(p));
}

function map(ctx: Context, text: string): AffineMap {
  const r = body(ctx, text);
  assert.ok(r instanceof AffineMap, text);
  return r;
}

function expr(ctx: Context, text: string): AffineExpr {
  return map(ctx, text).results[0]!;
}

const MAX = (1n << 63n) - 1n;
const MIN = -(1n << 63n);

describe("affine expressions", () => {
  test("are uniqued per context", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const s0 = AffineExpr.symbol(ctx, 0);
    assert.equal(AffineExpr.dim(ctx, 0), d0);
    assert.notEqual(AffineExpr.symbol(ctx, 0) as AffineExpr, d0);
    assert.equal(AffineExpr.constant(ctx, 5), AffineExpr.constant(ctx, 5n));
    assert.equal(d0.add(s0).mul(3), d0.add(s0).mul(3));
    assert.equal(d0.floorDiv(s0), d0.floorDiv(s0));
    assert.notEqual(d0.floorDiv(s0), d0.ceilDiv(s0));
    assert.equal(expr(ctx, "(i)[n] -> (i + n * 2)"), d0.add(s0.mul(2)));
    assert.notEqual(AffineExpr.dim(new Context(), 0), d0);
  });

  test("put constants and symbols on the right", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const s0 = AffineExpr.symbol(ctx, 0);
    const c = (v: number) => AffineExpr.constant(ctx, v);
    assert.equal(c(4).add(d0), d0.add(4));
    assert.equal(s0.add(d0), d0.add(s0));
    assert.equal(c(2).mul(d0), d0.mul(2));
    assert.equal(s0.mul(d0), d0.mul(s0));
    assert.equal(printAffineExpr(s0.add(2).add(d0)), "d0 + s0 + 2");
  });

  test("fold and merge constants", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const d1 = AffineExpr.dim(ctx, 1);
    const c = (v: number | bigint) => AffineExpr.constant(ctx, v);
    assert.equal(c(3).add(4), c(7));
    assert.equal(c(3).mul(4), c(12));
    assert.equal(d0.add(0), d0);
    assert.equal(d0.mul(1), d0);
    assert.equal(d0.mul(0), c(0));
    assert.equal(d0.add(2).add(3), d0.add(5));
    assert.equal(d0.mul(2).mul(3), d0.mul(6));
    assert.equal(d0.add(2).add(d1), d0.add(d1).add(2));
    assert.equal(d0.add(d0), d0.mul(2));
    assert.equal(d0.mul(2).add(d0.mul(3)), d0.mul(5));
    assert.equal(d0.sub(d0), c(0));
    assert.equal(c(-7).floorDiv(2), c(-4));
    assert.equal(c(-7).ceilDiv(2), c(-3));
    assert.equal(c(-7).mod(2), c(1));
    assert.equal(c(7).floorDiv(-2), c(-4));
    assert.equal(c(7).ceilDiv(-2), c(-3));
  });

  test("simplify division and modulo", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const s0 = AffineExpr.symbol(ctx, 0);
    assert.equal(d0.floorDiv(1), d0);
    assert.equal(d0.ceilDiv(1), d0);
    assert.equal(d0.mod(1), AffineExpr.constant(ctx, 0));
    assert.equal(d0.mul(128).floorDiv(64), d0.mul(2));
    assert.equal(d0.mul(128).mod(64), AffineExpr.constant(ctx, 0));
    assert.equal(d0.mul(4).add(3).floorDiv(2), d0.mul(2).add(1));
    assert.equal(d0.mul(4).add(3).mod(2), AffineExpr.constant(ctx, 1));
    assert.equal(d0.mod(6).mod(3), d0.mod(3));
    assert.equal(d0.sub(d0.floorDiv(4).mul(4)), d0.mod(4));
    assert.equal(d0.sub(d0.floorDiv(s0).mul(s0)), d0.mod(s0));
    // Undefined divisions are kept.
    assert.equal(d0.floorDiv(0).kind, AffineExprKind.FloorDiv);
    assert.equal(d0.mod(-2).kind, AffineExprKind.Mod);
  });

  test("keep int64 overflow exact or wrap like MLIR", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const max = AffineExpr.constant(ctx, MAX);
    // An overflowing fold of two constants is kept unfolded.
    assert.equal(printAffineExpr(max.add(1)), "9223372036854775807 + 1");
    assert.equal(printAffineExpr(max.mul(2)), "9223372036854775807 * 2");
    // Merging the constants of (e + c1) + c2 wraps, as MLIR's int64 does.
    assert.equal(printAffineExpr(d0.add(MAX).add(1)), "d0 - -9223372036854775808");
    assert.equal(printAffineExpr(d0.mul(MAX).mul(2)), "d0 * -2");
    assert.equal(AffineExpr.constant(ctx, MIN).floorDiv(-1).kind, AffineExprKind.FloorDiv);
    assert.throws(() => AffineExpr.constant(ctx, MAX + 1n), RangeError);
    assert.throws(() => AffineExpr.constant(ctx, 2 ** 60), RangeError);
  });

  test("know when they are symbolic or pure affine", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const s0 = AffineExpr.symbol(ctx, 0);
    assert.ok(s0.add(3).isSymbolicOrConstant);
    assert.ok(!d0.add(s0).isSymbolicOrConstant);
    assert.ok(d0.mul(3).add(s0).isPureAffine);
    assert.ok(!d0.mul(s0).isPureAffine);
    assert.ok(!d0.mod(s0).isPureAffine);
    assert.equal(d0.mul(6).add(d0.mul(4).mod(8)).largestKnownDivisor, 2n);
    assert.ok(d0.add(s0).isFunctionOfSymbol(0));
    assert.ok(!d0.add(s0).isFunctionOfDim(1));
    assert.throws(() => d0.mul(d0), /non-affine/);
  });

  test("walk and replace", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const d1 = AffineExpr.dim(ctx, 1);
    const s0 = AffineExpr.symbol(ctx, 0);
    const e = d0.add(d1.mul(s0));
    const seen: string[] = [];
    e.walk((x) => seen.push(printAffineExpr(x)));
    assert.deepEqual(seen, ["d0", "d1", "s0", "d1 * s0", "d0 + d1 * s0"]);
    assert.equal(e.replaceDimsAndSymbols([d1, d0], [AffineExpr.constant(ctx, 2)]), d1.add(d0.mul(2)));
    assert.equal(d0.sub(d1).replaceDimsAndSymbols([d1], []), AffineExpr.constant(ctx, 0));
  });
});

describe("affine maps and integer sets", () => {
  test("are uniqued, and so are their attributes", () => {
    const ctx = new Context();
    const d0 = AffineExpr.dim(ctx, 0);
    const m = AffineMap.get(ctx, 1, 0, [d0.add(1)]);
    assert.equal(AffineMap.get(ctx, 1, 0, [d0.add(1)]), m);
    assert.notEqual(AffineMap.get(ctx, 1, 1, [d0.add(1)]), m);
    assert.notEqual(AffineMap.get(ctx, 2, 0, [d0.add(1)]), m);
    assert.equal(map(ctx, "(x) -> (x + 1)"), m);
    assert.equal(AffineMapAttr.get(ctx, m), AffineMapAttr.get(ctx, m));
    assert.equal(AffineMapAttr.get(ctx, m).map, m);
    const s = IntegerSet.get(ctx, 1, 0, [d0], [true]);
    assert.equal(IntegerSet.get(ctx, 1, 0, [d0], [true]), s);
    assert.notEqual(IntegerSet.get(ctx, 1, 0, [d0], [false]), s);
    assert.equal(body(ctx, "(d0) : (d0 == 0)"), s);
    assert.equal(IntegerSetAttr.get(ctx, s), IntegerSetAttr.get(ctx, s));
    assert.equal(IntegerSetAttr.get(ctx, s).set, s);
  });

  test("detect identities as MLIR does", () => {
    const ctx = new Context();
    assert.ok(map(ctx, "(d0, d1) -> (d0, d1)").isIdentity);
    assert.ok(map(ctx, "(d0, d1)[s0] -> (d0, d1)").isIdentity);
    assert.ok(map(ctx, "() -> ()").isIdentity);
    assert.ok(!map(ctx, "(d0, d1) -> (d1, d0)").isIdentity);
    assert.ok(!map(ctx, "(d0, d1) -> (d0)").isIdentity);
    assert.ok(!map(ctx, "(d0) -> (d0, d0)").isIdentity);
    assert.ok(!map(ctx, "(d0) -> (d0 + 0 * d0 + 1)").isIdentity);
    assert.equal(AffineMap.multiDimIdentity(ctx, 2), map(ctx, "(a, b) -> (a, b)"));
    assert.ok(AffineMap.empty(ctx).isEmpty);
    assert.ok(!map(ctx, "(d0) -> ()").isEmpty);
    assert.ok(map(ctx, "() -> (7)").isSingleConstant);
    assert.equal(map(ctx, "() -> (7)").singleConstantResult, 7n);
    assert.equal(map(ctx, "(d0)[s0] -> (d0, s0, 1)").numResults, 3);
  });

  test("check dimension and symbol positions", () => {
    const ctx = new Context();
    assert.throws(() => AffineMap.get(ctx, 1, 0, [AffineExpr.dim(ctx, 1)]), RangeError);
    assert.throws(() => AffineMap.get(ctx, 1, 0, [AffineExpr.symbol(ctx, 0)]), RangeError);
    assert.throws(() => IntegerSet.get(ctx, 0, 0, [AffineExpr.dim(ctx, 0)], [true]), RangeError);
    // A failed get leaves nothing behind.
    assert.throws(() => AffineMap.get(ctx, 1, 0, [AffineExpr.dim(ctx, 1)]), RangeError);
  });

  test("canonicalize constraint-less and empty sets", () => {
    const ctx = new Context();
    const universe = IntegerSet.get(ctx, 1, 1, [], []);
    assert.equal(printIntegerSet(universe), "(d0)[s0] : (0 == 0)");
    assert.equal(body(ctx, "(d0)[s0] : ()"), universe);
    const empty = IntegerSet.emptySet(ctx, 2, 0);
    assert.equal(printIntegerSet(empty), "(d0, d1) : (1 == 0)");
    assert.ok(empty.isEmptyIntegerSet);
    assert.ok(!universe.isEmptyIntegerSet);
    const s = body(ctx, "(d0)[s0] : (d0 >= s0, d0 == 1, d0 <= 5)") as IntegerSet;
    assert.deepEqual([s.numConstraints, s.numEqualities, s.numInequalities], [3, 1, 2]);
    assert.equal(printIntegerSet(s), "(d0)[s0] : (d0 - s0 >= 0, d0 - 1 == 0, -d0 + 5 >= 0)");
    assert.throws(() => IntegerSet.get(ctx, 0, 0, [AffineExpr.constant(ctx, 0)], []), RangeError);
  });

  test("print like mlir-opt", () => {
    const ctx = new Context();
    const p = (t: string) => printAffineMap(map(ctx, t));
    assert.equal(p("(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 3)"), "(d0, d1)[s0] -> (d0 + s0 * 2, d1 floordiv 3)");
    assert.equal(p("(d0, d1) -> (d0 - d1, -d0, d0 * -3 + d1)"), "(d0, d1) -> (d0 - d1, -d0, d0 * -3 + d1)");
    assert.equal(p("(d0, d1, d2) -> (d0 - (d1 + d2), -(d0 + 1), (d0 + 1) floordiv 2)"), "(d0, d1, d2) -> (d0 - (d1 + d2), -(d0 + 1), (d0 + 1) floordiv 2)");
    assert.equal(p("(d0)[s0] -> (d0 * (s0 * s0), (d0 * s0) * 2)"), "(d0)[s0] -> (d0 * (s0 * s0), (d0 * s0) * 2)");
  });

  test("report parse errors with MLIR's messages", () => {
    const ctx = new Context();
    const err = (attr: string) => roundTrip(ctx, attr);
    assert.equal(err("affine_map<(d0) -> (d0 * d0)>"),
      "1:41: non-affine expression: at least one of the multiply operands has to be either a constant or symbolic");
    assert.equal(err("affine_map<(d0) -> (d1)>"), "1:38: use of undeclared identifier");
    assert.equal(err("affine_map<(d0) : (d0 >= 0)>"), "1:29: expected AffineMap, but got IntegerSet");
    assert.equal(err("affine_set<(d0) -> (d0)>"), "1:29: expected IntegerSet, but got AffineMap");
    assert.equal(err("affine_map<(d0) -> (9223372036854775808)>"), "1:38: constant too large for index");
    assert.equal(err("affine_map<(d0 -> (d0)>"), "1:32: expected ')' in dimensional identifier list");
  });
});

interface Golden {
  mlirOpt: string;
  cases: [string, string][];
  errors: [string, number, number, string][];
}

const golden = JSON.parse(
  readFileSync(new URL("../../../../../test/unit/dialects/builtin/affine-golden.json", import.meta.url), "utf8"),
) as Golden;

describe(`affine golden data (mlir-opt ${golden.mlirOpt})`, () => {
  test(`${golden.cases.length} maps and sets print as mlir-opt prints them`, () => {
    const ctx = new Context();
    const failures: string[] = [];
    for (const [input, expected] of golden.cases) {
      const got = roundTrip(ctx, input);
      if (got !== expected) failures.push(`${input}\n  expected ${expected}\n  got      ${got}`);
    }
    assert.deepEqual(failures, []);
  });

  test(`${golden.errors.length} invalid inputs fail as in mlir-opt`, () => {
    const ctx = new Context();
    const failures: string[] = [];
    for (const [input, line, column, message] of golden.errors) {
      const expected = `${line}:${column}: ${message}`;
      const got = roundTrip(ctx, input);
      if (got !== expected) failures.push(`${JSON.stringify(input)}\n  expected ${expected}\n  got      ${got}`);
    }
    assert.deepEqual(failures, []);
  });
});

describe("live comparison with mlir-opt", { skip: !haveMlirOpt() && "mlir-opt not installed" }, () => {
  // AFFINE_SEED picks another corpus (e.g. a loop over seeds to fuzz).
  const seed = Number(process.env["AFFINE_SEED"] ?? 1);
  for (const [what, bigRate] of [["random corpus", 0.15], ["corpus of int64-sized constants", 1]] as const) {
    test(`a ${what} (seed ${seed}) prints as mlir-opt prints it`, () => {
      const cases = randomCases(seed, 400, bigRate);
      const outputs = runMlirOpt(cases);
      const ctx = new Context();
      const failures: string[] = [];
      cases.forEach((input, i) => {
        const got = roundTrip(ctx, input);
        if (got !== outputs[i]) failures.push(`${input}\n  expected ${outputs[i]}\n  got      ${got}`);
      });
      assert.deepEqual(failures, []);
    });
  }

  test(`mutated cases (seed ${seed}) fail as in mlir-opt`, () => {
    const cases = mutatedCases(seed, 300);
    const ctx = new Context();
    const failures: string[] = [];
    mlirOptErrors(cases).forEach((e, i) => {
      if (e === null || !affineMessages.has(e.message)) return;
      const expected = `${e.line}:${e.column}: ${e.message}`;
      const got = roundTrip(ctx, cases[i]!);
      if (got !== expected) failures.push(`${JSON.stringify(cases[i])}\n  expected ${expected}\n  got      ${got}`);
    });
    assert.deepEqual(failures, []);
  });
});
