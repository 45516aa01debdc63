import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  allFloatSemantics,
  BF16,
  convertFloat,
  F16,
  F32,
  F64,
  F80,
  floatSemantics,
  FloatSemantics,
  formatFloat,
  fromNumber,
  fromNumberBits,
  infinityBits,
  isInf,
  isNaN,
  isNegative,
  isZero,
  largestBits,
  nanBits,
  negate,
  parseDecimal,
  parseFloatLiteral,
  parseHexFloatLiteral,
  storageBits,
  toDecimalString,
  toNumber,
} from "../../../../src/support/float/index.js";
import { errorCases, generateCases, haveMlirOpt, Random, runMlirOpt } from "./mlir-cases.js";

function sem(name: string): FloatSemantics {
  const s = floatSemantics(name);
  assert.ok(s, name);
  return s;
}

/** What MLIR's attribute parser produces for `lit : type` (undefined text for errors). */
function parseLiteral(s: FloatSemantics, lit: string): { bits: bigint } | { error: string } {
  const negative = lit.startsWith("-");
  const body = negative ? lit.slice(1) : lit;
  if (!body.includes(".")) {
    const r = parseHexFloatLiteral(s, body, negative);
    if (!r.ok) return { error: `error: ${r.message}` + (r.note ? `\nnote: ${r.note}` : "") };
    return { bits: r.bits };
  }
  return { bits: parseFloatLiteral(s, body, negative) };
}

/** What `mlir-opt` prints for the attribute (or dense element) `lit : type`. */
function printLiteral(type: string, lit: string, dense: boolean): string {
  const s = sem(type);
  const parsed = parseLiteral(s, lit);
  if ("error" in parsed) return parsed.error;
  return formatFloat(s, dense ? storageBits(s, parsed.bits) : parsed.bits);
}

describe("semantics", () => {
  test("table matches APFloat", () => {
    const expect: Record<string, [number, number, number, number]> = {
      f16: [16, 11, 15, -14],
      bf16: [16, 8, 127, -126],
      f32: [32, 24, 127, -126],
      f64: [64, 53, 1023, -1022],
      f80: [80, 64, 16383, -16382],
      f128: [128, 113, 16383, -16382],
      tf32: [19, 11, 127, -126],
      f8E5M2: [8, 3, 15, -14],
      f8E4M3: [8, 4, 7, -6],
      f8E4M3FN: [8, 4, 8, -6],
      f8E5M2FNUZ: [8, 3, 15, -15],
      f8E4M3FNUZ: [8, 4, 7, -7],
      f8E4M3B11FNUZ: [8, 4, 4, -10],
      f8E3M4: [8, 5, 3, -2],
      f8E8M0FNU: [8, 1, 127, -127],
      f6E2M3FN: [6, 4, 2, 0],
      f6E3M2FN: [6, 3, 4, -2],
      f4E2M1FN: [4, 2, 2, 0],
    };
    assert.equal(allFloatSemantics.length, Object.keys(expect).length);
    for (const [name, [width, precision, maxExponent, minExponent]] of Object.entries(expect)) {
      const s = sem(name);
      assert.deepEqual([s.width, s.precision, s.maxExponent, s.minExponent], [width, precision, maxExponent, minExponent], name);
    }
    assert.equal(sem("f32").bias, 127);
    assert.equal(sem("f8E8M0FNU").bias, 127);
    assert.equal(sem("f80").exponentBits, 15);
    assert.equal(floatSemantics("f7"), undefined);
  });
});

describe("conversion", () => {
  test("fromNumber matches Math.fround for f32", () => {
    const xs = [0.1, 1 / 3, 3.4028235677973366e38, 3.4028235677973367e38, 1e-45, 7e-46, 1.4e-45, 2 ** -150, -(2 ** -150), 1e39];
    for (const x of xs) {
      const { bits } = fromNumber(F32, x);
      assert.ok(Object.is(toNumber(F32, bits), Math.fround(x)), `${x}`);
    }
  });

  test("round trips every narrow pattern", () => {
    for (const s of allFloatSemantics) {
      if (s.width > 16) continue;
      for (let b = 0n; b <= s.widthMask; b++) {
        if (isNaN(s, b)) continue;
        const x = toNumber(s, b);
        const r = fromNumber(s, x);
        assert.equal(r.bits, b, `${s.name} 0x${b.toString(16)}`);
        assert.equal(r.inexact, false);
      }
    }
  });

  test("overflow, underflow and special values", () => {
    const e4m3fn = sem("f8E4M3FN");
    assert.deepEqual(fromNumber(e4m3fn, 1000), { bits: 0x7fn, inexact: true, overflow: true });
    assert.equal(fromNumberBits(e4m3fn, 464), 0x7en); // tie rounds down to 448
    assert.equal(fromNumberBits(e4m3fn, 465), 0x7fn); // above the tie: NaN
    assert.equal(fromNumberBits(sem("f4E2M1FN"), 1e39), 0x7n); // saturates at 6.0
    assert.equal(fromNumberBits(sem("f8E4M3FNUZ"), -0), 0n);
    assert.equal(fromNumberBits(sem("f8E8M0FNU"), 0), 0n); // 2^-127
    assert.equal(fromNumberBits(sem("f8E8M0FNU"), 3), 0x81n); // ties round up: 4
    assert.equal(fromNumberBits(F16, 65520), 0x7c00n);
    assert.equal(fromNumberBits(F16, 65519.99), 0x7bffn);
    assert.equal(fromNumberBits(F16, 2 ** -25), 0n);
    assert.equal(fromNumberBits(F16, 2 ** -25 + 2 ** -40), 1n);
    assert.equal(fromNumberBits(BF16, NaN), 0x7fc0n);
    assert.equal(fromNumberBits(F80, -Infinity), 0xffff8000000000000000n);
    assert.equal(fromNumberBits(F80, 1), 0x3fff8000000000000000n);
    assert.equal(toNumber(F80, fromNumberBits(F80, 0.1)), 0.1);
    assert.equal(toNumber(sem("f128"), fromNumberBits(sem("f128"), 5e-324)), 5e-324);
  });

  test("convertFloat", () => {
    assert.equal(convertFloat(F32, F16, 0x7fc00000n), 0x7e00n);
    assert.equal(convertFloat(F32, F16, 0x7f800001n), 0x7e00n); // sNaN becomes quiet
    assert.equal(convertFloat(F64, F80, 0x7ff8000000000000n), 0x7fffc000000000000000n);
    assert.equal(convertFloat(F80, F64, fromNumberBits(F80, 0.1)), fromNumberBits(F64, 0.1));
    assert.equal(convertFloat(sem("f8E4M3FNUZ"), F32, 0x80n), 0x7fc00000n);
    assert.equal(convertFloat(F32, F16, fromNumberBits(F32, 65504)), 0x7bffn);
  });

  test("bigint and number rounding agree", () => {
    // f128 holds every double exactly; narrowing it takes the bigint path.
    const f128 = sem("f128");
    const rng = new Random(5);
    for (const s of allFloatSemantics) {
      if (s.precision > 53) continue;
      for (let i = 0; i < 3000; i++) {
        const x = (rng.u32() / 2 ** 32 - 0.5) * 2 ** rng.int(s.minExponent - s.precision - 3, s.maxExponent + 2);
        const viaBig = convertFloat(f128, s, fromNumberBits(f128, x));
        assert.equal(viaBig, fromNumberBits(s, x), `${s.name} ${x}`);
      }
      if (s.width > 8) continue;
      // Every tie between neighbours, and the overflow boundary.
      for (let b = 0n; b < s.widthMask; b++) {
        const lo = toNumber(s, b);
        const hi = toNumber(s, b + 1n);
        if (!(lo >= 0 && hi > lo)) continue;
        for (const x of [(lo + hi) / 2, hi + (hi - lo) / 2]) {
          assert.equal(convertFloat(f128, s, fromNumberBits(f128, x)), fromNumberBits(s, x), `${s.name} ${x}`);
        }
      }
    }
  });

  test("classification and negation", () => {
    const fnuz = sem("f8E5M2FNUZ");
    assert.ok(isNaN(fnuz, 0x80n));
    assert.ok(isNegative(fnuz, 0x80n));
    assert.equal(negate(fnuz, 0n), 0n);
    assert.ok(isInf(F32, infinityBits(F32, true)));
    assert.ok(isZero(F32, 0x80000000n));
    assert.equal(nanBits(sem("f8E4M3FN"), true), 0xffn);
    assert.equal(largestBits(sem("f8E4M3FN")), 0x7en);
    const e8m0 = sem("f8E8M0FNU");
    const minusFour = negate(e8m0, fromNumberBits(e8m0, 4));
    assert.ok(isNegative(e8m0, minusFour));
    assert.equal(toNumber(e8m0, minusFour), -4);
    assert.equal(storageBits(e8m0, minusFour), 0x81n);
    assert.equal(storageBits(e8m0, negate(e8m0, fromNumberBits(e8m0, 1))), 0xffn);
  });
});

describe("decimal strings", () => {
  test("parseDecimal rounds correctly", () => {
    assert.equal(parseDecimal(F64, "0.1"), fromNumberBits(F64, 0.1));
    assert.equal(parseDecimal(F32, "3.4028235e38"), 0x7f7fffffn);
    assert.equal(parseDecimal(F32, "3.4028236e38"), 0x7f800000n);
    assert.equal(parseDecimal(F32, "-1e-50"), 0x80000000n);
    assert.equal(parseDecimal(F80, "1e5000"), 0x7fff8000000000000000n);
    assert.equal(parseDecimal(F16, "0.000000059604644775390625"), 1n);
    assert.equal(parseDecimal(F16, "0.0000000298023223876953125"), 0n); // tie to even
    assert.throws(() => parseDecimal(F32, "1.2.3"), SyntaxError);
  });

  test("toDecimalString follows APFloat::toString", () => {
    assert.equal(toDecimalString(F64, fromNumberBits(F64, 0.1)), "0.10000000000000001");
    assert.equal(toDecimalString(F64, fromNumberBits(F64, 1e30)), "1.0E+30");
    assert.equal(toDecimalString(F64, fromNumberBits(F64, 1234.5)), "1234.5");
    assert.equal(toDecimalString(F32, fromNumberBits(F32, 123456789)), "123456792");
    assert.equal(toDecimalString(F32, fromNumberBits(F32, 0.1), 6, 0, false), "1.000000e-01");
    assert.equal(toDecimalString(F64, 0n, 6, 0, false), "0.000000e+00");
    assert.equal(toDecimalString(F64, 0x7ff0000000000000n), "+Inf");
  });
});

describe("parsing and printing", () => {
  test("examples from mlir-opt", () => {
    assert.equal(printLiteral("f32", "0.1", false), "1.000000e-01");
    assert.equal(printLiteral("f64", "0x7FC00000", false), "1.0589256339680216E-314");
    assert.equal(printLiteral("f32", "123456789.0", false), "0x4CEB79A3");
    assert.equal(printLiteral("f80", "0.1", false), "0.100000000000000005551");
    assert.equal(printLiteral("f8E8M0FNU", "-3.0", false), "-4.000000e+00");
    assert.equal(printLiteral("f4E2M1FN", "1.0e400", false), "0x0");
    assert.equal(printLiteral("f80", "0x3FFF0000000000000000", false), "0x7FFF0000000000000000");
    assert.equal(printLiteral("f16", "0x7FC00000", false), "error: hexadecimal float constant out of range for type");
  });

  test("rejects malformed tokens", () => {
    for (const bad of ["abc", "", "0x1F", "Infinity", "1e5", "1.5e"]) {
      assert.throws(() => parseFloatLiteral(F32, bad, false), SyntaxError, bad);
    }
  });

  test("matches the golden mlir-opt output", () => {
    const golden = JSON.parse(readFileSync(new URL("../../../../../test/unit/support/float/golden.json", import.meta.url), "utf8")) as {
      cases: [string, string, string, number?][];
    };
    const failures: string[] = [];
    for (const [type, lit, expected, dense] of golden.cases) {
      const actual = printLiteral(type, lit, dense === 1);
      if (actual !== expected) failures.push(`${dense ? "dense " : ""}${lit} : ${type}: expected ${expected}, got ${actual}`);
    }
    assert.ok(golden.cases.length > 5000);
    assert.deepEqual(failures.slice(0, 20), []);
  });

  test("matches mlir-opt live", { skip: haveMlirOpt() ? false : "mlir-opt not installed" }, () => {
    // A different seed from the golden file, so this explores other cases.
    const cases = generateCases(77, 1).filter((_, i) => i % 4 === 0);
    const outputs = runMlirOpt(cases);
    const failures: string[] = [];
    cases.forEach((c, i) => {
      const actual = printLiteral(c.type, c.lit, c.dense);
      if (actual !== outputs[i]) failures.push(`${c.dense ? "dense " : ""}${c.lit} : ${c.type}: expected ${outputs[i]}, got ${actual}`);
    });
    assert.deepEqual(failures.slice(0, 20), []);
    assert.ok(errorCases.length > 0);
  });
});
